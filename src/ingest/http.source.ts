// Pages and feeds fetched over HTTP(S), with a time limit, a size cap and the charset from the headers.
import { readFeed, looksLikeFeed } from './feed.source.js';
import type { IngestItem, SourceOptions } from './origin.js';

export type Fetch = typeof globalThis.fetch;

export interface HttpOptions extends SourceOptions {
  fetch: Fetch;
  timeoutMs: number;
  userAgent: string;
}

/** Fetches one URL: a page becomes one document, a feed one per item. Failures become error items. */
export async function* readUrlItems(url: string, options: HttpOptions): AsyncGenerator<IngestItem> {
  let response: Response;
  try {
    response = await options.fetch(url, {
      redirect: 'follow',
      signal: AbortSignal.timeout(options.timeoutMs),
      headers: {
        'user-agent': options.userAgent,
        accept:
          'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,text/plain;q=0.8,*/*;q=0.5',
      },
    });
  } catch (error) {
    yield { kind: 'error', origin: url, error: `cannot fetch ${url}: ${describeFetchError(error)}` };
    return;
  }
  if (!response.ok) {
    yield { kind: 'error', origin: url, error: `cannot fetch ${url}: HTTP ${response.status}` };
    return;
  }
  const declared = Number(response.headers.get('content-length') ?? '0');
  if (declared > options.maxBytes) {
    yield {
      kind: 'error',
      origin: url,
      error: `response too large: ${url} is ${declared} bytes, limit ${options.maxBytes}`,
    };
    return;
  }
  const bytes = await readCapped(response, options.maxBytes);
  if (bytes === undefined) {
    yield {
      kind: 'error',
      origin: url,
      error: `response too large: ${url} exceeds ${options.maxBytes} bytes`,
    };
    return;
  }
  const contentType = response.headers.get('content-type') ?? '';
  const charset = /charset=([^;\s]+)/i.exec(contentType)?.[1]?.replace(/"/g, '') ?? null;
  const head = new TextDecoder().decode(bytes.slice(0, 2048));
  if (/(rss|atom)\+xml|\/xml/i.test(contentType) || looksLikeFeed(head)) {
    yield* readFeed(new TextDecoder(charset ?? 'utf-8').decode(bytes), url, 'feed');
    return;
  }
  yield {
    kind: 'document',
    origin: url,
    document: {
      kind: /^text\/plain/i.test(contentType) ? 'text' : 'html',
      body: bytes,
      url: response.url || url,
      source: 'http',
      charset,
      published: options.published ?? null,
      title: null,
      publisher: null,
    },
  };
}

// Reads the body but stops as soon as it passes the cap, so a huge or endless response cannot fill memory.
async function readCapped(response: Response, maxBytes: number): Promise<Uint8Array | undefined> {
  if (!response.body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of response.body as AsyncIterable<Uint8Array>) {
    total += chunk.byteLength;
    if (total > maxBytes) {
      await response.body.cancel().catch(() => undefined);
      return undefined;
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

function describeFetchError(error: unknown): string {
  if (error instanceof Error) {
    if (error.name === 'TimeoutError') return 'timed out';
    const cause = (error as Error & { cause?: unknown }).cause;
    return cause instanceof Error ? cause.message : error.message;
  }
  return String(error);
}
