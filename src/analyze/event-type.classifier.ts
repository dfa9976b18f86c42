// Types an incident into ACLED's event and sub-event types: finds trigger cues per sentence, then applies the
// codebook's precedence (explosions over the killing they cause, protests by how the state answered, ...).
import type { EventType, SubEventType } from '../core/acled.js';
import {
  ARMED_NOUN,
  CUES,
  type CueKind,
  DEMONSTRATION_ACT,
  DEMONSTRATION_PURPOSE,
  DISASTER_CONTEXT,
  HEDGE,
  INDUSTRIAL_CONTEXT,
  NEGATION,
  NON_EVENT_CONTEXT,
  SEIZED_WEAPONS,
  VIOLENT_CONTEXT,
} from './event-type.lexicon.js';
import { agentOf, clauseRole, grievanceSpans, patientOf, type ClauseRole } from './clause.reader.js';
import { matchesOf } from './pattern.matcher.js';

/** A trigger found in a sentence. */
export interface CueHit {
  kind: CueKind;
  text: string;
  start: number;
  end: number;
  /** Where the trigger stands in its sentence: the clause telling the event, or a grievance, relative clause... */
  clause: ClauseRole;
}

/** An ACLED event type with one of its sub-event types. */
export interface EventTyping {
  eventType: EventType;
  subEventType: SubEventType;
}

/** Facts about the participants that decide between sub-event types. */
export interface TypingFacts {
  /** The victims are combatants (soldiers, police, militants): a killing is then a battle. */
  isVictimArmed: boolean;
  /** The side taking territory is a state force. */
  isPerpetratorState: boolean;
  /** Someone was beaten, tortured or otherwise physically abused (default false). */
  isPhysicalAbuse?: boolean;
}

/** Attack cues that name physical abuse of a person ("beaten", "tortured"), which makes an arrest violent. */
export const PHYSICAL_ABUSE =
  /^(?:beat(?:en|ing)?|tortur(?:ed|ing)|stabb(?:ed|ing)|hacked|assault(?:ed|ing)?|punched|kicked|whipped|flogged|lashed|slapped|manhandled)\b|\bhit\b/i;

const VIOLENCE_KINDS: ReadonlySet<CueKind> = new Set([
  'kill',
  'attack',
  'clash',
  'gunfire',
  'shelling',
  'air',
  'ied',
  'grenade',
  'explosion',
  'territory',
  'loot',
]);
const WEAPON_KINDS: ReadonlySet<CueKind> = new Set(['grenade', 'ied', 'shelling', 'explosion', 'air']);
// Acts of an authority, not violence: beside a natural disaster they are relief work, beside sport or a film a
// figure of speech, and ACLED codes neither.
const AUTHORITY_KINDS: ReadonlySet<CueKind> = new Set(['measure', 'humanitarian']);
const COMPILED = CUES.map((cue) => ({ ...cue, regex: new RegExp(cue.pattern.source, 'gi') }));
const ARMED_ACTOR =
  /\b(?:gunm[ae]n|armed|militants?|fighters?|rebels?|insurgents?|soldiers?|troops|forces|police|army|militia|jihadists?|terrorists?|bomb|explosive|shell(?:ing|ed)|air ?strikes?)\b/i;

/** Trigger cues in one sentence, without negated ones ("denied killing") and figures of speech. */
export function findCues(sentence: string): CueHit[] {
  const hits: CueHit[] = [];
  if (sentence.length > 2000) return hits;
  // Disasters, accidents, sport and markets borrow the words of violence; only an armed actor makes them events.
  const isNonEvent = NON_EVENT_CONTEXT.test(sentence) && !ARMED_ACTOR.test(sentence);
  const hasViolentContext = VIOLENT_CONTEXT.test(sentence);
  const isDisaster = DISASTER_CONTEXT.test(sentence);
  for (const cue of COMPILED) {
    if (cue.isWeak === true && !hasViolentContext) continue;
    if (isNonEvent && VIOLENCE_KINDS.has(cue.kind)) continue;
    if ((isDisaster || isNonEvent) && AUTHORITY_KINDS.has(cue.kind)) continue;
    if (cue.kind === 'explosion' && INDUSTRIAL_CONTEXT.test(sentence)) continue;
    for (const m of matchesOf(cue.regex, sentence)) {
      const start = m.index;
      const end = start + m[0].length;
      if (
        hits.some(
          (h) => start < h.end && end > h.start && h.kind !== cue.kind && isStronger(h.kind, cue.kind),
        )
      )
        continue;
      const before = sentence.slice(Math.max(0, start - 60), start);
      if (NEGATION.test(before.slice(-40))) continue;
      if (isContextOnly(cue.kind, m[0], before, sentence.slice(end, end + 30))) continue;
      hits.push({ kind: cue.kind, text: m[0], start, end, clause: 'main' });
    }
  }
  if (hits.length > 1) {
    // A demonstration told in a relative clause ("a crowd who gathered at a mosque attacked ...") has no grievance.
    const protests = hits.filter((h) => h.kind === 'protest');
    for (const h of protests) h.clause = clauseRole(sentence, h, []);
    const grievances = grievanceSpans(
      sentence,
      protests.filter((h) => h.clause === 'main').sort((a, b) => a.start - b.start),
    );
    for (const h of hits) if (h.kind !== 'protest') h.clause = clauseRole(sentence, h, grievances);
  }
  // A clash of crowds of people who are no armed organisation is rioting (ACLED's mob violence, or a violent
  // demonstration beside a demonstration): the clash keeps its kind and a 'crowd' cue marks who fought.
  for (const h of [...hits]) {
    if (!isCrowdAct(h)) continue;
    const agent = agentOf(sentence, h);
    if (!isCrowd(agent, sentence) && !isCrowdAgainstState(agent, sentence)) continue;
    hits.push({ kind: 'crowd', text: h.text, start: h.start, end: h.end, clause: h.clause });
  }
  for (const m of matchesOf(SEIZED_WEAPONS, sentence)) {
    const start = m.index;
    const end = start + m[0].length;
    if (NEGATION.test(sentence.slice(Math.max(0, start - 40), start))) continue;
    for (let i = hits.length - 1; i >= 0; i--) {
      const h = hits[i];
      if (h !== undefined && WEAPON_KINDS.has(h.kind) && h.start >= start && h.end <= end) hits.splice(i, 1);
    }
    if (!hits.some((h) => h.kind === 'disrupted' && h.start < end && h.end > start))
      hits.push({ kind: 'disrupted', text: m[0], start, end, clause: 'main' });
  }
  // People blocking a road demonstrate; an armed group or the state blocking it does not (ACLED: other acts).
  for (let i = hits.length - 1; i >= 0; i--) {
    const h = hits[i];
    if (h?.kind !== 'blockade') continue;
    const agent = agentOf(sentence, h);
    if (ARMED_AGENT.test(agent) || STATE_AGENT.test(agent) || ORGANISED.test(agent)) hits.splice(i, 1);
    else h.kind = 'protest';
  }
  // ACLED's label ("Security measures: On 9 May, ...") types the note but is no step of the telling: first, it
  // would make everyone named after it a target of the act.
  return hits.sort((a, b) => Number(isLabel(a)) - Number(isLabel(b)) || a.start - b.start);
}

/**
 * Riot triggers read by why the crowd rioted (ACLED codebook): stones thrown or things smashed where the sentence
 * tells neither a demonstration nor a demand are 'unrest', mob violence unless another sentence of the report tells
 * the demonstration.
 */
export function readUnrest(sentence: string, hits: readonly CueHit[]): CueHit[] {
  if (hits.some((h) => h.kind === 'protest') || DEMONSTRATION_PURPOSE.test(sentence)) return [...hits];
  return hits.map((h) =>
    h.kind === 'riot' && !DEMONSTRATION_ACT.test(h.text) ? { ...h, kind: 'unrest' } : h,
  );
}

// An acronym or an agent noun of crime names an organised group, not a crowd ("the TCP and CV groups", "arsonists").
const ORGANISED = /\b[A-Z]{2,}\b|\b(?:arsonists|unknown|unidentified|suspected|alleged)\b/;

// Two groups, a community or a crowd clash ("two families clashed", "a clash between villagers and police"). Only
// the clash counts: an attack or killing by a crowd stays typed by its victims (measured: the wider rule moved
// the CASE check half down).
function isCrowdAct(hit: CueHit): boolean {
  if (hit.kind === 'clash') {
    return /^(?:clash(?:ed|es)?|brawls?|fights?|fought|fighting|street[- ]fights?|fist-?fights?|scuffl(?:e|es|ed))$/i.test(
      hit.text,
    );
  }
  // Bare hands are a crowd's weapon: a beating by villagers or locals is mob violence (codebook), a killing is not
  // read here.
  return hit.kind === 'attack' && /^(?:beat(?:en|ing)?|assaulted|punched|kicked|thrashed)\b/i.test(hit.text);
}

// People acting as a crowd: villagers, youths, shopkeepers, a community or two rival groups, or at least three
// people named by number ("six people", "a group of 20 persons").
const CROWD =
  /\b(?:villagers|locals|local people|residents|youths?|young men|crowds?|mobs?|(?:two|rival|both|opposing|several) groups|groups? of|shopkeepers|traders|vendors|citizens|students|workers|farmers|relatives|families|family members|neighbou?rs|rivals|supporters|Muslims|Hindus|Christians|Sikhs|worshippers|inmates|prisoners|passengers|riders|community members|members of (?:the |a )?[\w-]+ community)\b|\b(?:three|four|five|six|seven|eight|nine|ten|dozens of|scores of|hundreds of|several|many|[3-9]|\d{2,})(?:-\d+)? (?:[\w-]+ )?(?:men|persons|people|individuals)\b/i;
// An armed organisation or its weapons make the act a battle or an attack, not a riot.
const ARMED_AGENT =
  /\b(?:armed|arms|military|uniforms?|attire|criminals?|criminal group|gunfire|extremists?|Islamists?|Shabab|gunm[ae]n|militants?|rebels?|insurgents?|fighters?|jihadists?|terrorists?|bandits?|militia\w*|herders?|tribesmen|assailants|attackers|gangs?|gangsters|cartels?|Taliban|Shabaab|Boko Haram|ISIS|Houthis?|guns?|rifles?|pistols?|firearms?|shot|shooting|fired|firing|bullets?|machetes?|arrows?|spears?|bows|ethnic|clans?|tribes?|tribal|communal)\b/i;
const STATE_AGENT = /\b(?:police\w*|soldiers?|troops|forces|army|officers?|guards?|gendarm\w*)\b/i;

// Only sides of a noun clash ("between police and shopkeepers") may include the state; a subject is the crowd alone.
function isCrowd(agent: string, sentence: string): boolean {
  if (
    agent === '' ||
    !CROWD.test(agent) ||
    ARMED_AGENT.test(agent) ||
    ORGANISED.test(agent) ||
    ARMED_AGENT.test(sentence)
  )
    return false;
  return !STATE_AGENT.test(agent) || /\band\b/.test(agent);
}

// "A clash between shopkeepers and police": people the text neither arms nor organises, against the state.
function isCrowdAgainstState(agent: string, sentence: string): boolean {
  const sides = agent.split(/\s(?:and|with)\s/);
  if (sides.length < 2 || ARMED_AGENT.test(sentence)) return false;
  const state = sides.filter((side) => STATE_AGENT.test(side));
  return (
    state.length > 0 &&
    state.length < sides.length &&
    sides.every((side) => !ARMED_AGENT.test(side) && !ORGANISED.test(side))
  );
}

function isLabel(hit: CueHit): boolean {
  return hit.kind === 'measure' && hit.text.trimEnd().endsWith(':');
}

// "Reinforcements arrived in connection with the ongoing clashes": fighting named as the reason for another act.
const BACKDROP =
  /\b(?:in connection (?:to|with)|in the context of|amid|amidst|linked to|related to)\s+(?:[\w-]+\s+){0,3}$/i;
// "Protested against the arrest of their leader": an arrest that is the grievance, not the state's answer.
const GRIEVANCE =
  /\b(?:against|over|denounc\w*|condemn\w*|release|following|after)\s+(?:[\w'’-]+\s+){0,5}$|\bhouse\s+$/i;
// "Killed two civilians using small arms fire": the weapon of an attack, not an exchange of fire.
// "Killed time reading", "killed the mood", "killing it on stage": figures of speech, no one died.
const KILL_IDIOM =
  /^\s+(?:time|(?:the|a|any) (?:mood|deal|bill|motion|proposal|lights|engine|buzz|joke|vibe|momentum|conversation|project|plan|idea)|two birds|it\b|off (?:the|a|any|their|his|her) (?:plan|project|idea|deal|hopes?))/i;
const WEAPON_OF = /\b(?:using|with)\s+(?:[\w-]+\s+)?$/i;

/** True when a trigger only names the backdrop, the grievance or the weapon of what the sentence tells. */
function isContextOnly(kind: CueKind, text: string, before: string, after: string): boolean {
  if (AUTHORITY_KINDS.has(kind) && isHedged(text, before)) return true;
  if (kind === 'kill' && KILL_IDIOM.test(after)) return true;
  // "An assault rifle" names a weapon, not an assault.
  if (kind === 'attack' && /^assault$/i.test(text) && /^\s+rifles?\b/i.test(after)) return true;
  if (kind === 'clash' && BACKDROP.test(before)) return true;
  if (
    (kind === 'clash' || kind === 'gunfire') &&
    /^(?:small arms|machine-? ?guns?)$/i.test(text) &&
    WEAPON_OF.test(before)
  )
    return true;
  return kind === 'arrest' && /^arrests?$/i.test(text) && GRIEVANCE.test(before);
}

// "Is considering extending the lockdown", "announced plans to impose a curfew": a measure talked about, not
// taken. Only the clause of the trigger counts, so an aside ("who may run for office,") does not cancel it.
function isHedged(text: string, before: string): boolean {
  const clause = before.split(/[,;:()]/).at(-1) ?? '';
  return HEDGE.test(clause) || HEDGE.test(text);
}

// Where two cues cover the same words ("shot dead" is kill, not attack), the earlier lexicon entry wins.
function isStronger(a: CueKind, b: CueKind): boolean {
  return CUES.findIndex((c) => c.kind === a) < CUES.findIndex((c) => c.kind === b);
}

/** True when the one who suffered a killing or attack cue in this sentence is a combatant (ACLED: a battle). */
export function isArmedVictim(sentence: string, hit: CueHit): boolean {
  // "a police officer and a civilian": the first named decides, as ACLED codes a mixed toll to the fight.
  const patient = patientOf(sentence, hit).split(/\s(?:and|as well as|along with)\s/)[0] ?? '';
  if (patient === '' || CIVILIAN_PATIENT.test(patient)) return false;
  // "a QSD member", "two YPG fighters": an acronym of an armed group before a member's noun.
  // "Members" of an acronym may be a party's: only its fighters are armed by the name alone.
  if (/\b[A-Z]{2,}\w* (?:fighters?|commanders?|militants?)\b/.test(patient)) return true;
  return ARMED_NOUN.test(patient) || ARMED_MEMBER.test(patient) || ARMED_PLACE.test(patient);
}

// "The victim was involved in a gang", "he had been convicted of drug trafficking": the one killed belonged to an
// armed criminal group, so his killing is a fight between armed groups (ACLED codes it to an unidentified gang).
const ARMED_TIE =
  /\b(?:the (?:victims?|deceased|dead (?:man|men))|he|they)\s+(?:[\w'’-]+\s+){0,2}?(?:was|were|had been|has been|have been|had)\s+(?:[\w'’-]+\s+){0,2}?(?:involved in|members? of|linked to|tied to|associated with|affiliated (?:with|to)|part of|convicted (?:of|for)|charged (?:with|for)|charges against (?:him|them) for|wanted for|accused of)\s+(?:[\w'’,-]+\s+){0,4}?(?:gangs?|drug[- ]trafficking|trafficking|drug dealing|cartels?|criminal (?:groups?|organi[sz]ations?|factions?))\b/i;

/** True when a sentence ties the victim of the report to an armed criminal group (a gang, a cartel, trafficking). */
export function isArmedByTie(sentence: string): boolean {
  return ARMED_TIE.test(sentence);
}

// Someone who once bore arms, or bears none now, is a civilian to ACLED; so are members of a party, a union or a
// community, and civilians named beside combatants.
const CIVILIAN_PATIENT =
  /\b(?:former|retired|ex-|off-duty|off duty|civilians?|children|women|villagers|residents|family|relatives|wife|husband|party|parties|union|association|church|council|committee|assembly|parliament|community|tribe|clan|press|media|society|movement|NGO|staff|team|club|board|commission)\b/i;
// "a member of the Hadhrami Elite forces", "two members of Liwa al-Quds", "a gang member": members of an armed body.
const ARMED_MEMBER =
  /\bmembers? of (?:the |an? )?(?:[A-Z][\w'’-]*|(?:[\w'’-]+ ){0,3}(?:group|militia|forces|army|brigade|battalion|division|regiment|unit|gang|cartel|security|intelligence)\b)|\b(?:gang|cartel|militia) members?\b|\bgangsters?\b|\b(?:drug |arms )?traffickers?\b|\bdrug (?:dealers?|lords?)\b|\bhitm[ae]n\b/;
// Posts and moving units of armed forces: an attack on them is a battle ("attacked a militia checkpoint"). A
// convoy of aid, of a wedding or of passengers carries civilians.
const ARMED_PLACE =
  /\b(?:check ?points?|outposts?|(?:military|army|police|security) (?:posts?|bases?|vehicles?|convoys?|stations?)|(?<!\b(?:relief|aid|humanitarian|food|medical|civilian|wedding|funeral|refugee|passenger|bus|UN|charity) )convoys?(?! (?:of|carrying) (?:aid|food|relief|civilians|refugees|passengers|medicine))|patrols?|front(?:line)?s?|barracks)\b/i;

/**
 * The cue kinds that type an incident told by these sentences' triggers. Where a demonstration is told in a main
 * clause, the acts named only as its grievance, in a relative clause, in the pluperfect or as a noun ("against
 * the arrest of their leader", "relatives of a man who was shot dead") are not how the state answered it.
 */
export function incidentKinds(cueLists: readonly (readonly CueHit[])[]): Set<CueKind> {
  const hits = cueLists.flat();
  const isProtest = hits.some((h) => h.kind === 'protest' && h.clause === 'main');
  return new Set(
    hits.filter((h) => !isProtest || h.kind === 'protest' || h.clause === 'main').map((h) => h.kind),
  );
}

/**
 * The ACLED type for an incident from the cue kinds of its sentences, or undefined when none makes an event.
 * Precedence follows the codebook: a demonstration is typed by how it ended; remote violence wins over the
 * killing it causes; a territorial change wins over the fighting; a killing of combatants is a battle.
 */
export function classifyEvent(kinds: ReadonlySet<CueKind>, facts: TypingFacts): EventTyping | undefined {
  const has = (k: CueKind): boolean => kinds.has(k);
  const isExplosive =
    has('suicide') ||
    has('chemical') ||
    has('air') ||
    has('ied') ||
    has('shelling') ||
    has('grenade') ||
    has('explosion');
  const isViolent = has('kill') || has('attack') || isExplosive || has('clash') || has('gunfire');

  if (has('mishap')) return { eventType: 'Strategic developments', subEventType: 'Disrupted weapons use' };
  if (has('remnant') && !has('clash') && !has('air'))
    return { eventType: 'Strategic developments', subEventType: 'Other' };
  if (has('disrupted') && !has('kill') && !has('attack') && !has('clash') && !has('gunfire')) {
    return { eventType: 'Strategic developments', subEventType: 'Disrupted weapons use' };
  }
  if (has('mob')) return { eventType: 'Riots', subEventType: 'Mob violence' };
  if (has('riot')) return { eventType: 'Riots', subEventType: 'Violent demonstration' };
  // Rioting with no demonstration told anywhere in the report is mob violence (ACLED codebook).
  if (has('unrest')) {
    return has('protest')
      ? { eventType: 'Riots', subEventType: 'Violent demonstration' }
      : { eventType: 'Riots', subEventType: 'Mob violence' };
  }
  // Demonstrators fighting the police make a violent demonstration, not a battle (ACLED codebook).
  if (has('protest') && (has('clash') || has('gunfire')))
    return { eventType: 'Riots', subEventType: 'Violent demonstration' };
  if (has('protest') && !isExplosive) {
    if (has('kill')) return { eventType: 'Protests', subEventType: 'Excessive force against protesters' };
    if (has('disperse') || has('arrest') || has('attack')) {
      return { eventType: 'Protests', subEventType: 'Protest with intervention' };
    }
    return { eventType: 'Protests', subEventType: 'Peaceful protest' };
  }
  if (has('suicide')) return { eventType: 'Explosions/Remote violence', subEventType: 'Suicide bomb' };
  if (has('chemical')) return { eventType: 'Explosions/Remote violence', subEventType: 'Chemical weapon' };
  if (has('air')) return { eventType: 'Explosions/Remote violence', subEventType: 'Air/drone strike' };
  if (has('ied'))
    return { eventType: 'Explosions/Remote violence', subEventType: 'Remote explosive/landmine/IED' };
  // Crowd violence is a violent demonstration where a demonstration is told, mob violence where none is (codebook);
  // an explosion still types the event first.
  if (has('crowd')) {
    return has('protest')
      ? { eventType: 'Riots', subEventType: 'Violent demonstration' }
      : { eventType: 'Riots', subEventType: 'Mob violence' };
  }
  if (has('territory')) {
    return {
      eventType: 'Battles',
      subEventType: facts.isPerpetratorState
        ? 'Government regains territory'
        : 'Non-state actor overtakes territory',
    };
  }
  if (has('clash')) return { eventType: 'Battles', subEventType: 'Armed clash' };
  if (has('shelling'))
    return { eventType: 'Explosions/Remote violence', subEventType: 'Shelling/artillery/missile attack' };
  if (has('grenade')) return { eventType: 'Explosions/Remote violence', subEventType: 'Grenade' };
  if (has('explosion'))
    return { eventType: 'Explosions/Remote violence', subEventType: 'Remote explosive/landmine/IED' };
  if (has('sexual')) return { eventType: 'Violence against civilians', subEventType: 'Sexual violence' };
  if (has('abduct') && !has('kill')) {
    return { eventType: 'Violence against civilians', subEventType: 'Abduction/forced disappearance' };
  }
  // A beating or torture at the arrest makes it an attack on civilians, not a non-violent arrest (ACLED codebook).
  // An attack on armed men (police, guards) followed by arrests is that attack, the arrests its aftermath.
  const isViolentArrest = has('arrest') && (facts.isPhysicalAbuse === true || facts.isVictimArmed);
  // Property taken or burned with only threats is looting; with blows dealt to people it is an attack (codebook).
  const isHarmful = facts.isPhysicalAbuse === true;
  if (has('kill') || (has('attack') && (!has('arrest') || isViolentArrest) && (!has('loot') || isHarmful))) {
    if (facts.isVictimArmed) return { eventType: 'Battles', subEventType: 'Armed clash' };
    return { eventType: 'Violence against civilians', subEventType: 'Attack' };
  }
  if (has('gunfire')) return { eventType: 'Battles', subEventType: 'Armed clash' };
  if (has('loot'))
    return { eventType: 'Strategic developments', subEventType: 'Looting/property destruction' };
  if (has('arrest')) return { eventType: 'Strategic developments', subEventType: 'Arrests' };
  if (has('agreement') && !isViolent)
    return { eventType: 'Strategic developments', subEventType: 'Agreement' };
  // Curfews, lockdowns and bans change what a group may do: ACLED's "Security measures" (codebook). A measure
  // is the news even where its means are named too ("set up checkpoints to enforce the curfew").
  if (has('measure'))
    return { eventType: 'Strategic developments', subEventType: 'Change to group/activity' };
  if (has('base'))
    return { eventType: 'Strategic developments', subEventType: 'Headquarters or base established' };
  if (has('transfer'))
    return { eventType: 'Strategic developments', subEventType: 'Non-violent transfer of territory' };
  if (has('change')) return { eventType: 'Strategic developments', subEventType: 'Change to group/activity' };
  // ACLED's catch-all comes last and is kept to what is clearly coded there: corridors and organised moves of migrants.
  if (has('humanitarian')) return { eventType: 'Strategic developments', subEventType: 'Other' };
  return undefined;
}
