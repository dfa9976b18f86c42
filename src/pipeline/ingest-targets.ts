// Runs an ingest: every item from every target through storeDocument, tallied; one bad item never stops it.
import { readTargets, type Fetch } from '../ingest/index.js';
import { describeError } from '../core/errors.js';
import { storeDocument, type PipelineDeps } from './store-document.js';

export interface IngestSummary {
  ingested: number;
  unchanged: number;
  failed: number;
  failures: { origin: string; error: string }[];
}

export interface IngestOptions {
  published?: string | null;
  fetch?: Fetch;
  /** Called after each item, for progress reports. */
  onItem?: (origin: string, outcome: 'ingested' | 'unchanged' | 'failed', summary: IngestSummary) => void;
}

/** Ingests every page, feed item and JSONL line found under `targets` (paths or http(s) URLs). */
export async function ingestTargets(
  deps: PipelineDeps,
  targets: string[],
  options: IngestOptions = {},
): Promise<IngestSummary> {
  const summary: IngestSummary = { ingested: 0, unchanged: 0, failed: 0, failures: [] };
  const items = readTargets(targets, {
    published: options.published ?? null,
    maxBytes: deps.limits.maxBytes,
    fetch: options.fetch ?? globalThis.fetch,
    timeoutMs: 30_000,
    userAgent: 'sitrep/0.1 (open incident monitor)',
  });
  for await (const item of items) {
    let outcome: 'ingested' | 'unchanged' | 'failed';
    if (item.kind === 'error') {
      outcome = 'failed';
      summary.failures.push({ origin: item.origin, error: item.error });
    } else {
      try {
        const result = await storeDocument(deps, item.document);
        outcome = result.kind;
        if (result.kind === 'failed') summary.failures.push({ origin: item.origin, error: result.error });
      } catch (error) {
        outcome = 'failed';
        summary.failures.push({ origin: item.origin, error: describeError(error) });
      }
    }
    summary[outcome] += 1;
    options.onItem?.(item.origin, outcome, summary);
  }
  return summary;
}
