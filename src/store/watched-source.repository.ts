// Watched sources: the feeds, sitemaps and pages `sitrep watch` polls, and how each check went.
import type { Selectable } from 'kysely';
import type { Db, WatchedSourceTable } from './database.js';

export type WatchedSourceKind = WatchedSourceTable['kind'];

export interface WatchedSource {
  id: number;
  url: string;
  kind: WatchedSourceKind;
  intervalMinutes: number;
  etag: string | null;
  lastModified: string | null;
  lastCheckedAt: string | null;
  lastSuccessAt: string | null;
  lastError: string | null;
  lastErrorAt: string | null;
  lastStatus: string | null;
  consecutiveFailures: number;
  itemsSeen: number;
  documentsAdded: number;
  nextCheckAt: string;
}

/** What one check of a source found, as recorded on the source. */
export interface SourceCheck {
  at: string;
  /** "ok", "not-modified", or a failure reason such as "timeout" or "robots-disallowed". */
  status: string;
  error: string | null;
  etag?: string | null;
  lastModified?: string | null;
  itemsSeen: number;
  documentsAdded: number;
  nextCheckAt: string;
}

/** Adds a source, or returns the existing one with the same URL. */
export async function addWatchedSource(
  db: Db,
  source: { url: string; kind: WatchedSourceKind; intervalMinutes: number },
  now: string,
): Promise<{ source: WatchedSource; isNew: boolean }> {
  const existing = await getWatchedSourceByUrl(db, source.url);
  if (existing) return { source: existing, isNew: false };
  const row = await db
    .insertInto('watched_sources')
    .values({
      url: source.url,
      kind: source.kind,
      interval_minutes: source.intervalMinutes,
      etag: null,
      last_modified: null,
      last_checked_at: null,
      last_success_at: null,
      last_error: null,
      last_error_at: null,
      last_status: null,
      next_check_at: now,
      created_at: now,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return { source: toWatchedSource(row), isNew: true };
}

export async function getWatchedSourceByUrl(db: Db, url: string): Promise<WatchedSource | undefined> {
  const row = await db.selectFrom('watched_sources').selectAll().where('url', '=', url).executeTakeFirst();
  return row && toWatchedSource(row);
}

export async function listWatchedSources(db: Db): Promise<WatchedSource[]> {
  const rows = await db.selectFrom('watched_sources').selectAll().orderBy('id').execute();
  return rows.map(toWatchedSource);
}

/** Sources whose next check is due at `now`, the longest-waiting first. */
export async function listDueSources(db: Db, now: string): Promise<WatchedSource[]> {
  const rows = await db
    .selectFrom('watched_sources')
    .selectAll()
    .where('next_check_at', '<=', now)
    .orderBy('next_check_at')
    .execute();
  return rows.map(toWatchedSource);
}

/** Removes a source by id or URL; true when one was removed. Documents it brought in stay. */
export async function removeWatchedSource(db: Db, idOrUrl: string): Promise<boolean> {
  const query = /^\d+$/.test(idOrUrl)
    ? db.deleteFrom('watched_sources').where('id', '=', Number(idOrUrl))
    : db.deleteFrom('watched_sources').where('url', '=', idOrUrl);
  const result = await query.executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

export async function recordSourceCheck(db: Db, id: number, check: SourceCheck): Promise<void> {
  const isFailure = check.error !== null;
  await db
    .updateTable('watched_sources')
    .set((eb) => ({
      last_checked_at: check.at,
      last_status: check.status,
      next_check_at: check.nextCheckAt,
      items_seen: eb('items_seen', '+', check.itemsSeen),
      documents_added: eb('documents_added', '+', check.documentsAdded),
      ...(isFailure
        ? {
            last_error: check.error,
            last_error_at: check.at,
            consecutive_failures: eb('consecutive_failures', '+', 1),
          }
        : {
            last_success_at: check.at,
            consecutive_failures: 0,
            ...(check.etag !== undefined ? { etag: check.etag } : {}),
            ...(check.lastModified !== undefined ? { last_modified: check.lastModified } : {}),
          }),
    }))
    .where('id', '=', id)
    .execute();
}

/** Maps a watched_sources row to the domain object. */
export function toWatchedSource(row: Selectable<WatchedSourceTable>): WatchedSource {
  return {
    id: row.id,
    url: row.url,
    kind: row.kind,
    intervalMinutes: row.interval_minutes,
    etag: row.etag,
    lastModified: row.last_modified,
    lastCheckedAt: row.last_checked_at,
    lastSuccessAt: row.last_success_at,
    lastError: row.last_error,
    lastErrorAt: row.last_error_at,
    lastStatus: row.last_status,
    consecutiveFailures: row.consecutive_failures,
    itemsSeen: row.items_seen,
    documentsAdded: row.documents_added,
    nextCheckAt: row.next_check_at,
  };
}
