// The URL a page claims as its own (rel=canonical, else og:url), read cheaply before any extraction, so a
// copy of an article already stored can be recognised without extracting and analysing it again.
import { Parser } from 'htmlparser2';
import { decodeBody } from './encoding.js';
import type { ExtractInput } from './index.js';
import { resolveUrl } from './metadata.reader.js';
import { collapseWhitespace } from './text.normalizer.js';

/**
 * What the full extraction's article.url will be, when this cheap read can tell: `url` is the page's claim
 * resolved against the input URL, or the input URL when the page claims none. "unknown" when only the full
 * read can decide (the claim may come from JSON-LD, or the document is not HTML the reader can scan).
 */
export type CanonicalClaim = { kind: 'known'; url: string | undefined } | { kind: 'unknown' };

/** Subtrees the metadata reader does not look into; a link or meta inside them is no claim. */
const SKIPPED = new Set(['svg', 'noscript', 'template']);
const SLICE = 16 * 1024;

/**
 * Reads the page's identity claim with the same precedence as the metadata reader (the first rel=canonical
 * link, else the first non-empty og:url meta, else JSON-LD), tokenising without building a DOM and stopping
 * at the first canonical link.
 *
 * @example readCanonicalClaim({ kind: 'html', body: '<link rel="canonical" href="/a/1">', url: 'https://x.org/' })
 *   // { kind: 'known', url: 'https://x.org/a/1' }
 */
export function readCanonicalClaim(input: ExtractInput): CanonicalClaim {
  const url = input.url ?? undefined;
  if (input.kind !== 'html') return { kind: 'known', url };
  try {
    // Most pages name their canonical in the head: a prefix cut after a '>' (so no character is split) is
    // decoded and scanned first. Its decoding can differ from the whole page's only outside ASCII, so only
    // an ASCII claim found there is taken.
    if (typeof input.body !== 'string' && input.body.length > PREFIX_BYTES) {
      const cut = input.body.lastIndexOf(0x3e, PREFIX_BYTES);
      if (cut > 0) {
        const early = scanClaims(decodeBody(input.body.subarray(0, cut + 1), input.charset));
        if (early.canonical !== undefined && /^[\x20-\x7e]*$/.test(early.canonical))
          return { kind: 'known', url: resolveUrl(early.canonical, url) };
      }
    }
    const html = typeof input.body === 'string' ? input.body : decodeBody(input.body, input.charset);
    const { canonical, ogUrl, hasJsonLd } = scanClaims(html);
    const claim = canonical ?? ogUrl;
    if (claim === undefined && hasJsonLd) return { kind: 'unknown' };
    return { kind: 'known', url: claim === undefined ? url : resolveUrl(claim, url) };
  } catch {
    return { kind: 'unknown' };
  }
}

const PREFIX_BYTES = 64 * 1024;

/** The first canonical link, the first og:url and whether JSON-LD is present, stopping at a canonical link. */
function scanClaims(html: string): { canonical?: string; ogUrl?: string; hasJsonLd: boolean } {
  let canonical: string | undefined;
  let ogUrl: string | undefined;
  let hasJsonLd = false;
  let skipDepth = 0;
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (skipDepth > 0 || SKIPPED.has(name)) {
          skipDepth += 1;
          return;
        }
        if (name === 'link') {
          const rel = attribs['rel']?.trim().toLowerCase().split(/\s+/) ?? [];
          const href = nonEmpty(attribs['href']);
          if (rel.includes('canonical') && href !== undefined) canonical ??= href;
        } else if (name === 'meta') {
          const keys = [attribs['property'], attribs['name'], attribs['itemprop']];
          const content = nonEmpty(attribs['content']);
          if (content !== undefined && keys.some((key) => key?.trim().toLowerCase() === 'og:url'))
            ogUrl ??= collapseWhitespace(content);
        } else if (name === 'script') {
          if (attribs['type']?.trim().toLowerCase() === 'application/ld+json') hasJsonLd = true;
        }
      },
      onclosetag() {
        if (skipDepth > 0) skipDepth -= 1;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  for (let offset = 0; offset < html.length && canonical === undefined; offset += SLICE)
    parser.write(html.slice(offset, offset + SLICE));
  parser.end();
  return { canonical, ogUrl, hasJsonLd };
}

function nonEmpty(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed === undefined || trimmed === '' ? undefined : trimmed;
}
