// Incidents, the reports (article readings) behind each, and the sources each report names.
import { sql, type Selectable } from 'kysely';
import type { IncidentActor, Incident, IncidentSource } from '../core/incident.js';
import type { ReportRef } from '../core/incident-record.js';
import type { LinkWindow } from '../core/link-window.js';
import type { SourceKind } from '../core/acled.js';
import type { Db, IncidentTable } from './database.js';

/** The merged fields of a stored incident, without the per-report parts (sources, evidence). */
export type IncidentCore = Omit<Incident, 'sources' | 'evidence'> & { id: number };

/** One article's reading of an incident, with the article it came from. */
export interface StoredReport extends ReportRef {
  reading: Incident;
}

/** Everything stored about one incident; the pipeline turns it into an IncidentRecord. */
export interface IncidentParts {
  core: IncidentCore;
  reports: StoredReport[];
  sources: (IncidentSource & { articleId: number })[];
}

export interface IncidentQuery {
  limit: number;
  offset?: number;
  /** Only incidents whose start date is on or after this YYYY-MM-DD. */
  since?: string | undefined;
  /** Include background incidents (earlier events told as context); default false. */
  includeBackground?: boolean;
}

export async function insertIncident(db: Db, incident: Omit<Incident, 'sources' | 'evidence'>, now: string) {
  const row = await db
    .insertInto('incidents')
    .values({ ...toColumns(incident), created_at: now, updated_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updateIncident(db: Db, core: IncidentCore, now: string): Promise<void> {
  await db
    .updateTable('incidents')
    .set({ ...toColumns(core), updated_at: now })
    .where('id', '=', core.id)
    .execute();
}

/** Records that `articleId` told incident `incidentId` as `reading`, with the sources it named. */
export async function addReport(
  db: Db,
  incidentId: number,
  articleId: number,
  reading: Incident,
  now: string,
): Promise<void> {
  await db
    .insertInto('reports')
    .values({
      incident_id: incidentId,
      article_id: articleId,
      reading: JSON.stringify(reading),
      created_at: now,
    })
    .onConflict((oc) => oc.columns(['incident_id', 'article_id']).doNothing())
    .execute();
  for (const source of reading.sources) {
    const sourceId = await upsertSource(db, source.name, source.kind);
    await db
      .insertInto('report_sources')
      .values({
        incident_id: incidentId,
        article_id: articleId,
        source_id: sourceId,
        cited_by: source.citedBy,
      })
      .execute();
  }
}

/**
 * Incidents dated longer than this are found through their own partial index (migration 0004), so the
 * common query can bound `date_start` from below: a range this long or shorter that reaches the window
 * starts at most this many days before it.
 */
export const LONG_SPAN_DAYS = 366;

/**
 * Non-background incidents of the window's event type whose date range touches the window and whose place
 * lies in its box: every incident the linker could merge with, read through indexes however large the store.
 */
export async function findLinkCandidates(db: Db, window: LinkWindow): Promise<IncidentCore[]> {
  const before = dayAfter(window.to);
  const base = () => {
    let q = db
      .selectFrom('incidents')
      .selectAll()
      .where('event_type', '=', window.eventType)
      .where('background', '=', 0)
      .where('date_start', '<', before)
      .where('lat', '>=', window.minLat)
      .where('lat', '<=', window.maxLat);
    if (window.minLon !== null) q = q.where('lon', '>=', window.minLon);
    if (window.maxLon !== null) q = q.where('lon', '<=', window.maxLon);
    return q;
  };
  const rows = await base()
    .where('date_start', '>=', shiftDay(window.from, -LONG_SPAN_DAYS))
    .where(sql<string>`coalesce(date_end, date_start)`, '>=', window.from)
    .union(
      base()
        .where(sql<number>`julianday(date_end) - julianday(date_start)`, '>', sql.lit(LONG_SPAN_DAYS))
        .where('date_end', '>=', window.from),
    )
    .execute();
  return rows.map(toIncidentCore);
}

function shiftDay(isoDate: string, days: number): string {
  const ms = Date.parse(`${isoDate.slice(0, 10)}T00:00:00Z`) + days * 86_400_000;
  return new Date(ms).toISOString().slice(0, 10);
}

function dayAfter(isoDate: string): string {
  return shiftDay(isoDate, 1);
}

export async function listIncidentIds(db: Db, query: IncidentQuery): Promise<number[]> {
  let q = db.selectFrom('incidents').select('id');
  if (!query.includeBackground) q = q.where('background', '=', 0);
  if (query.since !== undefined) q = q.where('date_start', '>=', query.since);
  const rows = await q
    .orderBy('date_start', 'desc')
    .orderBy('id', 'desc')
    .limit(query.limit)
    .offset(query.offset ?? 0)
    .execute();
  return rows.map((r) => r.id);
}

export async function countIncidents(db: Db, includeBackground = false): Promise<number> {
  let q = db.selectFrom('incidents').select(db.fn.countAll<number>().as('n'));
  if (!includeBackground) q = q.where('background', '=', 0);
  const row = await q.executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Ids of the incidents an article reported (for the article page). */
export async function listIncidentIdsForArticle(db: Db, articleId: number): Promise<number[]> {
  const rows = await db
    .selectFrom('reports')
    .select('incident_id')
    .where('article_id', '=', articleId)
    .orderBy('incident_id')
    .execute();
  return rows.map((r) => r.incident_id);
}

export async function getIncidentParts(db: Db, id: number): Promise<IncidentParts | undefined> {
  const row = await db.selectFrom('incidents').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return undefined;
  const reports = await db
    .selectFrom('reports')
    .innerJoin('articles', 'articles.id', 'reports.article_id')
    .select([
      'reports.article_id',
      'reports.reading',
      'articles.url',
      'articles.title',
      'articles.publisher',
      'articles.published',
    ])
    .where('reports.incident_id', '=', id)
    .orderBy('articles.published')
    .orderBy('reports.article_id')
    .execute();
  const sources = await db
    .selectFrom('report_sources')
    .innerJoin('sources', 'sources.id', 'report_sources.source_id')
    .select(['report_sources.article_id', 'report_sources.cited_by', 'sources.name', 'sources.kind'])
    .where('report_sources.incident_id', '=', id)
    .orderBy('report_sources.article_id')
    .execute();
  return {
    core: toIncidentCore(row),
    reports: reports.map((r) => ({
      articleId: r.article_id,
      url: r.url,
      title: r.title,
      publisher: r.publisher,
      published: r.published,
      reading: JSON.parse(r.reading) as Incident,
    })),
    sources: sources.map((s) => ({
      articleId: s.article_id,
      name: s.name,
      kind: s.kind as SourceKind,
      citedBy: s.cited_by,
    })),
  };
}

async function upsertSource(db: Db, name: string, kind: SourceKind): Promise<number> {
  const existing = await db.selectFrom('sources').select('id').where('name', '=', name).executeTakeFirst();
  if (existing) return existing.id;
  const row = await db.insertInto('sources').values({ name, kind }).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

function toColumns(incident: Omit<Incident, 'sources' | 'evidence'>) {
  const loc = incident.location;
  return {
    background: incident.background ? 1 : 0,
    event_type: incident.eventType,
    sub_event_type: incident.subEventType,
    date_start: incident.date.start,
    date_end: incident.date.end,
    date_precision: incident.date.precision,
    location_name: loc?.name ?? null,
    admin1: loc?.admin1 ?? null,
    country: loc?.country ?? null,
    iso3: loc?.iso3 ?? null,
    lat: loc?.lat ?? null,
    lon: loc?.lon ?? null,
    geo_precision: loc?.precision ?? null,
    fatalities: incident.fatalities,
    summary: incident.summary,
    actors: JSON.stringify(incident.actors),
  };
}

/** Maps an incidents row to the domain object. */
export function toIncidentCore(row: Selectable<IncidentTable>): IncidentCore {
  const hasLocation = row.location_name !== null && row.lat !== null && row.lon !== null;
  return {
    id: row.id,
    background: row.background === 1,
    eventType: row.event_type as Incident['eventType'],
    subEventType: row.sub_event_type,
    date: {
      start: row.date_start,
      end: row.date_end,
      precision: row.date_precision as Incident['date']['precision'],
    },
    location: hasLocation
      ? {
          name: row.location_name ?? '',
          admin1: row.admin1,
          country: row.country ?? '',
          iso3: row.iso3 ?? '',
          lat: row.lat ?? 0,
          lon: row.lon ?? 0,
          precision: (row.geo_precision ?? 1) as Incident['date']['precision'],
        }
      : null,
    actors: JSON.parse(row.actors) as IncidentActor[],
    fatalities: row.fatalities,
    summary: row.summary,
  };
}

/**
 * Incidents reported by articles matching a full-text query, newest first. Each word of `text` must occur
 * (prefix match); the words are quoted, so FTS5 operators typed by a user are read as plain words.
 */
export async function searchIncidentIds(db: Db, text: string, limit: number, offset = 0): Promise<number[]> {
  const words = text.match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length === 0) return [];
  const match = words.map((w) => `"${w}"*`).join(' ');
  const rows = await db
    .selectFrom('reports')
    .innerJoin('incidents', 'incidents.id', 'reports.incident_id')
    .select('incidents.id')
    .distinct()
    .where('incidents.background', '=', 0)
    .where('reports.article_id', 'in', (eb) =>
      eb
        .selectFrom(sql<{ rowid: number }>`article_search`.as('s'))
        .select('s.rowid')
        .where(sql<boolean>`article_search match ${match}`),
    )
    .orderBy('incidents.date_start', 'desc')
    .orderBy('incidents.id', 'desc')
    .limit(limit)
    .offset(offset)
    .execute();
  return rows.map((r) => r.id);
}

/**
 * Removes an article's reports (and their sources) from every incident it reported, for reprocessing.
 * Returns the incidents it touched; the caller rebuilds or deletes each from the reports that remain.
 */
export async function detachArticleReports(db: Db, articleId: number): Promise<number[]> {
  const rows = await db
    .selectFrom('reports')
    .select('incident_id')
    .where('article_id', '=', articleId)
    .execute();
  await db.deleteFrom('report_sources').where('article_id', '=', articleId).execute();
  await db.deleteFrom('reports').where('article_id', '=', articleId).execute();
  return rows.map((r) => r.incident_id);
}

export async function deleteIncident(db: Db, id: number): Promise<void> {
  await db.deleteFrom('report_sources').where('incident_id', '=', id).execute();
  await db.deleteFrom('reports').where('incident_id', '=', id).execute();
  await db.deleteFrom('incidents').where('id', '=', id).execute();
}
