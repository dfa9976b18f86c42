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

// A topic whose conditions besides its key are only a minimum toll, a minimum grade, a type or a country is
// checked from four numbers beside its id, read in order from one array: most topics are such, and following a
// pointer to each one's compiled form for thousands of candidates an incident costs more than all the rest.
const LIMITS = 4; // minimum fatalities, minimum grade rank, type code, country code (codes: -1 for any)
const CIRCLE = 7; // centre latitude, centre longitude, radius in km, then the four limits

/**
 * The topics filed under one key: `ids` those that every incident with the key matches when it passes their
 * limits; `circleIds` place topics of a cell their circle only crosses, which must also be within the radius;
 * `check` the topics verified against their whole compiled form (matchesCompiled).
 */
interface Bucket<Id> {
  readonly ids: Id[];
  readonly limits: number[];
  readonly circleIds: Id[];
  readonly circles: number[];
  readonly check: Entry<Id>[];
}
type Buckets<Id> = Map<string | number, Bucket<Id>>;

interface Home<Id> {
  readonly map: Buckets<Id>;
  readonly key: string | number;
  readonly list: 'limits' | 'circle' | 'check';
}

interface Entry<Id> {
  readonly id: Id;
  readonly topic: Topic;
  readonly compiled: CompiledTopic;
  readonly kind: KeyKind;
  /** The buckets this topic sits in: one, or a place's cells. */
  readonly homes: readonly Home<Id>[];
}

/** What an incident is compared with in the number lists; codes are those of the index's names. */
interface Measure {
  fatalities: number;
  gradeRank: number;
  eventType: number;
  subEventType: number;
  country: number;
  iso3: number;
  lat: number;
  lon: number;
}

/**
 * Topics by id, each filed under one structured key taken from it: its actor, its place as grid cells (when
 * the circle is up to 200 km), its admin area, one word of its query (the longest), its country, its sub-event
 * type, its place (wider circles), its event type, in that order of preference (the first it has); a topic
 * with none of these (only a minimum toll or grade) is a candidate for every incident.
 *
 * Cost: add, update and remove touch at most 16 buckets (a place's cells), and scan each (arrays). For an
 * incident, match() looks up one bucket per actor, per word of its text, per grid level in use (10 at most)
 * and per name (country, ISO3, admin1, type, sub-type), and goes through what they hold: its cost is that of
 * the look-ups plus the candidates, whatever the number of topics. Most candidates are decided from numbers
 * kept beside their id (minimum toll, minimum grade, type, country, and a circle's centre and radius), in the
 * very way matchesCompiled decides them; the others are verified with matchesCompiled. So match() returns
 * exactly the topics a scan of all of them with matchesTopic would.
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
  readonly #codes = new Map<string, number>();

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
    const limits = [
      compiled.minFatalities,
      compiled.minGradeRank,
      this.#codeOf(compiled.type, true),
      this.#codeOf(compiled.country, true),
    ];
    for (const { map, key, list } of homes) {
      let bucket = map.get(key);
      if (bucket === undefined) {
        bucket = { ids: [], limits: [], circleIds: [], circles: [], check: [] };
        map.set(key, bucket);
      }
      if (list === 'limits') {
        bucket.ids.push(id);
        bucket.limits.push(...limits);
      } else if (list === 'circle') {
        const { lat, lon, radiusKm } = compiled.place!;
        bucket.circleIds.push(id);
        bucket.circles.push(lat, lon, radiusKm, ...limits);
      } else {
        bucket.check.push(entry);
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
      removeWithNumbers(bucket.ids, bucket.limits, LIMITS, id);
      removeWithNumbers(bucket.circleIds, bucket.circles, CIRCLE, id);
      removeWithNumbers(bucket.check, [], 0, entry);
      if (bucket.ids.length + bucket.circleIds.length + bucket.check.length === 0) map.delete(key);
    }
    this.#entries.delete(id);
    return true;
  }

  /**
   * The ids of the topics that could match the incident, each once, in no set order: a superset of match()
   * (every topic under the incident's keys, before limits, distances and verification).
   */
  candidates(incident: MatchableIncident | PreparedIncident): Id[] {
    const ids: Id[] = [];
    for (const entry of this.#lookUp(asPrepared(incident), ids, null)) ids.push(entry.id);
    return ids;
  }

  /** The ids of the topics the incident matches, each once, in no set order. */
  match(incident: MatchableIncident | PreparedIncident): Id[] {
    const prepared = asPrepared(incident);
    const measure: Measure = {
      fatalities: prepared.fatalities,
      gradeRank: prepared.gradeRank,
      eventType: this.#codeOf(prepared.eventType, false),
      subEventType: this.#codeOf(prepared.subEventType, false),
      country: this.#codeOf(prepared.country, false),
      iso3: this.#codeOf(prepared.iso3, false),
      lat: prepared.lat ?? Number.NaN,
      lon: prepared.lon ?? Number.NaN,
    };
    const ids: Id[] = [];
    for (const entry of this.#lookUp(prepared, ids, measure)) {
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

  /**
   * A type's or a country's folded name as a number: -1 for none in a topic, -2 for a name of an incident no
   * topic has used (which no limit equals). Codes are kept for the index's life: a few hundred names at most.
   */
  #codeOf(name: string | null, isTopic: boolean): number {
    if (name === null) return isTopic ? -1 : -2;
    let code = this.#codes.get(name);
    if (code === undefined) {
      if (!isTopic) return -2;
      code = this.#codes.size;
      this.#codes.set(name, code);
    }
    return code;
  }

  #homesOf(topic: CompiledTopic): { kind: KeyKind; homes: Home<Id>[] } {
    const one = (kind: KeyKind, map: Buckets<Id>, key: string | number) => ({
      kind,
      homes: [{ map, key, list: hasOnlyLimits(topic, kind) ? ('limits' as const) : ('check' as const) }],
    });
    if (topic.actor !== null) return one('actor', this.#byActor, topic.actor);
    if (topic.place !== null && topic.place.radiusKm <= SMALL_PLACE_KM) return this.#placeHomes(topic);
    if (topic.admin1 !== null) return one('admin1', this.#byAdmin1, topic.admin1);
    if (topic.terms.length > 0) return one('word', this.#byWord, longestWord(topic.terms));
    if (topic.country !== null) return one('country', this.#byCountry, topic.country);
    if (topic.type !== null && !EVENT_TYPE_KEYS.has(topic.type)) return one('type', this.#byType, topic.type);
    if (topic.place !== null) return this.#placeHomes(topic);
    if (topic.type !== null) return one('type', this.#byType, topic.type);
    return one('none', this.#unkeyed, 0);
  }

  #placeHomes(topic: CompiledTopic): { kind: KeyKind; homes: Home<Id>[] } {
    const { lat, lon, radiusKm } = topic.place!;
    const { level, cells, inner } = coverCircle(lat, lon, radiusKm);
    const map = this.#byCell[level]!;
    const hasLimitsOnly = hasOnlyLimits(topic, 'place');
    const listOf = (at: number) => (!hasLimitsOnly ? 'check' : inner[at] === true ? 'limits' : 'circle');
    return { kind: 'place', homes: cells.map((key, at) => ({ map, key, list: listOf(at) })) };
  }

  /**
   * Adds to `found` the ids of the topics under the incident's keys that pass their limits (every one when
   * `measure` is null) and returns the topics to verify. Each comes once without being marked: a topic sits
   * under one key (or under cells of one level, and a point lies in one cell per level), and the keys looked
   * up for an incident are distinct (its actors are a set; ISO3 and sub-type are skipped when they equal the
   * country and the type).
   */
  #lookUp(incident: PreparedIncident, found: Id[], measure: Measure | null): Entry<Id>[] {
    const toCheck: Entry<Id>[] = [];
    const take = (bucket: Bucket<Id> | undefined) => takeFrom(bucket, found, toCheck, measure);
    for (const actor of incident.actors) take(this.#byActor.get(actor));
    if (incident.admin1 !== null) take(this.#byAdmin1.get(incident.admin1));
    if (this.#byWord.size > 0) for (const word of incident.wordSet) take(this.#byWord.get(word));
    if (incident.country !== null) take(this.#byCountry.get(incident.country));
    if (incident.iso3 !== null && incident.iso3 !== incident.country)
      take(this.#byCountry.get(incident.iso3));
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

// Arrays, not sets: an incident reads thousands of ids from a few buckets, and reading an array in order is
// several times faster than iterating a set; removal pays with a scan of one bucket (microseconds).
function takeFrom<Id>(
  bucket: Bucket<Id> | undefined,
  found: Id[],
  toCheck: Entry<Id>[],
  measure: Measure | null,
): void {
  if (bucket === undefined) return;
  const { ids, limits, circleIds, circles, check } = bucket;
  if (measure === null) {
    for (let at = 0; at < ids.length; at += 1) found.push(ids[at]!);
    for (let at = 0; at < circleIds.length; at += 1) found.push(circleIds[at]!);
  } else {
    const { fatalities, gradeRank, eventType, subEventType, country: inCountry, iso3, lat, lon } = measure;
    for (let at = 0, j = 0; at < ids.length; at += 1, j += LIMITS) {
      const type = limits[j + 2]!;
      const country = limits[j + 3]!;
      if (fatalities < limits[j]! || gradeRank < limits[j + 1]!) continue;
      if (type !== -1 && type !== eventType && type !== subEventType) continue;
      if (country !== -1 && country !== inCountry && country !== iso3) continue;
      found.push(ids[at]!);
    }
    for (let at = 0, j = 0; at < circleIds.length; at += 1, j += CIRCLE) {
      const type = circles[j + 5]!;
      const country = circles[j + 6]!;
      if (fatalities < circles[j + 3]! || gradeRank < circles[j + 4]!) continue;
      if (type !== -1 && type !== eventType && type !== subEventType) continue;
      if (country !== -1 && country !== inCountry && country !== iso3) continue;
      // The same call, with the same arguments in the same order, as matchesCompiled makes for a place.
      if (distanceKm(circles[j]!, circles[j + 1]!, lat, lon) <= circles[j + 2]!) found.push(circleIds[at]!);
    }
  }
  for (let at = 0; at < check.length; at += 1) toCheck.push(check[at]!);
}

/** Removes `value` and its `stride` numbers from parallel lists, moving the last one into its place. */
function removeWithNumbers<T>(values: T[], numbers: number[], stride: number, value: T): void {
  const at = values.indexOf(value);
  if (at < 0) return;
  const last = values.length - 1;
  values[at] = values[last]!;
  values.pop();
  for (let k = 0; k < stride; k += 1) numbers[at * stride + k] = numbers[last * stride + k]!;
  numbers.length = last * stride;
}

// Whether a topic's conditions besides its key are only limits (minimum toll, minimum grade, type, country):
// its bucket then holds the four numbers that decide it. A query is a key alone when it is one word.
function hasOnlyLimits(topic: CompiledTopic, kind: KeyKind): boolean {
  const others =
    Number(topic.actor !== null) +
    Number(topic.admin1 !== null) +
    Number(topic.place !== null) +
    topic.terms.length;
  switch (kind) {
    case 'actor':
    case 'admin1':
    case 'place':
      return others === 1;
    case 'word':
      return others === 1 && topic.terms[0]?.length === 1;
    case 'country':
    case 'type':
    case 'none':
      return others === 0;
  }
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
