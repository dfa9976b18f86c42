// An index over followed topics, so that a new or changed incident is checked only against the topics that
// could match it (issue 12, "Matching"), not against every topic.
import { EVENT_TYPES } from '../core/acled.js';
import { distanceKm } from '../core/geo.js';
import { CELL_DEGREES, cellOf, coverCircle } from './place.cells.js';
import { nameKey } from './terms.normalizer.js';
import type { Topic } from './topic.js';
import {
  compileTopic,
  matchesCompiled,
  prepareIncident,
  type CompiledTopic,
  type MatchableIncident,
  type PreparedIncident,
} from './topic.matcher.js';

/** The structured key a topic is filed under: the most selective field it has. */
export const KEY_KINDS = ['actor', 'place', 'admin1', 'word', 'country', 'type', 'none'] as const;
export type KeyKind = (typeof KEY_KINDS)[number];

// A circle up to this size picks out fewer incidents than an admin area or a country does; wider, it is filed
// after the country (a topic "Syria within 500 km of Damascus" is better found by Syria).
const SMALL_PLACE_KM = 200;

const EVENT_TYPE_KEYS = new Set(EVENT_TYPES.map(nameKey));

/**
 * The topics filed under one key: `sure` holds the ids of topics that every incident with the key matches (the
 * key is the topic's only condition, or a place-only topic's cell lies wholly inside its circle); `circle*`
 * the place-only topics of a cell the circle only crosses, checked by distance alone; `check` the topics to
 * verify with matchesCompiled.
 */
interface Bucket<Id> {
  readonly sure: Id[];
  readonly circleIds: Id[];
  /** Centre latitude, centre longitude and radius in km of each of circleIds, three numbers a topic. */
  readonly circles: number[];
  readonly check: Entry<Id>[];
}
type Buckets<Id> = Map<string | number, Bucket<Id>>;

interface Home<Id> {
  readonly map: Buckets<Id>;
  readonly key: string | number;
  /** Where the topic sits in the bucket: matched by the key alone, by distance alone, or verified. */
  readonly list: 'sure' | 'circle' | 'check';
}

interface Entry<Id> {
  readonly id: Id;
  readonly topic: Topic;
  readonly compiled: CompiledTopic;
  readonly kind: KeyKind;
  /** The buckets this topic sits in: one, or a place's cells. */
  readonly homes: readonly Home<Id>[];
}

/**
 * Topics by id, each filed under one structured key taken from it: its actor, its place as grid cells (when
 * the circle is up to 200 km), its admin area, one word of its query (the longest), its country, its sub-event
 * type, its place (wider circles), its event type, in that order of preference (the first it has); a topic
 * with none of these (only a minimum toll or grade) is a candidate for every incident.
 *
 * Cost: add, update and remove touch at most 16 buckets (a place's cells). For an incident, candidates() looks
 * up one bucket per actor, per word of its text, per grid level in use (10 at most) and per name (country,
 * ISO3, admin1, type, sub-type), and returns what they hold: its cost is that of the look-ups plus the
 * candidates, whatever the number of topics. match() verifies each candidate against the whole topic
 * (matchesCompiled), except those whose key is their only condition (a country-only topic found under the
 * incident's country; a place-only topic under a cell wholly inside its circle), so it returns exactly the
 * topics a scan of all of them with matchesTopic would.
 *
 * @example
 *   const index = new TopicIndex<number>();
 *   index.add(7, TopicSchema.parse({ country: 'Syria', type: 'Air/drone strike' }));
 *   index.match(incident); // [7] when the incident is an air strike in Syria
 */
export class TopicIndex<Id extends string | number = string> {
  readonly #entries = new Map<Id, Entry<Id>>();
  readonly #byActor: Buckets<Id> = new Map();
  readonly #byAdmin1: Buckets<Id> = new Map();
  readonly #byWord: Buckets<Id> = new Map();
  readonly #byCountry: Buckets<Id> = new Map();
  readonly #byType: Buckets<Id> = new Map();
  readonly #byCell: Buckets<Id>[] = CELL_DEGREES.map((): Buckets<Id> => new Map());
  readonly #unkeyed: Buckets<Id> = new Map();

  get size(): number {
    return this.#entries.size;
  }

  has(id: Id): boolean {
    return this.#entries.has(id);
  }

  /** The topic filed under this id, or undefined. */
  get(id: Id): Topic | undefined {
    return this.#entries.get(id)?.topic;
  }

  /** Files a topic under a new id; throws when the id is taken (use update to replace a topic). */
  add(id: Id, topic: Topic): void {
    if (this.#entries.has(id)) throw new Error(`topic ${String(id)} is already in the index`);
    const compiled = compileTopic(topic);
    const { kind, homes } = this.#homesOf(compiled);
    const entry: Entry<Id> = { id, topic, compiled, kind, homes };
    for (const { map, key, list } of homes) {
      let bucket = map.get(key);
      if (bucket === undefined) map.set(key, (bucket = { sure: [], circleIds: [], circles: [], check: [] }));
      if (list === 'sure') bucket.sure.push(id);
      else if (list === 'check') bucket.check.push(entry);
      else {
        const { lat, lon, radiusKm } = compiled.place!;
        bucket.circleIds.push(id);
        bucket.circles.push(lat, lon, radiusKm);
      }
    }
    this.#entries.set(id, entry);
  }

  /** Replaces the topic under this id, or files it when the id is new. */
  update(id: Id, topic: Topic): void {
    this.remove(id);
    this.add(id, topic);
  }

  /** Removes the topic under this id; false when there was none. */
  remove(id: Id): boolean {
    const entry = this.#entries.get(id);
    if (entry === undefined) return false;
    for (const { map, key } of entry.homes) {
      const bucket = map.get(key);
      if (bucket === undefined) continue;
      removeFrom(bucket.sure, id);
      removeFrom(bucket.check, entry);
      removeCircle(bucket, id);
      if (bucket.sure.length + bucket.circleIds.length + bucket.check.length === 0) map.delete(key);
    }
    this.#entries.delete(id);
    return true;
  }

  /**
   * The ids of the topics that could match the incident, each once, in no set order: a superset of match()
   * (the topics it is sure of, and those it would verify).
   */
  candidates(incident: MatchableIncident | PreparedIncident): Id[] {
    const ids: Id[] = [];
    const prepared = asPrepared(incident);
    for (const entry of this.#lookUp(prepared, ids, null)) ids.push(entry.id);
    return ids;
  }

  /** The ids of the topics the incident matches, each once, in no set order. */
  match(incident: MatchableIncident | PreparedIncident): Id[] {
    const prepared = asPrepared(incident);
    const ids: Id[] = [];
    for (const entry of this.#lookUp(prepared, ids, prepared)) {
      if (matchesCompiled(entry.compiled, prepared)) ids.push(entry.id);
    }
    return ids;
  }

  /** How many topics are filed under each kind of key (for benchmarks and admin pages). */
  countByKind(): Record<KeyKind, number> {
    const counts = Object.fromEntries(KEY_KINDS.map((kind) => [kind, 0])) as Record<KeyKind, number>;
    for (const entry of this.#entries.values()) counts[entry.kind] += 1;
    return counts;
  }

  #homesOf(topic: CompiledTopic): { kind: KeyKind; homes: Home<Id>[] } {
    const isOnly = conditionCount(topic) === 1;
    const one = (kind: KeyKind, map: Buckets<Id>, key: string | number, isSure = isOnly) => ({
      kind,
      homes: [{ map, key, list: isSure ? ('sure' as const) : ('check' as const) }],
    });
    if (topic.actor !== null) return one('actor', this.#byActor, topic.actor);
    if (topic.place !== null && topic.place.radiusKm <= SMALL_PLACE_KM) {
      return this.#placeHomes(topic.place, isOnly);
    }
    if (topic.admin1 !== null) return one('admin1', this.#byAdmin1, topic.admin1);
    if (topic.terms.length > 0) {
      // Sure only when the query is that one word (a phrase needs its other words, in order).
      const isSure = isOnly && topic.terms[0]?.length === 1;
      return one('word', this.#byWord, longestWord(topic.terms), isSure);
    }
    if (topic.country !== null) return one('country', this.#byCountry, topic.country);
    if (topic.type !== null && !EVENT_TYPE_KEYS.has(topic.type)) return one('type', this.#byType, topic.type);
    if (topic.place !== null) return this.#placeHomes(topic.place, isOnly);
    if (topic.type !== null) return one('type', this.#byType, topic.type);
    return one('none', this.#unkeyed, 0, false);
  }

  #placeHomes(
    place: NonNullable<CompiledTopic['place']>,
    isOnly: boolean,
  ): { kind: KeyKind; homes: Home<Id>[] } {
    const { level, cells, inner } = coverCircle(place.lat, place.lon, place.radiusKm);
    const map = this.#byCell[level]!;
    const listOf = (at: number) => (!isOnly ? 'check' : inner[at] === true ? 'sure' : 'circle');
    return {
      kind: 'place',
      homes: cells.map((key, at) => ({ map, key, list: listOf(at) })),
    };
  }

  /**
   * Adds the ids of sure matches to `sure` and returns the topics to check. Each comes once without being
   * marked: a topic sits under one key (or under cells of one level, and a point lies in one cell per level),
   * and the keys looked up for an incident are distinct (its actors are a set, ISO3 and sub-type are skipped
   * when they equal the country and the type).
   */
  #lookUp(incident: PreparedIncident, sure: Id[], measure: PreparedIncident | null): Entry<Id>[] {
    const toCheck: Entry<Id>[] = [];
    const take = (bucket: Bucket<Id> | undefined) => takeFrom(bucket, sure, toCheck, measure);
    for (const actor of incident.actors) take(this.#byActor.get(actor));
    if (incident.admin1 !== null) take(this.#byAdmin1.get(incident.admin1));
    if (this.#byWord.size > 0) {
      for (const word of incident.wordSet) take(this.#byWord.get(word));
    }
    if (incident.country !== null) take(this.#byCountry.get(incident.country));
    if (incident.iso3 !== null && incident.iso3 !== incident.country) {
      take(this.#byCountry.get(incident.iso3));
    }
    take(this.#byType.get(incident.eventType));
    if (incident.subEventType !== incident.eventType) take(this.#byType.get(incident.subEventType));
    if (incident.lat !== null && incident.lon !== null) {
      for (let level = 0; level < this.#byCell.length; level += 1) {
        const cells = this.#byCell[level]!;
        if (cells.size > 0) take(cells.get(cellOf(level, incident.lat, incident.lon)));
      }
    }
    take(this.#unkeyed.get(0));
    return toCheck;
  }
}

// Arrays, not sets: an incident reads thousands of ids from a few buckets, and reading an array is several
// times faster than iterating a set; removal pays with a scan of one bucket (a few microseconds at 100,000).
// Circles sit in flat arrays of numbers so that checking hundreds of them reads memory in order. `measure`
// null (candidates()) takes every circle without measuring.
function takeFrom<Id>(
  bucket: Bucket<Id> | undefined,
  sure: Id[],
  toCheck: Entry<Id>[],
  measure: PreparedIncident | null,
): void {
  if (bucket === undefined) return;
  const { sure: ids, circleIds, circles, check } = bucket;
  for (let at = 0; at < ids.length; at += 1) sure.push(ids[at]!);
  if (measure === null) {
    for (let at = 0; at < circleIds.length; at += 1) sure.push(circleIds[at]!);
  } else if (measure.lat !== null && measure.lon !== null) {
    // The same call, with the same arguments in the same order, as matchesCompiled makes for a place.
    for (let at = 0; at < circleIds.length; at += 1) {
      if (
        distanceKm(circles[3 * at]!, circles[3 * at + 1]!, measure.lat, measure.lon) <= circles[3 * at + 2]!
      ) {
        sure.push(circleIds[at]!);
      }
    }
  }
  for (let at = 0; at < check.length; at += 1) toCheck.push(check[at]!);
}

function removeCircle<Id>(bucket: Bucket<Id>, id: Id): void {
  const at = bucket.circleIds.indexOf(id);
  if (at < 0) return;
  const last = bucket.circleIds.length - 1;
  bucket.circleIds[at] = bucket.circleIds[last]!;
  bucket.circleIds.pop();
  bucket.circles.splice(3 * at, 3, ...bucket.circles.slice(3 * last, 3 * last + 3));
  bucket.circles.length = 3 * last;
}

function removeFrom<T>(values: T[], value: T): void {
  const at = values.indexOf(value);
  if (at < 0) return;
  values[at] = values[values.length - 1]!;
  values.pop();
}

// How many conditions a topic sets. A topic of one condition that is also its key (an actor, a country, a
// place-only topic in a cell inside its circle) is matched by being found: most topics are such, and verifying
// them again would cost as much as the rest of matching (the bench's incidents match about 4,000 topics each).
function conditionCount(topic: CompiledTopic): number {
  return (
    Number(topic.actor !== null) +
    Number(topic.country !== null) +
    Number(topic.admin1 !== null) +
    Number(topic.type !== null) +
    Number(topic.place !== null) +
    Number(topic.minFatalities > 0) +
    Number(topic.minGradeRank > 0) +
    topic.terms.length
  );
}

function asPrepared(incident: MatchableIncident | PreparedIncident): PreparedIncident {
  return 'wordSet' in incident ? incident : prepareIncident(incident);
}

// Longer words are rarer in news text ("raqqa" before "in"): the longest is the cheapest bucket to file under.
function longestWord(terms: CompiledTopic['terms']): string {
  let longest = '';
  for (const term of terms) for (const word of term) if (word.length > longest.length) longest = word;
  return longest;
}
