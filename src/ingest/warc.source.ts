// Web archives (WARC 1.0/1.1, gzipped or not): each HTML response record becomes one document.
import { createReadStream } from 'node:fs';
import { WARCParser } from 'warcio';
import type { IngestItem, SourceOptions } from './origin.js';

const HTML_TYPE = /^\s*(text\/html|application\/xhtml\+xml)/i;

/**
 * Reads the HTML pages archived in a WARC file. Requests, metadata, redirects, error answers and non-HTML
 * payloads (images, scripts, feeds) are what an archive of a crawl also holds, and are passed over quietly;
 * an HTML response over the size cap, or a file that is not a WARC, becomes an error item.
 */
export async function* readWarcItems(path: string, options: SourceOptions): AsyncGenerator<IngestItem> {
  let index = 0;
  let warcRecords = 0;
  try {
    const parser = new WARCParser(createReadStream(path));
    for await (const record of parser) {
      index += 1;
      const origin = `${path}#${index}`;
      if (record.warcHeaders.statusline.startsWith('WARC/')) warcRecords += 1;
      if (record.warcType !== 'response') continue;
      const info = record.getResponseInfo();
      const status = Number(info?.status ?? 0);
      const contentType = info?.headers.get('content-type') ?? '';
      if (status !== 200 || !HTML_TYPE.test(contentType)) continue;
      const url = record.warcTargetURI ?? null;
      if (record.warcContentLength > options.maxBytes) {
        yield {
          kind: 'error',
          origin,
          error: `archived page too large: ${url ?? origin} is ${record.warcContentLength} bytes, limit ${options.maxBytes}`,
        };
        continue;
      }
      // readFully(true) undoes chunked transfer and gzip/deflate content encoding: the page as a browser saw it.
      const body = await record.readFully(true);
      yield {
        kind: 'document',
        origin,
        document: {
          kind: 'html',
          body,
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
    yield {
      kind: 'error',
      origin: `${path}#${index + 1}`,
      error: `cannot read WARC ${path}: ${(error as Error).message}`,
    };
  }
  if (warcRecords === 0)
    yield { kind: 'error', origin: path, error: `not a WARC file or no records: ${path}` };
}
