// Carries one raw document through extract, analyze and link into the store, in one transaction.
import { describeError } from '../core/errors.js';
import type { Incident } from '../core/incident.js';
import type { RawDocument } from '../core/raw-document.js';
import { canonicalUrl } from '../ingest/index.js';
import { decideLink, mergeReading } from '../link/incident.linker.js';
import {
  addReport,
  findDuplicateDocument,
  findLinkCandidates,
  insertArticle,
  insertDocument,
  insertIncident,
  markDocument,
  sha256Hex,
  updateIncident,
  type Db,
} from '../store/index.js';
import { PIPELINE_VERSION, readDocument, type ReadLimits } from './read-document.js';

export type StoreOutcome =
  | { kind: 'ingested'; documentId: number; articleId: number; incidentIds: number[] }
  | { kind: 'unchanged'; documentId: number }
  | { kind: 'failed'; documentId: number | null; error: string };

export interface PipelineDeps {
  db: Db;
  now: () => Date;
  limits: ReadLimits;
}

/**
 * Stores a document once: a document with the same bytes or the same canonical URL is "unchanged". A
 * document that cannot be read is still kept, marked failed with the reason, so nothing that arrived is lost
 * and a later version can reprocess it.
 */
export async function storeDocument(deps: PipelineDeps, doc: RawDocument): Promise<StoreOutcome> {
  doc = { ...doc, url: canonicalUrl(doc.url) };
  const sha256 = sha256Hex(doc.body);
  const now = deps.now().toISOString();
  return deps.db.transaction().execute(async (trx) => {
    const duplicate = await findDuplicateDocument(trx, sha256, doc.url);
    if (duplicate) {
      return duplicate.status === 'failed'
        ? { kind: 'failed', documentId: duplicate.id, error: duplicate.error ?? 'failed earlier' }
        : { kind: 'unchanged', documentId: duplicate.id };
    }
    let reading;
    try {
      reading = readDocument(doc, deps.limits);
    } catch (error) {
      const documentId = await insertDocument(trx, doc, sha256, now);
      const message = describeError(error);
      await markDocument(trx, documentId, 'failed', message, PIPELINE_VERSION);
      return { kind: 'failed', documentId, error: message };
    }
    // The canonical URL the page states is its identity too: the same report by feed and by file is one.
    const canonical = reading.article.url;
    if (canonical !== null && canonical !== doc.url) {
      const same = await findDuplicateDocument(trx, sha256, canonical);
      if (same && same.status !== 'failed') return { kind: 'unchanged', documentId: same.id };
    }
    const documentId = await insertDocument(trx, { ...doc, url: canonical ?? doc.url }, sha256, now);
    const articleId = await insertArticle(trx, documentId, reading.article, now);
    const incidentIds: number[] = [];
    for (const incident of reading.incidents) {
      incidentIds.push(await linkAndStore(trx, articleId, incident, now));
    }
    await markDocument(trx, documentId, 'processed', null, PIPELINE_VERSION);
    return { kind: 'ingested', documentId, articleId, incidentIds };
  });
}

async function linkAndStore(db: Db, articleId: number, incident: Incident, now: string): Promise<number> {
  const start = incident.date.start;
  if (!incident.background && start !== null) {
    const candidates = await findLinkCandidates(db, {
      from: shiftDays(start, -7),
      to: shiftDays(incident.date.end ?? start, 7),
      iso3: incident.location?.iso3 ?? null,
    });
    const decision = decideLink(incident, candidates);
    if (decision.kind === 'same-as') {
      const current = candidates.find((c) => c.id === decision.id);
      if (current) {
        await updateIncident(db, mergeReading(current, incident), now);
        await addReport(db, current.id, articleId, incident, now);
        return current.id;
      }
    }
  }
  const id = await insertIncident(db, incident, now);
  await addReport(db, id, articleId, incident, now);
  return id;
}

function shiftDays(isoDate: string, days: number): string {
  const ms = Date.parse(`${isoDate.slice(0, 10)}T00:00:00Z`) + days * 86_400_000;
  return new Date(ms).toISOString().slice(0, 10);
}
