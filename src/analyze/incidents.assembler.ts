// Reads the sentences cue first (the other readers run only where an incident needs them), groups them into the
// news incident and background incidents, and assembles each into the contract's Incident shape.
import type { Evidence, Incident, IncidentDate, IncidentLocation, IncidentSource } from '../core/incident.js';
import { acledStateName } from './actor-periods.data.js';
import { incidentActors } from './actor-roles.resolver.js';
import type { ActorMention } from './actors.reader.js';
import { isoDay } from './dates.resolver.js';
import {
  classifyEvent,
  type CueHit,
  type EventTyping,
  incidentKinds,
  isArmedByTie,
  isArmedVictim,
  PHYSICAL_ABUSE,
} from './event-type.classifier.js';
import { patientOf } from './clause.reader.js';
import { isOutOfScope } from './event-scope.classifier.js';
import { modelTyping, refineTyping } from './event-model.refiner.js';
import { mentionsDeaths, readFatalities, readAdoptedToll } from './fatalities.reader.js';
import type { Gazetteer } from './gazetteer.js';
import { plainName } from './names.normalizer.js';
import { chooseLocation, narrows, type PlaceMention } from './places.reader.js';
import { SOURCE_COUNTRIES } from './sources.lexicon.js';
import { MAX_SENTENCE_CHARS, type Sentence } from './sentences.splitter.js';
import { dedupeSources } from './sources.reader.js';
import { SentenceReading } from './sentence.reader.js';
import { writeSummary } from './summary.writer.js';
import { groupReadings, isSameEvent, mergeTellings, type Group } from './incidents.grouper.js';

const DAY_MS = 86_400_000;
const EXPLOSIVE_KINDS: ReadonlySet<string> = new Set([
  'suicide',
  'chemical',
  'air',
  'ied',
  'shelling',
  'grenade',
  'explosion',
]);
// Explosives a fighter uses in the fight itself; air strikes and shelling are acts of their own.
const IN_FIGHT_KINDS: ReadonlySet<string> = new Set(['ied', 'grenade', 'explosion']);

/** Groups readings into incidents and assembles them. The first incident is the news; dated older ones are background. */
export function assembleIncidents(
  sentences: readonly Sentence[],
  anchor: Date | undefined,
  publisher: string | null,
  gazetteer: Gazetteer,
): Incident[] {
  const seen = new Set<string>();
  const readings: SentenceReading[] = [];
  for (const sentence of sentences) {
    // Repeated sentences (boilerplate, garbage) add nothing and would cost a reading each.
    if (seen.has(sentence.text) || sentence.text.length >= MAX_SENTENCE_CHARS) continue;
    seen.add(sentence.text);
    readings.push(new SentenceReading(sentence, anchor, publisher, gazetteer));
  }
  let context: Map<string, number> | undefined;
  const getContext = (): Map<string, number> => (context ??= contextCountries(readings, gazetteer));
  // Most pages tell no event: the cue pass and the model's reading of the lead are then all they cost. Where the
  // rules read a cue and found no event in it (planned, denied, out of scope), that is their decision; the model
  // fills only a report they read nothing in.
  if (!readings.some((r) => r.cues.length > 0)) return modelIncident(readings, anchor, getContext, gazetteer);
  const groups = groupReadings(readings, anchor);
  const built = groups.map((group, g) =>
    buildIncident(group, anchor, getContext, gazetteer, () => lastArmedBefore(groups, g)),
  );
  // The same event told again further down ("HTS fighters infiltrated the posts before dawn on Wednesday") is
  // one incident with the telling it repeats, which it may date more precisely.
  for (let later = 1; later < built.length; later++) {
    const again = built[later];
    if (again === undefined || again.background) continue;
    const index = built.findIndex(
      (incident, g) =>
        g < later && incident !== undefined && !incident.background && isSameEvent(incident, again),
    );
    const first = built[index];
    if (first === undefined) continue;
    const merged = mergeTellings(first, again);
    built[index] = { ...merged, summary: writeSummary(merged) };
    built[later] = undefined;
  }
  return built.filter((incident): incident is Incident => incident !== undefined);
}

// Sentences of the lead the model reads: a news report tells what happened, where and when in its first sentence
// and completes it in the second; more would dilute the event with the context that follows.
const LEAD_SENTENCES = 2;

/**
 * The incident the learned model types from the lead of a report with no trigger cue (event-model.refiner.ts), or
 * none: the lead sentence is then the event sentence, and date, place, sides and count are read from the lead as
 * for any incident. Its evidence says the model typed it.
 */
function modelIncident(
  readings: readonly SentenceReading[],
  anchor: Date | undefined,
  getContext: () => ReadonlyMap<string, number>,
  gazetteer: Gazetteer,
): Incident[] {
  const first = readings[0];
  if (first === undefined) return [];
  const lead = readings
    .filter((r) => r.sentence.paragraph === first.sentence.paragraph)
    .slice(0, LEAD_SENTENCES);
  const typing = modelTyping(lead.map((r) => r.sentence.text).join(' '));
  const members = lead.filter((r) => !r.isAggregate);
  const [leadSentence] = members;
  if (typing === undefined || leadSentence === undefined) return [];
  // A report the rules read as a disaster, a crime or diplomacy anywhere in it stays without an incident: the lead
  // alone may not say so ("a bus exploded ... police blamed a gas leak").
  if (isOutOfScope(readings.map((r) => ({ text: r.sentence.text, hasCue: r.cues.length > 0 })))) return [];
  const dated = members.find((r) => r.eventDate !== undefined);
  const mention = dated?.eventDate;
  const group: Group = {
    lead: leadSentence,
    members,
    date: dated === undefined || mention === undefined ? undefined : { mention, from: dated },
    isBackground: false,
  };
  const filled = buildIncident(group, anchor, getContext, gazetteer, () => undefined, typing);
  return filled === undefined ? [] : [filled];
}

// The last named armed actor the incidents told before this one name, for "the group" and its kin.
function lastArmedBefore(groups: readonly Group[], index: number): ActorMention | undefined {
  for (let g = index - 1; g >= 0; g--) {
    const members = groups[g]?.members ?? [];
    for (let m = members.length - 1; m >= 0; m--) {
      const actors = members[m]?.actors ?? [];
      for (let a = actors.length - 1; a >= 0; a--) {
        const actor = actors[a];
        if (actor !== undefined && !actor.isGeneric && actor.kind !== 'civilians') return actor;
      }
    }
  }
  return undefined;
}

function contextCountries(readings: readonly SentenceReading[], gazetteer: Gazetteer): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (iso2: string, weight: number): void => {
    counts.set(iso2, (counts.get(iso2) ?? 0) + weight);
  };
  for (const r of readings) {
    for (const p of r.places) {
      if (p.country !== undefined) add(p.country.iso2, 1);
      else if (new Set(p.divisions.map((d) => d.iso2)).size === 1) add(p.divisions[0]?.iso2 ?? '', 1);
      else if (p.candidates.length === 1 || (p.candidates[0]?.population ?? 0) > 200_000)
        add(p.candidates[0]?.iso2 ?? '', 0.5);
    }
    for (const a of r.actors) if (a.iso2 !== undefined) add(a.iso2, 1);
    for (const source of r.sources) {
      const iso2 = SOURCE_COUNTRIES.get(source.name);
      if (iso2 !== undefined) add(iso2, 1);
    }
    for (const m of r.sentence.text.matchAll(/\b([A-Z][a-z]+(?:an|ian|ese|i|ish|ic))s?\b/g)) {
      const country = gazetteer.countryByDemonym(m[1] ?? '');
      if (country !== undefined) add(country.iso2, 0.5);
    }
  }
  return counts;
}

function buildIncident(
  group: Group,
  anchor: Date | undefined,
  getContext: () => ReadonlyMap<string, number>,
  gazetteer: Gazetteer,
  getLastArmed: () => ActorMention | undefined,
  learnedTyping?: EventTyping,
): Incident | undefined {
  // Disasters, crime, diplomacy and claims of responsibility borrow the words of violence; ACLED codes none.
  if (isOutOfScope(group.members.map((r) => ({ text: r.sentence.text, hasCue: r.cues.length > 0 })))) {
    return undefined;
  }
  // Where the learned model typed the lead, its sentences are the ones telling the event.
  const cueReadings =
    learnedTyping === undefined ? group.members.filter((r) => r.cues.length > 0) : group.members;
  // Explosives set off in the course of a fight the lead tells as a clash ("two of the militants were killed when
  // they detonated explosives as troops surrounded the house") are part of that battle: ACLED's armed clash.
  const isLeadClash =
    cueReadings.some((r) => r.cues.some((c) => c.kind === 'clash' && c.clause === 'main')) &&
    !group.lead.cues.some((c) => EXPLOSIVE_KINDS.has(c.kind));
  // A demonstration is typed by how the state answered it: where the lead tells demonstrators shot or killed, the
  // gunfire, stones and burning tyres other sentences name are how the day went, not a riot the news is.
  const leadKinds = new Set(group.lead.cues.map((c) => c.kind));
  const isLeadStateAnswer =
    group.lead.cues.some((c) => c.kind === 'protest' && c.clause === 'main') &&
    (leadKinds.has('kill') || leadKinds.has('attack')) &&
    !leadKinds.has('riot') &&
    !leadKinds.has('clash') &&
    !leadKinds.has('crowd');
  const kinds = incidentKinds(
    cueReadings.map((r) => {
      if (r === group.lead) return r.cues;
      if (isLeadClash) return r.cues.filter((c) => !IN_FIGHT_KINDS.has(c.kind));
      if (isLeadStateAnswer)
        return r.cues.filter((c) => c.kind !== 'riot' && c.kind !== 'unrest' && c.kind !== 'gunfire');
      return r.cues;
    }),
  );
  const leadCue = group.lead.cues[0];
  const isVictimArmed =
    cueReadings.some((r) =>
      r.cues.some((c) => (c.kind === 'kill' || c.kind === 'attack') && isArmedVictim(r.sentence.text, c)),
    ) || group.members.some((r) => isArmedByTie(r.sentence.text));
  const leadActors = group.lead.actors.filter((a) => leadCue === undefined || a.end <= leadCue.start);
  const isPerpetratorState = leadActors.some((a) => a.kind === 'state');
  const isPhysicalAbuse = cueReadings.some((r) =>
    r.cues.some((c) => c.kind === 'attack' && PHYSICAL_ABUSE.test(c.text)),
  );
  let typing = learnedTyping ?? classifyEvent(kinds, { isVictimArmed, isPerpetratorState, isPhysicalAbuse });
  // "Police fired tear gas at traders outside the market": where the state's breaking up of a crowd is all the
  // sentences tell, the crowd had gathered, and ACLED types a demonstration by how the state answered it.
  if (typing === undefined && cueReadings.some((r) => r.cues.some((c) => isCrowdControl(c))))
    typing = { eventType: 'Protests', subEventType: 'Protest with intervention' };
  if (typing === undefined) return undefined;
  // The learned model may veto a report it holds to be out of ACLED's scope (event-model.refiner.ts).
  typing = refineTyping(typing, group.members.map((r) => r.sentence.text).join(' '));
  if (typing === undefined) return undefined;

  const evidence: Evidence[] = [{ field: 'eventType', text: group.lead.sentence.text }];
  if (learnedTyping !== undefined)
    evidence.push({ field: 'eventTypeByModel', text: group.lead.sentence.text });
  const date = incidentDate(group, anchor);
  if (group.date !== undefined) evidence.push({ field: 'date', text: group.date.from.sentence.text });

  const allReadings = group.isBackground
    ? [group.lead]
    : [group.lead, ...group.members.filter((r) => r !== group.lead)];
  // The place is where the sentences telling the event put it ("struck a market in Ariha"), not where a
  // government sits or comments from ("no comment from the government in Damascus"); the scene set before the
  // lead counts too. Other sentences only refine a country- or province-level reading.
  const leadIndex = group.members.indexOf(group.lead);
  const eventReadings = allReadings.filter(
    (r) => r === group.lead || r.cues.length > 0 || group.members.indexOf(r) < leadIndex,
  );
  const context = getContext();
  // Every place the report names helps tell namesakes apart, wherever it is named.
  const reportPlaces = rankedPlaces(allReadings);
  let location = chooseLocation(rankedPlaces(eventReadings), context, gazetteer, reportPlaces);
  let placeReadings = eventReadings;
  if (location === null || location.precision === 3) {
    const wider = chooseLocation(reportPlaces, context, gazetteer);
    if (wider !== null && (location === null || isWithin(wider, location))) {
      location = wider;
      placeReadings = allReadings;
    }
  }
  const topContext = [...context.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  const contextCountry = topContext === undefined ? undefined : gazetteer.countryByIso2(topContext);
  if (location === null && !group.isBackground && contextCountry !== undefined) {
    // The article's own country (from demonyms and places) is the honest country-level guess (precision 3).
    const c = contextCountry;
    location = {
      name: c.name,
      admin1: null,
      country: c.name,
      iso3: c.iso3,
      lat: c.lat,
      lon: c.lon,
      precision: 3,
    };
  }
  if (location !== null) {
    const placed = location;
    const from = placeReadings.find((r) =>
      r.places.some((p) => placed.name === p.text || p.country?.name === placed.name),
    );
    evidence.push({ field: 'location', text: (from ?? group.lead).sentence.text });
  }
  const countryName = location?.country ?? contextCountry?.name;

  // The lead's own count wins (a later "had earlier put the toll at 12" or another source's figure is
  // context); without one, the largest count the event sentences give.
  const fatalityReadings =
    group.isBackground || group.lead.fatalities !== undefined ? [group.lead] : cueReadings;
  let fatalities: number | null = null;
  for (const r of fatalityReadings) {
    // A background event is often told as "the group's 2017 attack, which killed 39": a clause the news leaves out.
    // A sentence without a trigger cue gets no count of its own reading; the model's lead is read here.
    const count = group.isBackground
      ? readFatalities(r.sentence.text, { ofEarlierEvent: true })
      : (r.fatalities ?? (learnedTyping === undefined ? undefined : readFatalities(r.sentence.text)));
    if (count !== undefined && (fatalities === null || count.count > fatalities)) {
      fatalities = count.count;
      evidence.push({ field: 'fatalities', text: r.sentence.text });
    }
  }
  // Deaths a later sentence tells as further ones ("2 other policemen were also killed") add to the lead's count.
  if (!group.isBackground && fatalities !== null && group.lead.fatalities !== undefined) {
    for (const r of cueReadings.slice(cueReadings.indexOf(group.lead) + 1)) {
      if (r.fatalities?.isAdditional !== true || r.isAggregate) continue;
      fatalities += r.fatalities.count;
      evidence.push({ field: 'fatalities', text: r.sentence.text });
    }
  }
  // ACLED's convention: an event reported without deaths has 0 fatalities; null only when the text says
  // people died but gives no usable count.
  if (fatalities === null && !fatalityReadings.some((r) => mentionsDeaths(r.sentence.text))) fatalities = 0;
  // A figure the report says it adopts after weighing its sources overrides every count it quotes.
  const adopted = group.isBackground ? undefined : readAdoptedToll(group.members.map((r) => r.sentence.text));
  if (adopted !== undefined) fatalities = adopted;
  if (typing.subEventType === 'Attack' && kinds.has('abduct')) {
    const taken = takenCount(cueReadings);
    if (taken !== undefined && taken > (fatalities ?? 0)) {
      typing = { eventType: 'Violence against civilians', subEventType: 'Abduction/forced disappearance' };
    }
  }
  const actors = incidentActors(
    group,
    cueReadings,
    typing.eventType,
    typing.subEventType,
    countryName,
    gazetteer,
    getLastArmed,
    kinds.has('measure'),
  );
  for (const a of actors) a.name = acledStateName(a.name, date.start);
  // Remote violence that killed or hurt people who are not combatants hit civilians (ACLED actor 2).
  // So did a mob's attack, and looting or destruction with nobody armed on the other side.
  if (
    ((typing.eventType === 'Explosions/Remote violence' &&
      !isVictimArmed &&
      (kinds.has('kill') || kinds.has('attack'))) ||
      (typing.subEventType === 'Mob violence' && !isVictimArmed) ||
      typing.subEventType === 'Looting/property destruction') &&
    !actors.some((a) => a.role === 'target')
  ) {
    const c = countryName === undefined ? 'Civilians' : `Civilians (${countryName})`;
    if (!actors.some((a) => a.name === c)) actors.push({ name: c, role: 'target', kind: 'civilians' });
  }
  const actorSentence = cueReadings.find((r) => r.actors.length > 0);
  if (actors.length > 0)
    evidence.push({ field: 'actors', text: (actorSentence ?? group.lead).sentence.text });

  const sourceReadings = group.members.filter((r) => r.sources.length > 0);
  const sources: IncidentSource[] = dedupeSources(sourceReadings.flatMap((r) => r.sources));
  for (const r of sourceReadings) evidence.push({ field: 'sources', text: r.sentence.text });

  // ACLED codes a national government's act of national scope (a countrywide curfew) to the capital.
  if (
    typing.eventType === 'Strategic developments' &&
    location !== null &&
    location.precision === 3 &&
    location.admin1 === null &&
    actors.some((a) => a.role === 'perpetrator' && a.name.startsWith('Government of'))
  ) {
    const iso2 = gazetteer.countryByName(location.country)?.iso2;
    const capital = iso2 === undefined ? undefined : gazetteer.capitalOf(iso2);
    if (capital !== undefined) {
      location = {
        ...location,
        name: plainName(capital.name),
        admin1: gazetteer.admin1Of(capital),
        lat: capital.lat,
        lon: capital.lon,
      };
    }
  }
  const draft = {
    background: group.isBackground,
    eventType: typing.eventType,
    subEventType: typing.subEventType,
    date,
    location,
    actors,
    fatalities,
    sources,
  };
  return { ...draft, summary: writeSummary(draft), evidence: dedupeEvidence(evidence) };
}

// A raid is typed by what it did to most of its victims: where more people were taken than killed ("abducted 23
// farmers; two who fled were shot dead"), the abduction is the event and the dead its toll; one person taken and
// then killed ("a man was abducted and stabbed to death") stays an attack.
function takenCount(readings: readonly SentenceReading[]): number | undefined {
  let most: number | undefined;
  for (const r of readings) {
    for (const c of r.cues) {
      if (c.kind !== 'abduct' || c.clause !== 'main') continue;
      // "Abducted at least 20 farmers": the object is read here too, as "at" opens no adjunct there.
      const patient = patientOf(r.sentence.text, c);
      const count = leadingCount(patient === '' ? r.sentence.text.slice(c.end).trimStart() : patient);
      if (count !== undefined && (most === undefined || count > most)) most = count;
    }
  }
  return most;
}

const SMALL_NUMBERS = (
  'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen ' +
  'eighteen nineteen twenty'
).split(' ');
const LEADING_COUNT = new RegExp(
  `^(?:at least |some |about |around |nearly |almost |more than |over |up to |as many as )?(\\d+|${SMALL_NUMBERS.join('|')})\\b`,
  'i',
);

// The number a noun phrase opens with ("at least 20 farmers" → 20), if any.
function leadingCount(phrase: string): number | undefined {
  const m = LEADING_COUNT.exec(phrase);
  if (m === null) return undefined;
  const raw = (m[1] ?? '').toLowerCase();
  return /^\d+$/.test(raw) ? Number(raw) : SMALL_NUMBERS.indexOf(raw) + 1;
}

// Place mentions with how far into the telling they come, counting only sentences that name a place.
function rankedPlaces(readings: readonly SentenceReading[]): PlaceMention[] {
  return readings
    .filter((r) => r.places.length > 0)
    .flatMap((r, rank) => r.places.map((p) => ({ ...p, sentenceRank: rank })));
}

// A reading at least as fine inside the coarse one: the same country, and the same province when one is known.
function isWithin(fine: IncidentLocation, coarse: IncidentLocation): boolean {
  return (
    narrows(fine, coarse) ||
    (fine.precision === coarse.precision &&
      fine.iso3 === coarse.iso3 &&
      (coarse.admin1 === null || fine.admin1 === coarse.admin1))
  );
}

function incidentDate(group: Group, anchor: Date | undefined): IncidentDate {
  if (group.date !== undefined) return group.date.mention.date;
  if (anchor === undefined) return { start: null, end: null, precision: 3 };
  // Undated news is taken to have happened in the days before publication (ACLED precision 2).
  return { start: isoDay(new Date(anchor.getTime() - 3 * DAY_MS)), end: isoDay(anchor), precision: 2 };
}

function dedupeEvidence(evidence: readonly Evidence[]): Evidence[] {
  const seen = new Set<string>();
  return evidence.filter((e) => {
    const key = `${e.field}\u0000${e.text}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

// The means of breaking up a crowd (not "intervened" or "used force", which name no crowd).
function isCrowdControl(cue: CueHit): boolean {
  return (
    cue.kind === 'disperse' &&
    /^(?:dispers\w*|tear ?gas|water cannons?|rubber bullets|baton[- ]charged?|broke up|pepper spray|stun grenades)$/i.test(
      cue.text,
    )
  );
}
