// Runs an import: every item from every target is received (stored and queued), and the queue processed as
// it fills; one bad item never stops the batch.
import { describeError } from '../core/errors.js';
import { readTargets, type Fetch } from '../ingest/index.js';
import { processQueue, type ProcessOutcome, type QueueDeps } from './process-queue.js';
import { receiveDocument } from './receive-document.js';

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
  fetch?: Fetch;
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

  const items = readTargets(targets, {
    published: options.published ?? null,
    maxBytes: deps.limits.maxBytes,
    fetch: options.fetch ?? globalThis.fetch,
    timeoutMs: 30_000,
    userAgent: 'sitrep/0.1 (open incident monitor)',
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
