// Stable incident ids: a re-read article keeps its incidents' public ids, and a retired id leads somewhere.
//
// Design. `incidents.id` is the public id (API, export, pages, e-mail links) and is never reused (SQLite
// AUTOINCREMENT). Re-reading an article (reprocess, upgrade) places its new readings exactly as before — each
// through the linker, as any new report — so the incidents come out the same as a fresh delete-and-relink
// would make them; only their ids are kept. Its old incidents that keep reports from other articles keep
// their ids anyway. An old incident left with no report is set aside (its stale fields hidden from the
// linker) and its id reserved; the new readings are matched to the set-aside and withdrawn incidents of this
// article, best pair first (src/link/reading.matcher.ts), and a reading that the linker makes a new incident
// of takes its match's id instead of a fresh one. A set-aside id that no new incident took either tells an
// event that a new reading placed in another incident — it becomes an alias of that one, "merged" (HTTP 301
// on its page, `mergedInto` in the API) — or tells an event no report tells any more: a tombstone,
// "withdrawn" (HTTP 410 with its former reports), which a later reading that finds the event again revives
// under the same id. No id that was ever given out answers 404.
import { writeSummary } from '../analyze/index.js';
import type { Incident } from '../core/incident.js';
import type { IncidentRecord, IncidentTombstone } from '../core/incident-record.js';
import { mergeReading, type LinkCandidate } from '../link/incident.linker.js';
import { continuityScore, isSameEventAgain, matchReadings } from '../link/reading.matcher.js';
import {
  detachArticleReports,
  getIncidentParts,
  getRetiredIncident,
  listArticleReadings,
  listRetiredIncidentReports,
  listWithdrawnReadings,
  renumberIncident,
  replaceArticle,
  resolveIncidentId,
  retireIncident,
  setAsideIncident,
  updateIncident,
  type ArticleReading,
  type Db,
  type SetAsideIncident,
} from '../store/index.js';
import { getIncidentRecord } from './incident-records.js';
import { PIPELINE_VERSION, type Reading } from './read-document.js';

/** Stores one new reading as a report of some incident (the linker's choice) and returns that incident's id. */
export type PlaceReading = (incident: Incident) => Promise<number>;

/**
 * Replaces article `articleId`'s reading with `reading`, keeping the article's id and its incidents' ids as
 * described above. Runs in the caller's transaction. Returns the incident id of each new reading, in order.
 */
export async function rereadArticle(
  db: Db,
  articleId: number,
  reading: Reading,
  now: string,
  placeByLinking: PlaceReading,
): Promise<number[]> {
  const previousLive = await listArticleReadings(db, articleId);
  const previousWithdrawn = await listWithdrawnReadings(db, articleId);
  await detachArticleReports(db, articleId);
  await replaceArticle(db, articleId, reading.article, reading.canonicalClaim);

  const setAside = new Map<number, SetAsideIncident>();
  for (const { incidentId } of previousLive) {
    if (await rebuildIncident(db, incidentId, now)) continue;
    const taken = await setAsideIncident(db, incidentId);
    if (taken) setAside.set(incidentId, taken);
  }
  // Set-aside incidents first: on a tie, an id in use is kept rather than a tombstone revived.
  const reclaimable: ArticleReading[] = [
    ...previousLive.filter((p) => setAside.has(p.incidentId)),
    ...previousWithdrawn,
  ];
  const matchOf = new Map(matchReadings(reclaimable, reading.incidents).map((m) => [m.index, m.incidentId]));
  // AUTOINCREMENT hands out ids above every id ever used, so an id above this one was created just now.
  const ceiling = Math.max(0, ...reclaimable.map((r) => r.incidentId), await maxIncidentId(db));
  const claimed = new Set<number>();
  const placed: number[] = [];
  for (const [index, incident] of reading.incidents.entries()) {
    let id = await placeByLinking(incident);
    const reserved = matchOf.get(index);
    const isNew = id > ceiling && !placed.includes(id);
    if (isNew && reserved !== undefined && !claimed.has(reserved)) {
      const createdAt =
        setAside.get(reserved)?.createdAt ?? (await getRetiredIncident(db, reserved))?.createdAt;
      await renumberIncident(db, id, reserved, createdAt ?? now);
      id = reserved;
    }
    if (reserved !== undefined && id === reserved) claimed.add(reserved);
    placed.push(id);
  }

  for (const former of reclaimable) {
    if (claimed.has(former.incidentId)) continue;
    const kept = setAside.get(former.incidentId);
    const survivor = bestSurvivor(former.reading, reading.incidents, placed);
    if (survivor !== undefined) {
      const was = kept ?? (await getRetiredIncident(db, former.incidentId));
      if (!was) continue;
      await retireIncident(
        db,
        {
          id: former.incidentId,
          fate: 'merged',
          mergedInto: survivor,
          reason: `Re-reading article ${articleId} with pipeline ${PIPELINE_VERSION} found this event told as incident ${survivor}.`,
          lastKnown: 'core' in was ? was.core : was.lastKnown,
          createdAt: was.createdAt,
          formerReadings: [],
        },
        now,
      );
    } else if (kept) {
      await retireIncident(
        db,
        {
          id: former.incidentId,
          fate: 'withdrawn',
          mergedInto: null,
          reason: `Re-reading article ${articleId} with pipeline ${PIPELINE_VERSION} no longer finds this event, and no other report tells it.`,
          lastKnown: kept.core,
          createdAt: kept.createdAt,
          formerReadings: [former],
        },
        now,
      );
    }
  }
  return placed;
}

// The incident that took over an old reading's event: where the new reading most like it went.
function bestSurvivor(before: Incident, after: Incident[], placed: number[]): number | undefined {
  let best: { id: number; score: number } | undefined;
  for (const [index, reading] of after.entries()) {
    const id = placed[index];
    if (id === undefined || !isSameEventAgain(before, reading)) continue;
    const score = continuityScore(before, reading);
    if (!best || score > best.score) best = { id, score };
  }
  return best?.id;
}

async function maxIncidentId(db: Db): Promise<number> {
  const row = await db
    .selectFrom('incidents')
    .select((eb) => eb.fn.max('id').as('max'))
    .executeTakeFirst();
  return Number(row?.max ?? 0);
}

/**
 * Recomputes an incident's merged fields from its reports (oldest report first); false when it has none left.
 */
export async function rebuildIncident(db: Db, id: number, now: string): Promise<boolean> {
  const parts = await getIncidentParts(db, id);
  const [first, ...rest] = parts?.reports.map((r) => r.reading) ?? [];
  if (!first) return false;
  let core: LinkCandidate = { ...first, id };
  for (const next of rest) core = mergeReading(core, next);
  await updateIncident(db, { ...core, summary: writeSummary(core) }, now);
  return true;
}

/** What a public incident id leads to. */
export type IncidentLookup =
  | { kind: 'live'; record: IncidentRecord }
  | { kind: 'merged'; requestedId: number; record: IncidentRecord }
  | { kind: 'withdrawn'; tombstone: IncidentTombstone }
  | { kind: 'unknown'; requestedId: number };

/** Looks up a public id, following merges to the surviving incident (an id never given out is "unknown"). */
export async function lookupIncident(db: Db, requestedId: number): Promise<IncidentLookup> {
  const resolved = await resolveIncidentId(db, requestedId);
  if (resolved.kind === 'unknown') return { kind: 'unknown', requestedId };
  if (resolved.kind === 'live') {
    const record = await getIncidentRecord(db, resolved.id);
    if (!record) return { kind: 'unknown', requestedId };
    return resolved.id === requestedId ? { kind: 'live', record } : { kind: 'merged', requestedId, record };
  }
  const retired = await getRetiredIncident(db, resolved.id);
  if (!retired) return { kind: 'unknown', requestedId };
  const reason =
    resolved.id === requestedId
      ? retired.reason
      : `Incident ${requestedId} was merged into incident ${resolved.id}, which was withdrawn: ${retired.reason}`;
  return {
    kind: 'withdrawn',
    tombstone: {
      id: resolved.id,
      requestedId,
      status: 'withdrawn',
      reason,
      withdrawnAt: retired.retiredAt,
      lastKnown: retired.lastKnown,
      reports: await listRetiredIncidentReports(db, resolved.id),
    },
  };
}
