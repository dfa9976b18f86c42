// One document through the whole pipeline at once: received, then processed with whatever else is queued.
import type { RawDocument } from '../core/raw-document.js';
import { processQueue, type QueueDeps } from './process-queue.js';
import { receiveDocument } from './receive-document.js';

export type StoreOutcome =
  | { kind: 'ingested'; documentId: number; articleId: number; incidentIds: number[] }
  | { kind: 'unchanged'; documentId: number }
  | { kind: 'failed'; documentId: number | null; error: string };

export type PipelineDeps = QueueDeps;

/**
 * Stores and processes one document. A document whose bytes or canonical URL are already stored is
 * "unchanged"; one that cannot be read is kept, marked failed with the reason, for a later version to retry.
 */
export async function storeDocument(deps: PipelineDeps, doc: RawDocument): Promise<StoreOutcome> {
  const received = await receiveDocument(deps.db, doc, deps.now().toISOString());
  if (received.kind === 'unchanged') return received;
  const outcomes = await processQueue(deps);
  const mine = outcomes.find((o) => o.documentId === received.documentId);
  if (!mine) return { kind: 'failed', documentId: received.documentId, error: 'document was not processed' };
  if (mine.kind === 'duplicate') return { kind: 'unchanged', documentId: mine.sameAs };
  return mine;
}
