// Reads the trigger cues of news language that ACLED's own notes rarely use (passives, headlines, reported
// speech): adds the cues the note-shaped lexicon misses and corrects those it reads out of their clause.
import { readUnrest, type CueHit } from './event-type.classifier.js';
import type { CueKind } from './event-type.lexicon.js';
import { NEGATION } from './event-type.lexicon.js';
import { matchesOf } from './pattern.matcher.js';

// Arms and explosives as things (found, seized, cleared), not as acts of firing. One pistol taken after a
// shoot-out is part of that fight; small arms count only in the plural.
const WEAPON =
  '(?:fire ?arms|guns|rifles|pistols|Kalashnikovs|AK-?47s?|machine ?guns?|weapons?|arms|ammunitions?|ammo|rounds|bullets|cartridges|explosives?|explosive devices?|(?:improvised|house-borne|vehicle-borne) explosive devices?|IEDs?|bombs?|landmines?|mines|grenades?|grenade launchers?|shells|mortar (?:shells|rounds|bombs)|projectiles|rockets?|missiles?|detonators?|TNT|caches?|stash(?:es)?|arsenals?|arms depots?)';
const DISCOVER_VERB =
  '(?:seiz(?:ed|es|ing)|found|finds|discover(?:ed|s|ing)|recover(?:ed|s|ing)|confiscat(?:ed|es|ing)|uncover(?:ed|s|ing)|unearth(?:ed|s|ing)|clear(?:ed|s|ing)|defus(?:ed|es|ing)|dismantl(?:ed|es|ing)|neutrali[sz](?:ed|es|ing)|deactivat(?:ed|es|ing)|seized|removed|impounded|intercepted|identified)';
// Some words between verb and weapon, none of which ends the clause or makes the weapon an instrument ("with").
const SPAN = "(?:(?!(?:with|using|when|after|while|and then)\\b)[\\w'’.,-]+\\s+){0,7}?";
const PASSIVE = '(?:(?:was|were|is|are|has|have|had|been|being|also)\\s+){0,3}';

/** A cue of news language: the kind, the pattern, and the kinds it replaces where their words overlap. */
interface NewsCue {
  kind: CueKind;
  pattern: RegExp;
  replaces?: readonly CueKind[];
  /** Words without which the pattern cannot match: most sentences are then passed over at the cost of one test. */
  gate?: RegExp;
}

const ARMED_TARGET =
  "(?:patrols?|checkpoints?|check-posts?|outposts?|(?:military|army|police|security) (?:posts?|vehicles?|camps?|convoys?)|convoys? of (?:[\\w'’-]+ ){0,2}(?:forces|troops|soldiers|army)|bases?|barracks|garrisons?|positions|security forces|troops|soldiers|army)";
const PLACE =
  '(?:towns?|city|cities|villages?|districts?(?: centres?| centers?)?|areas?|neighbo(?:u)?rhoods?|regions?|provinces?|hills?|hilltops?|heights|crossings?|border (?:points?|crossings?)|airports?|air ?bases?|bases?|camps?|outposts?|oil ?fields?|fields|capital|port|strongholds?|territory|road|highway|bridge|island|castle|localit(?:y|ies)|settlements?)';

const ARMED_GROUP =
  '(?:militants|rebels|insurgents|fighters|terrorists|jihadists|forces|troops|army|militia\\w*|gunmen|al-Shabaa?b|Shabaa?b|Taliban|Houthis?)';

// The attacked object right after the verb: no preposition between ("assaulted a man at a police station").
const ATTACKED_ARMED = new RegExp(
  `^\\s*(?:on |against )?(?:(?!(?:at|in|near|with|from|by|inside|outside)\\b)[\\w'’()-]+\\s+){0,4}?${ARMED_TARGET}\\b`,
  'i',
);

const NEWS_CUES: readonly NewsCue[] = [
  // ACLED "Disrupted weapons use": arms found, seized or cleared before use, in either voice.
  {
    kind: 'disrupted',
    gate: /seiz|found|finds|discover|recover|confiscat|uncover|unearth|clear|defus|dismantl|neutrali|deactivat|removed|impound|intercept|identif|destroy|detonat|demining/i,
    pattern: new RegExp(
      `\\b${DISCOVER_VERB}\\s+${SPAN}${WEAPON}\\b|\\b${WEAPON}\\s+(?:[\\w'’,-]+\\s+){0,8}?${PASSIVE}(?:found|discovered|seized|recovered|confiscated|uncovered|unearthed|cleared|defused|dismantled|neutrali[sz]ed|deactivated|removed|impounded|identified)\\b|\\bdemining\\b|\\b(?:destroyed|detonated|defused) (?:\\d[\\d,]* |several |dozens of |hundreds of |an? |the )?(?:[\\w-]+ ){0,2}?(?:landmines?|mines|IEDs?|VBIEDs?|improvised explosive devices?|explosive devices?|unexploded)\\b`,
      'gi',
    ),
    replaces: ['shelling', 'ied', 'grenade', 'loot', 'arrest', 'attack', 'clash'],
  },
  // An air force, jets or drones named as the ones who struck: the air strike is the act whatever the weapon.
  {
    kind: 'air',
    gate: /air ?forces?|jets|planes|aircraft|helicopters|drones|UAVs/i,
    pattern:
      /\bair ?forces?\b(?:\s+[\w'’-]+){0,3}?\s+(?:destroyed|struck|bombed|targeted|hit|pounded|raided|attacked|shelled)\b|\b(?:by|from) (?:[\w'’-]+ ){0,2}(?:jets|warplanes|war planes|aircraft|helicopters|drones|UAVs)\b/gi,
    replaces: ['loot', 'shelling'],
  },
  {
    kind: 'chemical',
    gate: /gas|nerve|chlorine/i,
    pattern:
      /\b(?:poison(?:ous)?|toxic|nerve|chlorine|sarin|mustard) gas(?:es)?\b|\bnerve agents?\b|\bgas attacks?\b|\bchlorine\b/gi,
  },
  {
    kind: 'suicide',
    gate: /suicide|SVBIED|themselves/i,
    pattern:
      /\bsuicide (?:[\w-]+ ){0,3}(?:bomb(?:er|ers|ing|ings|s)?|devices?|vests?|belts?|attacks?|IEDs?|VBIEDs?)\b|\bSVBIEDs?\b|\b(?:detonat\w+|blew up) (?:\w+ ){0,3}(?:killing|and killed) themselves\b/gi,
    replaces: ['ied'],
  },
  // A place taken, in the words of news: articles, numbers and adjectives before the place.
  {
    kind: 'territory',
    gate: /captur|seiz|retook|retak|took|taken|taking|takes|overr|liberat|regain|wrested|control|pushed|drove|driven|ousted/i,
    pattern: new RegExp(
      `\\b(?:captur(?:e|ed|es|ing)|recaptur(?:e|ed|es|ing)|seiz(?:e|ed|es|ing)|retook|retaken|retakes?|took over|taken over|tak(?:e|es|ing) over|overruns?|overr?an|overrun|liberat(?:ed|es|ing)|regain(?:ed|s|ing)|wrested|gained control of|took the control of)\\s+(?:[\\w'’-]+\\s+){0,4}?${PLACE}\\b|\\b(?:pushed|drove|driven|ousted)\\s+(?:[\\w'’-]+\\s+){0,3}?${ARMED_GROUP}\\s+(?:[\\w'’-]+\\s+){0,2}?out of\\b`,
      'gi',
    ),
    replaces: ['arrest', 'attack', 'clash'],
  },
  // A base set up, in any tense and voice (ACLED "Headquarters or base established").
  {
    kind: 'base',
    gate: /bases?\b|posts?\b|headquarters|camps?\b/i,
    pattern:
      /\b(?:set(?:s|ting)? up|establish(?:ed|es|ing)?|buil[dt]s?|building|erect(?:ed|s|ing)|open(?:ed|s|ing)|install(?:ed|s|ing))\s+(?:[\w'’-]+\s+){0,3}?(?:bases?|military posts?|observation posts?|outposts?|posts|headquarters|(?:military|army|militant|rebel|training) camps?)\b|\b(?:bases?|military posts?|observation posts?|outposts?|headquarters)\s+(?:[\w'’-]+\s+){0,3}?(?:was|were|has been|have been|had been) (?:set up|established|built|erected)\b/gi,
  },
  // Forces moved, withdrawn, formed or dug in (ACLED "Change to group/activity").
  {
    kind: 'change',
    gate: /redeploy|fortif|troops|forces|units|soldiers|reinforcements|army|militants|rebels|insurgents|fighters|groups|brigade|battalion|entered/i,
    pattern:
      /\bredeploy\w*\b|\bfortif(?:y|ies|ied|ying|ications?)\b|\b(?:mov(?:ed|es|ing)|sen(?:t|ds|ding)|dispatch(?:ed|es|ing)|deploy(?:ed|s|ing)) (?:[\w'’-]+ ){0,3}?(?:troops|forces|units|soldiers|reinforcements)\b|\b(?:troops|forces|units|soldiers) (?:[\w'’-]+ ){0,2}?(?:have |had |has )?moved\b|\b(?:withdr(?:ew|awn|awing|aws)|pull(?:ed|ing|s) out|retreat(?:ed|ing|s)) (?:\w+ )?from\b|\bpull(?:ed|ing|s) out of\b|\b(?:army|troops|forces|soldiers|militants|rebels|insurgents|fighters) (?:had |have |has )?(?:withdr(?:ew|awn)|pulled out|retreated)\b|\b(?:groups|units|brigades?|battalions?) of (?:[\w'’-]+ ){0,3}?(?:have been|were|was|has been) formed\b|\bentered (?:[\w'’-]+ ){0,4}?(?:airspace|air defen[cs]e identification zone|territorial waters)\b/gi,
  },
  // ACLED's "Agreement" covers ceasefires, prisoner releases and exchanges, evacuation deals, peace talks and surrenders.
  {
    kind: 'agreement',
    gate: /surrender|ceasefire|cease-fire|truce|talks|negotiations|exchange|evacuat/i,
    pattern:
      /\bsurrender(?:ed|s|ing)? to\b|\b(?:agreed|signed|declared|reached) (?:on |to |upon )?(?:a |an |the )?(?:[\w-]+ ){0,2}?(?:ceasefire|cease-fire|truce)\b|\b(?:ceasefire|cease-fire|truce) (?:[\w-]+ ){0,3}?(?:takes? effect|took effect|to take effect|came into force|comes into force|holds|held)\b|\b(?:peace|ceasefire|cease-fire) (?:talks|negotiations)\b|\bin exchange for (?:the )?release\b|\bexchange of prisoners\b|\bdeal to evacuate\b|\bevacuation deal\b/gi,
    replaces: ['change'],
  },
  // A territory changing hands without a fight.
  {
    kind: 'transfer',
    gate: /hand|resistance|unopposed/i,
    pattern:
      /\bhand(?:ed|s|ing) (?:over )?(?:[\w'’-]+ ){0,4}?control\b|\bhandover of\b|\bleaving (?:it|them|the [\w-]+) (?:[\w-]+ )?in the hands of\b|\bwithout (?:any |encountering (?:any )?)?resistance\b|\bnot encounter(?:ed)? any resistance\b|\b(?:meeting|met|encountering|encountered|facing|faced) (?:little or )?no resistance\b|\bunopposed\b/gi,
  },
  // Demonstrators who break, throw or storm: a violent demonstration (ACLED "Riots").
  {
    kind: 'riot',
    pattern:
      /\bturn(?:ed|s|ing)? (?:very )?violent\b|\bstreet violence\b|\b(?:pull(?:ed|s|ing)?|tore|tear(?:s|ing)?) down (?:[\w'’-]+ ){0,3}?(?:walls?|fences?|barriers?|gates?|statues?|barricades?)\b|\b(?:broke|break(?:s|ing)?|forced (?:their|its) way) into\b|\b(?:throws?|threw|thrown|throwing|hurl(?:ed|s|ing)) (?:[\w'’-]+ ){0,3}?(?:at|into) (?:the )?(?:police|officers|security forces|troops|a fire|the fire|fire)\b|\bprojectiles (?:were |being )?(?:thrown|hurled)\b|\bset (?:[\w'’-]+ ){0,3}?(?:ablaze|alight|on fire)\b|\bsmash(?:ed|ing) (?:[\w'’-]+ ){0,3}?(?:windows|cars|vehicles|shops|shopfronts|property)\b|\bstorm(?:ed|ing)\b|\bburn(?:ed|t) (?:[\w'’-]+ ){0,3}?(?:cars|vehicles|buses|buildings|police stations?|offices?)\b/gi,
  },
  {
    kind: 'arrest',
    gate: /nabbed|custody|jail|intercepted/i,
    pattern:
      /\bnabbed\b|\btook (?:[\w'’-]+ ){0,3}?into custody\b|\bjail(?:ed|s)\b|\bintercepted (?:\d+ |several |dozens of )?(?:suspected |alleged )?(?:members|militants|suspects)\b/gi,
  },
  {
    kind: 'disperse',
    gate: /chas/i,
    pattern:
      /\bchas(?:e|es|ed|ing) (?:away |off )?(?:the )?(?:[\w-]+ )?(?:protesters|demonstrators|crowds?|marchers)\b/gi,
  },
  {
    kind: 'clash',
    gate: /fire\b|storm/i,
    pattern: new RegExp(
      `\\btrad(?:ed|es|ing) (?:heavy |intense |sporadic )?(?:gun)?fire\\b|\\bexchang(?:ed|es|ing) (?:heavy |intense |sporadic |automatic )(?:gun)?fire\\b|\\bstorm(?:ed|s|ing) (?:(?!(?:at|in|near|with|from|by)\\b)[\\w'’()-]+\\s+){0,3}?${ARMED_TARGET}\\b`,
      'gi',
    ),
  },
  {
    kind: 'air',
    gate: /strikes?\b/i,
    pattern:
      /\b(?:coalition|U\.?S\.?|American|Israeli|Russian|Saudi(?:-led)?|Turkish|NATO|government|regime)\s+(?:[\w-]+\s+)?strikes?\b(?! (?:force|team|group|package))/gi,
  },
  {
    kind: 'ied',
    gate: /bombs?\b/i,
    pattern:
      /\bbombs? (?:[\w-]+ )?(?:killed|kills|wounded|wounds|injured|injures|ripped|rips|tore|tears)\b|\b(?:motorcycle|bicycle|parcel|pipe|letter|truck|lorry|remote-controlled|remotely detonated|time) bombs?\b/gi,
  },
  {
    kind: 'abduct',
    gate: /hostage/i,
    pattern: /\b(?:held|holding|hold|holds) (?:[\w-]+ ){0,3}?hostages?\b|\bhostage-taking\b/gi,
  },
  // Villagers, youths or a crowd who beat, burn or kill: ACLED's mob violence. A party's or a militia's youth
  // wing is an organised body, not a crowd.
  {
    kind: 'mob',
    gate: /villagers|residents|locals|youths|crowds?\b/i,
    pattern:
      /\b(?<!\b(?:party|league|wing|militia|movement)\s)(?:villagers|residents|locals|youths|crowds?)\s+(?:(?!(?:was|were|been|being|have|has|had|is|are)\b)[\w'’-]+\s+){0,3}?(?:beat|lynched|stoned|hacked|clubbed|attacked|killed)\b/gi,
  },
  // Headlines tell in the present: "Gunmen shoot dead five", "Mob torches police post".
  {
    kind: 'kill',
    gate: /shoots?\b|guns?\b|behead|hacks?\b/i,
    pattern: /\bshoots? (?:\w+ )?dead\b|\bguns? down\b|\bbeheads?\b|\bhacks? (?:\w+ )?to death\b/gi,
  },
  {
    kind: 'protest',
    gate: /streets|slogans|vigil|placards|banners|stag|strike/i,
    pattern:
      /\b(?:take|takes) to the streets\b|\btook to the streets\b|\bchant(?:ed|ing) (?:[\w'’-]+ ){0,2}?slogans\b|\bheld (?:a |candlelight )?vigils?\b|\b(?:waving|carrying|holding) (?:[\w'’-]+ ){0,2}?(?:placards|banners)\b|\bstag(?:ed|ing) (?:a |an )?(?:[\w'’-]+ )?(?:strike|walkout|sit-in|march|rally)\b|\bon (?:an? )?(?:indefinite |general |hunger |\w+-day )?strike\b/gi,
  },
  {
    kind: 'air',
    gate: /planes|helicopters|choppers|gunships|bombers|jets|aircraft|drones|bombing raid|aerial/i,
    pattern:
      /\b(?:planes|jets|warplanes|aircraft|drones|helicopters|choppers|gunships|bombers)\b (?:[\w'’-]+ )?(?:bomb(?:ed|s)?|str(?:uck|ikes?)|hit|hits|target(?:ed|s)?|attack(?:ed|s)?|fired|fires|pound(?:ed|s)?|raid(?:ed|s)?|strafed)\b|\bbombing raids?\b|\baerial (?:bombing|bombardment|strikes?|attacks?)\b/gi,
  },
  // A blast told by what it did, with no other weapon named: ACLED's remote explosive.
  {
    kind: 'ied',
    gate: /blast|explosion/i,
    pattern:
      /\b(?:blasts?|explosions?)\b (?:[\w'’-]+ ){0,2}?(?:ripped|rips|tore|tears|went off|goes off|rocked|rocks|hit|hits|struck|strikes|killed|kills|injured|injures|wounded|wounds|targeted|targets)\b|\b(?:killed|injured|wounded) (?:[\w'’-]+ ){0,4}?in (?:an? |the |twin |two )?(?:[\w'’-]+ )?(?:blasts?|explosions?)\b/gi,
  },
  {
    kind: 'abduct',
    gate: /picked up|whisked away|taken away|unknown/i,
    pattern:
      /\b(?:was|were|been|being) (?:picked up|whisked away|taken away) by\b|\btaken (?:[\w'’-]+ ){0,3}?to (?:an )?unknown (?:location|destination)\b/gi,
  },
  // Property destroyed, told in the passive of news ("houses were torched").
  {
    kind: 'loot',
    gate: /loot|burn|torch|ablaze|on fire|destroy|demolish|razed|bulldoz|vandali/i,
    pattern:
      /\b(?:houses?|homes?|shops?|stores?|property|properties|buildings?|vehicles?|cars?|churches|mosques?|schools?|offices?|huts?|crops|farms?)\b (?:[\w'’-]+ ){0,2}?(?:was|were|have been|has been|had been) (?:looted|burned|burnt|torched|set ablaze|set on fire|destroyed|demolished|razed|bulldozed|vandali[sz]ed)\b|\bbulldoz(?:ed|ing)\b/gi,
  },
  // A place taken, named: "rebels seized Kunduz", "the army retook Palmyra" (not a person or a group).
  {
    kind: 'territory',
    gate: /captur|seiz|retook|retak|overr|liberat|control/i,
    pattern:
      /\b(?:captur(?:e|ed|es|ing)|recaptur(?:e|ed|es|ing)|seiz(?:e|ed|es|ing)|retook|retakes?|retaken|overr?an|overruns?|liberat(?:e|ed|es|ing)|took control of|taken control of)\s+(?=[A-Z][a-z])(?![A-Z][a-z]+\s+(?:[A-Z][a-z]+\s+)?(?:fighters|militants|members|commanders?|leaders?|soldiers|officers|rebels|troops|forces|police|army|weapons|rifles)\b)(?=([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?))\1(?!\s*(?:and|,)\s+(?:his|her|their|a|an)\b)/g,
    replaces: ['arrest', 'abduct'],
  },
  // A place taken, in the passive or as the place's fall.
  {
    kind: 'territory',
    gate: /captured|seized|retaken|recaptured|overrun|liberated|fell|came under/i,
    pattern: new RegExp(
      `\\b${PLACE}\\b (?:[\\w'’-]+ ){0,3}?(?:(?:was|were|has been|have been|had been) (?:captured|seized|retaken|recaptured|overrun|liberated)|fell (?:in)?to|fell into the hands of|came under (?:the )?(?:full )?control of)\\b`,
      'gi',
    ),
  },
];

// An act only planned, plotted or feared ("were plotting to launch attacks", "in anticipation of protests").
const PLANNED =
  /\b(?:plan(?:s|ning)?|planned to|plot(?:s|ting)?|plotted to|prepar(?:ing|ed) (?:to|for)|intend(?:ed|ing)? to|allegedly planning|in anticipation of|ahead of|in advance of|to prevent|to foil|possible|potential|threat(?:s|ened)? of|mobili[sz]\w* (?:[\w'’-]+ ){0,8}?to)\s+(?:[\w'’-]+\s+){0,3}$/i;
const PLANNABLE: ReadonlySet<CueKind> = new Set([
  'attack',
  'kill',
  'protest',
  'suicide',
  'ied',
  'air',
  'shelling',
  'clash',
]);
// Who breaks, throws or storms must be a crowd for the act to be a violent demonstration.
const CROWD = /\b(?:protest\w*|demonstrat\w*|rall(?:y|ies)|marchers|crowds?|rioters?|sit-ins?|mobs?)\b/i;
// "Accused of carrying out a chlorine attack": an allegation about an earlier act, not the act told.
const ALLEGED = /\baccus\w* (?:[\w'’-]+\s+){0,4}?of (?:[\w'’-]+\s+){0,4}$/i;
// "During the clashes", "in Friday's armed clashes": the fighting is the setting of the act the sentence tells.
const SETTING = /\b(?:during|in|amid|amidst|in the course of)\s+(?:[\w'’-]+\s+){0,3}$/i;
// Aircraft named without any act are a patrol or a scramble, not a strike.
const AIR_NOUN = /^(?:war ?planes?|fighter jets?|helicopter gunships?)$/i;
const STRIKE_ACT =
  /\b(?:struck|strikes?|bomb\w*|hit|target\w*|attack\w*|fired|raid\w*|pound\w*|shell\w*|kill\w*|destroy\w*|missiles?|rockets?)\b/i;
const RIOT_UNIT = /^[\s-]+(?:police|policemen|officers|gear|squads?|units?|control|troops|shields?)\b/i;
// "4th March, 2015", "March 2015": the month, not a demonstration.
const MONTH_MARCH = /^March$/;

/**
 * The cues of a sentence, refined for news language: cues of news phrasing added (each replacing the cues it
 * names where their words overlap), and cues dropped where the clause only plans the act, where fighting is
 * only the setting of a grenade or bomb, where aircraft do nothing and where "March" is a month.
 *
 * @example refineCues('Police found two explosive devices in a canal.', findCues(...)) // one 'disrupted' cue
 */
export function refineCues(sentence: string, hits: readonly CueHit[]): CueHit[] {
  if (sentence.length > 2000) return [...hits];
  let out = hits.filter((h) => !isOutOfClause(sentence, h, hits));
  const isCrowd = CROWD.test(sentence);
  for (const cue of NEWS_CUES) {
    if (cue.gate !== undefined && !cue.gate.test(sentence)) continue;
    if (cue.kind === 'riot' && !isCrowd) continue;
    for (const m of matchesOf(cue.pattern, sentence)) {
      const start = m.index;
      const end = start + m[0].length;
      if (NEGATION.test(sentence.slice(Math.max(0, start - 40), start))) continue;
      const before = sentence.slice(Math.max(0, start - 80), start);
      if ((cue.kind !== 'disrupted' && PLANNED.test(before)) || ALLEGED.test(before)) continue;
      if (cue.kind === 'riot' && !isCrowd) continue;
      if ((cue.kind === 'ied' || cue.kind === 'clash') && out.some((h) => REMOTE.has(h.kind))) continue;
      if (cue.kind === 'disrupted' && hasOtherAct(sentence, out, start, end)) continue;
      const replaced = new Set(cue.replaces ?? []);
      // "Shops were torched" is a riot only where a crowd did it.
      if (cue.kind === 'loot' && !isCrowd) replaced.add('riot');
      out = out.filter((h) =>
        cue.kind === 'disrupted'
          ? !((replaced.has(h.kind) || h.kind === 'attack') && isPartOfFind(sentence, h, start, end))
          : !(replaced.has(h.kind) && h.start < end && h.end > start),
      );
      if (out.some((h) => h.kind === cue.kind && h.start < end && h.end > start)) continue;
      out.push({ kind: cue.kind, text: m[0], start, end, clause: 'main' });
    }
  }
  // An attack on a patrol, a checkpoint or a base is a fight with armed men: ACLED's armed clash.
  const isRemote = out.some((h) => REMOTE.has(h.kind));
  out = out.map((h) =>
    !isRemote &&
    h.kind === 'attack' &&
    /^(?:attack|raid|assault|ambush)/i.test(h.text) &&
    ATTACKED_ARMED.test(sentence.slice(h.end, h.end + 70))
      ? { ...h, kind: 'clash' }
      : h,
  );
  // "Troops killed 219 suspected rebels": combatants killed by the other side, a battle, however long the name.
  if (!out.some((h) => h.kind === 'protest' || REMOTE.has(h.kind))) {
    out = out.map((h) =>
      h.kind === 'kill' &&
      /^kill(?:ed|s|ing)$/i.test(h.text) &&
      KILLED_COMBATANTS.test(sentence.slice(h.end, h.end + 90))
        ? { ...h, kind: 'clash' }
        : h,
    );
  }
  const hasTakeover = out.some((h) => h.kind === 'territory');
  const hasFight = out.some((h) => h.kind === 'clash' || h.kind === 'kill' || h.kind === 'attack');
  const isWithdrawal = out.some((h) => h.kind === 'change' && /\b(?:withdr|pull|retreat)/i.test(h.text));
  // A place taken after the other side withdrew, with no fight told: ACLED's non-violent transfer.
  if (hasTakeover && isWithdrawal && !hasFight) {
    out = out.map((h) => (h.kind === 'territory' ? { ...h, kind: 'transfer' } : h));
  }
  out = readUnrest(sentence, out);
  // The order findCues gives: ACLED's label ("Security measures:") after the steps of the telling.
  return out.sort((a, b) => Number(isLabel(a)) - Number(isLabel(b)) || a.start - b.start);
}

function isLabel(hit: CueHit): boolean {
  return hit.kind === 'measure' && hit.text.trimEnd().endsWith(':');
}

const KILLED_COMBATANTS =
  /^\s+(?:at least |some |about |over |more than |nearly )?(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|dozens of|scores of|hundreds of)\s+(?:suspected |alleged |armed )?(?:(?!civilians?|people|villagers|residents|women|children|farmers|students|worshippers|passengers)[\w()'’-]+\s+){0,5}?(?:rebels|militants|insurgents|jihadists|terrorists|gunmen|bandits|fighters|militiamen)\b/i;
// Weapons of remote violence: an attack with them on a position is shelling or a strike, not a clash.
const REMOTE: ReadonlySet<CueKind> = new Set(['shelling', 'ied', 'grenade', 'air', 'suicide', 'chemical']);
// Violence told outside the span of a find ("fired rockets ... and later found a cache", "devices were found,
// and four children died in an explosion") keeps the act.
const ACTS: ReadonlySet<CueKind> = new Set([
  'shelling',
  'ied',
  'grenade',
  'air',
  'suicide',
  'kill',
  'attack',
  'clash',
]);
// Weapons named further in the same list ("seized 50 rifles, a grenade launcher and mortar rounds") are part of
// the find, not an act of their own.
function hasOtherAct(sentence: string, hits: readonly CueHit[], start: number, end: number): boolean {
  return hits.some((h) => ACTS.has(h.kind) && !isPartOfFind(sentence, h, start, end));
}

function isPartOfFind(sentence: string, h: CueHit, start: number, end: number): boolean {
  if (h.start < end && h.end > start) return true;
  if (h.kind === 'attack' && /^raid/i.test(h.text) && OPERATION.test(sentence.slice(0, h.start))) return true;
  return (
    LISTED.has(h.kind) && h.start >= end && h.start - end < 80 && !FIRING.test(sentence.slice(end, h.start))
  );
}
// "In a raid", "during a raid": the operation that made the find.
const OPERATION = /\b(?:in|during)\s+(?:an?|the)\s+(?:[\w-]+\s+)?$/i;
const LISTED: ReadonlySet<CueKind> = new Set(['shelling', 'ied', 'grenade', 'clash']);
const FIRING =
  /[.;:]|\b(?:fired|firing|struck|hit|killed|killing|exploded|detonated|launched|attacked|used|using|with|during|after|following|when|while)\b/i;

function isOutOfClause(sentence: string, hit: CueHit, hits: readonly CueHit[]): boolean {
  const before = sentence.slice(Math.max(0, hit.start - 80), hit.start);
  if (PLANNABLE.has(hit.kind) && PLANNED.test(before)) return true;
  if (ALLEGED.test(before)) return true;
  if (hit.kind === 'clash' && SETTING.test(before) && hits.some((h) => h.kind === 'grenade')) return true;
  // "Riot police", "riot gear": a unit and its kit, not a riot.
  if (hit.kind === 'riot' && /^riot$/i.test(hit.text) && RIOT_UNIT.test(sentence.slice(hit.end))) return true;
  if (hit.kind === 'air' && AIR_NOUN.test(hit.text) && !STRIKE_ACT.test(sentence)) return true;
  if (hit.kind === 'protest' && MONTH_MARCH.test(hit.text)) {
    return /\d(?:st|nd|rd|th)?\s+$/.test(before) || /^,?\s*\d{4}\b/.test(sentence.slice(hit.end));
  }
  return false;
}
