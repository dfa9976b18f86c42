// Matches an article's new readings to the incidents it reported before, so that re-reading keeps their ids.
import { distanceKm } from '../core/geo.js';
import type { Incident } from '../core/incident.js';
import { dateGapDays, decideLink } from './incident.linker.js';

/** How one article read an incident that has a public id. */
export interface PreviousReading {
  incidentId: number;
  reading: Incident;
}

/** New reading `index` continues incident `incidentId`. */
export interface ReadingMatch {
  index: number;
  incidentId: number;
  score: number;
}

/**
 * The score from which a new reading continues an old one. An unchanged reading scores about 8.5; the same
 * sentences re-coded to another event type about 7; the same type, date and place told by re-split sentences
 * about 4. Two readings with nothing but a type in common stay below it.
 */
export const CONTINUITY_THRESHOLD = 2.5;

/** Places farther apart, or dates further apart, are a contradiction (the linker's limits). */
const MAX_DISTANCE_KM = 25;
const MAX_DATE_GAP_DAYS = 2;

/**
 * How surely `after` (a new reading of an article) tells the same event as `before` (the same article's
 * earlier reading). Both come from one text, so the sentences they rest on are the strongest sign: the share
 * of evidence sentences in common (up to 3) and the same sentence giving the event type (1.5). Then what was
 * coded: the event type (1) and sub-event type (0.5), the background flag (±0.5), dates within two days (up
 * to 1, -2 beyond), places within 25 km (up to 1, -2 beyond; 0.25 when neither has one). A contradiction
 * costs less than shared sentences earn: an upgrade that corrects a date or a place keeps the incident.
 */
export function continuityScore(before: Incident, after: Incident): number {
  let score = 3 * jaccard(sentences(before), sentences(after));
  const anchorBefore = eventSentence(before);
  if (anchorBefore !== undefined && anchorBefore === eventSentence(after)) score += 1.5;
  if (before.eventType === after.eventType) {
    score += 1;
    if (before.subEventType === after.subEventType) score += 0.5;
  }
  score += before.background === after.background ? 0.5 : -0.5;
  if (before.date.start !== null && after.date.start !== null) {
    const gap = dateGapDays(before.date, after.date);
    score += gap <= MAX_DATE_GAP_DAYS ? 1 - gap / 3 : -2;
  }
  if (before.location && after.location) {
    const km = distanceKm(before.location.lat, before.location.lon, after.location.lat, after.location.lon);
    score += km <= MAX_DISTANCE_KM ? 1 - km / MAX_DISTANCE_KM : -2;
  } else if (!before.location && !after.location) {
    score += 0.25;
  }
  return score;
}

/**
 * Pairs new readings with previous ones, one to one, best pair first; a pair below CONTINUITY_THRESHOLD is
 * never made. Ties go to the earlier entry of `previous` (callers list live incidents before withdrawn ones),
 * then to the earlier new reading, so the outcome does not depend on anything but the inputs.
 */
export function matchReadings(previous: PreviousReading[], next: Incident[]): ReadingMatch[] {
  const pairs: { p: number; index: number; score: number }[] = [];
  previous.forEach((prev, p) => {
    next.forEach((reading, index) => {
      const score = continuityScore(prev.reading, reading);
      if (score >= CONTINUITY_THRESHOLD) pairs.push({ p, index, score });
    });
  });
  pairs.sort((a, b) => b.score - a.score || a.p - b.p || a.index - b.index);
  const usedPrevious = new Set<number>();
  const usedNext = new Set<number>();
  const usedIds = new Set<number>();
  const matches: ReadingMatch[] = [];
  for (const pair of pairs) {
    const prev = previous[pair.p];
    if (!prev || usedPrevious.has(pair.p) || usedNext.has(pair.index) || usedIds.has(prev.incidentId))
      continue;
    usedPrevious.add(pair.p);
    usedNext.add(pair.index);
    usedIds.add(prev.incidentId);
    matches.push({ index: pair.index, incidentId: prev.incidentId, score: pair.score });
  }
  return matches.sort((a, b) => a.index - b.index);
}

/**
 * True when `after` tells the event `before` told, by continuity or by the linker's own test: used to decide
 * that an incident left without reports was folded into another (a merge) rather than lost (a withdrawal).
 */
export function isSameEventAgain(before: Incident, after: Incident): boolean {
  if (continuityScore(before, after) >= CONTINUITY_THRESHOLD) return true;
  return decideLink(before, [{ ...after, id: 0 }]).kind === 'same-as';
}

function sentences(incident: Incident): Set<string> {
  return new Set(incident.evidence.map((e) => normalize(e.text)));
}

function eventSentence(incident: Incident): string | undefined {
  const evidence = incident.evidence.find((e) => e.field === 'eventType');
  return evidence && normalize(evidence.text);
}

function normalize(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}

function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const x of a) if (b.has(x)) shared += 1;
  return shared / (a.size + b.size - shared);
}
