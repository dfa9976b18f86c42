// A plain-text copy of an article to an Article: first line is the title, blank lines separate paragraphs.
import type { Article } from '../core/article.js';
import { SitrepError } from '../core/errors.js';
import { isBoilerplate, isSelfRepetition } from './boilerplate.lexicon.js';
import { splitCaptionCredit } from './caption.splitter.js';
import { detectLanguageFromScript } from './language.detector.js';
import { cleanParagraphs } from './paragraph.filter.js';
import { collapseWhitespace, comparisonKey } from './text.normalizer.js';

/** Longer lines are body text even when they end like a credit ("... in Gaza. AP"). */
const MAX_CAPTION_LENGTH = 250;
const BYLINE_LINE = /^by\s+([\p{Lu}][\p{L}\p{M}.'’ -]{1,60}(?:,\s*[\p{L} ]{1,40})?)$/iu;

/**
 * Finds caption lines: a line with a trailing photo credit ("... Syria. Credit: AP"), and any line that
 * repeats such a caption without the credit, as copied pages print the caption twice.
 */
function findCaptionLines(lines: readonly string[]): { isCaption: Set<string>; captions: string[] } {
  const captionKeys = new Set<string>();
  const captions: string[] = [];
  const keys = new Set(lines.map(comparisonKey));
  for (const line of lines) {
    const split = splitCaptionCredit(line);
    if (split.credit === null || split.caption === null) continue;
    const captionKey = comparisonKey(split.caption);
    if (keys.has(captionKey) || line.length <= MAX_CAPTION_LENGTH) {
      captionKeys.add(comparisonKey(line));
      captionKeys.add(captionKey);
      captions.push(split.caption, line);
    }
  }
  return { isCaption: captionKeys, captions };
}

/** Extracts an Article from plain text. Throws `bad_input` when nothing but a title remains. */
export function extractFromText(input: string, url: string | undefined): Article {
  const lines = input
    .replace(/^\ufeff/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n');
  const titleIndex = lines.findIndex((line) => line.trim() !== '');
  if (titleIndex < 0) throw new SitrepError('bad_input', 'empty document');
  const title = collapseWhitespace(lines[titleIndex]!);
  const rest = lines.slice(titleIndex + 1);
  const hasBlankLines = rest.some((line, i) => line.trim() === '' && i > 0 && i < rest.length - 1);

  // Groups of lines that form one paragraph: split on blank lines, or one line each when there are none.
  const groups: string[][] = [];
  let current: string[] = [];
  for (const raw of rest) {
    const line = collapseWhitespace(raw);
    if (line === '') {
      if (current.length > 0) groups.push(current);
      current = [];
    } else if (hasBlankLines) current.push(line);
    else groups.push([line]);
  }
  if (current.length > 0) groups.push(current);

  const { isCaption, captions } = findCaptionLines(groups.flat());
  let byline: string | undefined;
  const paragraphs = groups
    .map((group) =>
      group
        .filter((line) => {
          if (isBoilerplate(line) || isSelfRepetition(line) || isCaption.has(comparisonKey(line)))
            return false;
          const match = byline === undefined ? BYLINE_LINE.exec(line) : null;
          if (match?.[1] !== undefined) {
            byline = match[1].trim();
            return false;
          }
          return true;
        })
        .join(' '),
    )
    .filter((paragraph) => paragraph !== '');
  const cleaned = cleanParagraphs(paragraphs, { title, byline, captions });
  if (cleaned.length === 0) throw new SitrepError('bad_input', 'no article text found');
  const text = cleaned.join('\n\n');
  return {
    url: url ?? null,
    title,
    byline: byline ?? null,
    publisher: null,
    published: null,
    language: detectLanguageFromScript(`${title}\n${text}`) ?? null,
    section: null,
    tags: [],
    text,
    paragraphs: cleaned,
    images: [],
  };
}
