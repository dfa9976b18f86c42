// Whitespace and comparison helpers shared by the HTML and plain-text readers.

// Zero-width space, word joiner and BOM carry no meaning in prose; ZWNJ/ZWJ do (Persian, emoji) and stay.
const INVISIBLE = /[\u200b\u2060\ufeff\u00ad]/g;

/** Collapses runs of whitespace (including NBSP and line breaks) to one space and trims. */
export function collapseWhitespace(text: string): string {
  return text.replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
}

/** A key for "is this the same line": case-folded, punctuation and spacing ignored. */
export function comparisonKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]+/gu, ' ')
    .trim();
}

/** Counts commas, including the ideographic and Arabic ones, as a cue for running prose. */
export function countCommas(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c === 0x2c || c === 0x3001 || c === 0xff0c || c === 0x060c) count += 1;
  }
  return count;
}

/** Splits a string into its word-like parts for hint matching: "mostRead_list" -> ["most", "read", "list"]. */
export function wordParts(value: string): string[] {
  return value
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((part) => part.length > 0);
}
