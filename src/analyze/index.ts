// The analyze stage: an article in, the incidents it reports out (pure; the gazetteer and lexicons are data).
import type { Article } from '../core/article.js';
import type { Incident } from '../core/incident.js';
import { parseAnchor } from './dates.resolver.js';
import { getGazetteer } from './gazetteer.js';
import { assembleIncidents } from './incidents.assembler.js';
import { splitSentences } from './sentences.splitter.js';

/** Options for analyzeArticle. */
export interface AnalyzeOptions {
  /** ISO date or datetime that anchors relative dates ("on Thursday", "last year"); defaults to article.published. */
  published?: string | null;
}

/** The article fields the analyzer reads. */
export type AnalyzableArticle = Pick<Article, 'title' | 'text' | 'paragraphs' | 'published' | 'publisher'>;

/**
 * The incidents an article reports: the news first (background: false), then earlier events told as context
 * (background: true). Returns [] for texts that report no political violence or demonstration; garbage
 * (word lists, other languages, one sentence repeated) gives [] too.
 *
 * @example analyzeArticle({ title: '', text: 'On 9 May 2020, gunmen killed two farmers in Kidal, Mali.',
 *   paragraphs: [], published: '2020-05-11', publisher: null })
 */
export function analyzeArticle(article: AnalyzableArticle, options: AnalyzeOptions = {}): Incident[] {
  // No catch-all here: a failure is a bug, and the pipeline records it against the document (kept for
  // reprocessing) instead of storing a silent "no incidents".
  const gazetteer = getGazetteer();
  const paragraphs =
    article.paragraphs.length > 0
      ? article.paragraphs
      : (article.text ?? '').split(/\n\s*\n/).filter((p) => p.trim() !== '');
  const anchor = parseAnchor(options.published ?? article.published);
  return assembleIncidents(splitSentences(paragraphs), anchor, article.publisher ?? null, gazetteer);
}

export { splitSentences, type Sentence } from './sentences.splitter.js';
export { getGazetteer, type Gazetteer } from './gazetteer.js';
export { writeSummary, type SummaryFields } from './summary.writer.js';
