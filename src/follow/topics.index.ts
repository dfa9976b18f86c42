// An index over followed topics, so that a new or changed incident is checked only against the topics that
// could match it (issue 12, "Matching"), not against every topic.
import type { Topic } from './topic.js';
import { CELL_DEGREES, cellOf, coverCircle } from './place.cells.js';
import {
  compileTopic,
  matchesCompiled,
  prepareIncident,
  type CompiledTopic,
  type MatchableIncident,
  type PreparedIncident,
} from './topic.matcher.js';
import { nameKey } from './terms.normalizer.js';
import { EVENT_TYPES } from '../core/acled.js';

/** The structured key a topic is filed under: the most selective field it has. */
export const KEY_KINDS = ['actor', 'place', 'admin1', 'word', 'country', 'type', 'none'] as const;
export type KeyKind = (typeof KEY_KINDS)[number];

// A circle up to this size picks out fewer incidents than an admin area or a country does; wider, it is filed
// after the country (a topic "Syria within 500 km of Damascus" is better found by Syria).
const SMALL_PLACE_KM = 200;

const EVENT_TYPE_KEYS = new Set(EVENT_TYPES.map(nameKey));

type Bucket<Id> = Set<Entry<Id>>;

interface Entry<Id> {
  readonly id: Id;
  readonly topic: Topic;
  readonly compiled: CompiledTopic;
  readonly kind: KeyKind;
  /** The buckets this topic sits in: one, or a place's cells. */
  readonly homes: { readonly map: Map<string | number, Bucket<Id>>; readonly key: string | number }[];
  /** The number of the last candidates() call that returned it, so that a call returns it once. */
  seen: number;
}

/**
 * Topics by id, each filed under one structured key taken from it: its actor, its place as grid cells, its admin
 * area, one word of its query (the longest), its country, its type, in that order of preference (the first it
 * has); a topic with none of these (only a minimum toll or grade) is a candidate for every incident.
 *
 * Cost: add, update and remove touch at most 16 buckets (a place's cells). For an incident, candidates() looks
 * up one bucket per actor, per word of its text, per grid level and per name (country, ISO3, admin1, type,
 * sub-type), and returns what they hold: its cost is that of the lookups plus the candidates, whatever the
 * number of topics. match() verifies each candidate against the whole topic (matchesCompiled), so it returns
 * exactly the topics a scan of all of them with matchesTopic would.
 *
 * @example
 *   const index = new TopicIndex<number>();
 *   index.add(7, TopicSchema.parse({ country: 'Syria', type: 'Air/drone strike' }));
 *   index.match(incident); // [7] when the incident is an air strike in Syria
 */
export class TopicIndex<Id extends string | number = string> {
  readonly #entries = new Map<Id, Entry<Id>>();
  readonly #byActor = new Map<string | number, Bucket<Id>>();
  readonly #byAdmin1 = new Map<string | number, Bucket<Id>>();
  readonly #byWord = new Map<string | number, Bucket<Id>>();
  readonly #byCountry = new Map<string | number, Bucket<Id>>();
  readonly #byType = new Map<string | number, Bucket<Id>>();
  readonly #byCell = CELL_DEGREES.map(() => new Map<string | number, Bucket<Id>>());
  readonly #unkeyed = new Map<string | number, Bucket<Id>>();
  #calls = 0;

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
    const entry: Entry<Id> = { id, topic, compiled, kind, homes, seen: 0 };
    for (const { map, key } of homes) {
      let bucket = map.get(key);
      if (bucket === undefined) map.set(key, (bucket = new Set()));
      bucket.add(entry);
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
      bucket?.delete(entry);
      if (bucket?.size === 0) map.delete(key);
    }
    this.#entries.delete(id);
    return true;
  }

  /** The ids of the topics that could match the incident (a superset of match()), each once, in no set order. */
  candidates(incident: MatchableIncident | PreparedIncident): Id[] {
    return this.#candidateEntries(asPrepared(incident)).map((entry) => entry.id);
  }

  /** The ids of the topics the incident matches, in no set order. */
  match(incident: MatchableIncident | PreparedIncident): Id[] {
    const prepared = asPrepared(incident);
    const ids: Id[] = [];
    for (const entry of this.#candidateEntries(prepared)) {
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

  #homesOf(topic: CompiledTopic): { kind: KeyKind; homes: Entry<Id>['homes'] } {
    const one = (kind: KeyKind, map: Map<string | number, Bucket<Id>>, key: string | number) => ({
      kind,
      homes: [{ map, key }],
    });
    if (topic.actor !== null) return one('actor', this.#byActor, topic.actor);
    if (topic.place !== null && topic.place.radiusKm <= SMALL_PLACE_KM) return this.#placeHomes(topic.place);
    if (topic.admin1 !== null) return one('admin1', this.#byAdmin1, topic.admin1);
    if (topic.terms.length > 0) return one('word', this.#byWord, longestWord(topic.terms));
    if (topic.country !== null) return one('country', this.#byCountry, topic.country);
    if (topic.type !== null && !EVENT_TYPE_KEYS.has(topic.type)) return one('type', this.#byType, topic.type);
    if (topic.place !== null) return this.#placeHomes(topic.place);
    if (topic.type !== null) return one('type', this.#byType, topic.type);
    return one('none', this.#unkeyed, 0);
  }

  #placeHomes(place: NonNullable<CompiledTopic['place']>): { kind: KeyKind; homes: Entry<Id>['homes'] } {
    const { level, cells } = coverCircle(place.lat, place.lon, place.radiusKm);
    const map = this.#byCell[level]!;
    return { kind: 'place', homes: cells.map((key) => ({ map, key })) };
  }

  #candidateEntries(incident: PreparedIncident): Entry<Id>[] {
    this.#calls += 1;
    const call = this.#calls;
    const found: Entry<Id>[] = [];
    const take = (bucket: Bucket<Id> | undefined): void => {
      if (bucket === undefined) return;
      for (const entry of bucket) {
        if (entry.seen === call) continue;
        entry.seen = call;
        found.push(entry);
      }
    };
    for (const actor of incident.actors) take(this.#byActor.get(actor));
    if (incident.admin1 !== null) take(this.#byAdmin1.get(incident.admin1));
    if (this.#byWord.size > 0) for (const word of incident.wordSet) take(this.#byWord.get(word));
    if (incident.country !== null) take(this.#byCountry.get(incident.country));
    if (incident.iso3 !== null) take(this.#byCountry.get(incident.iso3));
    take(this.#byType.get(incident.eventType));
    take(this.#byType.get(incident.subEventType));
    if (incident.lat !== null && incident.lon !== null) {
      for (let level = 0; level < this.#byCell.length; level += 1) {
        const cells = this.#byCell[level]!;
        if (cells.size > 0) take(cells.get(cellOf(level, incident.lat, incident.lon)));
      }
    }
    take(this.#unkeyed.get(0));
    return found;
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
