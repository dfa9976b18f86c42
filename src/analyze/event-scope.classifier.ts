// Tells reports that fall outside ACLED's scope (disasters, organised crime, diplomacy, claims of responsibility)
// from political violence and demonstrations, so that they give no incident even where they borrow its words.

import { findCues } from './event-type.classifier.js';

/** The kinds of report that use the words of violence but that ACLED does not code as an event. */
export const OUT_OF_SCOPE_KINDS = [
  'natural disaster',
  'man-made disaster',
  'organised crime',
  'diplomacy',
  'claim of responsibility',
] as const;
export type OutOfScopeKind = (typeof OUT_OF_SCOPE_KINDS)[number];

// Someone who fights or demonstrates: beside one of these a disaster or a crime word may be part of an event
// ("gunmen attacked the relief convoy after the flood"). State forces are not here: they rescue, evacuate and seize.
const POLITICAL_ACTOR =
  /\b(?:gunm[ae]n|militants?|rebels?|insurgents?|jihadists?|terrorists?|guerrillas?|fighters|militia(?:s|men)?|bandits|assailants|attackers|suicide|bomb(?:er|ers|ing|ings)?|IEDs?|explosive devices?|protest\w*|demonstrat\w*|rioters?|riots?|mobs?|Taliban|Shabaa?b|Boko Haram|Islamic State|ISIS|ISIL|Daesh|Houthis?|al-Qaeda|Al Qaeda)\b/i;

// Hazards of nature, and what they do; "fires are burning" is a wildfire, not arson, when nobody set them.
const NATURAL_HAZARD =
  /\b(?:earthquakes?|quakes?|tremors?|aftershocks?|floods?|flood ?waters?|flooding|flash floods?|torrential (?:rains?|downpours?)|heavy (?:rains?|rainfall|snow|snowfall)|downpours?|monsoon|landslides?|mudslides?|rockslides?|storms?|cyclones?|hurricanes?|typhoons?|tornado(?:es)?|tsunamis?|volcan\w*|eruptions?|avalanches?|droughts?|wildfires?|bush ?fires?|forest fires?|fires (?:are |were )?(?:burning|raging)|heat ?waves?|lightning|blizzards?|natural disasters?|cold (?:wave|snap)s?|hailstorms?|cloudbursts?|sand ?storms?|dust ?storms?|mudflows?|sinkholes?)\b/i;

// Accidents and industrial disasters: something failed, nobody attacked. Either the place or the kind of mishap.
const MISHAP =
  /\b(?:(?:car|bus|road|traffic|plane|air|train|rail|boat|ferry|mining|industrial|workplace|construction) (?:crash|accident|collision|disaster)s?|(?:one|two|multi)-(?:car|vehicle) (?:crash|collision)|head-on collision|collided|derail(?:ed|ment)|capsiz(?:ed|es|ing)|ran aground|lost control|plunged (?:off|into)|veered off|(?:building|bridge|mine|roof|wall|dam|stage|tower) collapse[sd]?|collapse[sd]? of (?:a |an |the )?(?:building|bridge|mine|roof|wall|dam)|stampede|gas (?:leak|cylinder|explosion|tanker)|boiler|short[- ]circuit|electrical fault|(?:alcohol|food|carbon monoxide|methanol|mass) poisoning|(?:died|dead) (?:of|from|by) (?:poisoning|alcohol|drinking)|fireworks?|(?:chemical|industrial|power|nuclear|gas|oil) (?:plant|factory|facility|depot|refinery)|(?:plant|factory|warehouse|refinery|depot|pipeline|mine|tanker) (?:exploded|explosion|blast|fire|caught fire|blew up)|caught fire|fire broke out|blaze|toxic chemicals|fire (?:engulfed|gutted|swept through|ravaged)|gutted by (?:a )?fire|(?:plane|jet|aircraft|helicopter|bus|minibus|train|truck|lorry|car|vehicle|boat|ferry|ship|vessel) (?:\w+ )?(?:crashed|overturned|plunged|sank|capsized|derailed|collided)|shipwreck|(?:mine|pit) (?:collapse|blast|explosion|disaster)|electrocut\w*|(?:massive |huge |major |deadly )?fire (?:at|in) (?:a|an|the) (?:[\w-]+ ){0,2}?(?:hospital|market|factory|building|school|hotel|prison|warehouse|plant|club|nightclub|mall|home|house|dormitory|hostel))\b/i;

// Words that make an explosion or a fire an attack whatever else the sentence says.
const HOSTILE =
  /\b(?:bomb(?:s|er|ers|ing|ings)?|IEDs?|explosive devices?|suicide|attack(?:s|ed|ers?)?|sabotage|arson\w*|set (?:on )?fire|torched|grenades?|rockets?|missiles?|shell(?:s|ing|ed)|gunm[ae]n|militants?|rebels?|insurgents?|terror\w*|drones?|air ?strikes?|land ?mines?|roadside|shot|shooting|gunfire|ambush\w*|fired)\b/i;

// Goods and acts of crime without a political side. Drugs are not here: ACLED codes state seizures of drugs
// in some countries (as property taken), and weapons seized are its "Disrupted weapons use".
const CONTRABAND =
  /\b(?:counterfeit\w*|contraband|smuggled (?:goods|cigarettes|fuel|alcohol)|money laundering|fraud|forged|forgery|poach\w*|ivory|tax evasion|embezzl\w*|robber(?:y|ies|s)|heists?|burglar(?:y|ies|s)|thieves|theft|human trafficking|traffickers|smugglers|smuggling)\b/i;
const WEAPONS =
  /\b(?:firearms?|guns?|rifles?|pistols?|weapons?|arms|ammunition|ammo|rounds|explosives?|grenades?|bombs?|mines?|IEDs?|detonators?)\b/i;
const VIOLENT_HARM =
  /\b(?:kill(?:ed|ing|s)?|shot|shoot\w*|dead|died|murder\w*|wounded|injured|stabbed|beat(?:en)?|attack\w*|storm\w*|clash\w*|gun ?fights?|gunfire|fir(?:ed|ing)|exchang\w* (?:of )?fire|abduct\w*|kidnap\w*|lynch\w*|ablaze|alive|hack\w*|machetes?|mobs?|vigilantes?)\b/i;

// The acts of states towards one another: sanctions, envoys, talks, summits, visits, appeals between capitals.
// Acts between states that no protest or fight is part of: sanctions, expulsions, envoys recalled, ties cut.
const DIPLOMATIC_MEASURE =
  /\b(?:(?:impos\w*|announc\w*|extend\w*|lift\w*|slapp\w*|levied) (?:\w+ ){0,2}sanctions|sanctions (?:against|on)|expel(?:s|led|ling)? (?:\w+ ){0,3}(?:diplomats?|ambassadors?|envoys?)|(?:recall\w*|summon\w*) (?:\w+ ){0,3}(?:ambassador|envoy|charg[ée] d'affaires)|(?:sever\w*|cut|restor\w*|resum\w*|establish\w*|normali[sz]\w*) (?:\w+ )?(?:diplomatic )?(?:ties|relations)|diplomatic (?:row|spat|protest|note))\b/i;
// Talks, visits, summits and appeals: diplomacy unless the sentence tells a demonstration they answer.
const DIPLOMATIC_ACT =
  /\b(?:(?:held|holds|hold|began|begin|resumed?|opened) (?:\w+ ){0,2}(?:bilateral |diplomatic |trade )?(?:talks|negotiations)|summit|state visit|official visit|(?:paid|pays|arrived (?:in|on)|on) (?:a |an )?(?:\w+ )?visit|(?:foreign|defen[cs]e) minister(?:s|ial)? (?:\w+ ){0,4}(?:urged|called on|met|warned|visited|discussed)|urged (?:his|her|their|its) (?:\w+ )?counterparts?|(?:his|her) (?:\w+ )?counterpart|(?:met|meets|meeting) (?:with )?(?:\w+ ){0,3}(?:president|prime minister|foreign minister|king|emir|delegation|envoy|ambassador)s?|Security Council (?:meeting|resolution|vote|voted|met|adopted)|called (?:on|for) (?:\w+ ){0,3}(?:restraint|dialogue|calm|de-escalation|a diplomatic solution))\b/i;
// Ceasefires, truces and prisoner exchanges are ACLED's "Agreement" even when diplomats broker them.
const ARMED_AGREEMENT =
  /\b(?:ceasefire|cease-fire|truce|peace (?:deal|agreement|accord|talks)|prisoners? (?:exchange|swap|release)|surrender\w*)\b/i;
// A named count of victims: the snippet then reports the attack it reacts to, which ACLED would code from it.
const VICTIM_COUNT =
  /\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|\w+ty|dozens|scores|hundreds) (?:\w+ ){0,3}(?:killed|dead|died|wounded|injured)\b|\bkill(?:ed|ing) (?:at least )?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|\w+ty|dozens|scores|hundreds)\b/i;

// A claim, a denial or a suspicion of who did it: the sentence is about blame, the act itself is reported elsewhere.
const ATTRIBUTION =
  /\b(?:claim(?:s|ed|ing)? (?:\w+ )?responsibility|(?:tak(?:es|en|ing)|took) credit|claim(?:s|ed|ing)? (?:the|an?) (?:\w+ )?(?:attack|bombing|blast|strike|assault|killing)s?\b|(?:den(?:y|ies|ied|ying)|reject(?:s|ed)?) (?:\w+ ){0,4}(?:responsib\w*|involvement)|(?:is|are|was|were|being) (?:\w+ )?responsible for|(?:suspected|believed|thought|said) to (?:be|have been) behind|blam(?:es|ed|ing) (?:\w+ ){0,4}(?:for|on)|(?:holding|hold|held) (?:\w+ ){0,4}responsible|(?:said|says) (?:it|they) (?:was|were) behind|owned up to|(?:has|have|had) been blamed on|accus\w* (?:\w+ ){0,3}of (?:carrying out|being behind|staging|orchestrating|masterminding))/i;
// "Officials said the Front was behind the bombing": a suspicion reported, with the act as its object.
const SAID_BEHIND =
  /\b(?:said|say|says|believe[sd]?|suspect(?:s|ed)?|think|thinks)\b[^.;]{0,60}?\b(?:was|were|is|are) behind\b/i;
// A clause boundary (commas are not: "On Friday, IS claimed ..."): before one, the sentence may tell the act itself ("gunmen killed three, and IS claimed it").
const CLAUSE_BREAK =
  /[;]|\b(?:and|after|when|as|while|before|killing|wounding|leaving|but)\b|\b(?:killed|attacked|struck|bombed|shot|exploded|detonated|fired|hit)\b/i;

// The sentence tells an act before its claim ("jets struck groups it accused of carrying out ..."): only the
// doers may come first ("suicide bombers are suspected to be behind ...").
function isAfterAct(before: string): boolean {
  return CLAUSE_BREAK.test(before) || findCues(before).some((h) => !/(?:ers?|m[ae]n)$/i.test(h.text));
}

/**
 * The out-of-scope kind one sentence reports, or undefined when it may tell a political-violence event.
 * Conservative on purpose: a sentence that names a fighting or demonstrating actor, a bomb or a shot, stays
 * in scope; disasters and crime need their own words, claims and diplomacy their own verbs.
 *
 * @example readScope('A gas cylinder exploded in a restaurant, killing four diners.') // 'man-made disaster'
 */
export function readScope(sentence: string): OutOfScopeKind | undefined {
  if (sentence.length > 2000) return undefined;
  const attribution = ATTRIBUTION.exec(sentence) ?? SAID_BEHIND.exec(sentence);
  // "IS claimed the bombing that killed eight": the act is the claim's object, told where it happened.
  if (attribution !== null && !isAfterAct(sentence.slice(0, attribution.index))) {
    return 'claim of responsibility';
  }
  const isPolitical = POLITICAL_ACTOR.test(sentence);
  // Envoys who meet protesters or militants are part of their story, not a diplomatic event of their own.
  const isDiplomatic =
    DIPLOMATIC_MEASURE.test(sentence) ||
    (DIPLOMATIC_ACT.test(sentence) &&
      !findCues(sentence).some((h) => h.kind === 'protest' || h.kind === 'riot' || h.kind === 'mob'));
  if (isDiplomatic && !VICTIM_COUNT.test(sentence) && !ARMED_AGREEMENT.test(sentence)) return 'diplomacy';
  if (NATURAL_HAZARD.test(sentence) && !isPolitical) return 'natural disaster';
  if (MISHAP.test(sentence) && !isPolitical && !HOSTILE.test(sentence)) {
    return 'man-made disaster';
  }
  if (CONTRABAND.test(sentence) && !isPolitical && !VIOLENT_HARM.test(sentence) && !WEAPONS.test(sentence)) {
    return 'organised crime';
  }
  return undefined;
}

// A later sentence that names a new actor of violence tells an event of its own; one that goes on about
// "the blasts" or "the victims" goes on about the disaster.
const OWN_ACTOR = new RegExp(`${POLITICAL_ACTOR.source}|\\b(?:soldiers|troops|police|army|forces)\\b`, 'i');

/**
 * True when an incident's sentences (in order; `hasCue` marks those with a trigger of violence) report
 * something outside ACLED's scope: the first sentence that says anything is out of scope, and no later
 * sentence with a trigger names an actor of violence of its own.
 */
export function isOutOfScope(sentences: readonly { text: string; hasCue: boolean }[]): boolean {
  let scope: OutOfScopeKind | undefined;
  for (const s of sentences) {
    const kind = readScope(s.text);
    if (scope === undefined) {
      if (kind !== undefined) {
        scope = kind;
        continue;
      }
      if (s.hasCue) return false;
      continue;
    }
    if (s.hasCue && kind === undefined && OWN_ACTOR.test(s.text)) return false;
  }
  return scope !== undefined;
}
