// A plain-text copy of an article to an Article (first line the title, blank lines between paragraphs), and a
// note that is all body (a JSON Lines `text`) to an Article whose body is the whole note.
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

/** Longest derived title; ACLED notes and wire leads often run past 300 characters in their first sentence. */
const MAX_DERIVED_TITLE = 160;
/** A sentence end: terminal punctuation, then a capital (or an opening quote) or the end of the text. */
const SENTENCE_END = /[.!?]["”’)]?(?=\s+["“‘(]?[\p{Lu}\p{Lo}\d]|\s*$)/gu;

/**
 * A headline for a text that has none: its first sentence, cut at a word boundary past 160 characters.
 *
 * @example deriveTitle('On 9 May 2020, gunmen killed three farmers. Police said...') // 'On 9 May 2020, gunmen killed three farmers.'
 */
export function deriveTitle(text: string): string {
  const flat = collapseWhitespace(text);
  let end = flat.length;
  for (const match of flat.matchAll(SENTENCE_END)) {
    const candidate = match.index + match[0].length;
    // "Gen. Haftar" or "Mr. Musa" end no sentence; a first "sentence" this short is such an abbreviation.
    if (candidate >= 20) {
      end = candidate;
      break;
    }
  }
  const sentence = flat.slice(0, end);
  if (sentence.length <= MAX_DERIVED_TITLE) return sentence;
  const cut = sentence.slice(0, MAX_DERIVED_TITLE);
  const space = cut.lastIndexOf(' ');
  return `${(space > MAX_DERIVED_TITLE / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:]+$/u, '')}…`;
}

/** Splits text into paragraphs: on blank lines, or one line each when there are none. */
function splitParagraphs(lines: readonly string[]): string[][] {
  const hasBlankLines = lines.some((line, i) => line.trim() === '' && i > 0 && i < lines.length - 1);
  const groups: string[][] = [];
  let current: string[] = [];
  for (const raw of lines) {
    const line = collapseWhitespace(raw);
    if (line === '') {
      if (current.length > 0) groups.push(current);
      current = [];
    } else if (hasBlankLines) current.push(line);
    else groups.push([line]);
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

const toLines = (input: string): string[] =>
  input
    .replace(/^\ufeff/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n');

/** Words a headline does not end on but a line wrapped mid-sentence often does. */
const CONTINUING_WORD =
  /\b(?:a|an|the|of|on|in|at|to|by|for|from|with|near|and|or|but|that|who|which|as|into|than)$/iu;

/**
 * A first line that wraps into the next ("...gunmen killed three" / "farmers near Maiduguri") opens a
 * paragraph, not a headline: a headline does not continue in lower case on the following line, nor end on a
 * comma or on "of", "near", "the".
 */
function isWrappedLine(line: string, next: string | undefined): boolean {
  if (next === undefined || next.trim() === '') return false;
  return /[,;:\-–]$/u.test(line) || CONTINUING_WORD.test(line) || /^\s*\p{Ll}/u.test(next);
}

/**
 * A first line that reads as prose (a full sentence of eight words or more) is both the headline and the
 * first paragraph: a note pasted with no headline must not lose its lead sentence, where the news is.
 */
function isProseLine(line: string): boolean {
  return /[.!]["”’)]?$/u.test(line) && line.split(' ').length >= 8;
}

/**
 * Extracts an Article from text that is all body (a JSON Lines `text`, a note): every paragraph is kept as
 * given, with whitespace collapsed, and nothing is dropped as boilerplate, because the sender chose this text.
 * The title is `title` when given, else derived from the first sentence. Throws `bad_input` when empty.
 */
export function extractFromNote(input: string, url: string | undefined, title?: string | null): Article {
  const paragraphs = splitParagraphs(toLines(input))
    .map((group) => group.join(' '))
    .filter((paragraph) => paragraph !== '');
  if (paragraphs.length === 0) throw new SitrepError('bad_input', 'empty document');
  const text = paragraphs.join('\n\n');
  const headline = collapseWhitespace(title ?? '') || deriveTitle(paragraphs[0]!);
  return {
    url: url ?? null,
    title: headline,
    byline: null,
    publisher: null,
    published: null,
    language: detectLanguageFromScript(`${headline}\n${text}`) ?? null,
    section: null,
    tags: [],
    text,
    paragraphs,
    images: [],
  };
}

/**
 * Extracts an Article from plain text: the first line is the title and the rest the body. A text of one line
 * or one paragraph is a report too: that paragraph is both title and body. Throws `bad_input` when empty or
 * when nothing but boilerplate follows the title.
 */
export function extractFromText(input: string, url: string | undefined): Article {
  const lines = toLines(input);
  const titleIndex = lines.findIndex((line) => line.trim() !== '');
  if (titleIndex < 0) throw new SitrepError('bad_input', 'empty document');
  const firstLine = collapseWhitespace(lines[titleIndex]!);
  const isWrapped = isWrappedLine(firstLine, lines[titleIndex + 1]);
  const rest = lines.slice(titleIndex + 1);
  const isOneLine = rest.every((line) => line.trim() === '');
  // The lead joins the body when it is a wrapped paragraph, the only line, or a sentence of prose.
  const isLeadInBody = isWrapped || isOneLine || isProseLine(firstLine);
  const groups: string[][] = isWrapped
    ? (() => {
        const end = lines.findIndex((line, i) => i > titleIndex && line.trim() === '');
        const lead = lines.slice(titleIndex, end < 0 ? lines.length : end).map(collapseWhitespace);
        return [lead, ...(end < 0 ? [] : splitParagraphs(lines.slice(end + 1)))];
      })()
    : [...(isLeadInBody ? [[firstLine]] : []), ...splitParagraphs(rest)];
  const lead = groups[0]?.join(' ') ?? firstLine;
  const title = isWrapped ? (groups.length === 1 ? lead : deriveTitle(lead)) : firstLine;

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
  const cleaned = cleanParagraphs(paragraphs, { title: isLeadInBody ? '' : title, byline, captions });
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
