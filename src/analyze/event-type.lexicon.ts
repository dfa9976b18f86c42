// Trigger lexicon for ACLED event typing: each cue is a pattern and the kind of act it signals. The classifier
// combines the kinds found in an incident's sentences with the codebook's precedence rules.

/** What a trigger says happened; several kinds combine into one ACLED sub-event type. */
export const CUE_KINDS = [
  'kill',
  'attack',
  'abduct',
  'sexual',
  'air',
  'shelling',
  'ied',
  'suicide',
  'grenade',
  'explosion',
  'chemical',
  'clash',
  'gunfire',
  'territory',
  'protest',
  'blockade',
  'riot',
  'unrest',
  'mob',
  'crowd',
  'disperse',
  'arrest',
  'loot',
  'agreement',
  'disrupted',
  'mishap',
  'remnant',
  'base',
  'change',
  'measure',
  'transfer',
  'humanitarian',
] as const;
export type CueKind = (typeof CUE_KINDS)[number];

/** A trigger pattern. Weak cues ("attack", "shot") only count next to a violent context word. */
export interface Cue {
  kind: CueKind;
  pattern: RegExp;
  isWeak?: boolean;
}

// Security measures (ACLED "Change to group/activity") and organised moves of migrants (ACLED "Other") are
// coded as acts of an authority. Their nouns alone tell no event ("defied the curfew", "amid the lockdown",
// "a curfew might be considered"), so a cue needs the act that imposes, extends or lifts the measure.
// Up to four words between verb and noun, none of them a preposition that makes the noun the topic of something
// else ("announced aid for families hit by the lockdown").
const GAP =
  "(?:(?!(?:for|about|on|over|against|during|amid|amidst|despite|under|after|before|since|through|because|due|with|from|of|by|to|in|at|into|around|as)\\b)[\\w'’-]+\\s+){0,4}?";
const AUX =
  '(?:(?:was|were|is|are|has|have|had|been|being|also|now|officially|formally|again|further|finally)\\s+){1,3}';
const MASKS = '(?:face ?masks?|masks|face coverings?)';
const MEASURE_NOUN = [
  'curfews?',
  'lock-?downs?',
  'states? of (?:emergency|siege|alarm|exception)',
  'emergency rule',
  'martial law',
  'quarantines?',
  'stay-at-home orders?',
  `(?:mandatory|compulsory|obligatory) (?:use of |wearing of )?${MASKS}`,
  `${MASKS} (?:(?:is|are|now|to be) ){0,2}(?:mandatory|compulsory|obligatory)`,
  'social[- ]distancing (?:rules?|measures?|regulations?)',
  '(?:movement|mobility) restrictions',
  'restrictions on (?:the )?(?:free )?movement',
  '(?:security|lockdown|containment|quarantine) measures',
  'bans? on (?:all )?(?:public |mass |large |political |street )?(?:gatherings|assemblies|demonstrations|protests|rallies|marches)',
].join('|');
const MEASURE_VERB =
  '(?:re-?)?impos(?:ed|es|ing)|declar(?:ed|es|ing)|announc(?:ed|es|ing)|order(?:ed|s|ing)|introduc(?:ed|es|ing)|enforc(?:ed|es|ing)|extend(?:ed|s|ing)|lift(?:ed|s|ing)|eas(?:ed|es|ing)|relax(?:ed|es|ing)|reinstat(?:ed|es|ing)|tighten(?:ed|s|ing)|prolong(?:ed|s|ing)|renew(?:ed|s|ing)|issu(?:ed|es|ing)|instituted|decre(?:ed|es)|proclaim(?:ed|s|ing)|put in place';
const MEASURE_PARTICIPLE =
  '(?:re-?)?imposed|declared|announced|ordered|introduced|enforced|extended|lifted|eased|relaxed|reinstated|tightened|prolonged|renewed|issued|instituted|decreed|proclaimed|put in place|made (?:mandatory|compulsory)';
const GATHERINGS = '(?:gatherings?|assembl(?:y|ies)|demonstrations?|protests?|rall(?:y|ies)|march(?:es)?)';
const BAN_VERB = 'bann(?:ed|ing)|bans|prohibit(?:ed|s|ing)|outlaw(?:ed|s|ing)';

function securityMeasure(): RegExp {
  return new RegExp(
    [
      // ACLED's own notes open with the category.
      '^\\s*security measures?\\s*:',
      `\\b(?:${MEASURE_VERB})\\s+${GAP}(?:${MEASURE_NOUN})\\b`,
      `\\b(?:${MEASURE_NOUN})\\s+${AUX}(?:${MEASURE_PARTICIPLE})\\b`,
      `\\b(?:${MEASURE_NOUN})\\s+(?:[\\w-]+\\s+){0,2}?(?:came|comes|went|goes|entered|enters) into (?:force|effect)\\b`,
      `\\bmade (?:the )?(?:use of |wearing of )?${MASKS} (?:mandatory|compulsory|obligatory)\\b`,
      `\\b(?:${BAN_VERB})\\s+${GAP}${GATHERINGS}\\b`,
      `\\b(?:public |mass |large |political |street )?${GATHERINGS}\\s+${AUX}(?:banned|prohibited|outlawed)\\b`,
    ].join('|'),
  );
}

const UPROOTED = '(?:migrants|refugees|asylum[- ]seekers|displaced (?:people|persons|families)|IDPs)';
const MOVE_VERB =
  'relocat(?:ed|ing)|evacuat(?:ed|ing)|repatriat(?:ed|ing)|transferr(?:ed|ing)|moved|bus(?:s)?ed|airlifted|flown|resettl(?:ed|ing)|transport(?:ed|ing)';

function humanitarianMove(): RegExp {
  return new RegExp(
    [
      `\\b(?:open(?:ed|s|ing)|creat(?:ed|es|ing)|establish(?:ed|es|ing)|set(?:s|ting)? up|organi[sz](?:ed|es|ing)|launch(?:ed|es|ing))\\s+${GAP}humanitarian corridors?\\b`,
      `\\bhumanitarian corridors?\\s+${AUX}(?:opened|created|established|set up|organi[sz]ed|launched)\\b`,
      `\\b(?:${MOVE_VERB})\\s+${GAP}${UPROOTED}\\b`,
      `\\b${UPROOTED}\\s+${AUX}(?:${MOVE_VERB})\\b`,
      `\\b(?:relocation|evacuation|repatriation|resettlement) of (?:[\\w-]+\\s+){0,3}?${UPROOTED}\\b`,
    ].join('|'),
  );
}

// People as the object of a blow: a person, a group of them by what they do, or a pronoun.
const PEOPLE =
  '(?:man|men|woman|women|boys?|girls?|child(?:ren)?|teenagers?|people|persons?|residents|villagers|journalists?|reporters?|traders|vendors|students|workers|farmers|passers-?by|civilians?|youths?|locals|activists|protesters|demonstrators|him|her|them)\\b';

// ---- Added for issue 10 (h-noinc): Strategic developments the codebook defines, appended after every cue above
// so that none of them outranks an older cue over the same words.
const ISSUE10_CUES: readonly Cue[] = [
  // ACLED's "Other" beside organised moves of migrants: groups of them arriving or returning where they are
  // counted, and prisoners set free in numbers (a release, not the arrest or abduction a report may tell first).
  {
    kind: 'humanitarian',
    pattern: new RegExp(
      [
        `\\b(?:\\d+(?:[,.]\\d+)*|hundreds of|dozens of|thousands of|a group of|groups of) (?:[\\w-]+ ){0,2}?(?:${UPROOTED}|returnees) (?:[\\w-]+ ){0,2}?(?:arrived|returned|were received)\\b`,
        `\\b(?:released|freed|set free) (?:\\d[\\d,.]*|hundreds of|dozens of|more than \\d+|over \\d+|some \\d+) (?:[\\w-]+ ){0,2}?(?:prisoners|detainees|captives|inmates)\\b`,
        `\\b(?:\\d+(?:[,.]\\d+)*|hundreds of|dozens of) (?:[\\w-]+ ){0,2}?(?:prisoners|detainees|captives|inmates|soldiers) (?:were|have been|had been) (?:\\w+ )?(?:released|freed|set free)\\b`,
      ].join('|'),
    ),
  },
];

// Patterns are matched case-insensitively against one sentence; keep them anchored on word boundaries.
export const CUES: readonly Cue[] = [
  // A bomb that went off in its makers' hands: their weapon use was disrupted (codebook), whatever it cost them.
  // First, so that it covers the explosive and the explosion it names.
  {
    kind: 'mishap',
    pattern:
      /\bexploded prematurely\b|\bpremature (?:explosion|detonation)\b|\b(?:while|when) (?:\w+ ){0,3}(?:planting|making|assembling|building|handling|transporting|fitting) (?:\w+ ){0,2}(?:bombs?|explosives?|IEDs?|mines?|landmines?|devices?)\b|\b(?:bombs?|explosives?|IEDs?|mines?|landmines?|devices?) (?:that )?(?:they|he|she) (?:were|was|had been) (?:planting|making|assembling|handling|transporting)\b/,
  },
  {
    kind: 'suicide',
    pattern:
      /\bsuicide (?:bomb(?:er|ers|ing|ings)?|attack(?:er|ers)?|car bomb|vest|blast|explosion)|\bblew (?:himself|herself|themselves) up\b/,
  },
  {
    kind: 'chemical',
    pattern: /\bchemical (?:weapons?|attack|agents?)\b|\b(?:chlorine|sarin|mustard) gas\b/,
  },
  {
    kind: 'air',
    pattern:
      /\bair ?strikes?\b|\bair ?raids?\b|\bdrone (?:strikes?|attacks?)\b|\bwar ?planes?\b|\bfighter jets?\b|\bhelicopter gunships?\b|\baerial (?:bombardment|attack|strike)s?\b|\b(?:jets|aircraft|drones?|UAVs?) (?:struck|bombed|hit|targeted|attacked|fired)\b|\bbarrel bombs?\b|\bdrone dropped\b|\bair forces? (?:\w+ )?(?:attacked|struck|bombed|hit|targeted|raided|shelled|pounded)\b/,
  },
  {
    kind: 'ied',
    pattern:
      /\b(?:IEDs?|VBIEDs?|RCIEDs?|PBIEDs?|remote(?:ly)?[- ](?:detonated |controlled )?explosives?(?: attacks?| devices?)?|(?:used|using|planted|placing|placed) explosives|bombs? (?:planted|placed|hidden|attached)|improvised explosive devices?|roadside bombs?|land ?mines?|car bombs?|explosive devices?|magnetic bombs?|sticky bombs?|booby[- ]trap(?:ped)?|bomb (?:blast|explosion|exploded|went off|attack)|(?:planted|detonated) (?:a |an )?(?:bomb|explosives?)|(?:struck|hit|stepped on|ran over) (?:a |an )?(?:mine|explosive))\b|\b(?:explosion|blast) (?:of|from|caused by) (?:a |an )?(?:bomb|mine|explosive)/,
  },
  { kind: 'grenade', pattern: /\b(?:hand )?grenades?\b(?! launchers?)/ },
  // An explosion told without its weapon: ACLED's remote explosive, the least of the explosive types (an
  // "explosion involving mortars" or a grenade says more). Industrial and household blasts are accidents
  // (INDUSTRIAL_CONTEXT).
  {
    kind: 'explosion',
    pattern:
      /\b(?<!controlled )(?:explosions?|blasts?|exploded|explosive attacks?)\b(?! (?:involving|caused by|from|of) (?:unknown |heavy )?(?:weapons|shells|artillery|mortars?|tank))/,
  },
  // Fire both ways is a battle whatever the weapon ("exchanged artillery fire", "shots in both directions of the
  // frontline", "responded to the shelling"): before the weapon cues, so that the exchange covers its weapon.
  {
    kind: 'clash',
    pattern:
      /\bexchang(?:ed|e|es|ing) (?:of )?(?:[\w-]+ ){0,2}(?:fire|gunfire|gun ?shots|shots|shelling|shells|rockets|mortars?)\b|\b(?:shelling|artillery|mortar|rocket) (?:fire )?exchanges?\b|\bin both directions\b|\b(?:responded|retaliated) (?:to|against) (?:[\w-]+ ){0,3}(?:fire|shelling|shells|attacks?|assault)\b|\breturned fire\b|\b(?:reacted|responded|retaliated) with (?:gun)?fire\b|\b(?:repuls|repell?|fended off|fought off|thwart|beat back|beaten back|pushed back)\w*\s+(?:an?\s+|the\s+|their\s+|its\s+)?(?:[\w-]+\s+){0,2}?(?:attacks?|assaults?|incursions?|offensives?|raids?|advances?)\b|\b(?:was|were|being|been) (?:repelled|repulsed|pushed back|fought off|beaten back)\b/,
  },
  {
    kind: 'shelling',
    pattern:
      /\bshell(?:ed|ing|s)\b|\bmortars?\b|\bartillery\b|\brockets?\b|\bmissiles?\b|\bbombard(?:ed|ment)\b|\bhowitzers?\b|\bMLRS\b|\bGrad (?:rockets?|missiles?|launchers?|multiple|MLRS|systems?)\b|\b(?:fired|firing|using|with) Grads?\b|\bRPGs?\b(?! \(| (?:party|ruling|opposition|members?|leaders?|government|candidate|supporters|activists)\b)|\banti-tank\b|\bprojectiles?\b|\btank fire\b|\bgrenade launchers?\b|\bATGMs?\b|\bexplosions? (?:involving|caused by|from) (?:unknown |heavy )?(?:weapons|shells|artillery)\b/,
  },
  // Heavy weapons fired one way are a shelling attack, not a battle (ACLED codebook): heavy machine guns, cannon of
  // armoured vehicles, anti-aircraft guns, recoilless guns, calibres from 12.7 mm up.
  {
    kind: 'shelling',
    pattern:
      /\bheavy machine-? ?guns?\b|\b(?:fired|firing|using|with) (?:\w+ )?(?:heavy|large-calibre|large-caliber) (?:and medium )?weapons\b|\banti-aircraft (?:guns?|weapons?|cannons?)\b|\b(?:IFVs?|BMPs?|AGLs?|ZU-23|B-10|SPG-9)\b|\brecoilless (?:rifles?|guns?)\b|\bautomatic grenade launchers?\b|\b(?:1[2-9]|[2-9]\d|[1-9]\d\d)(?:\.\d)? ?mm\b/,
  },
  {
    kind: 'clash',
    pattern:
      /\bclash(?:ed|es)?\b|\bfighting\b|\bfought\b|\bstreet[- ]fights?\b|\b(?:revenge |reprisal |tit-for-tat )?(?:killings|attacks) between\b|\bfist-?fights?\b|\bscuffl(?:e|es|ed)\b|\bexchang(?:ed|e|ing) (?:of )?(?:fire|gunfire|gun ?shots|shots)\b|\bgun ?fights?\b|\bfire ?fights?\b|\bskirmish(?:es|ed)?\b|\bgun battles?\b|\bheavy gunfire\b|\bbattled?\b|\bambush(?:ed|es)?\b|\bengaged (?:in )?(?:combat|fighting|with)\b|\bcounter-?attack(?:ed)?\b|\boffensive\b|\b(?:conducted|launched|carried out|made|staged|mounted) (?:an? |several |\w+ )?(?:[\w-]+ )?incursions?\b|\bassault(?:ed)? (?:on )?(?:the )?positions?\b|\battack(?:ed)? (?:the )?positions?\b|\bshoot-?outs?\b|\bsmall arms\b/,
  },
  // Small arms mean a close fight, a battle even beside heavy weapons; machine-gun fire names no second side: a
  // battle when nothing else is told, an attack when the victims are civilians, the lesser weapon beside shells.
  {
    kind: 'gunfire',
    pattern:
      /\bmachine-? ?guns?\b|\bbursts? of (?:gun)?fire\b|\bgunfire\b|\bfired (?:with )?(?:unspecified|small|light|automatic) (?:weapons|arms)\b|\bsniper (?:fire|rifles?)\b/,
  },
  {
    kind: 'territory',
    pattern:
      /\b(?:took|taken|take|taking|seized|seize|seizing|gained|gain|regained|regain|retook|retake|wrested|assumed) (?:full |back |total )?control (?:of|over)\b|\b(?:captured|recaptured|overran|overrun|retook|liberated|seized|stormed) (?:the )?(?:town|city|village|district|area|base|region|province|hill|airport|camp|outpost)\b/,
  },
  // Places taken, with their article, number or name before the kind of place ("seized a village", "retook a
  // strategic northwestern town", "took over two oil fields").
  {
    kind: 'territory',
    pattern:
      /\b(?:captured|recaptured|overran|overrun|retook|retaken|liberated|seized|took over|taken over|wrested) (?:control of )?(?:a |an |the |two |three |several |\d+ )(?:[\w'’-]+ ){0,3}?(?:towns?|city|cities|villages?|district centres?|district centers?|districts?|areas?|bases?|regions?|provinces?|hills?|airports?|camps?|outposts?|capital|crossings?|oil ?fields?|neighbou?rhoods?|territory|checkpoints?)\b/,
  },
  {
    kind: 'sexual',
    pattern:
      /\brap(?:ed|e|es|ing|ist|ists)\b|\bsexual(?:ly)? (?:assault(?:ed)?|violence|abuse(?:d)?|exploitation)\b|\bgang-?raped?\b|\bmolest(?:ed|ing)\b/,
  },
  {
    kind: 'abduct',
    pattern:
      /\babduct(?:ed|ion|ions|s|ing)?\b|\bkidnap(?:ped|ping|pings|s)?\b|\btaken (?:as )?hostages?\b|\btook (?:\w+ )?hostages?\b|\bforcibly disappeared\b|\bforced disappearance\b|\bwent missing after being (?:taken|seized)\b/,
  },
  {
    kind: 'kill',
    pattern:
      /\bkill(?:ed|ing|s)\b|\bshot (?:\w+ )?dead\b|\bgunned down\b|\bexecut(?:ed|es|ing|ion)\b|\bmurder(?:ed|s|ing)?\b|\bslain\b|\bslew\b|\bbeheaded\b|\bbeheading\b|\bdecapitated\b|\bstoned (?:\w+ )?to death\b|\bshot (?:\w+ ){1,2}to death\b|\b(?:stabbed|beaten|hacked|burned|burnt|tortured|shot|lynched|clubbed|bludgeoned) (?:\w+ )?to death\b|\bburn(?:ed|t) (?:\w+ )?alive\b|\bset (?:him|her|them|\w+) on fire\b|\bmassacre(?:d|s)?\b|\bassassinat(?:ed|ion)\b|\bdied\b|\bdead\b|\bbodies\b|\bbody of\b|\bfatalit(?:y|ies)\b|\bdeath toll\b/,
  },
  {
    kind: 'attack',
    pattern:
      /\battack(?:ed|ing|s)?\b|\bassault(?:ed|ing)?\b|\braid(?:ed|ing)?\b|\bopened fire\b|\bfired (?:at|on|upon|shots)\b|\bshot (?:at|and|in|him|her|them|a|an|two|three|several|by)\b|\bshooting\b|\bgunmen\b|\bstabb(?:ed|ing)\b|\bbeat(?:en|ing)?\b|\btortur(?:ed|ing)\b|\bwound(?:ed|ing)\b|\binjur(?:ed|ing)\b|\bhacked\b|\bmachete\b|\bset (?:on )?fire\b|\bpunitive\b|\bharass(?:ed|ing)\b|\bassaulted\b|\bthreatened at gunpoint\b/,
    isWeak: true,
  },
  // Blows dealt to people named as their object ("beat a man", "kicked two reporters", "police hit several
  // women"): an assault whatever the rest of the sentence says. "Hit" needs a doer who carries force, for
  // crises and storms hit people too.
  {
    kind: 'attack',
    pattern: new RegExp(
      `\\b(?:beat|beaten|beating) up\\b|\\b(?:was|were|been|being) (?:\\w+ )?(?:beaten|assaulted|punched|kicked|whipped|flogged|lashed|slapped|manhandled|tortured|stabbed)(?= by\\b)|\\b(?:beat|beaten|beating|punched|kicked|whipped|flogged|lashed|slapped|manhandled|assaulted|tortured|stabbed) (?:up )?(?:(?!by )[\\w-]+ ){0,3}?${PEOPLE}|\\b(?:police(?:men)?|officers|soldiers|troops|guards|gendarmes|forces|militiamen|agents|men) (?:[\\w'’-]+ ){0,6}?hit (?:[\\w-]+ ){0,3}?${PEOPLE}`,
    ),
  },
  // Before the protest cue, so that "banned all protests" names the measure and no demonstration.
  { kind: 'measure', pattern: securityMeasure() },
  {
    kind: 'mob',
    pattern:
      /\bmobs?\b|\blynch(?:ed|ing|ings)?\b|\bvigilantes?\b|\bangry (?:crowd|residents|villagers)\b|\bmob justice\b/,
  },
  {
    kind: 'riot',
    pattern:
      /\briot(?:s|ed|ing|ers)?\b|\bviolent (?:demonstration|protest)s?\b|\b(?:turned|became|grew|got) (?:\w+ )?violent\b|\bthrew (?:stones|rocks|petrol bombs|molotov cocktails|bricks|objects)\b|\bpelted\b|\bstone[- ]?pelting\b|\bvandali[sz](?:ed|ing|m)\b|\btorched\b|\b(?:set fire to|lit|burn(?:ed|t|ing)) (?:\w+ )?(?:tyres|tires)\b|\b(?:burn(?:ed|t|ing)|set fire to|setting fire to|torched) (?:[\w-]+ ){0,2}(?:objects|debris|barricades|mattresses|garbage|rubbish|branches)\b|(?:objects|debris|tyres|tires|branches|barricades) (?:on fire|ablaze)\b|\b(?:hurled|threw|throwing|hurling) (?:\w+ ){0,2}(?:stones|rocks|petrol bombs|molotov cocktails|firebombs|bricks|objects)\b|\bbrawls?\b|\bdamag(?:ed|ing) (?:\w+ ){0,2}property\b|\bclash(?:ed|es)? (?:with|between) (?:the )?(?:police|demonstrators|protesters|security forces)\b|\b(?:demonstrators|protesters) clashed\b/,
  },
  {
    kind: 'protest',
    pattern:
      /\bprotest(?:ed|ing|s|ers|or|ors)?\b|\bdemonstrat(?:ed|ion|ions|ors|ing)\b|\brall(?:y|ies|ied)\b|\bmarch(?:ed|es)?\b(?! \d)|\bsit-?ins?\b|\bpicket(?:ed|ing)?\b|\bhunger strike\b|\b(?:workers|teachers|doctors|nurses|employees|drivers|miners|farmers|students|traders) (?:went|were|are) on strike\b|\bstaged a (?:strike|walkout)\b|\bgathered (?:in front of|outside|at|around|to demand|to protest|to denounce|to call)\b|\bmotorcades?\b|\bcar caravans?\b/,
  },
  // Other forms of demonstration (codebook: protests): marching into the streets, banging pots, chanting, vigils,
  // road blockades. A road blocked by an armed group or the state is no protest (checked on its doer in findCues).
  {
    kind: 'protest',
    pattern:
      /\btook to the streets\b|\bbang(?:ed|ing) (?:pots|pans)\b|\bcacerolazos?\b|\b(?:chant(?:ed|ing)|shout(?:ed|ing)) (?:[\w-]+ ){0,2}slogans\b|\b(?:held|staged|organi[sz]ed) (?:a |an )?(?:candlelight |silent )?vigils?\b|\b(?:road|highway) ?blockades?\b|\bstaged (?:a |an )?blockade\b/,
  },
  {
    kind: 'blockade',
    pattern:
      /\b(?:block(?:ed|ing)|barricad(?:ed|ing)) (?:[\w-]+ ){0,5}?(?:roads?|highways?|streets?|avenues?|bridges?|entrances?|sectors?|junctions?|roundabouts?|railways?|tracks)\b/,
  },
  {
    kind: 'disperse',
    pattern:
      /\bdispers(?:ed|e|ing)\b|\btear ?gas\b|\bwater cannons?\b|\brubber bullets\b|\bbaton[- ]charged?\b|\bbroke up\b|\bpepper spray\b|\bstun grenades\b/,
  },
  // How forces answer a demonstration without naming a weapon ("police intervened", "moved the protesters out by
  // force"); weak, so that an intervention in talks or a market is no event.
  {
    kind: 'disperse',
    pattern:
      /\bintervened\b|\bused (?:excessive |brute )?force\b|\b(?:removed|evicted|moved|pushed|chased) (?:the )?(?:protesters|demonstrators|crowd|participants|group|them)\b|\b(?:were|was) (?:\w+ly )?(?:removed|evicted|chased away|pushed back) by\b|\bre-?open (?:the )?(?:roads?|highway|street)s?\b/,
    isWeak: true,
  },
  {
    kind: 'arrest',
    pattern:
      /\barrest(?:ed|s|ing)?\b|\bdetain(?:ed|s|ing)?\b|\bapprehend(?:ed|s)?\b|\brounded up\b|\btaken into custody\b|\bcaptured (?:a |an |two|three|several|\d)/,
  },
  {
    kind: 'loot',
    pattern:
      /\bloot(?:ed|ing|s)?\b|\bpillag(?:ed|ing)\b|\bransack(?:ed|ing)\b|\b(?:burn(?:ed|t)|torched|set fire to|destroyed|demolished|razed) (?:\w+ ){0,3}(?:houses?|homes?|shops?|property|properties|crops|vehicles?|buildings?|schools?|churches|church|mosques?|trucks?|cars?|tractors?|bulldozers?|farms?|huts?|camps?|tents?|stalls?|kiosks?|markets?|stadiums?|grandstands?|tribunes?|monuments?|statues?|offices?|premises|equipment|machinery|motorcycles?|motorbikes?|buses|boats?|granar(?:y|ies)|barns?|sheds?|warehouses?|stores?|clinics?|hospitals?|temples?|shrines?|ballot boxes|polling (?:stations?|materials))\b/,
  },
  // Destruction and seizure of property without harm to people (codebook: looting/property destruction): arson,
  // buildings and goods destroyed or burned down (also told in the passive), goods and livestock seized or stolen.
  {
    kind: 'loot',
    pattern:
      /\barson(?: attacks?)?\b|\bburn(?:ed|t) down\b|\b(?:set|sets|setting) (?:\w+ ){0,2}(?:on )?fire (?:to )?(?:a |an |the |two |three |several )?(?:[\w-]+ ){0,2}(?:houses?|homes?|shops?|stores?|vehicles?|cars?|trucks?|buildings?|offices?|factory|factories|warehouses?|hotels?|masts?|towers?|stations?|stadium|school)\b|\b(?:destroyed|demolished|razed|bulldozed|damaged) (?:a |an |the )?(?:[\w-]+ ){0,3}(?:airstrips?|greenhouses?|floors?|walls?|stadium|tribunes?|masts?|towers?|antennas?|factory|factories|warehouses?|offices?|stores?|hotels?|bridges?|wells?|fields?|lands?|structures?|shelters?|tents?)\b|\b(?:houses?|homes?|shops?|stores?|vehicles?|cars?|trucks?|tractors?|buildings?|huts?|crops|property) (?:were|was) (?:also )?(?:destroyed|demolished|razed|bulldozed|burned|burnt|torched|set on fire|set ablaze|looted|vandali[sz]ed)\b|\bseiz(?:ed|ing|ure of) (?:more than |over |about |some |nearly )?(?:a |an |one |[\d,.]+ )?(?:[\w-]+ ){0,2}(?:of )?(?:[\w-]+ )?(?:marijuana|cannabis|cocaine|heroin|drugs|narcotics|cigarettes|contraband|smuggled goods|fuel|timber|gold|livestock|cattle|goats|phones|belongings|money)\b|\b(?:stole|stolen|robbed|rustled|raided) (?:\w+ ){0,2}(?:cattle|livestock|goats|cows|camels|sheep)\b|\bcattle (?:raids?|rustling)\b|\bdismantled (?:a |an |the )?(?:[\w-]+ ){0,2}(?:lab|laboratory|laboratories|labs|plantations?)\b/,
  },
  {
    kind: 'agreement',
    pattern:
      /\b(?:signed|agreed (?:to|on|upon)|reached|brokered|announced) (?:a |an |the )?(?:\w+ )?(?:ceasefire|cease-fire|truce|peace (?:deal|agreement|accord)|agreement|deal|accord)\b|\bprisoner (?:exchange|swap)\b|\bexchanged (?:\w+ )?prisoners\b/,
  },
  {
    kind: 'disrupted',
    pattern:
      /\bdefus(?:ed|ing)\b|\bdismantl(?:ed|ing)\b (?:an? )?(?:IED|bomb|explosive|mine)|\b(?:seized|found|discovered|recovered) (?:a |an )?(?:\w+ )?(?:weapons?|arms|ammunition|explosives) (?:cache|depot)?|\bweapons? cache\b|\barms cache\b|\b(?:destroyed|seized|dismantled|confiscated|neutrali[sz]ed) (?:[\w-]+ ){0,4}?(?:weapons?|arms|ammunition|explosives?|munitions) (?:and )?(?:caches?|depots?|stockpiles?|dumps?|stores|workshops?)\b|\bintercepted (?:a |an |two|\w+ )?(?:drone|missile|rocket)s?\b|\bshot down (?:a |an )?(?:[\w-]+ ){0,2}(?:drones?|UAVs?|aircraft|helicopter|jet)\b|\bdeactivated\b|\bcontrolled (?:explosion|detonation)s?\b/,
  },
  // War's leftovers ("a landmine laid during the war", unexploded ordnance): ACLED's "Other", not an attack.
  {
    kind: 'remnant',
    pattern:
      /\bunexploded (?:ordnance|bombs?|shells?|munitions?|mines?|rockets?|devices?)\b|\bUXOs?\b|\b(?:explosive )?remnants? of (?:the )?war\b|\bleft ?over from (?:the )?(?:[\w-]+ ){0,3}(?:war|conflict|fighting)\b|\blaid during (?:the )?(?:[\w-]+ ){0,3}(?:war|conflict)\b|\bleftover (?:mines?|landmines?|shells?|munitions?|ordnance)\b/,
  },
  {
    kind: 'base',
    pattern:
      /\b(?:established|set up|built|opened) (?:a |an |new )?(?:military )?(?:base|headquarters|outpost|checkpoint|camp)s?\b/,
  },
  {
    kind: 'change',
    pattern:
      /\breinforcements?\b|\bdeploy(?:ed|ment|s)\b|\bmobili[sz](?:ed|ation)\b|\brecruit(?:ed|ment|ing)\b|\bpatrol(?:s|led|ling)?\b|\bmilitary build-?up\b|\bmilitary exercises?\b|\bwithdrew (?:its |their )?(?:troops|forces)\b|\bsurrender(?:ed)?\b|\bdefect(?:ed|ion)\b|\bmerg(?:ed|er)\b|\bsplit\b|\bnew leader\b|\bjoined (?:the )?(?:ranks of )?(?:the )?(?:Taliban|group|militants|rebels|insurgents)\b/,
  },
  {
    kind: 'transfer',
    pattern:
      /\bhanded over (?:control|the town|the city|the area|the base|the village)\b|\b(?:withdrew|retreated) from (?:the )?(?:town|city|village|area|base) (?:without|and handed)\b/,
  },
  { kind: 'humanitarian', pattern: humanitarianMove() },
  ...ISSUE10_CUES,
];

/**
 * What makes violence by a crowd a demonstration (ACLED's violent demonstration) rather than mob violence: a
 * demand or a grievance voiced ("to demand food", "in protest at", "chanting slogans").
 */
export const DEMONSTRATION_PURPOSE =
  /\b(?:demand(?:ed|ing|s)?|in protest|protesting|to (?:protest|demonstrate|denounce|condemn|press for|call for|ask for|oppose|reject)|denouncing|condemning|calling for|slogans|grievances?)\b/i;

/**
 * Riot triggers that tell a demonstration by themselves: a violent protest, demonstrators' acts, tyres or debris
 * burned in the street. News calls violent demonstrators "rioters" (measured: reading the word as a mob moved the
 * CASE halves down).
 */
export const DEMONSTRATION_ACT =
  /demonstrat|protest|rioters|tyres|tires|barricades|objects|debris|mattresses|garbage|rubbish|branches/i;

/** Words that make a weak cue ("attack", "shot", "beaten") a violent event rather than a figure of speech. */
export const VIOLENT_CONTEXT =
  /\b(?:snipers?|injuring|wounding|troopers|gendarmes?|gunm[ae]n|armed|militants?|fighters?|rebels?|insurgents?|soldiers?|troops|forces|police(?:men)?|army|militia(?:men|s)?|jihadists?|terrorists?|bandits?|guns?|rifles?|weapons?|knives|knife|machetes?|bullets?|wounded|injured|killed|dead|hospital|civilians?|villagers?|residents?|assailants?|attackers?|suspects?|unidentified|unknown|group|herders|Taliban|Shabaab|Boko Haram|Islamic State|ISIS|ISIL|Daesh|Houthis?|cartel|gang)\b/i;

/** Contexts in which violence words are figures of speech or not political violence at all. */
export const NON_EVENT_CONTEXT =
  /\b(?:earthquakes?|floods?|flooding|storms?|hurricanes?|cyclones?|typhoons?|tornado(?:es)?|landslides?|mudslides?|tsunamis?|wildfires?|avalanches?|heat ?waves?|droughts?|lightning|car crash|road accident|traffic accident|plane crash|train crash|collision|capsized|drowned|overdose|heart attack|panic attack|cyber ?attacks?|shares|stock markets?|stock index|bonds|earnings|league|tournament|championship|football match|striker|midfielder|season|coach|football|soccer|cricket|tennis|olympics?|box office|film|movie|novel|album)\b/i;

/**
 * Natural disasters: a state of emergency or an evacuation declared for them is relief, not political violence
 * or a security measure (ACLED codes neither). Epidemics are not here: ACLED codes their curfews and lockdowns.
 */
export const DISASTER_CONTEXT =
  /\b(?:earthquakes?|floods?|flooding|storms?|snow ?storms?|blizzards?|heavy (?:rains?|snow|snowfall)|hurricanes?|cyclones?|typhoons?|tornado(?:es)?|landslides?|mudslides?|tsunamis?|wildfires?|bush ?fires?|forest fires?|avalanches?|heat ?waves?|droughts?|volcan\w*|eruptions?|weather|natural disasters?)\b/i;

/** Words that make a security measure or a move of migrants only talked about, not done ("considering imposing"). */
export const HEDGE =
  /\b(?:may|might|could|would|should|plans?|planning|planned|consider\w*|threat\w*|propos\w*|mull\w*|weigh\w*|discuss\w*|debat\w*|urg\w*|calls? for|called for|calling for|demand\w*|request\w*|asks? for|asked for|whether|if|unless|possib\w*|likely|expected to|refus\w*|rejected|ruled out|ready to|prepared to|recommend\w*|suggest\w*|seek\w*|sought)\b/i;

/** Negations that cancel a trigger when they stand shortly before it ("denied killing", "no one was killed"). */
export const NEGATION =
  /\b(?:not|no|never|denied|deny|denies|denying|rejected|refuted|without|nobody|none|neither|nor|n't|dismissed (?:claims|reports))\b[^.;]{0,30}$/i;

/** Armed nouns: a victim of this kind makes a killing part of a battle, not violence against civilians. */
export const ARMED_NOUN =
  /\b(?:soldiers?|troops|servicem[ae]n|service members|police(?:m[ae]n|officers?| officers)?|officers?|militants?|fighters?|rebels?|insurgents?|gunm[ae]n|jihadists?|militiam[ae]n|militia members|guards?|combatants?|army|forces|commanders?|members of (?:the )?(?:\w+ )?(?:group|militia|forces|army)|paramilitar(?:y|ies)|terrorists?|bandits?|assailants|attackers|Taliban|Shabaab|Houthis?|mercenaries|recruits|cadres|personnel|positions)\b/i;

/** Words that mark a plural or habitual statement, not one event ("scores of killings", "routinely"). */
export const AGGREGATE =
  /\b(?:scores of (?:attacks|killings|incidents)|hundreds of (?:attacks|killings)|dozens of (?:attacks|killings)|there have been|have been (?:killed|carried out) (?:since|over)|routinely|regularly|frequently|every (?:day|week|month)|on a daily basis|in recent (?:years|months)|over the (?:past|last) (?:\w+ )?(?:years|months|decades)|since (?:the )?(?:start|beginning|summer|spring|autumn|winter|fall|\d{4}))\b/i;

/** Accidents and industry: an explosion beside these words is no attack ("a fireworks warehouse exploded"). */
export const INDUSTRIAL_CONTEXT =
  /\b(?:gas|cylinders?|boilers?|fuel|tankers?|pipelines?|factory|factories|industrial|plants?|refinery|warehouses?|storage|chemicals?|toxic|solvents?|fireworks?|transformers?|oxygen|kitchen|coal ?mines?|mining|leaks?|short circuit|accident\w*)\b/i;

/**
 * Weapons of others taken ("seized eight hand grenades", "found a cache of explosives"): no use of them but its
 * disruption (codebook). Read apart from CUES, so that the weapon named inside is no weapon used.
 */
export const SEIZED_WEAPONS =
  /\b(?:seized|found|discovered|recovered|confiscated|located|unearthed) (?:a |an |the )?(?:[\w,.-]+ ){0,3}(?:of )?(?:weapons?|arms|ammunition|explosives?|rifles?|guns?|hand-?grenades?|grenades?|mines?|landmines?|IEDs?|rockets?|mortar (?:shells|rounds)|bombs?)\b/gi;
