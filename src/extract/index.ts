// The extract stage's public face: a fetched document (HTML or plain text) in, one Article out.
import { ArticleSchema, type Article } from '../core/article.js';
import { SitrepError } from '../core/errors.js';
import { assertTextBytes, assertTextString } from './binary.detector.js';
import { startDeadline } from './deadline.js';
import { decodeBody } from './encoding.js';
import { extractFromHtml } from './html.extractor.js';
import { extractFromText } from './plain-text.extractor.js';

export { decodeBody } from './encoding.js';
export { readCanonicalClaim, type CanonicalClaim } from './canonical-claim.reader.js';

/** One document to extract: its bytes (or already decoded text), its kind, and where it came from. */
export interface ExtractInput {
  body: Uint8Array | string;
  kind: 'html' | 'text';
  /** The URL the document was fetched from; relative links and image sources resolve against it. */
  url?: string | null;
  /** Charset named by the transport (an HTTP Content-Type header), if any. */
  charset?: string | null;
}

/** Caps on one extraction. */
export interface ExtractLimits {
  /** Largest accepted document in bytes (UTF-16 code units for string bodies). Default 20 MiB. */
  maxBytes: number;
  /** Wall-clock budget in milliseconds. Default 10,000. */
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
 * paragraphs without page chrome. Pure and synchronous.
 *
 * Throws `SitrepError` with code `bad_input` (empty, binary, or no article text), `too_large` (over
 * `maxBytes`) or `timeout` (over `timeoutMs`).
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
    text = input.body;
  } else {
    assertTextBytes(input.body, input.charset);
    text = decodeBody(input.body, input.charset);
  }
  if (text.trim() === '') throw new SitrepError('bad_input', 'empty document');
  const url = input.url ?? undefined;
  const article = input.kind === 'html' ? extractFromHtml(text, url, deadline) : extractFromText(text, url);
  return ArticleSchema.parse(article);
}
