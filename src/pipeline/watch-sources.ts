// Watching: checks each due source (feed, sitemap or page), stores what is new, and records how it went.
import { describeError } from '../core/errors.js';
import type { RawDocument } from '../core/raw-document.js';
import { canonicalUrl, feedItemDocument, feedItemText, parseFeed, parseSitemap } from '../ingest/index.js';
import { hasDocumentWithUrl, listDueSources, recordSourceCheck, type WatchedSource } from '../store/index.js';
import { processQueue, type QueueDeps } from './process-queue.js';
import { receiveDocument } from './receive-document.js';

/** What watching needs of an HTTP client: the fetcher in src/ingest/http fits it. */
export interface PageFetcher {
  fetch(
    url: string,
    conditional?: { etag?: string | null; lastModified?: string | null },
    accept?: 'page' | 'feed' | 'any',
  ): Promise<
    | {
        kind: 'ok';
        url: string;
        body: Uint8Array;
        charset: string | null;
        /** What the body looked like when sniffed, whatever its label said. */
        format: 'html' | 'feed' | 'sitemap' | 'xml' | 'text';
        etag: string | null;
        lastModified: string | null;
      }
    | { kind: 'not-modified'; url: string }
    | { kind: 'failed'; url: string; reason: string; message: string }
  >;
}

export interface WatchDeps extends QueueDeps {
  fetcher: PageFetcher;
}

export interface CheckResult {
  sourceId: number;
  url: string;
  status: string;
  error: string | null;
  itemsSeen: number;
  documentsAdded: number;
}

/** Feed entries shorter than this are teasers: the article is fetched from the entry's link instead. */
const TEASER_CHARS = 600;
/** Pages fetched from one feed or sitemap per check, so one huge sitemap cannot starve the other sources. */
const MAX_PAGES_PER_CHECK = 100;
/** A failing source is checked less often, up to once a day. */
const MAX_BACKOFF_MINUTES = 24 * 60;

/** Checks every source that is due now; one failing source never stops the others. */
export async function checkDueSources(deps: WatchDeps): Promise<CheckResult[]> {
  const due = await listDueSources(deps.db, deps.now().toISOString());
  const results: CheckResult[] = [];
  for (const source of due) results.push(await checkSource(deps, source));
  return results;
}

/** Checks one source now: fetch (conditionally), store new documents, process them, record the outcome. */
export async function checkSource(deps: WatchDeps, source: WatchedSource): Promise<CheckResult> {
  const accept = source.kind === 'page' ? 'page' : source.kind === 'feed' ? 'feed' : 'any';
  let status = 'ok';
  let error: string | null = null;
  let itemsSeen = 0;
  let documentsAdded = 0;
  let validators: { etag?: string | null; lastModified?: string | null } = {};
  try {
    const outcome = await deps.fetcher.fetch(
      source.url,
      { etag: source.etag, lastModified: source.lastModified },
      accept,
    );
    if (outcome.kind === 'failed') {
      status = outcome.reason;
      error = outcome.message;
    } else if (outcome.kind === 'not-modified') {
      status = 'not-modified';
    } else {
      validators = { etag: outcome.etag, lastModified: outcome.lastModified };
      const docs = await documentsFrom(deps, source, outcome);
      itemsSeen = docs.itemsSeen;
      for (const doc of docs.documents) {
        const received = await receiveDocument(deps.db, doc, deps.now().toISOString());
        if (received.kind === 'received') documentsAdded += 1;
      }
      if (docs.problem) {
        status = docs.isUnreadable ? 'unreadable' : 'partial';
        error = docs.problem;
      }
      await processQueue(deps);
    }
  } catch (caught) {
    status = 'error';
    error = describeError(caught);
  }
  const failed = error !== null && status !== 'partial';
  const failures = failed ? source.consecutiveFailures + 1 : 0;
  const waitMinutes = Math.min(
    source.intervalMinutes * 2 ** failures,
    Math.max(MAX_BACKOFF_MINUTES, source.intervalMinutes),
  );
  const at = deps.now();
  await recordSourceCheck(deps.db, source.id, {
    at: at.toISOString(),
    status,
    error: failed ? error : null,
    ...validators,
    itemsSeen,
    documentsAdded,
    nextCheckAt: new Date(at.getTime() + waitMinutes * 60_000).toISOString(),
  });
  return { sourceId: source.id, url: source.url, status, error, itemsSeen, documentsAdded };
}

/**
 * The documents behind one fetched URL: a feed's entries (fetching the article behind a teaser), the pages a
 * sitemap lists (those not stored yet), or the page itself. `kind` "any" goes by what the body looks like.
 */
export async function documentsFrom(
  deps: WatchDeps,
  source: { url: string; kind: WatchedSource['kind'] | 'any' },
  fetched: { url: string; body: Uint8Array; charset: string | null; format: string },
): Promise<{
  documents: RawDocument[];
  itemsSeen: number;
  /** Entries whose URL is already stored: not fetched or read again. */
  alreadyStored: number;
  problem: string | null;
  isUnreadable?: boolean;
}> {
  const text = new TextDecoder(safeCharset(fetched.charset)).decode(fetched.body);
  const isPage =
    source.kind === 'page' ||
    (source.kind === 'any' && (fetched.format === 'html' || fetched.format === 'text'));
  const feed = isPage ? undefined : parseFeed(text);
  if (feed) {
    const documents: RawDocument[] = [];
    const problems: string[] = [];
    let fetchedPages = 0;
    let alreadyStored = 0;
    for (const item of feed.items) {
      const link = canonicalUrl(item.link);
      if (link && (await hasDocumentWithUrl(deps.db, link))) {
        alreadyStored += 1;
        continue;
      }
      const isTeaser = feedItemText(item).length < TEASER_CHARS;
      if (isTeaser && link && fetchedPages < MAX_PAGES_PER_CHECK) {
        fetchedPages += 1;
        const page = await deps.fetcher.fetch(link, {}, 'page');
        if (page.kind === 'ok') {
          documents.push(pageDocument(page, 'feed', item.published));
          continue;
        }
        problems.push(`${link}: ${page.kind === 'failed' ? page.message : page.kind}`);
      }
      if (feedItemText(item) !== '') documents.push(feedItemDocument(item, feed.title, 'feed'));
    }
    return { documents, itemsSeen: feed.items.length, alreadyStored, problem: summarize(problems) };
  }
  const sitemap = isPage ? undefined : parseSitemap(text);
  if (sitemap) {
    const documents: RawDocument[] = [];
    const problems: string[] = [];
    let fetchedPages = 0;
    let alreadyStored = 0;
    for (const entry of sitemap.pages) {
      const link = canonicalUrl(entry.url);
      if (!link) continue;
      if (await hasDocumentWithUrl(deps.db, link)) {
        alreadyStored += 1;
        continue;
      }
      if (fetchedPages >= MAX_PAGES_PER_CHECK) break;
      fetchedPages += 1;
      const page = await deps.fetcher.fetch(link, {}, 'page');
      if (page.kind === 'ok') documents.push(pageDocument(page, 'sitemap', entry.published));
      else problems.push(`${link}: ${page.kind === 'failed' ? page.message : page.kind}`);
    }
    return { documents, itemsSeen: sitemap.pages.length, alreadyStored, problem: summarize(problems) };
  }
  if (!isPage) {
    return {
      documents: [],
      itemsSeen: 0,
      alreadyStored: 0,
      problem: `not a feed or sitemap: ${source.url}`,
      isUnreadable: true,
    };
  }
  const kind = fetched.format === 'text' ? 'text' : 'html';
  return {
    documents: [{ ...pageDocument(fetched, 'http', null), kind }],
    itemsSeen: 1,
    alreadyStored: 0,
    problem: null,
  };
}

function pageDocument(
  page: { url: string; body: Uint8Array; charset: string | null },
  source: string,
  published: string | null,
): RawDocument {
  return {
    kind: 'html',
    body: page.body,
    url: page.url,
    source,
    charset: page.charset,
    published,
    title: null,
    publisher: null,
  };
}

function summarize(problems: string[]): string | null {
  if (problems.length === 0) return null;
  return `${problems.length} linked page(s) not fetched; first: ${problems[0] ?? ''}`;
}

function safeCharset(charset: string | null): string {
  try {
    return new TextDecoder(charset ?? 'utf-8').encoding;
  } catch {
    return 'utf-8';
  }
}
