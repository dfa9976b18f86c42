// A pool of worker threads that extract batches of documents in parallel; the queue's thread analyzes what
// they return, so the gazetteer is loaded once per process, never once per worker.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { BatchReader } from './process-queue.js';
import type { ReadLimits } from './read-document.js';
import type { ExtractRequest, ExtractResult } from './read-worker.js';

interface Slot {
  worker: Worker;
  pending: Map<number, { resolve: (r: ExtractResult[]) => void; docs: ExtractRequest['docs'] }>;
}

// Run from TypeScript sources (through tsx) or from compiled JavaScript: the worker is the sibling of this
// module with the same extension, and only TypeScript needs tsx registered in the worker first.
const IS_COMPILED = import.meta.url.endsWith('.js');
const WORKER_URL = new URL(IS_COMPILED ? './read-worker.js' : './read-worker.ts', import.meta.url).href;

function workerBootstrap(): string {
  if (IS_COMPILED) return `import(${JSON.stringify(WORKER_URL)})`;
  const tsxApi = import.meta.resolve('tsx/esm/api');
  return `import(${JSON.stringify(tsxApi)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(WORKER_URL)}); })`;
}

/**
 * Starts `size` extraction workers (default: one per core) with the first batch. `read` splits a batch
 * across them; every result names its document. A worker that crashes fails only its own documents (with
 * the reason) and is replaced. `read` takes the documents' bodies: a body that owns its whole buffer moves to
 * the worker and is empty here afterwards.
 *
 * Why extraction only: a worker that analyzed too would hold its own copy of the gazetteer (some 130 MB of
 * heap), and its garbage collection cost more CPU than the thread saved (measured at 6be92e0 on 600 pages:
 * 17.0 CPU s in one thread, 24.3 s with two reading workers).
 */
export function createReaderPool(
  limits: ReadLimits,
  size = availableParallelism(),
): { read: BatchReader; close(): Promise<void> } {
  let nextId = 0;
  const slots: Slot[] = [];

  const spawn = (): Slot => {
    const bootstrap = workerBootstrap();
    // A bounded old generation makes V8 collect sooner instead of growing each worker's heap toward the
    // process's default limit: the pool's memory stays flat over an import of any length.
    const worker = new Worker(bootstrap, {
      eval: true,
      workerData: limits,
      resourceLimits: { maxOldGenerationSizeMb: 256 },
    });
    const slot: Slot = { worker, pending: new Map() };
    worker.on('message', (message: { id: number; results: ExtractResult[] }) => {
      const waiting = slot.pending.get(message.id);
      slot.pending.delete(message.id);
      waiting?.resolve(message.results);
    });
    const failAll = (reason: string) => {
      for (const [, waiting] of slot.pending) {
        waiting.resolve(
          waiting.docs.map(({ documentId }) => ({ documentId, error: `reader crashed: ${reason}` })),
        );
      }
      slot.pending.clear();
      const index = slots.indexOf(slot);
      if (index >= 0 && !closed) slots[index] = spawn();
    };
    worker.on('error', (error) => failAll(error.message));
    worker.on('exit', (code) => {
      if (code !== 0) failAll(`exit code ${code}`);
    });
    return slot;
  };

  let closed = false;
  // Workers start with the first batch: an import of pages already stored pays for none.
  const start = () => {
    while (slots.length < Math.max(1, size)) slots.push(spawn());
  };

  const extract = (slot: Slot, docs: ExtractRequest['docs']): Promise<ExtractResult[]> => {
    const id = (nextId += 1);
    return new Promise<ExtractResult[]>((resolve) => {
      slot.pending.set(id, { resolve, docs });
      slot.worker.postMessage({ id, docs } satisfies ExtractRequest, transferableBodies(docs));
    });
  };

  const read: BatchReader = async (docs) => {
    if (docs.length === 0) return [];
    start();
    const chunks: ExtractRequest['docs'][] = slots.map(() => []);
    docs.forEach((doc, i) => chunks[i % slots.length]?.push(doc));
    const parts = await Promise.all(
      chunks.map(async (chunk, i) => {
        const slot = slots[i];
        if (!slot || chunk.length === 0) return [];
        return extract(slot, chunk);
      }),
    );
    return parts.flat();
  };

  return {
    read,
    async close() {
      closed = true;
      await Promise.all(slots.map((slot) => slot.worker.terminate()));
    },
  };
}

/**
 * The page bodies that can move to the worker instead of being copied: once sent, this thread no longer reads
 * them, and copying them was a measurable share of its work (about 0.5 s of the main thread's CPU per 1,000
 * pages). A body that is a view into a larger buffer (a pooled Buffer, a slice of an archive) is copied, since
 * moving the buffer would take the rest of it away from whoever else holds it.
 */
function transferableBodies(docs: ExtractRequest['docs']): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  for (const { doc } of docs) {
    const { buffer, byteOffset, byteLength } = doc.body;
    if (buffer instanceof ArrayBuffer && byteOffset === 0 && byteLength === buffer.byteLength)
      buffers.add(buffer);
  }
  return [...buffers];
}
