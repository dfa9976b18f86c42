// Runs an import: every item from every target is received (stored and queued), and the queue processed as
// it fills; one bad item never stops the batch.
import { describeError } from '../core/errors.js';
import type { RawDocument } from '../core/raw-document.js';
import { readTargets, type IngestItem } from '../ingest/index.js';
import { processQueue, type ProcessOutcome, type QueueDeps } from './process-queue.js';
import { receiveDocument } from './receive-document.js';
import { documentsFrom, type PageFetcher } from './watch-sources.js';

export interface IngestSummary {
  /** Items stored and read into an article in this run. */
  ingested: number;
  /** Items already stored (same bytes or same canonical URL). */
  unchanged: number;
  /** Items that could not be read or stored; each is in `failures`. */
  failed: number;
  failures: { origin: string; error: string }[];
  /** Documents an earlier, interrupted run had stored but not processed, processed in this one. */
  resumed: number;
}

export interface IngestOptions {
  published?: string | null;
  /** For http(s) targets; without one, URLs are refused with a message. */
  fetcher?: PageFetcher;
  /** Documents received between two rounds of processing: bounds what waits in the queue. */
  processEvery?: number;
  /** Called after each item is settled, for progress reports. */
  onProgress?: (summary: IngestSummary) => void;
}

/** Ingests every page, feed item, archived page and JSONL line found under `targets` (paths or URLs). */
export async function ingestTargets(
  deps: QueueDeps,
  targets: string[],
  options: IngestOptions = {},
): Promise<IngestSummary> {
  let alreadyStored = 0;
  const items = itemsOf(deps, targets, options, (n) => {
    alreadyStored += n;
  });
  const summary = await ingestItems(deps, items, options);
  summary.unchanged += alreadyStored;
  return summary;
}

/**
 * Ingests a stream of items. Receiving (hash, compress, store, queue) goes on while the queue is processed,
 * so reading on worker threads overlaps with storing; at most a few batches wait in the queue at a time.
 */
export async function ingestItems(
  deps: QueueDeps,
  items: AsyncIterable<IngestItem> | Iterable<IngestItem>,
  options: Pick<IngestOptions, 'onProgress' | 'processEvery'> = {},
): Promise<IngestSummary> {
  const summary: IngestSummary = { ingested: 0, unchanged: 0, failed: 0, failures: [], resumed: 0 };
  // Two of processQueue's batches: reader threads get work as soon as there is some.
  const processEvery = options.processEvery ?? 24;
  // What this run received stays in memory until processed (bounded by the backpressure below), so the
  // queue reads no stored copy back and decompresses nothing.
  const fresh = new Map<number, RawDocument>();
  const queueDeps: QueueDeps = { ...deps, fresh };
  const waiting = new Map<number, string>(); // documentId -> origin, received in this run and not yet processed
  const fail = (origin: string, error: string) => {
    summary.failed += 1;
    summary.failures.push({ origin, error });
    options.onProgress?.(summary);
  };
  // Outcomes for documents not (yet) known as received in this run: either left queued by an interrupted
  // earlier run, or processed in the moment between their receipt's commit and this loop hearing of it.
  const unclaimed = new Map<number, ProcessOutcome>();
  let wake: (() => void) | undefined;
  const settle = (outcome: ProcessOutcome) => {
    fresh.delete(outcome.documentId);
    wake?.();
    wake = undefined;
    const origin = waiting.get(outcome.documentId);
    if (origin === undefined) {
      unclaimed.set(outcome.documentId, outcome);
      return;
    }
    waiting.delete(outcome.documentId);
    if (outcome.kind === 'ingested') summary.ingested += 1;
    else if (outcome.kind === 'duplicate') summary.unchanged += 1;
    else return fail(origin, outcome.error);
    options.onProgress?.(summary);
  };
  let processing: Promise<void> | undefined;
  const startProcessing = () => {
    processing ??= processQueue(queueDeps, { onOutcome: settle })
      .then(() => undefined)
      .finally(() => {
        processing = undefined;
      });
    return processing;
  };

  for await (const item of items) {
    if (item.kind === 'error') {
      fail(item.origin, item.error);
      continue;
    }
    try {
      const received = await receiveDocument(deps.db, item.document, deps.now().toISOString());
      if (received.kind === 'unchanged') {
        summary.unchanged += 1;
        options.onProgress?.(summary);
      } else {
        waiting.set(received.documentId, item.origin);
        fresh.set(received.documentId, received.document);
        const early = unclaimed.get(received.documentId);
        if (early) {
          unclaimed.delete(received.documentId);
          settle(early);
        }
      }
    } catch (error) {
      fail(item.origin, describeError(error));
    }
    if (waiting.size >= processEvery) void startProcessing();
    // Backpressure: stop receiving while several batches wait, so memory and the queue stay bounded, and go
    // on as soon as one is settled; waiting for the queue to drain would leave the reader threads idle while
    // this thread receives the next documents.
    while (waiting.size >= processEvery * 4 && processing) {
      const settled = new Promise<void>((resolve) => (wake = resolve));
      await Promise.race([settled, processing]);
    }
  }
  while (processing) await processing;
  await startProcessing();
  summary.resumed = unclaimed.size;
  return summary;
}

/** Local paths through the ingest sources; URLs through the fetcher, as `sitrep watch` reads them. */
async function* itemsOf(
  deps: QueueDeps,
  targets: string[],
  options: IngestOptions,
  onAlreadyStored: (count: number) => void,
): AsyncGenerator<IngestItem> {
  for (const target of targets) {
    if (!/^https?:\/\//i.test(target)) {
      yield* readTargets([target], { published: options.published ?? null, maxBytes: deps.limits.maxBytes });
      continue;
    }
    if (!options.fetcher) {
      yield { kind: 'error', origin: target, error: `cannot fetch ${target}: no HTTP client configured` };
      continue;
    }
    const fetched = await options.fetcher.fetch(target, {}, 'any');
    if (fetched.kind !== 'ok') {
      const why = fetched.kind === 'failed' ? `${fetched.reason}: ${fetched.message}` : 'not modified';
      yield { kind: 'error', origin: target, error: `cannot fetch ${target}: ${why}` };
      continue;
    }
    const found = await documentsFrom(
      { ...deps, fetcher: options.fetcher },
      { url: target, kind: 'any' },
      fetched,
    );
    onAlreadyStored(found.alreadyStored);
    if (found.problem) yield { kind: 'error', origin: target, error: found.problem };
    for (const [index, document] of found.documents.entries()) {
      const doc: RawDocument = { ...document, published: document.published ?? options.published ?? null };
      yield { kind: 'document', origin: `${target}#${index + 1}`, document: doc };
    }
  }
}
