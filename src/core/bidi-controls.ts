// Invisible bidirectional-text controls removed from everything sitrep keeps or shows, so that a hostile page
// cannot make a name, a number or a quote display as something other than what it says ("Trojan Source").
import type { Article } from './article.js';

// Embeddings, overrides and isolates (LRE RLE PDF LRO RLO, LRI RLI FSI PDI) reorder whole runs, letters
// included, and an unclosed one spills into whatever is printed next: no news text needs them to be read.
const EMBEDDINGS = /[\u202a-\u202e\u2066-\u2069]/g;
// The marks (LRM, RLM, ALM) only steer digits and punctuation next to them. In Hebrew, Arabic, Persian or
// Urdu text they are ordinary spelling that keeps numbers and stops in place; in text without a right-to-left
// letter their only effect is an invisible reordering ("12 34" shown as "34 12"), so there they go too.
const MARKS = /[\u061c\u200e\u200f]/g;
const ANY_CONTROL = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
const RTL_LETTER =
  /(?=\p{L})[\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Samaritan}\p{Script=Mandaic}\p{Script=Adlam}\p{Script=Hanifi_Rohingya}\p{Script=Yezidi}]/u;

/**
 * Removes bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) always, and the marks
 * U+200E, U+200F, U+061C from each line that holds no right-to-left letter. Idempotent; returns the same
 * string when there is nothing to remove.
 *
 * @example stripBidiControls('Gunmen killed \u202e3 2\u202c people') // 'Gunmen killed 3 2 people'
 */
export function stripBidiControls(text: string): string {
  if (!ANY_CONTROL.test(text)) return text;
  return text
    .split('\n')
    .map((line) => {
      const bare = line.replace(EMBEDDINGS, '');
      const unmarked = bare.replace(MARKS, '');
      return unmarked.length === bare.length || RTL_LETTER.test(unmarked) ? bare : unmarked;
    })
    .join('\n');
}

const strip = (text: string | null): string | null => (text === null ? null : stripBidiControls(text));

/**
 * The article with {@link stripBidiControls} applied to every text field, image captions and credits included.
 * Tags that become equal are kept once, and paragraphs that were nothing but controls are dropped. URLs are
 * left alone: the URL parser percent-encodes these characters, and an identity must not change under it.
 */
export function withoutBidiControls<T extends Article>(article: T): T {
  const paragraphs = article.paragraphs.map(stripBidiControls).filter((p) => p.trim() !== '');
  return {
    ...article,
    title: stripBidiControls(article.title),
    byline: strip(article.byline),
    publisher: strip(article.publisher),
    section: strip(article.section),
    tags: [...new Set(article.tags.map(stripBidiControls))].filter((tag) => tag !== ''),
    // Lines are stripped one by one, so the text stays the paragraphs joined, as the contract says.
    text:
      paragraphs.length === article.paragraphs.length
        ? stripBidiControls(article.text)
        : paragraphs.join('\n\n'),
    paragraphs,
    images: article.images.map((image) => ({
      ...image,
      alt: strip(image.alt),
      caption: strip(image.caption),
      credit: strip(image.credit),
    })),
  };
}
