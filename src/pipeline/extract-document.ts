// The extract half of reading a document, on its own so that reader threads load no analyzer or gazetteer.
import type { Article } from '../core/article.js';
import { withoutBidiControls } from '../core/bidi-controls.js';
import type { RawDocument } from '../core/raw-document.js';
import { extractArticle } from '../extract/index.js';
// Not ingest's index: it would load the feed, WARC and file readers into every thread that only reads.
import { decideArticleIdentity, type ArticleIdentity } from '../ingest/canonical-url.js';
import type { ReadLimits } from './read-document.js';

/** An extracted article, stored under `article.url`, and the canonical URL it claimed but was not trusted with. */
export interface ExtractedDocument {
  /** `url` is the identity articleIdentity gives: the page's canonical only if on its own site. */
  article: Article;
  /** A canonical URL the page claimed but was not trusted with (another site's, or unverifiable), or null. */
  canonicalClaim: string | null;
}

/**
 * The identity an article is stored under. The one place this rule is applied from: the full read and the
 * early duplicate check (early-duplicate.ts) both call it, so they always agree. The rule itself is
 * decideArticleIdentity's: a page's canonical counts only on the registrable domain it was fetched from.
 */
export function articleIdentity(
  claimedUrl: string | null | undefined,
  documentUrl: string | null,
): ArticleIdentity {
  return decideArticleIdentity(documentUrl, claimedUrl);
}

/**
 * Extracts one document into an article. Metadata that arrived beside the document (a feed item's date,
 * `--published`) fills what the page itself does not say; the page wins where both speak.
 */
export function extractDocument(doc: RawDocument, limits: ReadLimits): ExtractedDocument {
  const extracted = extractArticle(
    { body: doc.body, kind: doc.kind, url: doc.url, charset: doc.charset, title: doc.title },
    { maxBytes: limits.maxBytes, timeoutMs: limits.timeoutMs },
  );
  const identity = articleIdentity(extracted.url, doc.url);
  // Metadata that came beside the page (a feed item's title) is as untrusted as the page itself.
  const article = withoutBidiControls({
    ...extracted,
    title: extracted.title || doc.title || '',
    published: extracted.published ?? doc.published,
    publisher: extracted.publisher ?? doc.publisher,
    url: identity.url,
  });
  return { article, canonicalClaim: identity.claim };
}
