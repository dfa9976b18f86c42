// Dedupe before reading: a queued page that claims the identity of an article already stored is marked a
// duplicate without being extracted and analyzed only for the result to be thrown away.
import type { RawDocument } from '../core/raw-document.js';
import { readCanonicalClaim } from '../extract/index.js';
import { findDocumentByArticleUrl, type Db } from '../store/index.js';
import { articleIdentity } from './extract-document.js';
import type { ReadLimits } from './read-document.js';

/**
 * The stored document whose article has the identity `doc` claims, or undefined when there is none or the
 * cheap read cannot tell (the full read then decides, as before). The identity rule is articleIdentity's,
 * the same the full read applies, so both always agree.
 */
export async function findEarlyDuplicate(
  db: Db,
  documentId: number,
  doc: RawDocument,
  limits: ReadLimits,
): Promise<number | undefined> {
  // An oversized document fails its read with the reason; it is no duplicate to skip quietly.
  if (doc.body.byteLength > limits.maxBytes) return undefined;
  const claim = readCanonicalClaim({ body: doc.body, kind: doc.kind, url: doc.url, charset: doc.charset });
  if (claim.kind === 'unknown') return undefined;
  const identity = articleIdentity(claim.url, doc.url).url;
  return identity === null ? undefined : findDocumentByArticleUrl(db, identity, documentId);
}
