// The last cleaning step shared by HTML and plain text: boilerplate lines, repeats, and lines that restate
// the title, byline or an image caption.
import { isBoilerplate, isSelfRepetition } from './boilerplate.lexicon.js';
import { findHumanDate } from './date.normalizer.js';
import { collapseWhitespace, comparisonKey } from './text.normalizer.js';

/** Text the body must not repeat: it is already in other fields of the Article. */
export interface KnownFields {
  readonly title: string;
  readonly byline: string | undefined;
  /** Captions and raw caption lines (with credit) of the article's images. */
  readonly captions: readonly string[];
}

/** A short line that is only a date ("Jan 08, 2016 10:42 AM"), as bylines and datelines leave behind. */
function isDateOnly(line: string): boolean {
  if (line.length > 80) return false;
  const found = findHumanDate(line);
  return (
    found !== undefined &&
    found.length >= line.replace(/^(?:updated|published|posted)\s*:?\s*/i, '').length * 0.7
  );
}

/**
 * Drops boilerplate, self-repeating lines ("Send in e-mailSend in e-mail"), adjacent duplicates, and lines
 * equal to the title, byline or a caption. Keeps order.
 */
export function cleanParagraphs(paragraphs: readonly string[], known: KnownFields): string[] {
  const echoes = new Set<string>(
    [known.title, known.byline ?? '', ...known.captions].map(comparisonKey).filter((key) => key !== ''),
  );
  const result: string[] = [];
  let previousKey = '';
  for (const raw of paragraphs) {
    const text = collapseWhitespace(raw);
    if (text === '' || isBoilerplate(text) || isSelfRepetition(text) || isDateOnly(text)) continue;
    const key = comparisonKey(text);
    if (key === '' || key === previousKey) continue;
    if (echoes.has(key) || echoes.has(comparisonKey(text.replace(/^by\s+/i, '')))) continue;
    result.push(text);
    previousKey = key;
  }
  return result;
}
