// Retired incident ids: what became of a public id that no longer names a live incident (merged or withdrawn).
import type { Incident } from '../core/incident.js';
import type { ReportRef } from '../core/incident-record.js';
import type { Db } from './database.js';
import { toIncidentCore, type IncidentCore } from './incident.repository.js';

export type IncidentFate = 'merged' | 'withdrawn';

/** A retired id and the incident it named when it was retired. */
export interface RetiredIncident {
  id: number;
  fate: IncidentFate;
  /** The absorbing incident, for "merged". */
  mergedInto: number | null;
  reason: string;
  lastKnown: Omit<IncidentCore, 'id'>;
  /** When the incident was first created, so a revival keeps it. */
  createdAt: string;
  retiredAt: string;
}

/** Where a public id leads: a live incident (after following merges), a tombstone, or nothing ever given out. */
export type IdResolution =
  | { kind: 'live'; id: number; requestedId: number }
  | { kind: 'withdrawn'; id: number; requestedId: number }
  | { kind: 'unknown'; requestedId: number };

/** One article's reading of an incident, as kept while the incident is retired. */
export interface ArticleReading {
  incidentId: number;
  articleId: number;
  reading: Incident;
}

// Merged ids are kept pointing one hop from a live or withdrawn id (see mergeIncidentInto), so a longer walk
// means damaged data; the bound turns a loop into an answer instead of a hang.
const MAX_HOPS = 16;

/** Follows `id` through merges to a live incident or a tombstone. */
export async function resolveIncidentId(db: Db, requestedId: number): Promise<IdResolution> {
  let id = requestedId;
  let lastRetired: number | null = null;
  for (let hop = 0; hop < MAX_HOPS; hop += 1) {
    const live = await db.selectFrom('incidents').select('id').where('id', '=', id).executeTakeFirst();
    if (live) return { kind: 'live', id, requestedId };
    const retired = await db
      .selectFrom('retired_incidents')
      .select(['fate', 'merged_into'])
      .where('id', '=', id)
      .executeTakeFirst();
    if (!retired) {
      // An alias whose target vanished is damaged data; its own record still says what the id was.
      return lastRetired === null
        ? { kind: 'unknown', requestedId }
        : { kind: 'withdrawn', id: lastRetired, requestedId };
    }
    if (retired.fate === 'withdrawn' || retired.merged_into === null)
      return { kind: 'withdrawn', id, requestedId };
    lastRetired = id;
    id = retired.merged_into;
  }
  return { kind: 'withdrawn', id: requestedId, requestedId };
}

export async function getRetiredIncident(db: Db, id: number): Promise<RetiredIncident | undefined> {
  const row = await db.selectFrom('retired_incidents').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return undefined;
  return {
    id: row.id,
    fate: row.fate,
    mergedInto: row.merged_into,
    reason: row.reason,
    ...parseLastKnown(row.last_known, row.retired_at),
    retiredAt: row.retired_at,
  };
}

/** The reports a withdrawn incident had, with their articles as they are now (oldest first). */
export async function listRetiredIncidentReports(db: Db, id: number): Promise<ReportRef[]> {
  const rows = await db
    .selectFrom('retired_incident_reports')
    .leftJoin('articles', 'articles.id', 'retired_incident_reports.article_id')
    .select([
      'retired_incident_reports.article_id',
      'articles.url',
      'articles.title',
      'articles.publisher',
      'articles.published',
    ])
    .where('retired_incident_reports.incident_id', '=', id)
    .orderBy('articles.published')
    .orderBy('retired_incident_reports.article_id')
    .execute();
  return rows.map((r) => ({
    articleId: r.article_id,
    url: r.url,
    title: r.title ?? `article ${r.article_id}`,
    publisher: r.publisher,
    published: r.published,
  }));
}

/** How `articleId` read each live incident it reports. */
export async function listArticleReadings(db: Db, articleId: number): Promise<ArticleReading[]> {
  const rows = await db
    .selectFrom('reports')
    .select(['incident_id', 'reading'])
    .where('article_id', '=', articleId)
    .orderBy('incident_id')
    .execute();
  return rows.map((r) => ({
    incidentId: r.incident_id,
    articleId,
    reading: JSON.parse(r.reading) as Incident,
  }));
}

/** How `articleId` read incidents that have since been withdrawn: the candidates for revival. */
export async function listWithdrawnReadings(db: Db, articleId: number): Promise<ArticleReading[]> {
  const rows = await db
    .selectFrom('retired_incident_reports')
    .innerJoin('retired_incidents', 'retired_incidents.id', 'retired_incident_reports.incident_id')
    .select(['retired_incident_reports.incident_id', 'retired_incident_reports.reading'])
    .where('retired_incident_reports.article_id', '=', articleId)
    .where('retired_incidents.fate', '=', 'withdrawn')
    .orderBy('retired_incident_reports.incident_id')
    .execute();
  return rows.map((r) => ({
    incidentId: r.incident_id,
    articleId,
    reading: JSON.parse(r.reading) as Incident,
  }));
}

/** An incident row taken out of the table while its id waits for a new reading (see setAsideIncident). */
export interface SetAsideIncident {
  id: number;
  core: Omit<IncidentCore, 'id'>;
  createdAt: string;
}

/**
 * Takes out the row of an incident that has no report left, so the linker does not see its stale fields; its
 * id stays reserved (AUTOINCREMENT never hands it out again) until the caller renumbers a new incident to it
 * or retires it, in the same transaction.
 */
export async function setAsideIncident(db: Db, id: number): Promise<SetAsideIncident | undefined> {
  const row = await db.selectFrom('incidents').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return undefined;
  await db.deleteFrom('report_sources').where('incident_id', '=', id).execute();
  await db.deleteFrom('reports').where('incident_id', '=', id).execute();
  await db.deleteFrom('incidents').where('id', '=', id).execute();
  const { id: _id, ...core } = toIncidentCore(row);
  return { id, core, createdAt: row.created_at };
}

/**
 * Gives incident `fromId`, created in the current transaction and so never shown to anyone, the reserved id
 * `toId` (an incident set aside, or a withdrawn one coming back), with its reports and their sources.
 */
export async function renumberIncident(
  db: Db,
  fromId: number,
  toId: number,
  createdAt: string,
): Promise<void> {
  const row = await db.selectFrom('incidents').selectAll().where('id', '=', fromId).executeTakeFirst();
  if (!row) throw new Error(`cannot renumber incident ${fromId}: it does not exist`);
  // Children reference the id, so the row is copied under the new id first and the old one removed last.
  await db
    .insertInto('incidents')
    .values({ ...row, id: toId, created_at: createdAt })
    .execute();
  await db.updateTable('reports').set({ incident_id: toId }).where('incident_id', '=', fromId).execute();
  await db
    .updateTable('report_sources')
    .set({ incident_id: toId })
    .where('incident_id', '=', fromId)
    .execute();
  await db.deleteFrom('incidents').where('id', '=', fromId).execute();
  await forgetRetirement(db, toId);
}

/** What is kept of an incident id when it is retired (its `mergedInto` is a live incident). */
export interface Retirement extends Omit<RetiredIncident, 'retiredAt'> {
  /** For "withdrawn": the readings it had, for its tombstone and a later revival. */
  formerReadings: ArticleReading[];
}

/**
 * Records that an id no longer names a live incident (its row must be gone). A merged id points at a live
 * incident, and ids that pointed at this one are moved to point there too, so every alias stays one hop from
 * a live or withdrawn id and chains resolve without loops. Retiring an already retired id (a tombstone whose
 * event turned up in another incident) replaces its record.
 */
export async function retireIncident(db: Db, retirement: Retirement, now: string): Promise<void> {
  const { id, fate, mergedInto } = retirement;
  if (fate === 'merged' && (mergedInto === null || mergedInto === id)) {
    throw new Error(`incident ${id} cannot be merged into ${String(mergedInto)}`);
  }
  await forgetRetirement(db, id);
  await db
    .insertInto('retired_incidents')
    .values({
      id,
      fate,
      merged_into: fate === 'merged' ? mergedInto : null,
      reason: retirement.reason,
      last_known: JSON.stringify({ ...retirement.lastKnown, createdAt: retirement.createdAt }),
      retired_at: now,
    })
    .execute();
  if (fate === 'merged') {
    await db
      .updateTable('retired_incidents')
      .set({ merged_into: mergedInto })
      .where('merged_into', '=', id)
      .execute();
    return;
  }
  for (const former of retirement.formerReadings) {
    await db
      .insertInto('retired_incident_reports')
      .values({ incident_id: id, article_id: former.articleId, reading: JSON.stringify(former.reading) })
      .onConflict((oc) => oc.columns(['incident_id', 'article_id']).doNothing())
      .execute();
  }
}

/** Drops the retirement record of `id` (it names a live incident again); ids merged into it lead to it again. */
export async function forgetRetirement(db: Db, id: number): Promise<void> {
  await db.deleteFrom('retired_incident_reports').where('incident_id', '=', id).execute();
  await db.deleteFrom('retired_incidents').where('id', '=', id).execute();
}

function parseLastKnown(json: string, fallbackCreatedAt: string) {
  const { createdAt, ...lastKnown } = JSON.parse(json) as Omit<IncidentCore, 'id'> & { createdAt?: string };
  return { lastKnown, createdAt: createdAt ?? fallbackCreatedAt };
}
