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
const NUMBER = `(?:\\d{1,3}(?:,\\d{3})+|\\d+|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(?:one|two|three|four|five|six|seven|eight|nine)|${NUMBER_WORD})`;
const QUALIFIER =
  '(?:between |at least |as many as |some |about |around |roughly |nearly |almost |more than |over |up to |an estimated |a total of |another |other |the bodies of )?';
// "Between 7 and 12" is a range as "7-12" is: ACLED takes the lower bound.
const COUNT = `${QUALIFIER}(${NUMBER})(?:\\s*(?:-|–|to|or)\\s*${NUMBER}|(?<=between \\S+) and ${NUMBER})?`;
const KILL_VERB =
  '(?:killed|killing|kills|shot (?:\\w+ )?dead|gunned down|executed|executing|murdered|slain|slew|beheaded|massacred|assassinated|stoned (?:\\w+ )?to death|(?:stabbed|beaten|hacked|burned|burnt|tortured|shot|lynched|clubbed) (?:\\w+ )?to death|burn(?:ed|t) (?:\\w+ )?alive|set (?:him|her) on fire)';
const WORDS = "(?:[\\w'’-]+ ){0,4}?";
const PASSIVE =
  '(?:were |was |have been |has been |had been |are |is |got |being )?(?:reportedly |allegedly |also |later |all |both )?';

const AFTER_VERB = new RegExp(
  `\\b${KILL_VERB} (?:and (?:injured|wounded) )?(?:of )?${COUNT}\\b((?: [\\w'’-]+){0,4})`,
  'gi',
);
// "At least 12 people, including three children, were killed": an apposition between the count and the verb.
const APPOSITION =
  "(?:[\\w'’-]+, (?:including|among them|among whom|most of them|many of them|mostly|all of them)\\b[^,;.]{0,60}, )?";
const BEFORE_VERB = new RegExp(
  `\\b${COUNT} ${WORDS}${APPOSITION}${PASSIVE}(?:${KILL_VERB}|died|dead|lost (?:their|his|her) li(?:ves|fe))\\b`,
  'gi',
);
const NOUN_COUNT = new RegExp(
  `\\b${COUNT} (?:people |persons |civilians |soldiers )?(?:dead|deaths|fatalit(?:y|ies)|bodies)\\b`,
  'gi',
);
// "5 soldiers and 1 officer were killed": the listed groups add up.
const LISTED_BEFORE_VERB = new RegExp(
  `\\b${COUNT} (?:[\\w-]+ ){1,2}and ${COUNT} (?:[\\w-]+ ){1,2}${PASSIVE}${KILL_VERB}\\b`,
  'gi',
);
// "killing two soldiers and three civilians": a further group after the first count.
const LISTED_AFTER = new RegExp(`^(?: [\\w'’-]+){0,3}? (?:and|as well as) ${COUNT}\\b`, 'i');
const TOLL = new RegExp(`\\b(?:death )?toll (?:\\w+ ){0,3}?(?:to|of|at|reached) ${COUNT}`, 'gi');
// "Officials said 4 were killed, while residents put the toll at 11": two sources' counts in one sentence.
const CONFLICT =
  /\b(?:while|whereas|but|however|although|though|other sources|others (?:said|put|gave))\b[^.;]{0,80}\b(?:put|gave|said|say|says|reported|claimed|counted|toll)\b|\b(?:put|gave|said|reported|claimed) (?:the )?(?:death )?toll (?:at|as)\b[^.;]{0,80}\b(?:while|whereas|but|however)\b/i;
const SINGULAR_VICTIM = new RegExp(
  `\\b(?:${KILL_VERB}) (?:his|her|their|its|the|a|an)(?: own| \\d+-year-old| young| elderly| local| former)? (?:${CIVILIAN_NOUN}|soldier|officer|policeman|fighter|commander|member|leader)\\b|\\b(?:a|an|the|one)(?: \\d+-year-old| young| elderly| local| former)? (?:${CIVILIAN_NOUN}|soldier|officer|policeman|fighter|commander|member|leader) (?:was |had been |has been )(?:\\w+ )?${KILL_VERB}|\\b(?:shot|stabbed|killed|executed|burned|set) (?:him|her) (?:dead|to death|on fire|alive)`,
  'i',
);
// "Killed an unspecified number", "a number of fatalities": ACLED codes plural deaths without a number as 10.
const VAGUE_DEATHS = new RegExp(
  `\\b(?:(?:an? )?(?:unknown|unspecified|undisclosed|unconfirmed|undetermined|unclear) number of|a number of)(?: [\\w'’-]+){0,3}? (?:fatalities|deaths|dead|casualties|bodies|[\\w-]+ (?:were |was )?${KILL_VERB})|\\b${KILL_VERB} (?:and (?:injured|wounded) )?(?:an? )?(?:unknown|unspecified|undisclosed|unconfirmed|undetermined) number\\b`,
  'i',
);
// "The victim died", "the body of a man was found": one death without a number (ACLED codes a found body as 1).
const ONE_DEATH = new RegExp(
  `\\b(?:the|a|an|one) (?:victim|${CIVILIAN_NOUN}|soldier|officer|policeman|fighter|demonstrator|protester|prisoner) (?:later |subsequently |reportedly )?(?:died|succumbed)\\b|\\b(?:the )?(?:dead )?body of (?:a|an|the|one)\\b`,
  'i',
);
const NONE_KILLED =
  /\b(?:no (?:one|body|deaths?|fatalities|casualties|injuries|one was (?:killed|hurt|injured))|nobody was (?:killed|hurt)|without (?:casualties|fatalities|injuries)|no-one was (?:killed|hurt))\b/i;
const NOT_A_COUNT =
  /^(?:(?:unknown|unspecified|undisclosed|unconfirmed|undetermined) number|of them|of whom|times|years?|days?|hours?|km|kilometres|kilometers|miles|metres|meters|percent|%|am|pm|a\.m|p\.m)\b/i;

/** A count of fatalities with the sentence it was read from. */
export interface FatalityCount {
  count: number;
  /** True for "no one was killed": a known zero rather than no information. */
  isExplicitZero: boolean;
}

/**
 * Fatalities mentioned in a sentence: the lower bound of ranges, ACLED's readings of vague words ("dozens"
 * 12, "several" 10), 1 for a single named victim ("executed his mother"); undefined when the sentence gives
 * none. Injured, arrested and abducted people are never counted.
 */
export function readFatalities(sentence: string): FatalityCount | undefined {
  if (sentence.length > 2000) return undefined;
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
  for (const m of matchesOf(AFTER_VERB, sentence)) {
    const rest = m[2] ?? '';
    // "killing two soldiers and three civilians": sum the listed groups.
    let sum = toNumber(m[1] ?? '') ?? 0;
    if (NOT_A_COUNT.test(rest.trim())) continue;
    const more = sentence.slice((m.index ?? 0) + m[0].length - rest.length).match(LISTED_AFTER);
    if (more !== null) sum += toNumber(more[1] ?? '') ?? 0;
    counts.push(sum);
    if (sum > best) best = sum;
  }
  for (const m of matchesOf(BEFORE_VERB, sentence)) {
    // "2 of the dead were soldiers" is a part of another count, not a rival figure.
    if (/^\s*of (?:the|them|whom|those)\b/i.test(m[0].slice(m[0].indexOf(m[1] ?? '') + (m[1] ?? '').length)))
      continue;
    consider(m[1]);
  }
  for (const m of matchesOf(NOUN_COUNT, sentence)) consider(m[1]);
  for (const m of matchesOf(LISTED_BEFORE_VERB, sentence)) {
    const sum = (toNumber(m[1] ?? '') ?? 0) + (toNumber(m[2] ?? '') ?? 0);
    if (sum > best) best = sum;
  }
  for (const m of matchesOf(TOLL, sentence)) consider(m[1]);
  if (new Set(counts).size > 1 && CONFLICT.test(sentence)) best = Math.min(...counts);
  if (best < 0 && VAGUE_DEATHS.test(sentence)) best = 10;
  if (best < 1 && (SINGULAR_VICTIM.test(sentence) || ONE_DEATH.test(sentence))) best = 1;
  if (best >= 0) return { count: best, isExplicitZero: false };
  if (NONE_KILLED.test(sentence)) return { count: 0, isExplicitZero: true };
  return undefined;
}

const DEATH_WORD = new RegExp(
  `\\b(?:${KILL_VERB}|died|dead|deaths?|fatalities|fatally|lost (?:their|his|her) li(?:ves|fe)|bod(?:y|ies))\\b`,
  'i',
);

/**
 * Whether a sentence says people died ("killed an unknown number", "there were deaths") without a count that
 * readFatalities could read. ACLED codes an event without reported deaths as 0 fatalities; only such a
 * sentence leaves the count unknown (null).
 */
export function mentionsDeaths(sentence: string): boolean {
  if (sentence.length > 2000) return false;
  const text = sentence.replace(
    /\b(?:denied|deny|denies|threatened|threatening|threats?|tried|attempted|tries) (?:to )?(?:have )?(?:\w+ )?(?:killing|kill(?:ed)?|murder(?:ing|ed)?)\b/gi,
    ' ',
  );
  return DEATH_WORD.test(text) && !NONE_KILLED.test(text);
}

function toNumber(raw: string): number | undefined {
  const text = raw.toLowerCase().trim();
  if (/^\d/.test(text)) {
    const n = Number(text.replace(/,/g, ''));
    // Four-digit numbers next to a kill verb are years more often than tolls ("killed in 2014").
    return Number.isFinite(n) && !(n >= 1900 && n <= 2100) ? n : undefined;
  }
  const hyphen = /^(\w+)-(\w+)$/.exec(text);
  if (hyphen !== null) return (UNITS[hyphen[1] ?? ''] ?? 0) + (UNITS[hyphen[2] ?? ''] ?? 0);
  return UNITS[text];
}
