// Reads the sentences cue first (the other readers run only where an incident needs them), groups them into the
// news incident and background incidents, and assembles each into the contract's Incident shape.
import type { ActorKind, ActorRole } from '../core/acled.js';
import type {
  Evidence,
  Incident,
  IncidentActor,
  IncidentDate,
  IncidentLocation,
  IncidentSource,
} from '../core/incident.js';
import { acledStateName } from './actor-periods.data.js';
import type { ActorMention } from './actors.reader.js';
import { isoDay } from './dates.resolver.js';
import {
  classifyEvent,
  incidentKinds,
  isArmedVictim,
  PHYSICAL_ABUSE,
  type CueHit,
} from './event-type.classifier.js';
import { patientOf } from './clause.reader.js';
import { isOutOfScope } from './event-scope.classifier.js';
import { refineTyping } from './event-model.refiner.js';
import { mentionsDeaths, readFatalities } from './fatalities.reader.js';
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
const ANAPHORA =
  /\b(?:the|this|that) (?:group|militants|jihadists|organi[sz]ation|militia|rebels|insurgents)\b/i;
const ATTRIBUTION =
  /\b(?:carried out by|conducted by|launched by|claim(?:ed|s)? (?:of )?responsibility|claimed (?:the (?:attack|bombing|strike))|attributed (?:[\w-]+ ){0,3}to|blamed (?:[\w-]+ ){0,3}on)\b/i;
const STATIVE_BY =
  /\b(?:frequented|used|owned|run|visited|attended|guarded|manned|held|controlled|occupied|inhabited|patrolled|protected|operated|staffed)\s+by\s+(?:[\w-]+\s+){0,2}$/i;
// "..., police said, blaming Boko Haram": whom the report holds responsible did the act, wherever it is named.
const BLAMED =
  /\b(?:blam(?:ed|ing|es)|attribut(?:ed|ing) (?:it|the (?:attack|killings?|bombing|blast|abduction)) to|claimed by|(?:bore|bears|had|has) the (?:hallmarks|signature) of)\s+(?:the\s+)?(?:suspected\s+|jihadist\s+|militant\s+)?$/i;
// "A police official ... told reporters that the attack...": the speaker of an act told as a noun reports it
// ("police said they killed" keeps police as the agent).
const SPEECH = /\b(?:said|says|told|tells|reported|stated|confirmed|added|announced)\b/i;
const REPULSE =
  /\b(?:repuls|repell?|fended off|fought off|thwart|foil|beat back|beaten back|pushed back)\w*\s+(?:an?\s+|the\s+|their\s+|its\s+|his\s+)?(?:[\w-]+\s+){0,2}?(?:attacks?|assaults?|incursions?|offensives?|raids?|advances?)\b/i;
const DEVICE_VICTIM =
  /\b(?:hit|struck|stepped on|ran over|drove over|ran into|drove into|triggered)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}(?:bomb|IED|improvised explosive device|explosive device|explosives?|mine|landmine)s?\b/i;
const ROLE_RANK: Record<ActorRole, number> = { perpetrator: 0, target: 1, other: 2 };
const BY_ARMED_GROUPS: ReadonlySet<string> = new Set([
  'Remote explosive/landmine/IED',
  'Suicide bomb',
  'Grenade',
]);
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
const NON_STATE_ARMED: ReadonlySet<ActorKind> = new Set(['rebel', 'political militia', 'identity militia']);

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
  // Most pages tell no event: the cue pass is then all they cost.
  if (!readings.some((r) => r.cues.length > 0)) return [];
  let context: Map<string, number> | undefined;
  const getContext = (): Map<string, number> => (context ??= contextCountries(readings, gazetteer));
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
): Incident | undefined {
  // Disasters, crime, diplomacy and claims of responsibility borrow the words of violence; ACLED codes none.
  if (isOutOfScope(group.members.map((r) => ({ text: r.sentence.text, hasCue: r.cues.length > 0 })))) {
    return undefined;
  }
  const cueReadings = group.members.filter((r) => r.cues.length > 0);
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
      if (isLeadStateAnswer) return r.cues.filter((c) => c.kind !== 'riot' && c.kind !== 'gunfire');
      return r.cues;
    }),
  );
  const leadCue = group.lead.cues[0];
  const isVictimArmed = cueReadings.some((r) =>
    r.cues.some((c) => (c.kind === 'kill' || c.kind === 'attack') && isArmedVictim(r.sentence.text, c)),
  );
  const leadActors = group.lead.actors.filter((a) => leadCue === undefined || a.end <= leadCue.start);
  const isPerpetratorState = leadActors.some((a) => a.kind === 'state');
  const isPhysicalAbuse = cueReadings.some((r) =>
    r.cues.some((c) => c.kind === 'attack' && PHYSICAL_ABUSE.test(c.text)),
  );
  let typing = classifyEvent(kinds, { isVictimArmed, isPerpetratorState, isPhysicalAbuse });
  if (typing === undefined) return undefined;
  // The learned model may veto a report it holds to be out of ACLED's scope (event-model.refiner.ts).
  typing = refineTyping(typing, group.members.map((r) => r.sentence.text).join(' '));
  if (typing === undefined) return undefined;

  const evidence: Evidence[] = [{ field: 'eventType', text: group.lead.sentence.text }];
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
    const count = group.isBackground
      ? readFatalities(r.sentence.text, { ofEarlierEvent: true })
      : r.fatalities;
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

function incidentActors(
  group: Group,
  cueReadings: readonly SentenceReading[],
  eventType: Incident['eventType'],
  subEventType: Incident['subEventType'],
  countryName: string | undefined,
  gazetteer: Gazetteer,
  getLastArmed: () => ActorMention | undefined,
  isSecurityMeasure: boolean,
): IncidentActor[] {
  const found: IncidentActor[] = [];
  // Who only counted, carried or told of the victims; never promoted to perpetrator below.
  const bystanders = new Set<IncidentActor>();
  const fill = (name: string, iso2: string | undefined): string => {
    const country = (iso2 === undefined ? undefined : gazetteer.countryByIso2(iso2)?.name) ?? countryName;
    return country === undefined
      ? name.replace(/ \(\{country\}\)| of \{country\}/, '')
      : name.replace('{country}', country);
  };
  const readings = group.isBackground ? [group.lead] : cueReadings;
  for (const r of readings) {
    // "Security forces ... arrested two men" after a bombing: a follow-up act names no side of the event.
    if (!group.isBackground && isFollowUp(r, eventType)) continue;
    const text = r.sentence.text;
    const acts = r.cues.filter((c) => !isVictimNoun(c, text));
    // "Troops detained and tortured a villager": an arrest told before the violence it led to is no response to
    // it; the violent act is the one the sentence's actors are read against.
    const cue =
      (acts[0]?.kind === 'arrest' && subEventType !== 'Arrests'
        ? acts.find((c) => VIOLENT_KINDS.has(c.kind))
        : undefined) ??
      acts[0] ??
      r.cues[0];
    if (cue === undefined) continue;
    const isPassive = /\b(?:was|were|been|being|got)\s+(?:\w+\s+)?$/i.test(
      text.slice(Math.max(0, cue.start - 30), cue.start),
    );
    // "army trucks took the wounded to hospital": a participle used as a noun names victims, not an act.
    const isNounCue =
      /^(?:dead|bodies|body|corpses?|casualties)$/i.test(cue.text) ||
      (/^(?:wounded|injured|killed)$/i.test(cue.text) &&
        /\b(?:the|their|its)\s+$/i.test(text.slice(Math.max(0, cue.start - 7), cue.start)));
    // "Security forces sealed off the area and arrested two men": the response told beside another event.
    const isResponse = cue.kind === 'arrest' && subEventType !== 'Arrests';
    // "Security measures: the IRGC sealed off the city": a heading names the kind of event, not a verb whose
    // object the actors after it would be.
    const isHeading = /:\s*$/.test(cue.text) || /^\s*:/.test(text.slice(cue.end));
    const own = new Map<ActorMention, IncidentActor>();
    for (const a of r.actors) {
      if (a.isProtestOnly && eventType !== 'Protests' && eventType !== 'Riots') continue;
      if (a.kind === 'protesters' && eventType !== 'Protests') continue;
      if (a.kind === 'rioters' && eventType !== 'Riots') continue;
      const before = text.slice(Math.max(0, a.start - 40), a.start);
      // "The body was found by police": who finds, recovers or reports the victims did not do the act; "a café
      // frequented by soldiers": who uses or holds a place is no agent either, unless the act came from it
      // ("shells fired from positions held by the Houthis").
      const stative = STATIVE_BY.exec(before);
      const isByAgent =
        /\bby\s+(?:the\s+|an?\s+|suspected\s+|alleged\s+|unknown\s+|unidentified\s+)?(?:[\w-]+\s+)?$/i.test(
          before,
        ) &&
        !/\b(?:found|discovered|recovered|retrieved|collected|identified|reported|confirmed|rescued|taken to hospital|released|freed|evacuated|treated|frequented|visited|used|owned|run|manned|guarded|controlled|occupied|surrounded|protected|escorted|accompanied|backed|supported|funded|armed|trained|followed|chased|pursued)\s+by\s+(?:[\w-]+\s+){0,2}$/i.test(
          before,
        ) &&
        (stative === null || /\bfrom\s+(?:[\w-]+\s+){0,3}$/i.test(before.slice(0, stative.index)));
      let role: ActorRole;
      if (isByAgent || a.isBlamed === true || BLAMED.test(before)) role = 'perpetrator';
      // "when a suicide bomber struck": an actor that is itself a trigger acts, wherever the sentence puts it.
      else if (r.cues.some((c) => c.start < a.end && a.start < c.end)) role = 'perpetrator';
      // "an exchange of fire between regime forces and Turkish troops": the first-named side is ACLED's side 1.
      else if (/\bbetween\s+(?:the\s+)?(?:[\w-]+\s+)?$/i.test(before)) role = 'perpetrator';
      // "a convoy hit a roadside bomb", "soldiers stepped on a mine": who runs into the device is its victim.
      else if (a.start <= cue.start && DEVICE_VICTIM.test(text.slice(a.end))) role = 'target';
      else if (isNounCue || isResponse) role = 'other';
      else if (isHeading) role = 'perpetrator';
      // An actor that is itself the trigger ("government artillery shelled", "Russian warplanes") acts.
      // "Police gave a toll of nine dead", "army trucks took the wounded": who counts or carries the victims
      // did nothing to them.
      else if (acts.length === 0) role = a.start <= cue.start ? 'other' : 'target';
      else if (
        a.end <= cue.start &&
        SPEECH.test(text.slice(a.end, cue.start)) &&
        /\b(?:the|this|that|an?)\s+$/i.test(text.slice(Math.max(0, cue.start - 6), cue.start))
      )
        role = 'other';
      else if (a.start <= cue.start) role = isPassive ? 'target' : 'perpetrator';
      else role = isPassive ? 'other' : 'target';
      if (a.kind === 'protesters')
        role = eventType === 'Protests' && found.some((f) => f.kind === 'state') ? 'target' : 'other';
      const actor: IncidentActor = {
        name: fill(a.name, a.iso2),
        role,
        kind: stateKind(a, countryName, gazetteer),
      };
      found.push(actor);
      if (role === 'other' && a.end <= cue.start && !isPassive) bystanders.add(actor);
      own.set(a, actor);
    }
    const repulse = REPULSE.exec(text);
    if (repulse !== null) {
      // "Afghan forces repulsed their attack": the side that attacked is actor1, the defenders actor2.
      const defender = r.actors.filter((a) => a.end <= repulse.index).at(-1);
      for (const [a, f] of own)
        if (a.kind !== 'civilians') f.role = a === defender ? 'target' : 'perpetrator';
    }
    const lastArmed =
      !found.some((f) => f.role === 'perpetrator') && ANAPHORA.test(text) ? getLastArmed() : undefined;
    if (lastArmed !== undefined)
      found.push({ name: lastArmed.name, role: 'perpetrator', kind: lastArmed.kind });
  }
  if (!group.isBackground) {
    // "The raids were carried out by Russian jets", "attributed the strike to X": whoever a sentence credits
    // with the event is its perpetrator, even where that sentence repeats no trigger.
    for (const r of group.members) {
      const isBlaming = r.actors.some((a) => a.isBlamed === true);
      const credit = r.cues.length > 0 ? null : ATTRIBUTION.exec(r.sentence.text);
      if (r.cues.length > 0 || (credit === null && !isBlaming)) continue;
      // The credited side is the agent the phrase names ("carried out by X", "blamed on X") or the one that
      // claims ("X claimed responsibility, saying it had targeted soldiers"), not every actor of the sentence.
      const isAgentAfter = credit !== null && /\b(?:by|to|on)$/i.test(credit[0]);
      const text = r.sentence.text;
      const sides = r.actors.filter((a) => !isAffiliation(text, a));
      const credited = isBlaming
        ? r.actors.filter((a) => a.isBlamed === true)
        : credit === null
          ? []
          : isAgentAfter
            ? sides.filter((a) => a.start >= credit.index + credit[0].length).slice(0, 1)
            : sides.filter((a) => a.end <= credit.index).slice(-1);
      for (const a of credited) {
        if (a.kind === 'civilians' || a.kind === 'protesters' || a.kind === 'rioters') continue;
        found.push({
          name: fill(a.name, a.iso2),
          role: 'perpetrator',
          kind: stateKind(a, countryName, gazetteer),
        });
      }
    }
  }
  if (found.length === 0 && !group.isBackground) {
    // "Militiamen from two clans exchanged fire near X. A man was killed in the clash.": the sentences telling
    // the event name its sides even where their own words are no trigger; the first named acts.
    for (const r of group.members) {
      for (const a of r.actors) {
        if (a.isProtestOnly || a.kind === 'protesters' || a.kind === 'rioters') continue;
        const role = a.kind === 'civilians' || found.length > 0 ? 'target' : 'perpetrator';
        found.push({ name: fill(a.name, a.iso2), role, kind: stateKind(a, countryName, gazetteer) });
      }
    }
  }
  if (!found.some((f) => f.role === 'perpetrator')) {
    // "A woman was stoned to death after ISIS charged her": the armed group named beside a passive killing did it.
    const armed = found.find(
      (f) => f.role === 'other' && f.kind !== 'civilians' && f.kind !== 'protesters' && !bystanders.has(f),
    );
    if (armed !== undefined) armed.role = 'perpetrator';
  }
  if (eventType === 'Protests') {
    // Demonstrators are always an actor of a protest (ACLED's side 1, which the ACLED export puts first). They
    // perpetrate nothing: when forces break them up or fire on them, those forces are the perpetrators and the
    // demonstrators their target; at a peaceful protest nobody is either.
    const isIntervention = subEventType !== 'Peaceful protest';
    for (const f of found) {
      if (f.kind === 'protesters') f.role = isIntervention ? 'target' : 'other';
      else f.role = isIntervention ? 'perpetrator' : 'other';
    }
    if (!found.some((f) => f.kind === 'protesters')) {
      const role = isIntervention ? 'target' : 'other';
      found.unshift({ name: fill('Protesters ({country})', undefined), role, kind: 'protesters' });
    }
  }
  if (eventType === 'Riots') {
    // Rioters act violently (ACLED's side 1); whoever they clash with or attack is side 2.
    for (const f of found) {
      if (f.kind === 'rioters') f.role = 'perpetrator';
      else if (f.role === 'perpetrator') f.role = 'target';
    }
    if (!found.some((f) => f.kind === 'rioters')) {
      found.unshift({ name: fill('Rioters ({country})', undefined), role: 'perpetrator', kind: 'rioters' });
    }
  }
  if (subEventType === 'Arrests') {
    // Arrests are coded to the state forces that make them (ACLED actor1); the arrested are side 2.
    const state = found.find((f) => f.kind === 'state');
    for (const f of found) if (f !== state && f.role === 'perpetrator') f.role = 'target';
    if (state === undefined) {
      found.unshift({
        name: fill('Police Forces of {country}', undefined),
        role: 'perpetrator',
        kind: 'state',
      });
    } else state.role = 'perpetrator';
  }
  if (
    (!found.some((f) => f.role === 'perpetrator') &&
      eventType === 'Explosions/Remote violence' &&
      subEventType !== 'Air/drone strike') ||
    (eventType === 'Battles' && found.length === 0)
  ) {
    // Both sides of a shoot-out nobody is named in are unidentified (ACLED's actor 1 and actor 2).
    if (eventType === 'Battles' && found.length === 0)
      found.push({
        name: fill('Unidentified Armed Group ({country})', undefined),
        role: 'target',
        kind: 'political militia',
      });
    // A bomb, mine or shell nobody is named for, or a shoot-out between no one named, is ACLED's unidentified
    // armed group's. (A battle with a named target keeps its empty side 1: filling it cost 0.7 points of inter1
    // on the check half.)
    found.unshift({
      name: fill('Unidentified Armed Group ({country})', undefined),
      role: 'perpetrator',
      kind: 'political militia',
    });
  }
  if (eventType === 'Battles' && !found.some((f) => f.role === 'target')) {
    // "Forces of India and Pakistan exchanged fire": a fight between two states that names no initiator has the
    // state whose territory it is on side 1 and the foreign force (ACLED's external, inter 8) on side 2.
    const perpetrators = found.filter((f) => f.role === 'perpetrator');
    const foreign = perpetrators.filter((f) => f.kind === 'external');
    if (foreign.length > 0 && perpetrators.some((f) => f.kind === 'state'))
      for (const f of foreign) f.role = 'target';
  }
  const [only] = found;
  if (
    eventType === 'Battles' &&
    found.length === 1 &&
    only !== undefined &&
    (isCommunalName(only.name) || /^Unidentified Gang/.test(only.name))
  ) {
    // "Inter-clan clashes", "militias from two villages clashed", "a shoot-out between rival gangs": fighting
    // between communities or gangs has the same class on both sides (ACLED's actor 1 and actor 2).
    only.role = 'perpetrator';
    found.push({ ...only, role: 'target' });
  }
  if (eventType === 'Violence against civilians') {
    // The victims of violence against civilians are civilians by definition (ACLED codebook).
    for (const f of found)
      if (f.role === 'target' && f.kind !== 'civilians' && f.kind !== 'protesters') f.role = 'other';
    found.push({ name: fill('Civilians ({country})', undefined), role: 'target', kind: 'civilians' });
    if (!found.some((f) => f.role === 'perpetrator')) {
      found.push({
        name: fill('Unidentified Armed Group ({country})', undefined),
        role: 'perpetrator',
        kind: 'political militia',
      });
    }
  }
  if (BY_ARMED_GROUPS.has(subEventType) && !found.some((f) => f.role === 'perpetrator')) {
    // Bombs, mines and grenades nobody claims are coded to an unidentified armed group (ACLED's practice), so
    // the soldiers or civilians they hit stay the target, never the acting side.
    found.unshift({
      name: fill('Unidentified Armed Group ({country})', undefined),
      role: 'perpetrator',
      kind: 'political militia',
    });
  }
  if (
    subEventType === 'Change to group/activity' &&
    isSecurityMeasure &&
    !found.some((f) => f.role === 'perpetrator')
  ) {
    // Curfews, lockdowns and bans are decided by the government, however the text names it ("the governorship",
    // "authorities", a passive): ACLED's actor1 is the government unless a force or group is named imposing them.
    found.unshift({ name: fill('Government of {country}', undefined), role: 'perpetrator', kind: 'state' });
  }
  return mergeActors(found);
}

// Victims named as a noun ("nine dead", "the bodies", "the wounded") are no act, so nobody named before them
// did it.
const VICTIM_NOUN = /^(?:dead|bodies|body of|fatalit(?:y|ies)|death toll)$/i;
const NOMINAL_BEFORE = /(?:\b(?:the|their|its|his|her)|\d+(?: others)?)\s+$/i;
const VIOLENT_KINDS: ReadonlySet<string> = new Set([
  'attack',
  'kill',
  'abduct',
  'sexual',
  'gunfire',
  'clash',
]);
// Acts of authority that follow violence (arrests, curfews, reinforcements) and are its sequel, not its sides.
const FOLLOW_UP_KINDS: ReadonlySet<string> = new Set([
  'arrest',
  'measure',
  'base',
  'change',
  'transfer',
  'humanitarian',
]);

// "The al-Qaeda-linked group", "Al-Shabaab, the group affiliated with al-Qaeda": the affiliation is no side.
function isAffiliation(text: string, actor: ActorMention): boolean {
  return (
    /\b(?:affiliated|linked|allied|aligned|loyal|tied)\s+(?:to|with)\s+(?:the\s+)?$/i.test(
      text.slice(Math.max(0, actor.start - 30), actor.start),
    ) || /^-(?:linked|affiliated|backed|allied|aligned)\b/i.test(text.slice(actor.end, actor.end + 12))
  );
}

function isVictimNoun(cue: CueHit, text: string): boolean {
  if (VICTIM_NOUN.test(cue.text)) return true;
  return (
    (cue.kind === 'attack' || cue.kind === 'kill') &&
    /^(?:wounded|injured)$/i.test(cue.text) &&
    NOMINAL_BEFORE.test(text.slice(Math.max(0, cue.start - 20), cue.start))
  );
}

function isFollowUp(r: SentenceReading, eventType: Incident['eventType']): boolean {
  if (eventType === 'Strategic developments' || eventType === 'Protests' || eventType === 'Riots')
    return false;
  // "Sealed off the area after the blast": the event named again in a phrase of time is not a second act.
  const text = r.sentence.text;
  const acts = r.cues.filter(
    (c) =>
      !/\b(?:after|following|since|before|during)\s+(?:the|this|that|its|their)\s+(?:[\w-]+\s+)?$/i.test(
        text.slice(Math.max(0, c.start - 40), c.start),
      ),
  );
  return acts.length > 0 && acts.every((c) => FOLLOW_UP_KINDS.has(c.kind));
}

// ACLED codes a state's forces acting in another country as external forces (interaction code 8).
function stateKind(actor: ActorMention, countryName: string | undefined, gazetteer: Gazetteer): ActorKind {
  if (actor.kind !== 'state' || actor.iso2 === undefined || countryName === undefined) return actor.kind;
  const own = gazetteer.countryByIso2(actor.iso2)?.name;
  return own !== undefined && own !== countryName ? 'external' : actor.kind;
}

function mergeActors(actors: readonly IncidentActor[]): IncidentActor[] {
  const byName = new Map<string, IncidentActor>();
  for (const a of actors) {
    // Unidentified armed men can fight unidentified armed men: a generic class may be on both sides.
    const key = a.role === 'target' && isGenericName(a.name, a.kind) ? `${a.name}\u0000target` : a.name;
    const previous = byName.get(key);
    if (previous === undefined || ROLE_RANK[a.role] < ROLE_RANK[previous.role]) byName.set(key, { ...a });
  }
  const list = [...byName.values()];
  // Keep a generic class only when no named actor of the same kind, or named armed group, plays the same role:
  // "gunmen ..., blaming Islamic State" are Islamic State's, whichever class (rebel, militia) the group is.
  return list.filter(
    (a) =>
      !(
        isGenericName(a.name, a.kind) &&
        list.some(
          (b) =>
            b !== a &&
            b.role === a.role &&
            (b.kind === a.kind ||
              NON_STATE_ARMED.has(b.kind) ||
              (a.role === 'perpetrator' && isArmedGroup(b.kind))) &&
            !isGenericName(b.name, b.kind),
        )
      ),
  );
}

function isArmedGroup(kind: ActorKind): boolean {
  return kind === 'rebel' || kind === 'political militia' || kind === 'identity militia';
}

function isGenericName(name: string, kind: ActorKind): boolean {
  return (
    kind !== 'civilians' &&
    (/^(?:Unidentified (?:Armed Group|Gang)|Islamist Militia)/.test(name) || isCommunalName(name))
  );
}

function isCommunalName(name: string): boolean {
  return /^Unidentified (?:Clan|Communal|Tribal) Militia/.test(name);
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
