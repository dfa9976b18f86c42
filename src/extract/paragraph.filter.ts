// The last cleaning step shared by HTML and plain text: boilerplate lines, repeats, lines that restate the
// title, byline or an image caption, and the credit lines that open and close wire copy.
import { isBoilerplate, isSelfRepetition } from './boilerplate.lexicon.js';
import { findHumanDate } from './date.normalizer.js';
import { collapseWhitespace, comparisonKey } from './text.normalizer.js';

/** Text the body must not repeat: it is already in other fields of the Article. */
export interface KnownFields {
  readonly title: string;
  readonly byline: string | undefined;
  /** The publisher's name: a line of its own near a byline ("Associated Press") is not prose. */
  readonly publisher?: string | undefined;
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

const AGENCY = '(?:AP|AFP|Reuters|EPA|Getty Images|Bloomberg|Shutterstock|iStock|Xinhua|dpa|UPI|AAP|PA)';

/**
 * Captions left in the body by galleries and slideshows that are not `<figure>`s: they end in a photo credit
 * ("... (AP Photo/Jane Roe)", "(Image: GETTY)", "(Credit: iStock)"), start with "©", or are a bare credit
 * ("Jane Roe, AP", "Jane Roe | Bloomberg | Getty Images"). No sentence of prose has those shapes.
 */
const CAPTION_LINES: readonly RegExp[] = [
  /\((?:[\p{L}. ]{0,30}\s)?(?:photos?|fotos?|image|picture|credit|illustration)s?\s*(?::|\/|by\b)[^()]{1,120}\)\.?$/iu,
  new RegExp(`\\((?:${AGENCY})(?:\\s*(?:/|via)\\s*${AGENCY})?\\)\\.?$`, 'u'),
  /^(?:©|\(c\)\s)/iu,
  new RegExp(`^[^.!?]{2,60}(?:,|\\||/)\\s*${AGENCY}(?:\\s*\\|\\s*[\\p{L} ]{1,30})?$`, 'u'),
];

const isCaptionLine = (line: string): boolean =>
  line.length <= 600 && CAPTION_LINES.some((pattern) => pattern.test(line));

/** A time of day alone ("06:40", "4:15 PM EDT"): the stamp of a live-blog entry, not prose. */
const isTimeOnly = (line: string): boolean =>
  /^(?:[01]?\d|2[0-3])[:.h][0-5]\d(?:\s?(?:am|pm|a\.m\.|p\.m\.))?(?:\s?[A-Z]{2,5})?$/i.test(line);

const endsSentence = (line: string): boolean => /[.!?]["”’]?$/u.test(line.replace(/\b\p{Lu}\.$/u, ''));

/**
 * A byline written into the body: "By JANE ROE and JOHN DOE", "By Jane Roe - 11/18/19 11:04 PM EST",
 * "Autor: Zofia Wróbel".
 */
const isBylineLine = (line: string): boolean =>
  line.length <= 150 &&
  /^(?:by|written by|author|autor|auteur|par|von|por|di)\s*:?\s+\p{Lu}/iu.test(line) &&
  !endsSentence(line);

/** A short line near the top that carries a date, not a sentence: "Yemen Monitor · 9 August 2021 · Jane". */
const isMetaLine = (line: string): boolean =>
  line.length <= 120 && !endsSentence(line) && findHumanDate(line) !== undefined;
const LEADING_PARAGRAPHS = 3;

/**
 * Credit and follow-up lines that close wire and agency copy: "Reporting by ...; Editing by ...",
 * "Jane Roe contributed to this report.", "Follow Jane on Twitter @jane". Only tested near the end.
 */
const END_MATTER: readonly RegExp[] = [
  /^\(?(?:additional |further )?(?:reporting|writing|editing|compiled|research) by\b.{0,300}$/i,
  /^.{0,300}\bcontributed (?:reporting |additional reporting )?to this (?:report|story|article)\.?\)?$/i,
  /^(?:follow|e-?mail) .{0,200}\b(?:on (?:twitter|facebook|instagram|linkedin)|at \S+@\S+)\b.{0,80}$/i,
  /^.{0,120}\b(?:sign up|subscribe)\b.{0,80}\bnewsletters?\b.{0,120}$/i,
  /^this (?:interview|conversation|transcript|q&a) has been (?:lightly )?(?:edited|condensed)\b.{0,80}$/i,
  /^(?:media|press) (?:contacts?|enquiries|inquiries)\b.{0,200}$/i,
];
const END_MATTER_PARAGRAPHS = 3;

/**
 * Drops boilerplate, self-repeating lines ("Send in e-mailSend in e-mail"), lines equal to the title, byline,
 * publisher or a caption, gallery captions, and any line written more than once (a caption shown in a
 * slideshow and again under its photo). Keeps order.
 */
export function cleanParagraphs(paragraphs: readonly string[], known: KnownFields): string[] {
  const echoes = new Set<string>(
    [known.title, known.byline ?? '', known.publisher ?? '', ...known.captions]
      .map(comparisonKey)
      .filter((key) => key !== ''),
  );
  const lines = paragraphs.map(collapseWhitespace);
  const keys = lines.map(comparisonKey);
  const counts = new Map<string, number>();
  const occurrences = new Map<string, number>();
  keys.forEach((key, i) => {
    occurrences.set(key, (occurrences.get(key) ?? 0) + 1);
    // Adjacent copies are one line doubled by markup (screen-reader text), not a repeat elsewhere on the page.
    if (i === 0 || keys[i - 1] !== key) counts.set(key, (counts.get(key) ?? 0) + 1);
  });
  const result: string[] = [];
  const kept = new Set<string>();
  let previousKey = '';
  for (let i = 0; i < lines.length; i += 1) {
    const text = lines[i]!;
    const key = keys[i]!;
    if (text === '' || isBoilerplate(text) || isSelfRepetition(text) || isDateOnly(text) || isTimeOnly(text))
      continue;
    if (key === '' || key === previousKey) continue;
    if (echoes.has(key) || echoes.has(comparisonKey(text.replace(/^by\s+/i, '')))) continue;
    // A short repeated line may be a refrain or a subheading pattern; a repeated long one is a caption.
    // When copies make up much of the text, the page is one text repeated, and its first copy is kept.
    // Questions repeat in interview series ("What do you cook at home?") and are kept.
    const isRepeated = (counts.get(key) ?? 0) > 1 && text.length >= 60 && !/[?？:]\W*$/u.test(text);
    if (isRepeated && ((occurrences.get(key) ?? 0) * 3 <= lines.length || kept.has(key))) continue;
    if (isCaptionLine(text)) continue;
    result.push(text);
    kept.add(key);
    previousKey = key;
  }
  for (let n = 0; n < LEADING_PARAGRAPHS && result.length > 1; n += 1) {
    if (!isBylineLine(result[0]!) && !isMetaLine(result[0]!)) break;
    result.shift();
  }
  for (let n = 0; n < END_MATTER_PARAGRAPHS && result.length > 1; n += 1) {
    const last = result[result.length - 1]!;
    if (!END_MATTER.some((pattern) => pattern.test(last))) break;
    result.pop();
  }
  return result;
}
