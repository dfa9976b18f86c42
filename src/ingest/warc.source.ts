// Web archives (WARC 1.0/1.1, gzipped or not): each HTML response record becomes one document.
import type { IngestItem, SourceOptions } from './origin.js';
import { unpack } from './unpack.js';
import { readWarcRecords } from './warc.reader.js';

const HTML_TYPE = /^\s*(text\/html|application\/xhtml\+xml)/i;
/** Enough of an oversized response to read its status and headers, to tell a page from a video. */
const HEAD_BYTES = 64 * 1024;

/**
 * Reads the HTML pages archived in a WARC file. Requests, metadata, redirects, error answers and non-HTML
 * payloads (images, scripts, feeds) are what an archive of a crawl also holds, and are passed over quietly;
 * an HTML response over the size cap (as stored, or once its Content-Encoding is undone), a record whose
 * Content-Length does not fit the file, or a file that is not a WARC, becomes an error item.
 */
export async function* readWarcItems(path: string, options: SourceOptions): AsyncGenerator<IngestItem> {
  let index = 0;
  let records = 0;
  let errors = 0;
  const keep = (headers: Map<string, string>, length: number) =>
    headers.get('warc-type') !== 'response' ? 0 : length <= options.maxBytes ? length : HEAD_BYTES;
  try {
    for await (const entry of readWarcRecords(path, { keep })) {
      index += 1;
      const origin = `${path}#${index}`;
      if (entry.kind === 'error') {
        errors += 1;
        yield { kind: 'error', origin, error: entry.error };
        continue;
      }
      records += 1;
      if (entry.headers.get('warc-type') !== 'response') continue;
      const http = parseHttpHead(entry.content);
      const contentType = http?.headers.get('content-type') ?? '';
      if (http?.status !== 200 || !HTML_TYPE.test(contentType)) continue;
      const url = entry.headers.get('warc-target-uri')?.replace(/^<(.*)>$/, '$1') || null;
      if (entry.contentLength > options.maxBytes) {
        yield {
          kind: 'error',
          origin,
          error: `archived page too large: ${url ?? origin} is ${entry.contentLength} bytes, limit ${options.maxBytes}`,
        };
        continue;
      }
      const body = decodePayload(entry.content.subarray(http.bodyStart), http.headers, options.maxBytes);
      if ('error' in body) {
        yield { kind: 'error', origin, error: `archived page ${url ?? origin}: ${body.error}` };
        continue;
      }
      yield {
        kind: 'document',
        origin,
        document: {
          kind: 'html',
          body: body.bytes,
          url,
          source: 'warc',
          charset: /charset=([^;\s]+)/i.exec(contentType)?.[1]?.replace(/"/g, '') ?? null,
          published: options.published ?? null,
          title: null,
          publisher: null,
        },
      };
    }
  } catch (error) {
    errors += 1;
    yield {
      kind: 'error',
      origin: `${path}#${index + 1}`,
      error: `cannot read WARC ${path}: ${(error as Error).message}`,
    };
  }
  if (records === 0 && errors === 0)
    yield { kind: 'error', origin: path, error: `not a WARC file or no records: ${path}` };
}

interface HttpHead {
  status: number;
  headers: Map<string, string>;
  /** Where the payload starts in the record's content. */
  bodyStart: number;
}

/** The status line and headers of an archived HTTP response; undefined when the content holds none. */
function parseHttpHead(content: Uint8Array): HttpHead | undefined {
  const buffer = Buffer.from(content.buffer, content.byteOffset, content.byteLength);
  let end = buffer.indexOf('\r\n\r\n');
  let bodyStart = end + 4;
  const bare = buffer.indexOf('\n\n');
  if (bare >= 0 && (end < 0 || bare < end)) {
    end = bare;
    bodyStart = bare + 2;
  }
  if (end < 0) return undefined;
  const [statusLine = '', ...lines] = buffer.subarray(0, end).toString('latin1').split(/\r?\n/);
  const status = /^HTTP\/\d(?:\.\d)?\s+(\d{3})/.exec(statusLine)?.[1];
  if (status === undefined) return undefined;
  const headers = new Map<string, string>();
  for (const line of lines) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    headers.set(name, headers.has(name) ? `${headers.get(name)}, ${value}` : value);
  }
  return { status: Number(status), headers, bodyStart };
}

/**
 * The page as a browser saw it: chunked transfer and Content-Encoding undone, the decoded bytes capped at
 * `maxBytes`, so a small compressed record cannot unpack into gigabytes.
 */
function decodePayload(
  payload: Uint8Array,
  headers: Map<string, string>,
  maxBytes: number,
): { bytes: Uint8Array } | { error: string } {
  let body = payload;
  if (/\bchunked\b/i.test(headers.get('transfer-encoding') ?? '')) body = dechunk(body) ?? body;
  const encodings = (headers.get('content-encoding') ?? '')
    .split(',')
    .map((token) => token.trim().toLowerCase())
    .filter((token) => token !== '' && token !== 'identity');
  if (encodings.length === 0) return { bytes: body };
  const unpacked = unpack(body, encodings, maxBytes);
  switch (unpacked.kind) {
    case 'ok':
      return { bytes: unpacked.bytes };
    case 'too-large':
      return {
        error: `unpacks to more than ${maxBytes} bytes (Content-Encoding ${encodings.join(', ')}), limit ${maxBytes}`,
      };
    case 'failed':
      // Some crawlers store the payload already decoded but keep the server's Content-Encoding header.
      return looksLikeMarkup(body) ? { bytes: body } : { error: unpacked.error };
  }
}

function looksLikeMarkup(body: Uint8Array): boolean {
  const start = Buffer.from(body.buffer, body.byteOffset, Math.min(body.byteLength, 512))
    .toString('latin1')
    .replace(/^\uFEFF|^\xEF\xBB\xBF/, '')
    .trimStart();
  return start.startsWith('<');
}

/** Undoes HTTP/1.1 chunked transfer coding; undefined when the body is not validly chunked. */
function dechunk(body: Uint8Array): Uint8Array | undefined {
  const buffer = Buffer.from(body.buffer, body.byteOffset, body.byteLength);
  const parts: Buffer[] = [];
  let at = 0;
  for (;;) {
    const lineEnd = buffer.indexOf('\r\n', at);
    if (lineEnd < 0) return undefined;
    const size = Number.parseInt(buffer.subarray(at, lineEnd).toString('latin1').split(';')[0] ?? '', 16);
    if (!Number.isFinite(size) || size < 0) return undefined;
    if (size === 0) return Buffer.concat(parts);
    const start = lineEnd + 2;
    if (start + size > buffer.length) return undefined;
    parts.push(buffer.subarray(start, start + size));
    at = start + size + 2;
  }
}
