// The polite, safe fetcher for news pages, feeds and sitemaps: SSRF guard, robots.txt, per-host queue,
// retries with backoff, manual redirects, conditional GET, decoded-size caps and content sniffing.
import type { IncomingHttpHeaders } from 'node:http';
import type { Readable } from 'node:stream';
import { Agent, request } from 'undici';
import { SitrepError } from '../../core/errors.js';
import { createAddressGuard, findBlockedAddressError, type PrivateAddressPolicy } from './address.guard.js';
import {
  DecodeError,
  parseEncodings,
  readBody,
  TooLargeError,
  UnsupportedEncodingError,
} from './body.reader.js';
import {
  ACCEPT_HEADER,
  GZIP_TYPES,
  isRefusedByHeader,
  judgeContent,
  parseContentType,
  type Accept,
  type DetectedFormat,
} from './content.sniffer.js';
import { HostQueue, type Release } from './host.queue.js';
import {
  ALLOW_ALL,
  DISALLOW_ALL,
  parseRobots,
  productToken,
  ROBOTS_MAX_BYTES,
  type RobotsRules,
} from './robots.rules.js';

/** How the fetcher behaves; every field has a default (see {@link DEFAULT_FETCHER_OPTIONS}). */
export interface FetcherOptions {
  /** Sent on every request and matched (its product token, e.g. `sitrep`) against robots.txt groups. */
  userAgent: string;
  /** Limit for one HTTP exchange, headers and whole body included, in ms. A timeout is not retried. */
  timeoutMs: number;
  /** Cap on the body in bytes, on the wire and after decompression; reading stops beyond it. */
  maxBytes: number;
  /** Redirects followed per fetch; each hop is checked by the address guard and robots.txt. */
  maxRedirects: number;
  /** Requests in flight to one host (host:port) at once, 1 or 2. */
  perHostConcurrency: number;
  /** Minimum gap between the starts of two requests to one host, in ms. */
  perHostDelayMs: number;
  /**
   * Extra attempts after a 5xx, a 429 or a network error, waiting 500 ms × 2^n plus up to 50% jitter,
   * or what Retry-After asks (at most 60 s).
   */
  retries: number;
  /** Non-public addresses: `false` refuses them all, `true` allows all, a list allows those named (or CIDRs). */
  allowPrivateAddresses: PrivateAddressPolicy;
  /** Obey robots.txt (RFC 9309): fetched once per origin and cached for an hour. */
  respectRobots: boolean;
  /** Clock in epoch ms; drives the per-host gap, robots.txt expiry and Retry-After dates. */
  now: () => number;
  /** Waits for backoff and the per-host gap; a test may make it instant (then set perHostDelayMs 0). */
  sleep: (ms: number) => Promise<void>;
  /** Source of jitter in [0, 1). */
  random: () => number;
}

/** The defaults: a polite crawler that refuses private addresses and obeys robots.txt. */
export const DEFAULT_FETCHER_OPTIONS: Readonly<FetcherOptions> = Object.freeze({
  userAgent: 'sitrep/0.1 (open incident monitor)',
  timeoutMs: 30_000,
  maxBytes: 32 * 1024 * 1024,
  maxRedirects: 5,
  perHostConcurrency: 2,
  perHostDelayMs: 1_000,
  retries: 3,
  allowPrivateAddresses: false,
  respectRobots: true,
  now: () => Date.now(),
  sleep: (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)),
  random: () => Math.random(),
});

export const FETCH_FAILURES = [
  'timeout',
  'too-large',
  'redirect-loop',
  'too-many-redirects',
  'http-error',
  'network',
  'robots-disallowed',
  'blocked-address',
  'unsupported-content-type',
  'bad-url',
] as const;
/** Why a fetch failed; `message` on the outcome names the URL and the value at fault. */
export type FetchFailure = (typeof FETCH_FAILURES)[number];

/** The result of one fetch. Failures are data, not exceptions, so a batch of URLs goes on. */
export type FetchOutcome =
  | {
      kind: 'ok';
      /** The final URL, after redirects. */
      url: string;
      status: 200;
      /** The decoded body (Content-Encoding removed), at most `maxBytes`. */
      body: Uint8Array;
      /** The media type from Content-Type, lower-cased, without parameters. */
      contentType: string | null;
      /** The charset parameter of Content-Type, lower-cased; null if absent (the page may declare one). */
      charset: string | null;
      /** What the first bytes look like, whatever the label said. */
      format: DetectedFormat;
      etag: string | null;
      lastModified: string | null;
    }
  | { kind: 'not-modified'; url: string }
  | {
      kind: 'failed';
      url: string;
      reason: FetchFailure;
      message: string;
      /** The HTTP status, when the failure is one. */
      status?: number;
      /** HTTP requests sent for this fetch (redirect hops and retries included; robots.txt not). */
      attempts: number;
    };

/** Validators from an earlier `ok` outcome, for a conditional GET. */
export interface Conditional {
  etag?: string | null;
  lastModified?: string | null;
}

/** A fetcher; keep one per process (it holds connection pools, robots.txt and per-host state). */
export interface Fetcher {
  /**
   * Fetches `url`. `accept` says what the caller can read: 'page' (HTML, text), 'feed' (RSS, Atom,
   * sitemaps, XML) or 'any' (the default). Never throws for a bad URL or response; throws
   * {@link SitrepError} only when the fetcher is closed.
   *
   * @example
   * const outcome = await fetcher.fetch('https://example.org/feed.xml', { etag: previous.etag }, 'feed');
   * if (outcome.kind === 'ok') parse(outcome.body, outcome.charset);
   */
  fetch(url: string, conditional?: Conditional, accept?: Accept): Promise<FetchOutcome>;
  /** Closes idle connections and waits for requests in flight; later fetches throw. */
  close(): Promise<void>;
}

interface Failure {
  reason: FetchFailure;
  message: string;
  status?: number;
}

type AttemptResult =
  | { kind: 'done'; outcome: Exclude<FetchOutcome, { kind: 'failed' }> }
  | { kind: 'failed'; failure: Failure }
  | { kind: 'retry'; failure: Failure; retryAfterMs: number | undefined }
  | { kind: 'redirect'; location: string | undefined; status: number };

interface Response {
  statusCode: number;
  headers: IncomingHttpHeaders;
  body: Readable & { dump(options?: { limit: number }): Promise<void> };
}

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const MAX_RETRY_AFTER_MS = 60_000;
const BACKOFF_BASE_MS = 500;
/** Read and discard at most this much of an unwanted body to keep the connection; beyond, close it. */
const DUMP_LIMIT = 64 * 1024;
/** RFC 9309 §2.4: cache robots.txt, but not for more than 24 h; an hour keeps rule changes visible. */
const ROBOTS_TTL_MS = 60 * 60 * 1000;
/** An unreachable robots.txt disallows everything; retry it sooner than a fetched one. */
const ROBOTS_UNREACHABLE_TTL_MS = 10 * 60 * 1000;
/** RFC 9309 §2.3.1.2: follow at least five redirects for robots.txt. */
const ROBOTS_MAX_REDIRECTS = 5;

/** Builds a fetcher; options not given take {@link DEFAULT_FETCHER_OPTIONS}. Throws SitrepError on bad options. */
export function createFetcher(options: Partial<FetcherOptions> = {}): Fetcher {
  const config = resolveOptions(options);
  const guard = createAddressGuard(config.allowPrivateAddresses);
  const agent = new Agent({
    connect: { timeout: config.timeoutMs, ...(guard.lookup ? { lookup: guard.lookup } : {}) },
    headersTimeout: config.timeoutMs,
    bodyTimeout: config.timeoutMs,
    connections: config.perHostConcurrency,
  });
  const queue = new HostQueue(config.perHostConcurrency, config.perHostDelayMs, config.now, config.sleep);
  const robotsCache = new Map<string, { rules: RobotsRules; expiresAt: number }>();
  const robotsLoading = new Map<string, Promise<RobotsRules>>();
  const token = productToken(config.userAgent);
  let isClosed = false;

  /** One HTTP exchange under the per-host queue and the whole-exchange timeout; `handle` reads the body. */
  async function exchange<T>(
    url: URL,
    headers: Record<string, string>,
    handle: (response: Response) => Promise<T>,
  ): Promise<{ kind: 'response'; value: T } | { kind: 'error'; error: unknown; isTimedOut: boolean }> {
    const release: Release = await queue.acquire(url.host);
    const controller = new AbortController();
    let isTimedOut = false;
    const timer = setTimeout(() => {
      isTimedOut = true;
      controller.abort(new Error(`timed out after ${config.timeoutMs} ms`));
    }, config.timeoutMs);
    let body: Readable | undefined;
    try {
      const response = await request(url, {
        dispatcher: agent,
        method: 'GET',
        headers: { 'user-agent': config.userAgent, ...headers },
        signal: controller.signal,
      });
      body = response.body;
      return { kind: 'response', value: await handle(response) };
    } catch (error) {
      // Destroying an unread body aborts the request, which closes the connection.
      if (body) discard(body);
      const code = (error as { code?: unknown }).code;
      const isUndiciTimeout =
        code === 'UND_ERR_HEADERS_TIMEOUT' ||
        code === 'UND_ERR_BODY_TIMEOUT' ||
        code === 'UND_ERR_CONNECT_TIMEOUT';
      return { kind: 'error', error, isTimedOut: isTimedOut || isUndiciTimeout };
    } finally {
      clearTimeout(timer);
      release();
    }
  }

  async function attempt(url: URL, conditional: Conditional, accept: Accept): Promise<AttemptResult> {
    const headers: Record<string, string> = {
      accept: ACCEPT_HEADER[accept],
      'accept-encoding': 'gzip, br, deflate',
    };
    if (conditional.etag) headers['if-none-match'] = conditional.etag;
    if (conditional.lastModified) headers['if-modified-since'] = conditional.lastModified;
    const isConditional = Boolean(conditional.etag || conditional.lastModified);
    const result = await exchange(url, headers, (response) =>
      handleResponse(url, response, accept, isConditional),
    );
    if (result.kind === 'response') return result.value;
    return classifyError(url, result.error, result.isTimedOut);
  }

  async function handleResponse(
    url: URL,
    response: Response,
    accept: Accept,
    isConditional: boolean,
  ): Promise<AttemptResult> {
    const { statusCode: status, headers, body } = response;
    if (status !== 200) {
      await body.dump({ limit: DUMP_LIMIT }).catch(() => undefined);
      if (status === 304 && isConditional)
        return { kind: 'done', outcome: { kind: 'not-modified', url: url.href } };
      if (REDIRECT_STATUSES.has(status))
        return { kind: 'redirect', location: header(headers, 'location'), status };
      const failure: Failure = { reason: 'http-error', message: `HTTP ${status} from ${url.href}`, status };
      if (status === 429 || status >= 500)
        return {
          kind: 'retry',
          failure,
          retryAfterMs: parseRetryAfter(header(headers, 'retry-after'), config.now()),
        };
      return { kind: 'failed', failure };
    }
    const { mediaType, charset } = parseContentType(header(headers, 'content-type'));
    if (isRefusedByHeader(mediaType, accept)) {
      discard(body); // do not download an image or a PDF just to discard it
      return fail('unsupported-content-type', `unsupported content type "${mediaType}" at ${url.href}`);
    }
    const encodings = parseEncodings(header(headers, 'content-encoding'));
    const declaredLength = Number(header(headers, 'content-length') ?? NaN);
    if (declaredLength > config.maxBytes) {
      discard(body);
      return fail(
        'too-large',
        `response from ${url.href} declares ${declaredLength} bytes, over the limit of ${config.maxBytes}`,
      );
    }
    // A gzipped sitemap (sitemap.xml.gz) arrives as application/gzip without Content-Encoding.
    if (mediaType !== null && GZIP_TYPES.has(mediaType) && encodings.length === 0) encodings.push('gzip');
    const bytes = await readBody(body, encodings, config.maxBytes);
    const verdict = judgeContent(mediaType, bytes, accept);
    if (!verdict.isAccepted) return fail('unsupported-content-type', `${verdict.message} at ${url.href}`);
    return {
      kind: 'done',
      outcome: {
        kind: 'ok',
        url: url.href,
        status: 200,
        body: bytes,
        contentType: mediaType,
        charset,
        format: verdict.format,
        etag: header(headers, 'etag') ?? null,
        lastModified: header(headers, 'last-modified') ?? null,
      },
    };
  }

  function classifyError(url: URL, error: unknown, isTimedOut: boolean): AttemptResult {
    if (isTimedOut) return fail('timeout', `timed out after ${config.timeoutMs} ms fetching ${url.href}`);
    const blocked = findBlockedAddressError(error);
    if (blocked) return fail('blocked-address', blocked.message);
    if (error instanceof TooLargeError)
      return fail('too-large', `response from ${url.href} exceeds the limit of ${config.maxBytes} bytes`);
    if (error instanceof UnsupportedEncodingError)
      return fail('unsupported-content-type', `${error.message} at ${url.href}`);
    if (error instanceof DecodeError) return fail('http-error', `${error.message} at ${url.href}`, 200);
    const failure: Failure = {
      reason: 'network',
      message: `cannot fetch ${url.href}: ${describeNetworkError(error)}`,
    };
    // A name that does not resolve will not resolve in a second either.
    if ((error as { code?: unknown }).code === 'ENOTFOUND') return { kind: 'failed', failure };
    return { kind: 'retry', failure, retryAfterMs: undefined };
  }

  /** The robots.txt rules for a URL's origin, from the cache or fetched (once, however many callers wait). */
  function getRobotsRules(url: URL): Promise<RobotsRules> {
    const origin = url.origin;
    const cached = robotsCache.get(origin);
    if (cached && cached.expiresAt > config.now()) return Promise.resolve(cached.rules);
    const loading = robotsLoading.get(origin);
    if (loading) return loading;
    const promise = loadRobots(new URL('/robots.txt', origin))
      .then(({ rules, ttlMs }) => {
        if (robotsCache.size > 10_000) pruneRobots();
        robotsCache.set(origin, { rules, expiresAt: config.now() + ttlMs });
        return rules;
      })
      .finally(() => robotsLoading.delete(origin));
    robotsLoading.set(origin, promise);
    return promise;
  }

  function pruneRobots(): void {
    const now = config.now();
    for (const [origin, entry] of robotsCache) if (entry.expiresAt <= now) robotsCache.delete(origin);
  }

  // RFC 9309 §2.3.1: 2xx parse; 4xx means no rules; 5xx or unreachable means disallow all. 429 is
  // treated as unreachable (as Google does): the host is asking us to back off, not saying "no file".
  async function loadRobots(first: URL): Promise<{ rules: RobotsRules; ttlMs: number }> {
    const unreachable = { rules: DISALLOW_ALL, ttlMs: ROBOTS_UNREACHABLE_TTL_MS };
    const visited = new Set<string>();
    let url = first;
    for (let hop = 0; hop <= ROBOTS_MAX_REDIRECTS; hop++) {
      visited.add(url.href);
      if (hop > 0) {
        const refusal = await checkAddress(url);
        if (refusal) return unreachable;
      }
      const result = await exchange(
        url,
        { accept: 'text/plain', 'accept-encoding': 'gzip, br, deflate' },
        async (response) => {
          const { statusCode: status, headers, body } = response;
          if (status >= 200 && status < 300) {
            const bytes = await readBody(
              body,
              parseEncodings(header(headers, 'content-encoding')),
              ROBOTS_MAX_BYTES,
              'truncate',
            );
            return {
              kind: 'rules' as const,
              rules: parseRobots(new TextDecoder('utf-8').decode(bytes), token),
            };
          }
          await body.dump({ limit: DUMP_LIMIT }).catch(() => undefined);
          return { kind: 'status' as const, status, location: header(headers, 'location') };
        },
      );
      if (result.kind === 'error') return unreachable;
      const value = result.value;
      if (value.kind === 'rules') return { rules: value.rules, ttlMs: ROBOTS_TTL_MS };
      if (REDIRECT_STATUSES.has(value.status) && value.location) {
        const next = parseHttpUrl(value.location, url);
        if (!next.url || visited.has(next.url.href)) return { rules: ALLOW_ALL, ttlMs: ROBOTS_TTL_MS };
        url = next.url;
        continue;
      }
      if (value.status === 429 || value.status >= 500) return unreachable;
      return { rules: ALLOW_ALL, ttlMs: ROBOTS_TTL_MS };
    }
    // Too many redirects: RFC 9309 lets us treat the file as unavailable (allow all).
    return { rules: ALLOW_ALL, ttlMs: ROBOTS_TTL_MS };
  }

  /** The address guard for one hop; DNS failures are reported as network failures. */
  async function checkAddress(url: URL): Promise<Failure | undefined> {
    try {
      await guard.assertAllowedHost(url.hostname);
      return undefined;
    } catch (error) {
      const blocked = findBlockedAddressError(error);
      if (blocked) return { reason: 'blocked-address', message: `${blocked.message} (${url.href})` };
      return { reason: 'network', message: `cannot resolve ${url.hostname}: ${describeNetworkError(error)}` };
    }
  }

  async function checkHop(url: URL): Promise<Failure | undefined> {
    const refusal = await checkAddress(url);
    if (refusal) return refusal;
    if (!config.respectRobots) return undefined;
    const rules = await getRobotsRules(url);
    if (rules.isAllowed(url.pathname + url.search)) return undefined;
    return { reason: 'robots-disallowed', message: `robots.txt of ${url.origin} disallows ${url.href}` };
  }

  function retryDelayMs(retry: number, retryAfterMs: number | undefined): number {
    if (retryAfterMs !== undefined) return Math.min(retryAfterMs, MAX_RETRY_AFTER_MS);
    const exponential = BACKOFF_BASE_MS * 2 ** retry;
    return Math.min(exponential + Math.floor(config.random() * exponential * 0.5), MAX_RETRY_AFTER_MS);
  }

  async function fetchUrl(
    input: string,
    conditional: Conditional = {},
    accept: Accept = 'any',
  ): Promise<FetchOutcome> {
    if (isClosed) throw new SitrepError('unavailable', `cannot fetch ${input}: the fetcher is closed`);
    let attempts = 0;
    const failed = (url: string, failure: Failure): FetchOutcome => ({
      kind: 'failed',
      url,
      ...failure,
      attempts,
    });
    const parsed = parseHttpUrl(input);
    if (!parsed.url) return failed(input, { reason: 'bad-url', message: parsed.message });
    let url = parsed.url;
    const visited = new Set([url.href]);
    for (let redirects = 0; ;) {
      const refusal = await checkHop(url);
      if (refusal) return failed(url.href, refusal);
      let result: AttemptResult;
      for (let retry = 0; ; retry++) {
        attempts++;
        result = await attempt(url, conditional, accept);
        if (result.kind !== 'retry' || retry >= config.retries) break;
        await config.sleep(retryDelayMs(retry, result.retryAfterMs));
      }
      switch (result.kind) {
        case 'done':
          return result.outcome;
        case 'failed':
        case 'retry':
          return failed(url.href, result.failure);
        case 'redirect': {
          if (!result.location)
            return failed(url.href, {
              reason: 'http-error',
              message: `HTTP ${result.status} redirect without a Location header from ${url.href}`,
              status: result.status,
            });
          const next = parseHttpUrl(result.location, url);
          if (!next.url)
            return failed(url.href, {
              reason: 'bad-url',
              message: `redirect from ${url.href}: ${next.message}`,
            });
          if (visited.has(next.url.href))
            return failed(url.href, {
              reason: 'redirect-loop',
              message: `redirect loop: ${url.href} redirects back to ${next.url.href}`,
              status: result.status,
            });
          if (++redirects > config.maxRedirects)
            return failed(url.href, {
              reason: 'too-many-redirects',
              message: `more than ${config.maxRedirects} redirects fetching ${input}`,
              status: result.status,
            });
          visited.add(next.url.href);
          url = next.url;
          break;
        }
      }
    }
  }

  return {
    fetch: fetchUrl,
    async close() {
      isClosed = true;
      await agent.close();
    },
  };
}

function fail(reason: FetchFailure, message: string, status?: number): AttemptResult {
  return {
    kind: 'failed',
    failure: status === undefined ? { reason, message } : { reason, message, status },
  };
}

/** Aborts an unread body, closing its connection; undici then emits an AbortError nobody needs. */
function discard(body: Readable): void {
  body.on('error', () => undefined);
  body.destroy();
}

function header(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** An absolute http(s) URL without credentials or fragment, or a message saying what is wrong. */
function parseHttpUrl(
  input: string,
  base?: URL,
): { url: URL; message?: never } | { url?: never; message: string } {
  let url: URL;
  try {
    url = new URL(input, base);
  } catch {
    return { message: `not a URL: "${input}"` };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    return { message: `unsupported URL scheme "${url.protocol.slice(0, -1)}" in ${input}` };
  if (url.username || url.password)
    return { message: `credentials in URLs are not supported: ${url.origin}` };
  url.hash = '';
  return { url };
}

/** Retry-After as delta-seconds or an HTTP date (RFC 9110 §10.2.3), in ms from `now`. */
export function parseRetryAfter(value: string | undefined, now: number): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

function describeNetworkError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const code = (error as { code?: unknown }).code;
  const cause = error.cause instanceof Error ? error.cause.message : undefined;
  const text = cause ?? error.message;
  return typeof code === 'string' && !text.includes(code) ? `${code} ${text}` : text;
}

function resolveOptions(options: Partial<FetcherOptions>): FetcherOptions {
  const config: FetcherOptions = { ...DEFAULT_FETCHER_OPTIONS };
  for (const [key, value] of Object.entries(options)) {
    if (value !== undefined) Object.assign(config, { [key]: value });
  }
  const check = (isValid: boolean, name: keyof FetcherOptions, expected: string): void => {
    if (!isValid)
      throw new SitrepError(
        'bad_request',
        `fetcher option ${name} must be ${expected}, got ${String(config[name])}`,
      );
  };
  check(
    typeof config.userAgent === 'string' && config.userAgent.trim() !== '',
    'userAgent',
    'a non-empty string',
  );
  check(Number.isFinite(config.timeoutMs) && config.timeoutMs > 0, 'timeoutMs', 'a positive number of ms');
  check(Number.isInteger(config.maxBytes) && config.maxBytes > 0, 'maxBytes', 'a positive integer');
  check(Number.isInteger(config.maxRedirects) && config.maxRedirects >= 0, 'maxRedirects', 'an integer ≥ 0');
  check(
    config.perHostConcurrency === 1 || config.perHostConcurrency === 2,
    'perHostConcurrency',
    '1 or 2 (politeness)',
  );
  check(
    Number.isFinite(config.perHostDelayMs) && config.perHostDelayMs >= 0,
    'perHostDelayMs',
    'a number ≥ 0',
  );
  check(
    Number.isInteger(config.retries) && config.retries >= 0 && config.retries <= 10,
    'retries',
    'an integer 0–10',
  );
  return config;
}
