// Decides who the sides of one incident are: reads each sentence's actors against the act it tells (agent,
// victim, bystander, credited side) and applies ACLED's conventions for who is actor 1 and actor 2 of each type.
import type { ActorKind, ActorRole } from '../core/acled.js';
import type { Incident, IncidentActor } from '../core/incident.js';
import type { ActorMention } from './actors.reader.js';
import type { CueHit } from './event-type.classifier.js';
import type { Gazetteer } from './gazetteer.js';
import type { Group } from './incidents.grouper.js';
import type { SentenceReading } from './sentence.reader.js';

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
// A front line, or a ceasefire monitoring mission observing fire or explosions ("monitors recorded 40 explosions
// near X", "the OSCE SMM observed shots in both directions of the frontline").
const FRONT_OBSERVED = new RegExp(
  [
    // "Frontline health workers", "frontline communities" name no front of a war.
    "\\b(?:the|along|across|near|on|of)\\s+(?:[\\w'’-]+\\s+){0,2}?(?:front ?lines?|line of contact|contact line|ceasefire line|line of control)\\b(?!\\s+(?:health|medical|care|workers?|staff|nurses|doctors|responders|communit))",
    // Monitors who record fire or explosions, not those who record a toll ("rights monitors recorded 12 dead").
    '\\b(?:monitors|observers|(?:special )?(?:monitoring|observer) mission|OSCE|SMM|UNMOGIP|UNTSO|UNDOF)\\b(?:\\s+[\\w-]+){0,3}?\\s+(?:observed|recorded|registered|counted|heard)\\s+(?:[\\w/()-]+\\s+){0,4}?[\\w/()-]*?(?:explosions?|shots?|bursts?|projectiles?|impacts?|rounds|shelling|(?:ceasefire )?violations)\\b',
    '\\bceasefire violations?\\b',
  ].join('|'),
  'i',
);
const OWN_DEVICE =
  /\b(?:they|he|she) (?:were|was|had been) (?:planting|laying|placing|making|assembling|building|handling|transporting|carrying|preparing|fixing|rigging)\b|\b(?:exploded|detonated|went off|blew up) (?:prematurely|accidentally|by accident)\b|\bpremature(?:ly)? (?:detonation|explosion)\b/i;
const ROLE_RANK: Record<ActorRole, number> = { perpetrator: 0, target: 1, other: 2 };
const BY_ARMED_GROUPS: ReadonlySet<string> = new Set([
  'Remote explosive/landmine/IED',
  'Suicide bomb',
  'Grenade',
]);
const NON_STATE_ARMED: ReadonlySet<ActorKind> = new Set(['rebel', 'political militia', 'identity militia']);

/**
 * The actors of an incident and their roles (perpetrator = ACLED actor 1, target = actor 2), with ACLED names
 * filled for the incident's country (`countryName`); `getLastArmed` resolves "the group" to the last armed actor
 * named before. Names are not yet given their state periods (the caller does that from the date).
 */
export function incidentActors(
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
      // "militants were killed when the bomb they were planting went off": a device that goes off in its own
      // handlers' hands is their act (ACLED's disrupted weapons use has them as actor 1).
      else if (OWN_DEVICE.test(text) && a.kind !== 'civilians') role = 'perpetrator';
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
    eventType === 'Battles' &&
    !found.some((f) => f.role === 'perpetrator') &&
    !group.isBackground &&
    group.members.some((r) => FRONT_OBSERVED.test(r.sentence.text))
  ) {
    // An exchange of fire across a front line, or a ceasefire violation a monitoring mission records, that
    // names no side: a front inside a country has the state's forces on one side, and ACLED lists them first.
    // Only a battle: one-sided fire (shelling, explosions) nobody is named for gets no state perpetrator, as
    // that would be an attribution the report does not make.
    if (found.length === 0)
      found.push({
        name: fill('Unidentified Armed Group ({country})', undefined),
        role: 'target',
        kind: 'political militia',
      });
    found.unshift({
      name: fill('Military Forces of {country}', undefined),
      role: 'perpetrator',
      kind: 'state',
    });
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
  if (subEventType === 'Looting/property destruction' && !found.some((f) => f.role === 'perpetrator')) {
    // Arson, sabotage or looting by a group the text names in words no lexicon knows ("the X initiative carried
    // out an arson attack") or by no one is, like a bomb nobody claims, ACLED's unidentified armed group's; the
    // owners of the property are the target, never the acting side.
    found.unshift({
      name: fill('Unidentified Armed Group ({country})', undefined),
      role: 'perpetrator',
      kind: 'political militia',
    });
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
