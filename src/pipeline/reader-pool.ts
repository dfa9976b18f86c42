// A pool of worker threads that read batches of documents in parallel, one worker per core.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { BatchReader } from './process-queue.js';
import type { ReadLimits } from './read-document.js';
import type { ReadRequest } from './read-worker.js';

type ReadResults = Awaited<ReturnType<BatchReader>>;

interface Slot {
  worker: Worker;
  pending: Map<number, { resolve: (r: ReadResults) => void; docs: ReadRequest['docs'] }>;
}

// Compiled (dist/) the worker is plain JavaScript; run from the sources (tests, `npm run dev`) it is TypeScript
// that needs tsx, which is a development tool and may be absent where only dist/ runs.
const IS_COMPILED = import.meta.url.endsWith('.js');
const WORKER_URL = new URL(IS_COMPILED ? './read-worker.js' : './read-worker.ts', import.meta.url).href;

/**
 * Starts `size` workers (default: one per core). `read` splits a batch across them and keeps input order;
 * a worker that crashes fails only its own documents (with the reason) and is replaced.
 */
export function createReaderPool(
  limits: ReadLimits,
  size = availableParallelism(),
): { read: BatchReader; close(): Promise<void> } {
  let nextId = 0;
  const slots: Slot[] = [];

  const spawn = (): Slot => {
    // From the sources, each worker registers tsx before loading its module.
    const bootstrap = IS_COMPILED
      ? `import(${JSON.stringify(WORKER_URL)})`
      : `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then((tsx) => { tsx.register(); return import(${JSON.stringify(WORKER_URL)}); })`;
    // A bounded old generation makes V8 collect sooner instead of growing each worker's heap toward the
    // process's default limit: the pool's memory stays flat over an import of any length. A small young
    // generation keeps each worker's short-lived garbage (pages, token arrays) from adding 100+ MB of RSS apiece
    // now that every worker also holds the gazetteer's divisions (measured: 1,155 MB peak with 64, 1,031 with 16).
    const worker = new Worker(bootstrap, {
      eval: true,
      workerData: limits,
      resourceLimits: { maxOldGenerationSizeMb: 384, maxYoungGenerationSizeMb: 16 },
    });
    const slot: Slot = { worker, pending: new Map() };
    worker.on('message', (message: { id: number; results: ReadResults }) => {
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
  for (let i = 0; i < Math.max(1, size); i += 1) slots.push(spawn());

  const read: BatchReader = async (docs) => {
    if (docs.length === 0) return [];
    const chunks: ReadRequest['docs'][] = slots.map(() => []);
    docs.forEach((doc, i) => chunks[i % slots.length]?.push(doc));
    const parts = await Promise.all(
      chunks.map((chunk, i) => {
        const slot = slots[i];
        if (!slot || chunk.length === 0) return Promise.resolve([] as ReadResults);
        const id = (nextId += 1);
        return new Promise<ReadResults>((resolve) => {
          slot.pending.set(id, { resolve, docs: chunk });
          slot.worker.postMessage({ id, docs: chunk } satisfies ReadRequest);
        });
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
