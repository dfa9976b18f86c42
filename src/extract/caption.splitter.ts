// Image captions carry the photo credit in many house styles; this splits "Text. Credit: AP" into both parts.
import { collapseWhitespace } from './text.normalizer.js';

/** A caption with its credit split off; either part may be absent. */
export interface SplitCaption {
  readonly caption: string | null;
  readonly credit: string | null;
}

const NAME = `[\\p{Lu}][\\p{L}\\p{M}.'’&-]*`;
const AGENCIES =
  'AP|AFP|Reuters|EPA|Getty Images|AFP via Getty Images|Xinhua|Anadolu Agency|Anadolu|ANSA|dpa|UPI|IRNA|SANA|WAFA';

/** Credit patterns at the end of a caption; group 1 is the credit. Order matters: the most specific first. */
const TRAILING_CREDITS: readonly RegExp[] = [
  // "(AP Photo/Hussein Malla)", "(Photo by Jane Roe/Getty Images)", "(Reuters)"
  new RegExp(
    `\\s*\\(\\s*((?:${NAME}\\s+){0,3}(?:photo|foto|photograph|picture|image)s?\\s*(?:\\/|by\\b|:)[^()]+|${AGENCIES})\\s*\\)\\.?$`,
    'iu',
  ),
  // "Credit: AP", "Photo: Reuters", "Photograph: Jane Roe/Guardian", "Image credit: X"
  /(?<![\p{L}\p{N}])(?:(?:photo(?:graph)?|image|picture)\s+credits?|credits?|photo(?:graph)?s?|picture|image|foto|bild)\s*:\s*([^:]{1,120})$/iu,
  // "© AFP", "Copyright 2016 Reuters"
  /\s*(?:©|\(c\)|copyright\b)\s*([^©]{1,120})$/iu,
  // "... in Gaza. REUTERS/Mohammed Salem" or "... in Gaza. Hussein Malla/AP"
  new RegExp(`(?<=[.!?”"])\\s+((?:${NAME}\\s){0,3}${NAME}\\s?\\/\\s?${NAME}(?:\\s${NAME}){0,3})\\.?$`, 'u'),
  // "... in Gaza. AP"
  new RegExp(`(?<=[.!?”"])\\s+(${AGENCIES})\\.?$`, 'iu'),
];

/** Strips labels that say "this is a credit" from the credit itself: "Credit: AP" -> "AP". */
export function cleanCredit(value: string): string | null {
  const credit = collapseWhitespace(value)
    .replace(
      /^(?:(?:photo(?:graph)?|image|picture)\s+credits?|credits?|photo(?:graph)?s?|picture|image|foto)\s*(?::|by\b)\s*/i,
      '',
    )
    .replace(/^(?:©|\(c\)|copyright\b)\s*/i, '')
    .replace(/^\d{4}(?:-\d{4})?\s+/, '')
    .replace(/^[([]\s*|\s*[)\]]$/g, '')
    .replace(/\.$/, '')
    .trim();
  return credit === '' ? null : credit;
}

function cleanCaption(value: string): string | null {
  const caption = collapseWhitespace(value)
    .replace(/[\s|/–—-]+$/u, '')
    .trim();
  return caption === '' ? null : caption;
}

/**
 * Splits a caption into its text and its trailing photo credit.
 *
 * @example splitCaptionCredit('ISIS fighters marching through Raqqa, Syria. Credit: AP')
 * // { caption: 'ISIS fighters marching through Raqqa, Syria.', credit: 'AP' }
 */
export function splitCaptionCredit(text: string): SplitCaption {
  const collapsed = collapseWhitespace(text);
  for (const pattern of TRAILING_CREDITS) {
    const match = pattern.exec(collapsed);
    if (match?.[1] === undefined) continue;
    const credit = cleanCredit(match[1]);
    if (credit === null) continue;
    return { caption: cleanCaption(collapsed.slice(0, match.index)), credit };
  }
  return { caption: cleanCaption(collapsed), credit: null };
}
