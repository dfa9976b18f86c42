// Decides whether a response is something sitrep can read (a page, a feed, a sitemap) from its
// Content-Type and, because servers mislabel, from its first bytes.

/** What the caller wants: a news page, a feed or sitemap, or either. */
export type Accept = 'page' | 'feed' | 'any';

/** What the body looks like once sniffed. */
export type DetectedFormat = 'html' | 'feed' | 'sitemap' | 'xml' | 'text';

/** A parsed Content-Type header: the lower-cased media type and the charset parameter, if any. */
export interface ContentType {
  mediaType: string | null;
  charset: string | null;
}

/** Parses `text/html; charset="UTF-8"` into `{ mediaType: 'text/html', charset: 'utf-8' }`. */
export function parseContentType(header: string | null | undefined): ContentType {
  if (!header) return { mediaType: null, charset: null };
  const [type = '', ...params] = header.split(';');
  const mediaType = type.trim().toLowerCase() || null;
  let charset: string | null = null;
  for (const param of params) {
    const match = /^\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(param);
    if (match?.[1]) charset = match[1].toLowerCase();
  }
  return { mediaType, charset };
}

/** The Accept request header for each wish; `*\/*` last so odd servers still answer. */
export const ACCEPT_HEADER: Record<Accept, string> = {
  page: 'text/html,application/xhtml+xml;q=0.9,text/plain;q=0.8,*/*;q=0.1',
  feed: 'application/rss+xml,application/atom+xml,application/xml;q=0.9,text/xml;q=0.9,*/*;q=0.1',
  any: 'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,text/xml;q=0.9,text/plain;q=0.8,*/*;q=0.1',
};

const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);
const XML_TYPES = new Set(['application/rss+xml', 'application/atom+xml', 'application/xml', 'text/xml']);
// Labels that say nothing about the content; the body decides.
const GENERIC_TYPES = new Set([
  'application/octet-stream',
  'binary/octet-stream',
  'application/unknown',
  'application/x-unknown',
  'application/download',
  'application/force-download',
]);
/** Gzipped sitemaps (`sitemap.xml.gz`) are served with these types and no Content-Encoding. */
export const GZIP_TYPES = new Set(['application/gzip', 'application/x-gzip']);

type Family = 'html' | 'text' | 'xml' | 'generic' | 'other';

function familyOf(mediaType: string | null): Family {
  if (mediaType === null || GENERIC_TYPES.has(mediaType)) return 'generic';
  if (HTML_TYPES.has(mediaType)) return 'html';
  if (mediaType === 'text/plain') return 'text';
  if (XML_TYPES.has(mediaType) || mediaType.endsWith('+xml')) return 'xml';
  return 'other';
}

/**
 * Whether the headers alone rule the response out, so a 10 MB image is refused before it is downloaded.
 * Only clearly non-text types are refused here; everything else waits for the body.
 */
export function isRefusedByHeader(mediaType: string | null, accept: Accept): boolean {
  if (mediaType !== null && GZIP_TYPES.has(mediaType)) return accept === 'page';
  return familyOf(mediaType) === 'other';
}

/**
 * Share of control bytes (NUL aside) above which a body is binary: pages stay far below 1%, compressed
 * or random data holds 27 of every 255 non-NUL values (10.6%).
 */
const CONTROL_SHARE_LIMIT = 0.03;

// NUL bytes alone do not make a body binary: UTF-16 has one in every ASCII character, and a page with a
// few stray ones is read without them (the extract stage drops them). The bytes around them decide.
function isMostlyControls(head: Uint8Array): boolean {
  let sampled = 0;
  let controls = 0;
  for (const byte of head) {
    if (byte === 0) continue;
    sampled += 1;
    // Tab, LF, FF and CR are ordinary in text; ESC appears in some legacy CJK encodings (ISO-2022-JP).
    const isControl = (byte < 0x20 && ![0x09, 0x0a, 0x0c, 0x0d, 0x1b].includes(byte)) || byte === 0x7f;
    if (isControl) controls += 1;
  }
  return sampled > 0 && controls / sampled > CONTROL_SHARE_LIMIT;
}

/**
 * Looks at the first bytes (after a BOM and white space): markup is classified as html, feed (RSS, Atom,
 * RDF), sitemap, or other xml; a known binary signature, or bytes that are mostly control codes, mean
 * binary; else plain text.
 */
export function sniff(body: Uint8Array): DetectedFormat | 'binary' {
  const head = body.subarray(0, 4096);
  if (BINARY_SIGNATURES.some((signature) => signature.every((byte, i) => head[i] === byte))) return 'binary';
  if (isMostlyControls(head)) return 'binary';
  // Dropping NULs also reads the ASCII markup of UTF-16, with or without a byte-order mark.
  const text = new TextDecoder('utf-8')
    .decode(head)
    .replace(/\0/g, '')
    .replace(/^(\uFEFF|\uFFFD\uFFFD)/, '')
    .trimStart()
    .toLowerCase();
  if (/^(<!--[\s\S]*?-->\s*)*(<!doctype html|<html)/.test(text)) return 'html';
  if (/<(rss|feed|rdf:rdf)[\s>]/.test(text)) return 'feed';
  if (/<(urlset|sitemapindex)[\s>]/.test(text)) return 'sitemap';
  if (text.startsWith('<?xml')) return 'xml';
  if (/^<(head|body|meta|title|div|p)[\s>]/.test(text)) return 'html';
  return 'text';
}

const BINARY_SIGNATURES: number[][] = [
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0xff, 0xd8, 0xff], // JPEG
  [0x47, 0x49, 0x46, 0x38], // GIF
  [0x25, 0x50, 0x44, 0x46], // %PDF
  [0x50, 0x4b, 0x03, 0x04], // ZIP, DOCX, EPUB
  [0x1f, 0x8b], // gzip that was not decoded
  [0x52, 0x49, 0x46, 0x46], // RIFF: WebP, WAV, AVI
];

/**
 * The verdict on a downloaded body: the detected format, or a message saying why it is refused.
 * 'page' takes HTML and plain text; 'feed' takes feeds, sitemaps and other XML, even when labelled
 * text/html; 'any' takes all of these. A generic label (octet-stream, none) defers to the sniffed bytes.
 */
export function judgeContent(
  mediaType: string | null,
  body: Uint8Array,
  accept: Accept,
): { isAccepted: true; format: DetectedFormat } | { isAccepted: false; message: string } {
  const sniffed = sniff(body);
  const label = mediaType ?? 'no Content-Type';
  if (sniffed === 'binary') return { isAccepted: false, message: `binary content (${label})` };
  const family = familyOf(mediaType);
  const isMarkupFeed = sniffed === 'feed' || sniffed === 'sitemap' || sniffed === 'xml';
  switch (accept) {
    case 'page':
      if (sniffed === 'html' || family === 'html' || family === 'text')
        return { isAccepted: true, format: sniffed };
      return { isAccepted: false, message: `expected an HTML page, got ${describe(sniffed)} (${label})` };
    case 'feed':
      if (isMarkupFeed) return { isAccepted: true, format: sniffed };
      return {
        isAccepted: false,
        message: `expected a feed or sitemap, got ${describe(sniffed)} (${label})`,
      };
    case 'any':
      if (sniffed !== 'text' || family === 'text' || family === 'html' || family === 'xml')
        return { isAccepted: true, format: sniffed };
      return { isAccepted: false, message: `expected a page or feed, got ${describe(sniffed)} (${label})` };
  }
}

function describe(format: DetectedFormat): string {
  return format === 'html' ? 'an HTML page' : format === 'text' ? 'plain text' : `${format} content`;
}
