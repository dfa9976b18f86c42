// The extract half of reading a document, on its own so that reader threads load no analyzer or gazetteer.
import type { Article } from '../core/article.js';
import type { RawDocument } from '../core/raw-document.js';
import { extractArticle } from '../extract/index.js';
import { canonicalUrl } from '../ingest/index.js';
import type { ReadLimits } from './read-document.js';

/**
 * The identity an article is stored under: the URL the page claims for itself (rel=canonical, og:url,
 * JSON-LD, already resolved against the document's URL) when it is a usable URL, else the document's own.
 * The one place this rule lives: the full read and the early duplicate check (early-duplicate.ts) both call
 * it, so a stricter rule (e.g. a claim trusted only on the page's own registrable domain) goes here.
 */
export function articleIdentity(
  claimedUrl: string | null | undefined,
  documentUrl: string | null,
): string | null {
  return canonicalUrl(claimedUrl) ?? canonicalUrl(documentUrl);
}

/**
 * Extracts one document into an article. Metadata that arrived beside the document (a feed item's date,
 * `--published`) fills what the page itself does not say; the page wins where both speak.
 */
export function extractDocument(doc: RawDocument, limits: ReadLimits): Article {
  const extracted = extractArticle(
    { body: doc.body, kind: doc.kind, url: doc.url, charset: doc.charset },
    { maxBytes: limits.maxBytes, timeoutMs: limits.timeoutMs },
  );
  return {
    ...extracted,
    title: extracted.title || doc.title || '',
    published: extracted.published ?? doc.published,
    publisher: extracted.publisher ?? doc.publisher,
    url: articleIdentity(extracted.url, doc.url),
  };
}
