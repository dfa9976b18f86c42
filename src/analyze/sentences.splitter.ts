// Splits article text into sentences in one linear pass, keeping abbreviations, initials, decimals and quotes intact.

/** A sentence with its paragraph and its position among all sentences of the article. */
export interface Sentence {
  text: string;
  index: number;
  paragraph: number;
}

// Lower-cased abbreviations (without the final dot) after which a dot does not end a sentence.
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'gen',
  'lt',
  'col',
  'maj',
  'capt',
  'cpt',
  'sgt',
  'cpl',
  'pvt',
  'adm',
  'brig',
  'gov',
  'sen',
  'rep',
  'rev',
  'st',
  'mt',
  'ft',
  'jr',
  'sr',
  'no',
  'nos',
  'vs',
  'etc',
  'e.g',
  'i.e',
  'approx',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'u.s',
  'u.n',
  'u.k',
  'a.m',
  'p.m',
  'inc',
  'ltd',
  'co',
  'corp',
  'dept',
  'est',
  'govt',
  'km',
  'pres',
  'sec',
  'cmdr',
  'hon',
]);

const CLOSERS = new Set(['"', "'", '”', '’', ')', ']', '»']);

/** Longest sentence we keep; longer runs (word lists, garbage) are cut so later stages stay linear. */
export const MAX_SENTENCE_CHARS = 1200;

/**
 * Sentences of each paragraph, in order. A sentence ends at ".", "!" or "?" (with any closing quotes) followed
 * by white space and an upper-case letter, digit or opening quote, unless the dot ends a known abbreviation,
 * a single initial ("J. Smith") or sits inside a number.
 */
export function splitSentences(paragraphs: readonly string[]): Sentence[] {
  const out: Sentence[] = [];
  paragraphs.forEach((paragraph, p) => {
    const text = paragraph.replace(/\s+/g, ' ').trim();
    let start = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text[i];
      if (c !== '.' && c !== '!' && c !== '?') {
        if (i - start >= MAX_SENTENCE_CHARS) {
          push(out, text.slice(start, i), p);
          start = i;
        }
        continue;
      }
      let end = i + 1;
      while (end < text.length && CLOSERS.has(text[end] ?? '')) end++;
      if (text[end] !== ' ') continue;
      const next = text[end + 1] ?? '';
      if (!/[\p{Lu}\d"“‘'(]/u.test(next)) continue;
      if (c === '.' && isAbbreviation(text, start, i)) continue;
      push(out, text.slice(start, end), p);
      start = end + 1;
      i = end;
    }
    if (start < text.length) push(out, text.slice(start), p);
  });
  return out;
}

function push(out: Sentence[], text: string, paragraph: number): void {
  const trimmed = text.trim();
  if (trimmed !== '') out.push({ text: trimmed, index: out.length, paragraph });
}

function isAbbreviation(text: string, start: number, dot: number): boolean {
  let w = dot;
  // Abbreviations are short; looking back at most 8 characters keeps the pass linear.
  while (w > start && dot - w < 8 && /[\p{L}.]/u.test(text[w - 1] ?? '')) w--;
  const word = text.slice(w, dot);
  if (word.length === 0) return false;
  if (word.length === 1 && /\p{Lu}/u.test(word)) return true;
  return ABBREVIATIONS.has(word.toLowerCase());
}
