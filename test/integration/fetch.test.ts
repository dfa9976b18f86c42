// The HTTP fetcher against a real server on loopback: feeds, timeouts, retries, redirects, size caps,
// gzip bombs, content sniffing, robots.txt, conditional GET, the address guard and per-host politeness.
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { after, before, describe, it } from 'node:test';
import { brotliCompressSync, createGzip, gzipSync } from 'node:zlib';
import {
  createFetcher,
  type Fetcher,
  type FetcherOptions,
  type FetchOutcome,
} from '../../src/ingest/http/index.js';

const MiB = 1024 * 1024;
const HUGE_BYTES = 50 * 1000 * 1000;
const BOMB_INFLATED_BYTES = 64 * MiB;
const LAST_MODIFIED = 'Wed, 21 Oct 2015 07:28:00 GMT';
const PAGE =
  '<!doctype html><html><head><title>Shelling reported</title></head><body><p>Report</p></body></html>';

let server: Server;
let base = '';
let gzipBomb: Buffer = Buffer.alloc(0);
/** Requests seen per path, and when each arrived (server clock, ms). */
const hits = new Map<string, number>();
const arrivals: Array<{ path: string; at: number }> = [];
const requestHeaders = new Map<string, IncomingMessage['headers']>();
/** What the 50 MB handler managed to send before the client hung up. */
const huge = { sent: 0, closedEarly: Promise.resolve(false) };
const fetchers: Fetcher[] = [];

function rss(items: number): string {
  const entries = Array.from(
    { length: items },
    (_, i) =>
      `<item><title>Item ${i + 1}</title><link>https://news.example/${i + 1}</link><guid>${i + 1}</guid></item>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>News</title>${entries.join('')}</channel></rss>`;
}
const FEED = rss(50);

function html(res: ServerResponse, body = PAGE, type = 'text/html; charset=utf-8'): void {
  res.writeHead(200, { 'content-type': type });
  res.end(body);
}

function streamHuge(res: ServerResponse): void {
  huge.sent = 0;
  huge.closedEarly = new Promise((resolve) => res.on('close', () => resolve(huge.sent < HUGE_BYTES)));
  res.writeHead(200, { 'content-type': 'text/html' }); // chunked: no Content-Length to refuse up front
  const chunk = Buffer.alloc(64 * 1024, 0x61);
  const pump = (): void => {
    while (huge.sent < HUGE_BYTES && !res.destroyed) {
      huge.sent += chunk.length;
      if (!res.write(chunk)) return void res.once('drain', pump);
    }
    if (!res.destroyed) res.end();
  };
  pump();
}

function handle(req: IncomingMessage, res: ServerResponse): void {
  const path = new URL(req.url ?? '/', 'http://x').pathname;
  hits.set(path, (hits.get(path) ?? 0) + 1);
  arrivals.push({ path, at: performance.now() });
  requestHeaders.set(path, req.headers);
  switch (path) {
    case '/robots.txt':
      res.writeHead(200, { 'content-type': 'text/plain' });
      return void res.end('# test rules\nUser-agent: *\nDisallow: /private\n');
    case '/feed.xml':
      res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' });
      return void res.end(FEED);
    case '/feed-as-html':
      return html(res, FEED, 'text/html');
    case '/stall':
      res.writeHead(200, { 'content-type': 'text/html' });
      return void res.write('<!doctype html><html>'); // and nothing more
    case '/trickle': {
      res.writeHead(200, { 'content-type': 'text/html' });
      const timer = setInterval(() => (res.destroyed ? clearInterval(timer) : res.write(' ')), 50);
      return void res.on('close', () => clearInterval(timer));
    }
    case '/flaky':
      if ((hits.get(path) ?? 0) <= 3) {
        res.writeHead(500);
        return void res.end('try later');
      }
      return html(res);
    case '/busy':
      if ((hits.get(path) ?? 0) === 1) {
        res.writeHead(503, { 'retry-after': '2' });
        return void res.end();
      }
      return html(res);
    case '/gone':
      res.writeHead(404);
      return void res.end('no such page');
    case '/loop/a':
    case '/loop/b':
      res.writeHead(302, { location: path === '/loop/a' ? '/loop/b' : '/loop/a' });
      return void res.end();
    case '/huge':
      return streamHuge(res);
    case '/bomb':
      res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' });
      return void res.end(gzipBomb);
    case '/gzip-page':
      res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' });
      return void res.end(gzipSync(PAGE));
    case '/br-page':
      res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'br' });
      return void res.end(brotliCompressSync(PAGE));
    case '/image':
      res.writeHead(200, { 'content-type': 'image/png' });
      return void res.end(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]));
    case '/octet':
      return html(res, PAGE, 'application/octet-stream');
    case '/etag':
      if (req.headers['if-none-match'] === '"v1"') {
        res.writeHead(304, { etag: '"v1"' });
        return void res.end();
      }
      res.writeHead(200, { 'content-type': 'text/html', etag: '"v1"' });
      return void res.end(PAGE);
    case '/last-modified':
      if (req.headers['if-modified-since'] === LAST_MODIFIED) {
        res.writeHead(304);
        return void res.end();
      }
      res.writeHead(200, { 'content-type': 'text/html', 'last-modified': LAST_MODIFIED });
      return void res.end(PAGE);
    case '/latin1':
      res.writeHead(200, { 'content-type': 'text/html; charset="ISO-8859-1"' });
      return void res.end(Buffer.from('<html><body>Bogotá</body></html>', 'latin1'));
    case '/to-private':
      res.writeHead(302, { location: 'http://10.255.255.1/secret' });
      return void res.end();
    case '/private/x':
    case '/public':
    case '/polite/1':
    case '/polite/2':
      return html(res);
    default:
      res.writeHead(404);
      res.end();
  }
}

/** 64 MiB of zeros gzipped to about 64 KB, built in chunks so the test never holds the inflated bytes. */
async function buildGzipBomb(): Promise<Buffer> {
  const gzip = createGzip({ level: 9 });
  const out: Buffer[] = [];
  gzip.on('data', (data: Buffer) => out.push(data));
  const done = new Promise((resolve) => gzip.on('end', resolve));
  const zeros = Buffer.alloc(MiB);
  for (let i = 0; i < BOMB_INFLATED_BYTES / MiB; i++) {
    if (!gzip.write(zeros)) await new Promise((resolve) => gzip.once('drain', resolve));
  }
  gzip.end();
  await done;
  return Buffer.concat(out);
}

/** A fetcher for the loopback server: only 127.0.0.1 allowed, no politeness gap, instant backoff. */
function loopbackFetcher(options: Partial<FetcherOptions> = {}): Fetcher {
  const fetcher = createFetcher({
    allowPrivateAddresses: ['127.0.0.1'],
    perHostDelayMs: 0,
    // Generous: only the timeout tests, which pass their own, should ever meet it, even on a busy machine.
    timeoutMs: 60_000,
    sleep: () => Promise.resolve(),
    ...options,
  });
  fetchers.push(fetcher);
  return fetcher;
}

function assertFailed(
  outcome: FetchOutcome,
  reason: string,
  messagePart: string | RegExp,
): asserts outcome is Extract<FetchOutcome, { kind: 'failed' }> {
  assert.equal(
    outcome.kind,
    'failed',
    `expected a failure, got ${JSON.stringify({ ...outcome, body: undefined })}`,
  );
  assert.equal(outcome.reason, reason, outcome.message);
  if (typeof messagePart === 'string') assert.ok(outcome.message.includes(messagePart), outcome.message);
  else assert.match(outcome.message, messagePart);
}

function assertOk(outcome: FetchOutcome): asserts outcome is Extract<FetchOutcome, { kind: 'ok' }> {
  assert.equal(outcome.kind, 'ok', outcome.kind === 'failed' ? outcome.message : outcome.kind);
}

before(async () => {
  gzipBomb = await buildGzipBomb();
  server = createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(async () => {
  await Promise.all(fetchers.map((fetcher) => fetcher.close()));
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe('the HTTP fetcher', () => {
  it('returns a 50-item RSS feed whole, with its type and charset', async () => {
    const outcome = await loopbackFetcher().fetch(`${base}/feed.xml`, {}, 'feed');
    assertOk(outcome);
    const text = new TextDecoder().decode(outcome.body);
    assert.equal(text, FEED);
    assert.equal(text.match(/<item>/g)?.length, 50);
    assert.equal(outcome.contentType, 'application/rss+xml');
    assert.equal(outcome.charset, 'utf-8');
    assert.equal(outcome.format, 'feed');
    assert.equal(outcome.url, `${base}/feed.xml`);
    assert.match(requestHeaders.get('/feed.xml')?.['user-agent'] ?? '', /^sitrep\//);
    assert.match(requestHeaders.get('/feed.xml')?.['accept-encoding'] ?? '', /gzip/);
  });

  it('treats a feed served as text/html as a feed', async () => {
    const outcome = await loopbackFetcher().fetch(`${base}/feed-as-html`, {}, 'feed');
    assertOk(outcome);
    assert.equal(outcome.format, 'feed');
  });

  it('times out on a host that sends headers and then stalls', async () => {
    const started = performance.now();
    const outcome = await loopbackFetcher({ timeoutMs: 500 }).fetch(`${base}/stall`, {}, 'page');
    const elapsed = performance.now() - started;
    assertFailed(outcome, 'timeout', '500 ms');
    // Never early; late only by what a busy machine adds (the upper bound is 100x, against a hang).
    assert.ok(elapsed >= 450 && elapsed < 60_000, `took ${elapsed} ms`);
    assert.equal(outcome.attempts, 1, 'a timeout is not retried');
  });

  it('times out on a host that trickles bytes (the limit covers the whole body)', async () => {
    const started = performance.now();
    const outcome = await loopbackFetcher({ timeoutMs: 500 }).fetch(`${base}/trickle`, {}, 'page');
    const elapsed = performance.now() - started;
    assertFailed(outcome, 'timeout', `${base}/trickle`);
    assert.ok(elapsed >= 450 && elapsed < 60_000, `took ${elapsed} ms`);
  });

  it('retries 500s with growing backoff and succeeds on the fourth attempt', async () => {
    const waits: number[] = [];
    const fetcher = loopbackFetcher({
      sleep: (ms) => {
        waits.push(ms);
        return Promise.resolve();
      },
    });
    const outcome = await fetcher.fetch(`${base}/flaky`, {}, 'page');
    assertOk(outcome);
    assert.equal(hits.get('/flaky'), 4);
    assert.equal(waits.length, 3);
    assert.ok(waits[0]! >= 500 && waits[0]! < 750, `first wait ${waits[0]}`);
    assert.ok(waits[1]! >= 1000 && waits[1]! < 1500, `second wait ${waits[1]}`);
    assert.ok(waits[2]! >= 2000 && waits[2]! < 3000, `third wait ${waits[2]}`);
  });

  it('honours Retry-After on a 503', async () => {
    const waits: number[] = [];
    const fetcher = loopbackFetcher({ sleep: (ms) => (waits.push(ms), Promise.resolve()) });
    assertOk(await fetcher.fetch(`${base}/busy`, {}, 'page'));
    assert.deepEqual(waits, [2000]);
  });

  it('does not retry a 404', async () => {
    const outcome = await loopbackFetcher().fetch(`${base}/gone`, {}, 'page');
    assertFailed(outcome, 'http-error', `HTTP 404 from ${base}/gone`);
    assert.equal(outcome.status, 404);
    assert.equal(outcome.attempts, 1);
    assert.equal(hits.get('/gone'), 1);
  });

  it('detects a redirect loop', async () => {
    const outcome = await loopbackFetcher().fetch(`${base}/loop/a`, {}, 'page');
    assertFailed(outcome, 'redirect-loop', `${base}/loop/a`);
    assert.equal(outcome.attempts, 2);
  });

  it('stops following redirects at maxRedirects', async () => {
    const outcome = await loopbackFetcher({ maxRedirects: 0 }).fetch(`${base}/loop/a`, {}, 'page');
    assertFailed(outcome, 'too-many-redirects', 'more than 0 redirects');
  });

  it('refuses a 50 MB response at 32 MiB and closes the connection early', async () => {
    const outcome = await loopbackFetcher().fetch(`${base}/huge`, {}, 'page');
    assertFailed(outcome, 'too-large', String(32 * MiB));
    assert.equal(await huge.closedEarly, true, `server sent all ${huge.sent} bytes`);
    assert.ok(huge.sent < HUGE_BYTES, `server sent ${huge.sent} bytes`);
  });

  it('stops a gzip bomb at maxBytes of decoded output', async () => {
    assert.ok(gzipBomb.length < MiB, `bomb is ${gzipBomb.length} bytes on the wire`);
    const outcome = await loopbackFetcher().fetch(`${base}/bomb`, {}, 'page');
    assertFailed(outcome, 'too-large', `${base}/bomb`);
  });

  it('decodes gzip and brotli bodies', async () => {
    const fetcher = loopbackFetcher();
    for (const path of ['/gzip-page', '/br-page']) {
      const outcome = await fetcher.fetch(`${base}${path}`, {}, 'page');
      assertOk(outcome);
      assert.equal(new TextDecoder().decode(outcome.body), PAGE, path);
    }
  });

  it('refuses an image where a page was expected, but sniffs HTML sent as octet-stream', async () => {
    const fetcher = loopbackFetcher();
    const image = await fetcher.fetch(`${base}/image`, {}, 'page');
    assertFailed(image, 'unsupported-content-type', 'image/png');
    const octet = await fetcher.fetch(`${base}/octet`, {}, 'page');
    assertOk(octet);
    assert.equal(octet.format, 'html');
    assert.equal(octet.contentType, 'application/octet-stream');
    assert.equal(new TextDecoder().decode(octet.body), PAGE);
  });

  it('obeys robots.txt: Disallow /private, allow /public, robots.txt fetched once', async () => {
    const robotsBefore = hits.get('/robots.txt') ?? 0;
    const fetcher = loopbackFetcher();
    const refused = await fetcher.fetch(`${base}/private/x`, {}, 'page');
    assertFailed(refused, 'robots-disallowed', `${base}/private/x`);
    assert.equal(refused.attempts, 0);
    assert.equal(hits.get('/private/x'), undefined, 'the disallowed page was requested');
    assertOk(await fetcher.fetch(`${base}/public`, {}, 'page'));
    assert.equal((hits.get('/robots.txt') ?? 0) - robotsBefore, 1);
  });

  it('answers not-modified to a conditional GET with the ETag', async () => {
    const fetcher = loopbackFetcher();
    const first = await fetcher.fetch(`${base}/etag`, {}, 'page');
    assertOk(first);
    assert.equal(first.etag, '"v1"');
    const second = await fetcher.fetch(`${base}/etag`, { etag: first.etag }, 'page');
    assert.deepEqual(second, { kind: 'not-modified', url: `${base}/etag` });
    assert.equal(requestHeaders.get('/etag')?.['if-none-match'], '"v1"');
  });

  it('answers not-modified to a conditional GET with Last-Modified', async () => {
    const fetcher = loopbackFetcher();
    const first = await fetcher.fetch(`${base}/last-modified`, {}, 'page');
    assertOk(first);
    assert.equal(first.lastModified, LAST_MODIFIED);
    const second = await fetcher.fetch(`${base}/last-modified`, { lastModified: first.lastModified }, 'page');
    assert.equal(second.kind, 'not-modified');
  });

  it('refuses a private address before connecting', async () => {
    const fetcher = createFetcher({ allowPrivateAddresses: false });
    fetchers.push(fetcher);
    const started = performance.now();
    const outcome = await fetcher.fetch('http://10.255.255.1/', {}, 'page');
    assertFailed(outcome, 'blocked-address', '10.255.255.1');
    assert.equal(outcome.attempts, 0);
    // Connecting to an unroutable address would hang for the whole 30 s timeout; the guard answers at once.
    assert.ok(performance.now() - started < 15_000, 'the guard waited on a connection');
    const mapped = await fetcher.fetch('http://[::ffff:127.0.0.1]/', {}, 'page');
    assertFailed(mapped, 'blocked-address', '::ffff:7f00:1');
  });

  it('refuses a host name that resolves to loopback, sending nothing', async () => {
    const fetcher = createFetcher({ allowPrivateAddresses: false });
    fetchers.push(fetcher);
    const port = (server.address() as AddressInfo).port;
    const before = arrivals.length;
    const outcome = await fetcher.fetch(`http://localhost:${port}/public`, {}, 'page');
    assertFailed(outcome, 'blocked-address', /localhost.*resolves to non-public address/);
    assert.equal(outcome.attempts, 0);
    assert.equal(arrivals.length, before, 'the server saw a request');
  });

  it('refuses a redirect from an allowed host to a private address', async () => {
    const outcome = await loopbackFetcher().fetch(`${base}/to-private`, {}, 'page');
    assertFailed(outcome, 'blocked-address', '10.255.255.1');
    assert.equal(outcome.url, 'http://10.255.255.1/secret');
    assert.equal(outcome.attempts, 1);
  });

  it('refuses URLs that are not http(s)', async () => {
    const outcome = await loopbackFetcher().fetch('file:///etc/passwd');
    assertFailed(outcome, 'bad-url', '"file"');
  });

  it('spaces requests to one host by perHostDelayMs', async () => {
    const delay = 300;
    const fetcher = loopbackFetcher({ perHostDelayMs: delay, respectRobots: false, sleep: undefined });
    const outcomes = await Promise.all([
      fetcher.fetch(`${base}/polite/1`, {}, 'page'),
      fetcher.fetch(`${base}/polite/2`, {}, 'page'),
    ]);
    outcomes.forEach(assertOk);
    const times = arrivals.filter((a) => a.path.startsWith('/polite/')).map((a) => a.at);
    assert.equal(times.length, 2);
    const gap = Math.abs(times[1]! - times[0]!);
    // A lower bound only: a busy machine spaces them further, never closer.
    assert.ok(gap >= delay - 20, `gap ${gap} ms`);
  });

  it('passes the charset from the Content-Type header through', async () => {
    const outcome = await loopbackFetcher().fetch(`${base}/latin1`, {}, 'page');
    assertOk(outcome);
    assert.equal(outcome.charset, 'iso-8859-1');
    assert.equal(new TextDecoder(outcome.charset).decode(outcome.body), '<html><body>Bogotá</body></html>');
  });
});
