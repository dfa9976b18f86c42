// The pure half of the pipeline: a raw document read into an article and the incidents it reports.
import type { Article } from '../core/article.js';
import type { Incident } from '../core/incident.js';
import type { RawDocument } from '../core/raw-document.js';
import { analyzeArticle } from '../analyze/index.js';
import { extractDocument, type ExtractedDocument } from './extract-document.js';

/** Bumped whenever a stage changes what it reads out of the same bytes; stored with every result. */
export const PIPELINE_VERSION = '0.1.0';

export interface Reading {
  /** `url` is the identity decideArticleIdentity gives: the page's canonical only if on its own site. */
  article: Article;
  incidents: Incident[];
  /** A canonical URL the page claimed but was not trusted with (another site's, or unverifiable), or null. */
  canonicalClaim: string | null;
}

export interface ReadLimits {
  maxBytes: number;
  /** CPU-time budget of one extraction in milliseconds (see extractArticle). */
  timeoutMs: number;
}

/** The incidents an extracted article (extractDocument) reports; `anchorDate` as in readDocument. */
export function analyzeExtracted(extracted: ExtractedDocument, anchorDate?: string | null): Reading {
  const { article, canonicalClaim } = extracted;
  return {
    article,
    incidents: analyzeArticle(article, { published: anchorDate ?? article.published }),
    canonicalClaim,
  };
}

/**
 * Extracts and analyzes one document. Metadata that arrived beside the document (a feed item's date,
 * `--published`) fills what the page itself does not say; the page wins where both speak. `anchorDate`, when
 * given, is the date relative expressions ("on Thursday") are read against, whatever the page says.
 */
export function readDocument(doc: RawDocument, limits: ReadLimits, anchorDate?: string | null): Reading {
  return analyzeExtracted(extractDocument(doc, limits), anchorDate);
}
