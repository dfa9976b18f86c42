// How topics and incidents are compared as text: one folding of names and words, shared by the matcher and the
// index so that both cut text into exactly the same tokens.

// Latin diacritics and Arabic harakat: "Bouaké" is "Bouake", "محمّد" is "محمد". Other marks (Devanagari vowel
// signs) are part of the letter and stay.
const DIACRITICS = /[\u0300-\u036f\u064b-\u065f\u0670]/g;
// Zero-width joiners, soft hyphens and bidi controls change nothing a reader sees: dropped before cutting.
const INVISIBLE = /\p{Cf}/gu;
const SEPARATORS = /[^\p{L}\p{N}\p{M}]+/u;
// ACLED names a state's forces by ruling period: "Military Forces of Syria (2000-)", "(2013-2022)".
const PERIOD = /\(\s*\d{4}\s*-\s*(?:\d{4})?\s*\)/g;

/**
 * The words of a text, folded for comparison: lower case, compatibility forms, no Latin diacritics, no
 * punctuation. `tokens("Al-Shabaab's fighters")` is `["al", "shabaab", "s", "fighters"]`.
 */
export function tokens(text: string): string[] {
  // Most text is ASCII, which has no compatibility forms, marks or invisible characters to fold away.
  const folded = ASCII.test(text)
    ? text.toLowerCase()
    : text.toLowerCase().normalize('NFKD').replace(INVISIBLE, '').replace(DIACRITICS, '');
  return folded.split(SEPARATORS).filter((token) => token !== '');
}

const ASCII = /^[ -~\t\n\r]*$/;

/** A name (actor, country, admin area, type) as a comparison key: its tokens joined by one space. */
export function nameKey(name: string): string {
  return tokens(name).join(' ');
}

/** An actor's key, without ACLED's period: "Military Forces of Syria (2000-)" is "military forces of syria". */
export function actorKey(name: string): string {
  return nameKey(name.replace(PERIOD, ' '));
}

/**
 * One term of a full-text query: a word, or a phrase whose words must follow each other in one field. A
 * hyphenated word ("al-Shabaab") is a phrase of its parts, so it matches "al Shabaab" too.
 */
export type QueryTerm = readonly string[];

/**
 * The terms of a query: words separated by spaces, and phrases in double quotes (straight or curly); an
 * unclosed quote runs to the end. No operators: every term must appear. `parseQuery('"Islamic State" Raqqa')`
 * is `[["islamic", "state"], ["raqqa"]]`.
 */
export function parseQuery(query: string): QueryTerm[] {
  const terms: QueryTerm[] = [];
  const seen = new Set<string>();
  for (const match of query.replace(/[“”„«»]/g, '"').matchAll(/"([^"]*)"?|([^\s"]+)/g)) {
    const words = tokens(match[1] ?? match[2] ?? '');
    const key = words.join(' ');
    if (words.length === 0 || seen.has(key)) continue;
    seen.add(key);
    terms.push(words);
  }
  return terms;
}
