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
  const summary: IngestSummary = { ingested: 0, unchanged: 0, failed: 0, failures: [], resumed: 0 };
  const waiting = new Map<number, string>(); // documentId -> origin, received in this run and not yet processed
  const settle = (outcome: ProcessOutcome) => {
    const origin = waiting.get(outcome.documentId);
    if (origin === undefined) {
      summary.resumed += 1;
      return;
    }
    waiting.delete(outcome.documentId);
    if (outcome.kind === 'ingested') summary.ingested += 1;
    else if (outcome.kind === 'duplicate') summary.unchanged += 1;
    else {
      summary.failed += 1;
      summary.failures.push({ origin, error: outcome.error });
    }
    options.onProgress?.(summary);
  };
  const drain = async () => {
    await processQueue(deps, { onOutcome: settle });
  };

  const items = itemsOf(deps, targets, options, (n) => {
    summary.unchanged += n;
  });
  for await (const item of items) {
    if (item.kind === 'error') {
      summary.failed += 1;
      summary.failures.push({ origin: item.origin, error: item.error });
      options.onProgress?.(summary);
      continue;
    }
    try {
      const received = await receiveDocument(deps.db, item.document, deps.now().toISOString());
      if (received.kind === 'unchanged') {
        summary.unchanged += 1;
        options.onProgress?.(summary);
      } else {
        waiting.set(received.documentId, item.origin);
      }
    } catch (error) {
      summary.failed += 1;
      summary.failures.push({ origin: item.origin, error: describeError(error) });
      options.onProgress?.(summary);
    }
    if (waiting.size >= (options.processEvery ?? 100)) await drain();
  }
  await drain();
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
