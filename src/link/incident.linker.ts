// Decides whether a newly read incident is one already known (another outlet's report of it) or a new one.
import { distanceKm } from '../core/geo.js';
import type { LinkWindow } from '../core/link-window.js';
import type { Incident } from '../core/incident.js';

/** The parts of a stored incident the linker compares. */
export type LinkCandidate = Omit<Incident, 'sources' | 'evidence'> & { id: number };

export type LinkDecision = { kind: 'new' } | { kind: 'same-as'; id: number; score: number };

/** Two places farther apart than this are different events, whatever else agrees (ACLED's 25 km town radius). */
const MAX_DISTANCE_KM = 25;
/** Reports of one event disagree on its date by a day or two; more is another event. */
const MAX_DATE_GAP_DAYS = 2;

/**
 * Picks the candidate that is the same event as `incident`, or "new".
 * Same event = same event type, dates within two days (widened by each date's own range), places within
 * 25 km, and no contradiction between named perpetrators. Background incidents are never merged: each is
 * one article's context, often vaguely dated.
 */
export function decideLink(
  incident: Omit<Incident, 'sources' | 'evidence'>,
  candidates: LinkCandidate[],
): LinkDecision {
  if (incident.background || incident.date.start === null || incident.location === null)
    return { kind: 'new' };
  let best: LinkDecision = { kind: 'new' };
  for (const candidate of candidates) {
    const score = sameEventScore(incident, candidate);
    if (score > 0 && (best.kind === 'new' || score > best.score))
      best = { kind: 'same-as', id: candidate.id, score };
  }
  return best;
}

/**
 * The region of the store where a same-event candidate for `incident` can lie: its event type, the dates
 * within MAX_DATE_GAP_DAYS of its range, and a latitude/longitude box around its place that holds every point
 * within MAX_DISTANCE_KM. Null when the linker merges nothing for it (background, undated or unplaced), so no
 * query is needed. Longitude is left open near the poles and across the antimeridian, where a box cannot hold
 * the circle; the linker's own distance test still decides.
 */
export function linkWindow(incident: Omit<Incident, 'sources' | 'evidence'>): LinkWindow | null {
  const { location, date } = incident;
  if (incident.background || date.start === null || location === null) return null;
  const start = toDay(date.start);
  const end = toDay(date.end ?? date.start);
  if (start === null || end === null) return null;
  // One degree of latitude is 111.19 km on the 6,371 km sphere distanceKm uses; 1 % spare for rounding.
  const latDegrees = (MAX_DISTANCE_KM / 111.19) * 1.01;
  const minLat = location.lat - latDegrees;
  const maxLat = location.lat + latDegrees;
  const widestCos = Math.cos((Math.min(89.9, Math.max(Math.abs(minLat), Math.abs(maxLat))) * Math.PI) / 180);
  const lonDegrees = latDegrees / widestCos;
  const isLonOpen =
    Math.abs(maxLat) >= 89 || Math.abs(minLat) >= 89 || Math.abs(location.lon) + lonDegrees > 180;
  return {
    eventType: incident.eventType,
    from: fromDay(Math.min(start, end) - MAX_DATE_GAP_DAYS),
    to: fromDay(Math.max(start, end) + MAX_DATE_GAP_DAYS),
    minLat,
    maxLat,
    minLon: isLonOpen ? null : location.lon - lonDegrees,
    maxLon: isLonOpen ? null : location.lon + lonDegrees,
  };
}

function fromDay(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

function sameEventScore(a: Omit<Incident, 'sources' | 'evidence'>, b: LinkCandidate): number {
  if (b.background || a.eventType !== b.eventType) return 0;
  if (!a.location || !b.location || !a.date.start || !b.date.start) return 0;
  const gap = dateGapDays(a.date, b.date);
  if (gap > MAX_DATE_GAP_DAYS) return 0;
  const km = distanceKm(a.location.lat, a.location.lon, b.location.lat, b.location.lon);
  if (km > MAX_DISTANCE_KM) return 0;
  const perpetratorsA = perpetrators(a);
  const perpetratorsB = perpetrators(b);
  const bothNamed = perpetratorsA.size > 0 && perpetratorsB.size > 0;
  const shared = [...perpetratorsA].some((name) => perpetratorsB.has(name));
  if (bothNamed && !shared) return 0;
  return (
    3 - gap + (1 - km / MAX_DISTANCE_KM) + (shared ? 1 : 0) + (a.subEventType === b.subEventType ? 0.5 : 0)
  );
}

function perpetrators(incident: Pick<Incident, 'actors'>): Set<string> {
  return new Set(
    incident.actors
      .filter((actor) => actor.role === 'perpetrator' && !/unidentified/i.test(actor.name))
      .map((actor) => actor.name.toLowerCase()),
  );
}

/** Days between two date ranges; 0 when they overlap. */
export function dateGapDays(a: Incident['date'], b: Incident['date']): number {
  const aStart = toDay(a.start);
  const aEnd = toDay(a.end ?? a.start);
  const bStart = toDay(b.start);
  const bEnd = toDay(b.end ?? b.start);
  if (aStart === null || aEnd === null || bStart === null || bEnd === null) return Number.POSITIVE_INFINITY;
  if (aEnd < bStart) return bStart - aEnd;
  if (bEnd < aStart) return aStart - bEnd;
  return 0;
}

function toDay(iso: string | null): number | null {
  if (iso === null) return null;
  const ms = Date.parse(`${iso.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(ms) ? null : Math.round(ms / 86_400_000);
}

/**
 * The incident after adding one more report: the widest date range that every report allows, the most
 * precise place, the union of actors, and ACLED's conservative count (the lowest reported total).
 */
export function mergeReading(
  current: LinkCandidate,
  reading: Omit<Incident, 'sources' | 'evidence'>,
): LinkCandidate {
  const actors = [...current.actors];
  for (const actor of reading.actors) {
    if (!actors.some((a) => a.name === actor.name && a.role === actor.role)) actors.push(actor);
  }
  const location =
    reading.location && (!current.location || reading.location.precision < current.location.precision)
      ? reading.location
      : current.location;
  const date =
    reading.date.precision < current.date.precision && reading.date.start !== null
      ? reading.date
      : current.date;
  const counts = [current.fatalities, reading.fatalities].filter((n): n is number => n !== null);
  return {
    ...current,
    location,
    date,
    actors,
    fatalities: counts.length > 0 ? Math.min(...counts) : null,
  };
}
