// The definition of a match: whether an incident satisfies every field of a topic. The index only narrows the
// topics to verify; whatever it returns is checked here, and a brute-force scan with this function is the truth.
import { distanceKm } from '../core/geo.js';
import type { Incident } from '../core/incident.js';
import type { Grade } from '../core/incident-record.js';
import { actorKey, nameKey, parseQuery, tokens, type QueryTerm } from './terms.normalizer.js';
import { GRADE_STEPS, type Topic } from './topic.js';

/**
 * What matching reads of an incident: an Incident, or an IncidentRecord with its grade. Without `grade` the
 * incident counts as "single source" (one report, which is what a fresh reading is).
 */
export type MatchableIncident = Pick<
  Incident,
  'eventType' | 'subEventType' | 'location' | 'actors' | 'fatalities' | 'summary'
> & { grade?: Grade; independentSources?: number };

/** A topic with its names folded and its query parsed, so that checking it against an incident costs no parsing. */
export interface CompiledTopic {
  readonly actor: string | null;
  readonly country: string | null;
  readonly admin1: string | null;
  readonly type: string | null;
  readonly place: { readonly lat: number; readonly lon: number; readonly radiusKm: number } | null;
  readonly minFatalities: number;
  readonly minGradeRank: number;
  readonly terms: readonly QueryTerm[];
}

/** An incident with its names folded and its text cut into words, made once and checked against many topics. */
export interface PreparedIncident {
  readonly actors: ReadonlySet<string>;
  readonly country: string | null;
  readonly iso3: string | null;
  readonly admin1: string | null;
  readonly eventType: string;
  readonly subEventType: string;
  /** Null when the incident has no location, or coordinates off the globe (|lat| > 90, not finite). */
  readonly lat: number | null;
  readonly lon: number | null;
  readonly fatalities: number;
  readonly gradeRank: number;
  /** The words of summary, actors and place names in order, each field followed by "" so no phrase spans two. */
  readonly words: readonly string[];
  readonly wordSet: ReadonlySet<string>;
}

/**
 * An incident's step on the ladder single source (0) < fair (1) < confirmed (2). A contested incident (its
 * sources disagree on what happened or on the toll) stands on the step its independent sources reach: 3 or
 * more as confirmed, 2 as fair, else single source; a reader who wants corroborated events hears of it, and
 * its grade tells that it is disputed.
 */
export function gradeRank(grade: Grade | undefined, independentSources = 1): number {
  if (grade === undefined) return 0;
  if (grade === 'contested') return independentSources >= 3 ? 2 : independentSources === 2 ? 1 : 0;
  return GRADE_STEPS.indexOf(grade);
}

export function compileTopic(topic: Topic): CompiledTopic {
  return {
    actor: topic.actor === undefined ? null : actorKey(topic.actor),
    country: topic.country === undefined ? null : nameKey(topic.country),
    admin1: topic.admin1 === undefined ? null : nameKey(topic.admin1),
    type: topic.type === undefined ? null : nameKey(topic.type),
    place:
      topic.place === undefined
        ? null
        : { lat: topic.place.lat, lon: topic.place.lon, radiusKm: topic.place.radiusKm },
    minFatalities: topic.minFatalities ?? 0,
    minGradeRank: topic.minGrade === undefined ? 0 : GRADE_STEPS.indexOf(topic.minGrade),
    terms: topic.query === undefined ? [] : parseQuery(topic.query),
  };
}

export function prepareIncident(incident: MatchableIncident): PreparedIncident {
  const location = incident.location;
  const words: string[] = [];
  const addField = (text: string | null): void => {
    if (text === null) return;
    for (const word of tokens(text)) words.push(word);
    words.push('');
  };
  addField(incident.summary);
  for (const actor of incident.actors) addField(actor.name);
  const onGlobe =
    location !== null &&
    Number.isFinite(location.lat) &&
    Number.isFinite(location.lon) &&
    Math.abs(location.lat) <= 90;
  if (location !== null) {
    addField(location.name);
    addField(location.admin1);
    addField(location.country);
  }
  return {
    actors: new Set(incident.actors.map((actor) => actorKey(actor.name))),
    country: location === null ? null : nameKey(location.country),
    iso3: location === null ? null : nameKey(location.iso3),
    admin1: location?.admin1 == null ? null : nameKey(location.admin1),
    eventType: nameKey(incident.eventType),
    subEventType: nameKey(incident.subEventType),
    lat: onGlobe ? location.lat : null,
    lon: onGlobe ? location.lon : null,
    // A count the schema would refuse (negative, not a number) reads as none, so that a minimum of 0 always holds.
    fatalities: incident.fatalities !== null && incident.fatalities > 0 ? incident.fatalities : 0,
    gradeRank: gradeRank(incident.grade, incident.independentSources),
    words,
    wordSet: new Set(words),
  };
}

/** Whether the prepared incident satisfies every field of the compiled topic. */
export function matchesCompiled(topic: CompiledTopic, incident: PreparedIncident): boolean {
  if (topic.actor !== null && !incident.actors.has(topic.actor)) return false;
  if (topic.country !== null && topic.country !== incident.country && topic.country !== incident.iso3) {
    return false;
  }
  if (topic.admin1 !== null && topic.admin1 !== incident.admin1) return false;
  if (topic.type !== null && topic.type !== incident.eventType && topic.type !== incident.subEventType) {
    return false;
  }
  if (incident.fatalities < topic.minFatalities) return false;
  if (incident.gradeRank < topic.minGradeRank) return false;
  if (topic.place !== null) {
    if (incident.lat === null || incident.lon === null) return false;
    const { lat, lon, radiusKm } = topic.place;
    if (!(distanceKm(lat, lon, incident.lat, incident.lon) <= radiusKm)) return false;
  }
  for (const term of topic.terms) if (!containsTerm(incident, term)) return false;
  return true;
}

/**
 * Whether an incident matches a topic: every field the topic gives holds (see TopicSchema for each field's
 * meaning). This is the definition the index is tested against.
 *
 * @example matchesTopic({ country: 'Syria', minFatalities: 1 }, incident)
 */
export function matchesTopic(topic: Topic, incident: MatchableIncident): boolean {
  return matchesCompiled(compileTopic(topic), prepareIncident(incident));
}

function containsTerm(incident: PreparedIncident, term: QueryTerm): boolean {
  const [first] = term;
  if (first === undefined) return true;
  if (!incident.wordSet.has(first)) return false;
  if (term.length === 1) return true;
  const words = incident.words;
  for (let start = 0; start + term.length <= words.length; start += 1) {
    let at = 0;
    while (at < term.length && words[start + at] === term[at]) at += 1;
    if (at === term.length) return true;
  }
  return false;
}
