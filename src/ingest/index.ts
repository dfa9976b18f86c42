// Ingest: turns the paths and URLs a user names into a stream of raw documents (or per-item errors).
import { expandPaths, readFileItems } from './file.source.js';
import { readUrlItems, type HttpOptions } from './http.source.js';
import type { IngestItem } from './origin.js';

export type { IngestItem, SourceOptions } from './origin.js';
export type { Fetch } from './http.source.js';
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
export { canonicalUrl } from './canonical-url.js';

/** Every item from every target, in order: http(s) URLs are fetched, anything else is a local path. */
export async function* readTargets(targets: string[], options: HttpOptions): AsyncGenerator<IngestItem> {
  for (const target of targets) {
    if (/^https?:\/\//i.test(target)) {
      yield* readUrlItems(target, options);
      continue;
    }
    for await (const entry of expandPaths([target])) {
      if ('error' in entry) yield { kind: 'error', origin: entry.path, error: entry.error };
      else yield* readFileItems(entry.path, options);
    }
  }
}
