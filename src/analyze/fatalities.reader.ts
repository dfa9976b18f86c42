// Reads the number killed out of one sentence, following ACLED's conservative conventions for vague counts.
import { CIVILIAN_NOUN } from './actors.lexicon.js';
import { matchesOf } from './pattern.matcher.js';

const UNITS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  single: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  'a hundred': 100,
  'a dozen': 12,
  dozen: 12,
  dozens: 12,
  'a couple of': 2,
  couple: 2,
  both: 2,
  // ACLED codebook: "several", "many" and plural mentions without a number are coded 10, "hundreds" 100.
  several: 10,
  many: 10,
  multiple: 10,
  numerous: 10,
  hundreds: 100,
  'a few': 3,
  few: 3,
  'a handful of': 3,
};

const NUMBER_WORD = Object.keys(UNITS)
  .sort((a, b) => b.length - a.length)
  .join('|');
const NUMBER = `(?:\\d{1,3}(?:,\\d{3})+|\\d+|(?:one|two|three|four|five|six|seven|eight|nine) hundred|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(?:one|two|three|four|five|six|seven|eight|nine)|${NUMBER_WORD})`;
const QUALIFIER =
  '(?:between |at least |as many as |all |all of the |some |about |around |roughly |nearly |almost |more than |over |up to |an estimated |a total of |another |other |the bodies of )?';
// "Between 7 and 12" is a range as "7-12" is: ACLED takes the lower bound.
const COUNT = `${QUALIFIER}(${NUMBER})(?:\\s*(?:-|–|to|or)\\s*${NUMBER}|(?<=between \\S+) and ${NUMBER})?`;
const KILL_VERB =
  '(?:killed|killing|kills|shot (?:\\w+ ){0,2}?dead|gunned down|executed|executing|murdered|slain|slew|beheaded|massacred|assassinated|stoned (?:\\w+ ){0,2}?to death|(?:stabbed|beaten|hacked|burned|burnt|tortured|shot|lynched|clubbed) (?:\\w+ ){0,3}?to death|burn(?:ed|t) (?:\\w+ )?alive|set (?:him|her) on fire)';
// The passive and participle forms only: after a count, "killing" or "kills" starts another clause ("wounding
// seven villagers and killing one").
const KILLED =
  '(?:killed|shot (?:\\w+ly )?dead|gunned down|executed|murdered|slain|beheaded|massacred|assassinated|stoned (?:\\w+ly )?to death|(?:stabbed|beaten|hacked|burned|burnt|tortured|shot|lynched|clubbed) (?:\\w+ly )?to death|burn(?:ed|t) (?:\\w+ly )?alive)';
// Words between a count and its verb, never across a clause ("5 houses were burned and the owner was killed").
const WORDS =
  "(?:(?!(?:or|were|was|is|are|had|has|have|but|while|when|after|before|as)\\b|and (?:the|an?|his|her|their|its|\\d))[\\w'’-]+ ){0,10}?";
const PASSIVE =
  '(?:were |was |have been |has been |had been |are |is |got |being |have |has |had )?(?:reportedly |allegedly |also |later |all |both |found |reported |confirmed )?(?:[a-z]+(?:ed|en|ot) and )?';
// Animals, property and units are not fatalities ("killed 15 livestock").
const NOT_A_COUNT =
  /^(?:(?:(?:unknown|unspecified|undisclosed|unconfirmed|undetermined) )?number|group|times|years?|days?|hours?|km|kilometres|kilometers|miles|metres|meters|percent|%|am|pm|a\.m|p\.m|injured|wounded|hurt|(?:head of )?(?:cattle|cows?|goats?|sheep|camels?|livestock|animals?|donkeys?|horses?|chickens?|pigs?|dogs?))\b/i;

const AFTER_VERB = new RegExp(
  `\\b${KILL_VERB} (and (?:injur|wound)(?:ed|ing) )?(?:of )?["“]?${COUNT}["”]?\\b((?: [\\w'’-]+){0,4})`,
  'gi',
);
// "At least 12 people, including three children, were killed", "3 civilians including a commander were
// killed", "two farmers who tried to run away were shot dead": what stands between the count and the verb.
const APPOSITION =
  "(?:[\\w'’-]+, (?:including|among them|among whom|most of them|many of them|mostly|all of them)\\b[^,;.]{0,60}, |(?:including|among them|mostly) (?:[\\w'’-]+ ){1,5}?|(?:who|that) (?:[\\w'’-]+ ){1,7}?)?";
// A count before the verb, the verb not coordinated with an active clause ("burned 20 huts and killed 15").
const BEFORE_VERB = new RegExp(
  `\\b${COUNT} (${WORDS}${APPOSITION})${PASSIVE}(?<!\\b(?![a-z]+ed |shot |beaten |taken )[\\w'’-]+ and )(?:${KILLED}|died|dead|lost (?:their|his|her) li(?:ves|fe))\\b`,
  'gi',
);
const PASSIVE_AUX = /\b(?:were|was|been|are|is|got|being)\b/i;
// An object after the verb: a determiner, a pronoun, or a count that is not the injured ("1 killed 3 injured").
const OBJECT = new RegExp(
  `^ (?:(?:an?|his|her|their|its|him|them|several|dozens|many|at least)\\b|the (?!(?:day|night|week|month|morning|evening|afternoon|previous|following|same|next)\\b)|${NUMBER}\\b(?! (?:were |was |others? |more )?(?:injured|wounded|hurt)\\b))`,
  'i',
);
const NOUN_COUNT = new RegExp(
  `\\b${COUNT} ((?:[\\w-]+ ){0,2}?)(?:dead|deaths?|fatalit(?:y|ies)|bodies)\\b`,
  'gi',
);
// "3 policemen, 2 militiamen and 1 soldier were killed", "25 rebels and 6 soldiers dead": listed groups add up.
const GROUP = `${COUNT}(?! (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\b)(?: [\\w-]+){1,3}?`;
const LISTED_BEFORE_VERB = new RegExp(
  `\\b${GROUP}(?:, ${GROUP})*,? and ${COUNT}(?:(?: [\\w-]+){1,3}? ${PASSIVE}${KILLED}\\b|(?: [\\w-]+){0,2}? (?:fatalities|deaths|dead)\\b)`,
  'gi',
);
const LISTED_COUNT = new RegExp(`(?:^|, |,? and )${COUNT}`, 'gi');
// "killing two soldiers and three civilians": a further group after the first count.
const LISTED_AFTER = new RegExp(`^(?: [\\w'’-]+){0,3}? (?:and|as well as) ${COUNT}\\b`, 'i');
// "Claimed the lives of 12 people", "killing himself and 4 others" (the attacker is one of the dead).
const LIVES = new RegExp(
  `\\b(?:claim(?:ed|ing|s)|took|taking|cost(?:ing)?) the li(?:ves|fe) of ${COUNT}\\b`,
  'gi',
);
const SELF_AND = new RegExp(`\\b(?:killing|killed) (?:himself|herself) and ${COUNT}\\b`, 'gi');
const TOLL = new RegExp(`\\b(?:death )?toll (?:\\w+ ){0,3}?(?:to|of|at|reached) ${COUNT}\\b`, 'gi');
// "Officials said 4 were killed, while residents put the toll at 11": two sources' counts in one sentence.
const CONFLICT =
  /\b(?:while|whereas|but|however|although|though|other sources|others (?:said|put|gave))\b[^.;]{0,80}\b(?:put|gave|said|say|says|reported|claimed|counted|toll)\b|\b(?:put|gave|said|reported|claimed) (?:the )?(?:death )?toll (?:at|as)\b[^.;]{0,80}\b(?:while|whereas|but|however)\b/i;
const SINGULAR_VICTIM = new RegExp(
  `\\b(?:${KILL_VERB}) (?:his|her|their|its|the|a|an)(?: own| \\d+-year-old| young| elderly| local| former)? (?:${CIVILIAN_NOUN}|soldier|officer|policeman|fighter|commander|member|leader)\\b|\\b(?:a|an|the|one)(?: \\d+-year-old| young| elderly| local| former)? (?:${CIVILIAN_NOUN}|soldier|officer|policeman|fighter|commander|member|leader) (?:was |had been |has been )(?:\\w+ )?${KILL_VERB}|\\b(?:shot|stabbed|killed|executed|burned|set) (?:him|her) (?:dead|to death|on fire|alive)`,
  'i',
);
// A singular passive ("a former councillor was shot and killed", "the suspect was found dead") or a singular
// outcome ("leaving the driver dead", "resulting in his death"): one death.
const SINGULAR_PASSIVE = new RegExp(
  `\\b(?:stabbed|beaten|hacked|burned|burnt|tortured|shot|lynched|clubbed|stoned) (?:a|an|the|his|her|one) (?:[\\w'’-]+ ){0,2}?(?:to death|dead)\\b|\\b(?:was|has been|had been) (?:\\w+ ){0,6}?(?:${KILLED}|found dead)\\b|\\bleaving (?:him|her|the [\\w-]+|an? [\\w-]+) (?:dead|${KILLED})\\b|\\b(?:resulting in|resulted in|causing|caused|led to|leading to) (?:his|her|one|a single) death\\b`,
  'i',
);
// "The district head and his bodyguard were killed", "killed a commander and his son": two singular victims.
const PAIR = new RegExp(
  `\\b(?:a|an|the|his|her) (?:[\\w'’-]+ ){0,5}?and (?:his|her|their|a|an|the) (?:[\\w'’-]+ ){0,2}?(?:(?:were|have been|had been) (?:\\w+ ){0,2}?(?:${KILLED}|found dead)|(?:later )?died)\\b|\\b${KILL_VERB} (?:a|an|the|his|her) (?:[\\w'’-]+ ){0,5}?and (?:his|her|their) [\\w'’-]+`,
  'i',
);
// "Killed an unspecified number", "killing and injuring a number of fighters", "incurring fatalities": ACLED
// codes plural deaths without a number as 10.
const VAGUE_DEATHS = new RegExp(
  `\\b(?:(?:an? )?(?:unknown|unspecified|undisclosed|unconfirmed|undetermined|unclear) number of|a number of)(?: [\\w'’-]+){0,3}? (?:fatalities|deaths|dead|casualties|bodies|[\\w-]+ (?:were |was )?${KILL_VERB})|\\b${KILL_VERB} (?:an? )?(?:unknown|unspecified|undisclosed|unconfirmed|undetermined) number\\b|\\b(?:killing(?: and (?:injuring|wounding))?|killed(?: and (?:injured|wounded))?) (?:an? )?(?:number|group) of\\b|\\b(?:incurring|incurred|causing|caused|resulting in|resulted in|inflicting|inflicted|suffering|suffered|leaving|left|with) (?:heavy |several |many |multiple |some )?(?:fatalities|deaths)\\b`,
  'i',
);
// "The victim died", "a man from the town died of torture", "the body of a man was found": one death without
// a number (ACLED codes a found body as 1).
const ONE_DEATH = new RegExp(
  `\\b(?:the|a|an|one) (?:[\\w'’-]+ ){0,8}?(?:later |subsequently |reportedly |also )?(?:died|succumbed)\\b|\\b(?:the )?(?:dead )?body of (?:a|an|the|one)\\b|\\b(?:an?|the) (?:[\\w'’-]+ ){0,2}?(?:body|corpse) (?:was|has been) found\\b`,
  'i',
);
const NONE_KILLED =
  /\b(?:no (?:one|body|deaths?|fatalit(?:y|ies)|casualties|injuries|one was (?:killed|hurt|injured))|nobody was (?:killed|hurt)|without (?:casualties|fatalities|injuries)|no-one was (?:killed|hurt)|no (?:immediate |further )?(?:reports?|information) (?:of|on|about) (?:any )?(?:fatalities|casualties|deaths|injuries)|neither (?:fatalities|deaths|casualties)|no (?:people|persons|civilians) (?:were |was )?(?:reported )?(?:killed|injured|hurt))\b/i;

// Clauses whose deaths belong to another event: attempts ("tried to set him on fire"), a protest's grievance
// ("over the killing of a driver", "to honour the dead"), the victim of an earlier event named in a relative
// clause ("a man who died of his injuries"), and a dated earlier attack ("the group's 2017 attack, which
// killed 39").
const OTHER_EVENT = new RegExp(
  [
    `\\b(?:tried|tries|trying|attempted|attempting|attempts|threatened|threatening|threatens) (?:to )?(?:\\w+ ){0,2}?(?:kill|murder|shoot|behead|execute|set)\\w*\\b[^,;.]*`,
    `\\b(?:over|against|for|into|about|protesting|condemning|denouncing|mourning|mourn|honou?r(?:ing)?|commemorat(?:e|ing)|following|after) (?:the )?(?:recent |alleged |suspicious |reported )?(?:death(?:s)?(?! toll)|killings?|murders?|dead)\\b[^,;.]*`,
    `\\b(?:who|whom) (?:had |has |have )?(?:was |were |been )?(?:\\w+ )?(?:died|${KILLED}|lost (?:their|his|her) li(?:ves|fe))\\b[^,;.]*`,
    // "After a man died", "because two guards were killed": a death told as the cause of this event.
    `\\b(?:after|because|since) (?!being\\b)(?:[\\w'’-]+ ){1,8}?(?:died|(?:was|were|had been) (?:\\w+ )?${KILLED})\\b[^,;.]*`,
    // Deaths by disease or accident, and animals killed, are no fatalities of political violence.
    `\\b(?:[\\w'’-]+ ){0,6}?(?:died|dead|deaths?) (?:due to|from|of) (?:the )?(?:coronavirus|covid(?:-19)?|virus|disease|illness|natural causes|cholera|ebola|malaria|hunger|starvation)\\b[^,;.]*`,
    `\\b(?:killed|killing|slaughtered) (?:\\S+ ){0,2}?(?:head of )?(?:cattle|cows?|goats?|sheep|camels?|livestock|animals?|donkeys?|horses?|chickens?|pigs?|dogs?)\\b`,
    // "Killed or injured 2", "killed, injured or captured": casualties whose deaths are not told apart.
    `\\b(?:killed|killing)(?:, (?:injured|injuring|wounded|wounding|captured|capturing|arrested))*,? or (?:injured|injuring|wounded|wounding|captured|capturing|arrested)\\b`,
  ].join('|'),
  'gi',
);
// A dated earlier attack ("the group's 2017 attack, which killed 39"): its deaths are the news only when the
// earlier attack is itself the event being coded (a background incident).
const DATED_EARLIER =
  /\b(?:the|its|their|[\w-]+'s) (?:[\w'’-]+ ){0,2}?(?:19|20)\d\d\b[^;.]{0,80}?,? (?:which|that) (?:\w+ ){0,2}?(?:killed|left)\b[^;.]*/gi;
// "2 other policemen were killed", "4 militants were also killed": deaths told as adding to a count given before.
const ADDITIONAL = new RegExp(
  `\\b(?:were|was|have been|had been) also (?:\\w+ )?(?:${KILLED}|found dead)\\b|\\balso (?:${COUNT}|${KILL_VERB})\\b|\\b(?:${NUMBER} (?:other|more|further|additional)|(?:another|a further|an additional) ${NUMBER}) (?:[\\w'’-]+ ){0,3}?(?:were |was |have been |had been )?(?:also )?(?:${KILLED}|died|dead)\\b`,
  'i',
);

/** A count of fatalities with the sentence it was read from. */
export interface FatalityCount {
  count: number;
  /** True for "no one was killed": a known zero rather than no information. */
  isExplicitZero: boolean;
  /** True when the sentence tells further deaths ("two more soldiers were also killed"), to add to another count. */
  isAdditional: boolean;
}

/**
 * Fatalities mentioned in a sentence: the lower bound of ranges, ACLED's readings of vague words ("dozens"
 * 12, "several" 10), 1 for a single named victim ("executed his mother"); undefined when the sentence gives
 * none. Injured, arrested and abducted people are never counted, nor deaths of another event the sentence
 * names (a protest's grievance, an earlier attack).
 */
export function readFatalities(
  sentence: string,
  options: { ofEarlierEvent?: boolean } = {},
): FatalityCount | undefined {
  if (sentence.length > 2000) return undefined;
  // Parentheses hold breakdowns and alternative names ("5 civilians (2 men and 3 women) were killed").
  const unbracketed = sentence.replace(/\s*\([^()]{0,160}\)/g, '').replace(OTHER_EVENT, ' ');
  const text = options.ofEarlierEvent === true ? unbracketed : unbracketed.replace(DATED_EARLIER, ' ');
  let best = -1;
  // Counts that sources dispute: ACLED takes the lowest (its conservative rule), else the largest reading.
  const counts: number[] = [];
  const consider = (raw: string | undefined, rest = ''): void => {
    if (raw === undefined) return;
    if (NOT_A_COUNT.test(rest.trim())) return;
    const value = toNumber(raw);
    if (value === undefined) return;
    counts.push(value);
    if (value > best) best = value;
  };
  for (const m of matchesOf(AFTER_VERB, text)) {
    const rest = m[3] ?? '';
    // "killing two soldiers and three civilians": sum the listed groups.
    let sum = toNumber(m[2] ?? '') ?? 0;
    if (NOT_A_COUNT.test(rest.trim())) continue;
    const more = text.slice((m.index ?? 0) + m[0].length - rest.length).match(LISTED_AFTER);
    if (more !== null) sum += toNumber(more[1] ?? '') ?? 0;
    // "Killing and injuring 20": the dead and the hurt in one figure; ACLED codes half of it as dead.
    if (m[1] !== undefined) sum = Math.max(1, Math.floor(sum / 2));
    counts.push(sum);
    if (sum > best) best = sum;
  }
  for (const m of matchesOf(BEFORE_VERB, text)) {
    // "2 of the dead were soldiers" is a part of another count, not a rival figure.
    if (/^\s*of (?:the|them|whom|those)\b/i.test(m[0].slice(m[0].indexOf(m[1] ?? '') + (m[1] ?? '').length)))
      continue;
    // "Two gunmen shot and killed a trader": without an auxiliary and with an object, the count is the killers.
    const after = text.slice((m.index ?? 0) + m[0].length);
    if (!PASSIVE_AUX.test(m[0]) && OBJECT.test(after)) continue;
    consider(m[1], m[2]);
  }
  for (const m of matchesOf(NOUN_COUNT, text)) {
    if (/^of (?:the|them|whom|those)\b/i.test(m[2] ?? '')) continue;
    consider(m[1], m[2]);
  }
  for (const m of matchesOf(LISTED_BEFORE_VERB, text)) {
    let sum = 0;
    for (const c of matchesOf(LISTED_COUNT, m[0])) sum += toNumber(c[1] ?? '') ?? 0;
    if (sum > best) best = sum;
  }
  for (const m of matchesOf(TOLL, text)) consider(m[1]);
  for (const m of matchesOf(LIVES, text)) consider(m[1]);
  for (const m of matchesOf(SELF_AND, text)) {
    const others = toNumber(m[1] ?? '');
    if (others !== undefined && others + 1 > best) best = others + 1;
  }
  if (new Set(counts).size > 1 && CONFLICT.test(text)) best = Math.min(...counts);
  if (best < 0 && VAGUE_DEATHS.test(text)) best = 10;
  if (best < 2 && PAIR.test(text)) best = 2;
  if (best < 1 && (SINGULAR_VICTIM.test(text) || SINGULAR_PASSIVE.test(text) || ONE_DEATH.test(text)))
    best = 1;
  // A toll is a total, never a further count.
  const isAdditional = ADDITIONAL.test(text) && !/\btoll\b/i.test(text);
  if (best >= 0) return { count: best, isExplicitZero: false, isAdditional };
  if (NONE_KILLED.test(text)) return { count: 0, isExplicitZero: true, isAdditional: false };
  return undefined;
}

// "Fatalities coded as 0 (one outlet reported 2)", "total fatalities counted as 5": the report names the figure it
// adopts after weighing its sources, which overrides every count it quotes.
const ADOPTED = new RegExp(
  `\\bfatalit(?:y|ies) (?:(?:are|were|is|was|have been|has been) )?(?:coded|counted|recorded|taken) as (${NUMBER})\\b`,
  'gi',
);
// "2 fatalities." standing alone, "(a total of 12 fatalities)": the report sums its toll up. Only in these two
// shapes: "a total of 300 deaths since January" in running text is a tally of many events.
const TOTAL = new RegExp(
  `^\\s*(${NUMBER}) (?:fatalities|deaths)\\.?\\s*$|\\((?:a )?total of (${NUMBER}) (?:fatalities|deaths|dead)\\)`,
  'i',
);

/**
 * The fatality figure a report says it adopts over the counts it quotes, from any of its sentences: "fatalities
 * coded as 0 (one outlet reported 2)", "total fatalities counted as 5", a closing "2 fatalities." or "(a total of
 * 12 fatalities)". Undefined when it names none, or one per event ("coded as 5 in one event and 10 in another").
 */
export function readAdoptedToll(sentences: readonly string[]): number | undefined {
  const adopted = new Set<number>();
  for (const sentence of sentences) {
    if (sentence.length > 2000) continue;
    const total = TOTAL.exec(sentence);
    const totalValue = total === null ? undefined : toNumber(total[1] ?? total[2] ?? '');
    if (totalValue !== undefined) adopted.add(totalValue);
    for (const m of matchesOf(ADOPTED, sentence)) {
      // "Coded as 2 in one event and 6 in the other": a figure per event does not say which one this is.
      if (/^ in (?:one|the first|each)\b/i.test(sentence.slice((m.index ?? 0) + m[0].length)))
        return undefined;
      const value = toNumber(m[1] ?? '');
      if (value !== undefined) adopted.add(value);
    }
  }
  return adopted.size === 1 ? [...adopted][0] : undefined;
}

const DEATH_WORD = new RegExp(
  `\\b(?:${KILL_VERB}|died|dead|deaths?|fatalities|fatally|(?:lost (?:their|his|her)|the) li(?:ves|fe)(?: of)?|bod(?:y|ies))\\b`,
  'i',
);

/**
 * Whether a sentence says people died ("killed an unknown number", "there were deaths") without a count that
 * readFatalities could read. ACLED codes an event without reported deaths as 0 fatalities; only such a
 * sentence leaves the count unknown (null).
 */
export function mentionsDeaths(sentence: string): boolean {
  if (sentence.length > 2000) return false;
  const text = sentence.replace(OTHER_EVENT, ' ');
  return DEATH_WORD.test(text) && !NONE_KILLED.test(text);
}

function toNumber(raw: string): number | undefined {
  const text = raw.toLowerCase().trim();
  if (/^\d/.test(text)) {
    const n = Number(text.replace(/,/g, ''));
    // Four-digit numbers next to a kill verb are years more often than tolls ("killed in 2014").
    return Number.isFinite(n) && !(n >= 1900 && n <= 2100) ? n : undefined;
  }
  const hundreds = /^(\w+) hundred$/.exec(text);
  if (hundreds !== null) return (UNITS[hundreds[1] ?? ''] ?? 1) * 100;
  const hyphen = /^(\w+)-(\w+)$/.exec(text);
  if (hyphen !== null) return (UNITS[hyphen[1] ?? ''] ?? 0) + (UNITS[hyphen[2] ?? ''] ?? 0);
  return UNITS[text];
}
