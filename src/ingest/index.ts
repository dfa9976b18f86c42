// Ingest: turns the paths a user names (and, in ./http, the URLs) into a stream of raw documents (or per-item errors).
import { expandPaths, readFileItems } from './file.source.js';
import type { IngestItem, SourceOptions } from './origin.js';

export type { IngestItem, SourceOptions } from './origin.js';
export { readJsonl, parseJsonlLine, JsonlDocumentSchema, type JsonlDocument } from './jsonl.source.js';
export {
  readFeed,
  parseFeed,
  feedItemDocument,
  feedItemText,
  looksLikeFeed,
  type FeedItem,
  type ParsedFeed,
} from './feed.source.js';
export { parseSitemap, type SitemapEntry, type ParsedSitemap } from './sitemap.source.js';
export { canonicalUrl, decideArticleIdentity, type ArticleIdentity } from './canonical-url.js';
export { countItems } from './item-count.js';

/**
 * Every item under the given local paths (files and folders), in order. URLs are the fetcher's (./http).
 * A file that fails in a way its reader did not foresee becomes one error item, and the next file is read.
 */
export async function* readTargets(targets: string[], options: SourceOptions): AsyncGenerator<IngestItem> {
  for (const target of targets) {
    for await (const entry of expandPaths([target])) {
      if ('error' in entry) {
        yield { kind: 'error', origin: entry.path, error: entry.error };
        continue;
      }
      try {
        yield* readFileItems(entry.path, options);
      } catch (error) {
        yield {
          kind: 'error',
          origin: entry.path,
          error: `cannot read ${entry.path}: ${(error as Error).message}`,
        };
      }
    }
  }
}
