// The extract stage's public face: a fetched document (HTML or plain text) in, one Article out.
import { ArticleSchema, type Article } from '../core/article.js';
import type { DocumentKind } from '../core/raw-document.js';
import { withoutBidiControls } from '../core/bidi-controls.js';
import { SitrepError } from '../core/errors.js';
import { assertTextBytes, assertTextString } from './binary.detector.js';
import { startDeadline, type Deadline } from './deadline.js';
import { decodeBody } from './encoding.js';
import { extractFromHtml } from './html.extractor.js';
import { extractFromNote, extractFromText } from './plain-text.extractor.js';

export { decodeBody } from './encoding.js';
export { readCanonicalClaim, type CanonicalClaim } from './canonical-claim.reader.js';

/** One document to extract: its bytes (or already decoded text), its kind, and where it came from. */
export interface ExtractInput {
  body: Uint8Array | string;
  /** `html` a page, `text` a plain-text copy (first line the title), `note` text that is all body. */
  kind: DocumentKind;
  /** A headline supplied beside the body (a JSON Lines `title`); the title of a `note`, derived when absent. */
  title?: string | null;
  /** The URL the document was fetched from; relative links and image sources resolve against it. */
  url?: string | null;
  /** Charset named by the transport (an HTTP Content-Type header), if any. */
  charset?: string | null;
}

/** Caps on one extraction. */
export interface ExtractLimits {
  /** Largest accepted document in bytes (UTF-16 code units for string bodies). Default 20 MiB. */
  maxBytes: number;
  /**
   * Budget in milliseconds of the extracting thread's CPU time, not wall-clock time, so that a busy machine
   * refuses the same pages as an idle one. Default 10,000.
   */
  timeoutMs: number;
}

/** The limits used when a caller gives none. */
export const DEFAULT_EXTRACT_LIMITS: Readonly<ExtractLimits> = Object.freeze({
  maxBytes: 20 * 1024 * 1024,
  timeoutMs: 10_000,
});

const mebibytes = (bytes: number): string => `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;

/**
 * Reads an article out of an HTML page or a plain-text copy: title, byline, date, tags, images and the body
 * paragraphs without page chrome. Pure and synchronous. Bidi overrides and embeddings are removed from every
 * text field (see core/bidi-controls.ts), so no reader of the article is shown text that is not what it says.
 *
 * Throws `SitrepError` with code `bad_input` (empty, binary, or no article text), `too_large` (over
 * `maxBytes`) or `timeout` (over `timeoutMs` of CPU time).
 *
 * @example extractArticle({ body: await readFile('page.html'), kind: 'html', url: 'https://example.org/a' })
 */
export function extractArticle(input: ExtractInput, limits?: Partial<ExtractLimits>): Article {
  const { maxBytes, timeoutMs } = { ...DEFAULT_EXTRACT_LIMITS, ...limits };
  const deadline = startDeadline(timeoutMs);
  const size = input.body.length;
  if (size > maxBytes) {
    throw new SitrepError(
      'too_large',
      `document is ${mebibytes(size)}, over the ${mebibytes(maxBytes)} limit`,
    );
  }
  let text: string;
  if (typeof input.body === 'string') {
    assertTextString(input.body);
    // NUL is never text; a page with some is read without them, as decodeBody does for bytes.
    text = input.body.includes('\0') ? input.body.replaceAll('\0', '') : input.body;
  } else {
    assertTextBytes(input.body, input.charset);
    text = decodeBody(input.body, input.charset);
  }
  if (text.trim() === '') throw new SitrepError('bad_input', 'empty document');
  const url = input.url ?? undefined;
  const article = readByKind(input, text, url, deadline);
  return withoutBidiControls(ArticleSchema.parse(article));
}

function readByKind(input: ExtractInput, text: string, url: string | undefined, deadline: Deadline): Article {
  switch (input.kind) {
    case 'html':
      return extractFromHtml(text, url, deadline);
    case 'text':
      return extractFromText(text, url);
    case 'note':
      return extractFromNote(text, url, input.title);
  }
}
