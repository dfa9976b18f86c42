// The learned event typer's view of a snippet, shared by its training script and its runtime: the labels it
// knows, and the words and word pairs it reads, with names, numbers and dates folded to class tokens.
import { SUB_EVENT_TYPES, type SubEventType } from '../core/acled.js';
import type { ActorKind } from '../core/acled.js';
import { NAMED_ACTORS } from './actors.lexicon.js';
import { OUT_OF_SCOPE_KINDS, type OutOfScopeKind } from './event-scope.classifier.js';

/** The model file's format tag; a file of another format is refused rather than misread. */
export const MODEL_FORMAT = 'sitrep-event-model/1';

/** What the model tells: one of ACLED's 25 sub-event types, or one of the five kinds of report ACLED does not code. */
export const EVENT_MODEL_LABELS = [...SUB_EVENT_TYPES, ...OUT_OF_SCOPE_KINDS] as const;
export type EventModelLabel = SubEventType | OutOfScopeKind;

/** True for the five labels that mean "no incident". */
export function isOutOfScopeLabel(label: EventModelLabel): label is OutOfScopeKind {
  return (OUT_OF_SCOPE_KINDS as readonly string[]).includes(label);
}

const slug = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, '-');

/**
 * The corpus file name (without ".txt") that holds a label's snippets, as training/event-typing names them:
 * the sub-event type lower-cased with every run of other characters as "-" ("Air/drone strike" is
 * "air-drone-strike"), and "out-of-scope-" before an out-of-scope kind ("out-of-scope-man-made-disaster").
 */
export function labelSlug(label: EventModelLabel): string {
  return isOutOfScopeLabel(label) ? `out-of-scope-${slug(label)}` : slug(label);
}

const BY_SLUG = new Map<string, EventModelLabel>(EVENT_MODEL_LABELS.map((l) => [labelSlug(l), l]));

/** The label a corpus file name (without ".txt") stands for, or undefined for a name outside the 30. */
export function getLabelBySlug(name: string): EventModelLabel | undefined {
  return BY_SLUG.get(name);
}

// Named groups are folded to their ACLED kind, so that the model learns what a rebel group does rather than
// what one group did in the corpus; a private-use character marks the fold, which no word contains.
const ACTOR_MARK = '\uE000';
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const KINDS_IN_ORDER: readonly ActorKind[] = [...new Set(NAMED_ACTORS.map((a) => a.kind))];
const patternsOf = (pick: (a: (typeof NAMED_ACTORS)[number]) => readonly string[] | undefined) =>
  KINDS_IN_ORDER.map((kind) =>
    NAMED_ACTORS.filter((a) => a.kind === kind)
      .flatMap((a) => pick(a) ?? [])
      .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
      .map(escape)
      .join('|'),
  );
const INSENSITIVE = patternsOf((a) => a.patterns);
const SENSITIVE = patternsOf((a) => a.caseSensitive);
// One alternation with a group per kind: a single pass finds the longest name at each place.
const NAMED = new RegExp(
  `(?<![\\w-])(?:${KINDS_IN_ORDER.map((_, i) => `(${INSENSITIVE[i] || '(?!)'})`).join('|')})(?![\\w-])`,
  'gi',
);
const NAMED_SENSITIVE = new RegExp(
  `(?<![\\w-])(?:${KINDS_IN_ORDER.map((_, i) => `(${SENSITIVE[i] || '(?!)'})`).join('|')})(?![\\w-])`,
  'g',
);

const foldActors = (text: string, pattern: RegExp): string =>
  text.replace(pattern, (...groups: unknown[]) => {
    const index = groups.slice(1, 1 + KINDS_IN_ORDER.length).findIndex((g) => g !== undefined);
    return ` ${ACTOR_MARK}${String.fromCharCode(97 + index)} `;
  });

const TOKEN = /\uE000[a-z]|\p{L}[\p{L}\p{M}'’-]*|\d+(?:[.,:]\d+)*/gu;
const NUMBER_WORDS = new Set(
  'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand million'.split(
    ' ',
  ),
);
const MONTHS = new Set(
  'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec'.split(
    ' ',
  ),
);
const WEEKDAYS = new Set('monday tuesday wednesday thursday friday saturday sunday'.split(' '));
const UPPER = /^\p{Lu}/u;
// Function words, and tokens that say when or how many but not what happened: a feature needs one other word,
// or the model learns how the corpus' writers opened their sentences ("on #day") instead of what they told.
const STOP_WORDS = new Set(
  (
    'a an the and or but nor of in on at to from by with for into onto over under about after before during ' +
    "since until as than that this these those there here it its it's he she they them their his her we our " +
    'you your i me my is are was were be been being has have had do does did will would shall should can could ' +
    'may might must which who whom whose what where when while also not no so if then than too very just more ' +
    'most some any all each other such only own same both few many much said says say told according'
  ).split(' '),
);
const isContent = (token: string) =>
  token.startsWith('#actor') || (!token.startsWith('#') && !STOP_WORDS.has(token));

/** One word of a snippet: `word` is its folded form, `isCapitalised` whether the text capitalised it. */
export interface SnippetWord {
  word: string;
  isCapitalised: boolean;
}

/**
 * The words of a snippet, lower-cased, possessive "'s" dropped; digits are "#num", spelled numbers too, months
 * "#month", weekdays "#day", a named group "#actor-<kind>" (its ACLED kind: "#actor-rebel").
 * Capitalised words stay marked, for `featuresOf` to fold the ones the model does not know as words.
 */
export function wordsOf(text: string): SnippetWord[] {
  const folded = foldActors(foldActors(text.slice(0, 4000), NAMED), NAMED_SENSITIVE);
  const out: SnippetWord[] = [];
  for (const [raw] of folded.matchAll(TOKEN)) {
    if (raw.startsWith(ACTOR_MARK)) {
      const kind = KINDS_IN_ORDER[raw.charCodeAt(1) - 97] ?? 'other';
      out.push({ word: `#actor-${kind.replace(/ /g, '-')}`, isCapitalised: false });
      continue;
    }
    if (/^\d/.test(raw)) {
      out.push({ word: '#num', isCapitalised: false });
      continue;
    }
    const word = raw
      .toLowerCase()
      .replace(/’/g, "'")
      .replace(/(?:'s|')$/, '')
      .replace(/-+$/, '');
    const isCapitalised = UPPER.test(raw);
    if (NUMBER_WORDS.has(word)) out.push({ word: '#num', isCapitalised: false });
    else if (MONTHS.has(word) && (isCapitalised || word.length > 3)) {
      out.push({ word: '#month', isCapitalised: false });
    } else if (WEEKDAYS.has(word)) out.push({ word: '#day', isCapitalised: false });
    else out.push({ word, isCapitalised });
  }
  return out;
}

/**
 * The features of a snippet, sorted and without repeats: its tokens and pairs of adjacent tokens ("a b").
 * A capitalised word that `isKnownWord` does not know is a name ("#name"; a run of them is one), so that
 * places and people fold to one token: the model learns the language of events, not who and where.
 */
export function featuresOf(text: string, isKnownWord: (word: string) => boolean): string[] {
  const tokens: string[] = [];
  for (const { word, isCapitalised } of wordsOf(text)) {
    const token = isCapitalised && !isKnownWord(word) ? '#name' : word;
    if (token === '#name' && tokens[tokens.length - 1] === '#name') continue;
    tokens.push(token);
  }
  const features = new Set<string>(tokens.filter(isContent));
  for (let i = 1; i < tokens.length; i++) {
    const [a = '', b = ''] = [tokens[i - 1], tokens[i]];
    if (isContent(a) || isContent(b)) features.add(`${a} ${b}`);
  }
  return [...features].sort();
}

/** Probabilities from scores, shifted by the largest so that exp() cannot overflow. */
export function softmax(scores: ArrayLike<number>): Float64Array {
  const out = new Float64Array(scores.length);
  let max = -Infinity;
  for (let i = 0; i < scores.length; i++) max = Math.max(max, scores[i] ?? 0);
  let sum = 0;
  for (let i = 0; i < scores.length; i++) {
    out[i] = Math.exp((scores[i] ?? 0) - max);
    sum += out[i] ?? 0;
  }
  for (let i = 0; i < out.length; i++) out[i] = (out[i] ?? 0) / sum;
  return out;
}
