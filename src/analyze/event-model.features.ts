// The learned event typer's view of a snippet, shared by its training script and its runtime: the labels it
// knows, and the words and word pairs it reads, with names, numbers and dates folded to class tokens.
import { SUB_EVENT_TYPES, type SubEventType } from '../core/acled.js';
import type { ActorKind } from '../core/acled.js';
import { NAMED_ACTORS } from './actors.lexicon.js';
import { OUT_OF_SCOPE_KINDS } from './event-scope.classifier.js';

/** The model file's format tag; a file of another format is refused rather than misread. */
export const MODEL_FORMAT = 'sitrep-event-model/1';

/**
 * The labels that mean "no incident": the five kinds of report that borrow the words of violence but that ACLED
 * does not code, and ordinary news that only borrows them as figures of speech (a team's attack, a price war, a
 * box-office bomb). The last is the model's alone: the rules have no reading of it, and without it every page of
 * sport or markets would have to be one of the 30 other classes.
 */
export const NO_EVENT_LABELS = [...OUT_OF_SCOPE_KINDS, 'unrelated'] as const;
export type NoEventLabel = (typeof NO_EVENT_LABELS)[number];

/** What the model tells: one of ACLED's 25 sub-event types, or one of the six kinds of text that give no incident. */
export const EVENT_MODEL_LABELS = [...SUB_EVENT_TYPES, ...NO_EVENT_LABELS] as const;
export type EventModelLabel = SubEventType | NoEventLabel;

/** True for the six labels that mean "no incident". */
export function isOutOfScopeLabel(label: EventModelLabel): label is NoEventLabel {
  return (NO_EVENT_LABELS as readonly string[]).includes(label);
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

/** The label a corpus file name (without ".txt") stands for, or undefined for a name outside the 31. */
export function getLabelBySlug(name: string): EventModelLabel | undefined {
  return BY_SLUG.get(name);
}

const TOKEN = /\p{L}[\p{L}\p{M}'’-]*|\d+(?:[.,:]\d+)*/gu;

// Named groups are folded to their ACLED kind, so that the model learns what a rebel group does rather than what
// one group did in the corpus. Their names are looked up as runs of tokens, longest first: one alternation of
// the 300 names as a regular expression cost more than the rest of the model together.
const tokensOf = (text: string): string[] => text.match(TOKEN) ?? [];
const NAME_KIND = new Map<string, ActorKind>();
const NAME_KIND_EXACT = new Map<string, ActorKind>();
const NAME_PREFIXES = new Set<string>();
let longestName = 1;
for (const actor of NAMED_ACTORS) {
  const add = (name: string, map: Map<string, ActorKind>, fold: (t: string) => string) => {
    const tokens = tokensOf(name).map(fold);
    if (tokens.length === 0 || map.has(tokens.join(' '))) return;
    map.set(tokens.join(' '), actor.kind);
    longestName = Math.max(longestName, tokens.length);
    for (let n = 1; n <= tokens.length; n++) NAME_PREFIXES.add(tokens.slice(0, n).join(' ').toLowerCase());
  };
  for (const name of actor.patterns) add(name, NAME_KIND, (t) => t.toLowerCase());
  for (const name of actor.caseSensitive ?? []) add(name, NAME_KIND_EXACT, (t) => t);
}

/** The kind and length (in tokens) of the longest group name starting at `at`, if any. */
function nameAt(
  raw: readonly string[],
  lower: readonly string[],
  at: number,
): [ActorKind, number] | undefined {
  let found: [ActorKind, number] | undefined;
  let key = '';
  let exact = '';
  for (let n = 1; n <= longestName && at + n <= raw.length; n++) {
    key = n === 1 ? (lower[at] ?? '') : `${key} ${lower[at + n - 1] ?? ''}`;
    exact = n === 1 ? (raw[at] ?? '') : `${exact} ${raw[at + n - 1] ?? ''}`;
    if (!NAME_PREFIXES.has(key)) break;
    const kind = NAME_KIND.get(key) ?? NAME_KIND_EXACT.get(exact);
    if (kind !== undefined) found = [kind, n];
  }
  return found;
}

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

/**
 * A light stem: inflections a small corpus cannot show in every form are read as one ("killed", "killing",
 * "kills" as "kill"; "clashes" as "clash"; "injuries" as "injury"). Short words and "-ss", "-us", "-is" endings
 * are left alone.
 */
export function stem(word: string): string {
  if (word.length < 5 || word.includes('-')) return word;
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.endsWith('ied')) return `${word.slice(0, -3)}y`;
  if (word.endsWith('ings')) return word.slice(0, -4);
  if (word.endsWith('ing') && word.length >= 6) return word.slice(0, -3);
  if (word.endsWith('ed') && word.length >= 6) return word.slice(0, -2);
  if (!word.endsWith('s')) return word;
  if (/(?:ss|sh|ch|x)es$/.test(word)) return word.slice(0, -2);
  return /(?:ss|us|is)$/.test(word) ? word : word.slice(0, -1);
}
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
  const raws = tokensOf(text.slice(0, 4000));
  const lowers = raws.map((r) => r.toLowerCase());
  const out: SnippetWord[] = [];
  for (let at = 0; at < raws.length; at++) {
    const raw = raws[at] ?? '';
    const name = nameAt(raws, lowers, at);
    if (name !== undefined) {
      out.push({ word: `#actor-${name[0].replace(/ /g, '-')}`, isCapitalised: false });
      at += name[1] - 1;
      continue;
    }
    if (/^\d/.test(raw)) {
      out.push({ word: '#num', isCapitalised: false });
      continue;
    }
    const lower = lowers[at] ?? '';
    const word = /['’-]/.test(lower)
      ? lower
          .replace(/’/g, "'")
          .replace(/(?:'s|')$/, '')
          .replace(/-+$/, '')
      : lower;
    const code = raw.charCodeAt(0);
    // ASCII capitals answer without the Unicode property test; other letters take it.
    const isCapitalised = code < 128 ? code >= 65 && code <= 90 : UPPER.test(raw);
    if (NUMBER_WORDS.has(word)) out.push({ word: '#num', isCapitalised: false });
    else if (MONTHS.has(word) && (isCapitalised || word.length > 3)) {
      out.push({ word: '#month', isCapitalised: false });
    } else if (WEEKDAYS.has(word)) out.push({ word: '#day', isCapitalised: false });
    else out.push({ word: STOP_WORDS.has(word) ? word : stem(word), isCapitalised });
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
