// Receiving: a raw document is stored and queued in one transaction, before anything tries to read it.
import type { RawDocument } from '../core/raw-document.js';
import { canonicalUrl } from '../ingest/index.js';
import {
  compressBody,
  enqueueJob,
  findDuplicateDocument,
  insertDocument,
  sha256Hex,
  type Db,
} from '../store/index.js';

export type ReceiveOutcome =
  /** `document` is the document as stored (its URL in canonical form), for processing without a read-back. */
  { kind: 'received'; documentId: number; document: RawDocument } | { kind: 'unchanged'; documentId: number };

/**
 * Stores `doc` unless the same bytes or the same canonical URL are already stored. Once this returns
 * "received", the document is on disk and queued: whatever happens next, it will be processed.
 */
export async function receiveDocument(db: Db, doc: RawDocument, now: string): Promise<ReceiveOutcome> {
  const identified = { ...doc, url: canonicalUrl(doc.url) };
  const sha256 = sha256Hex(identified.body);
  const compressed = await compressBody(identified.body);
  return db.transaction().execute(async (trx) => {
    const duplicate = await findDuplicateDocument(trx, sha256, identified.url);
    if (duplicate) return { kind: 'unchanged', documentId: duplicate.id };
    const documentId = await insertDocument(trx, identified, sha256, now, compressed);
    await enqueueJob(trx, documentId, now);
    return { kind: 'received', documentId, document: identified };
  });
}
