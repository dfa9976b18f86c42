// A WARC file made here with an independent writer (warcio's serializer), read back by our source.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import { WARCRecord, WARCSerializer } from 'warcio';
import { tempDir } from '../../test/support/temp-dir.js';
import type { IngestItem } from './origin.js';
import { readWarcItems } from './warc.source.js';

const encoder = new TextEncoder();
const PAGE =
  '<html><head><title>Checkpoint attack</title></head><body><p>Gunmen attacked a checkpoint.</p></body></html>';

async function record(
  url: string,
  type: 'response' | 'request' | 'warcinfo',
  statusline: string,
  headers: Record<string, string>,
  body: Uint8Array,
): Promise<Uint8Array> {
  const rec = WARCRecord.create({ url, type, statusline, httpHeaders: headers, warcVersion: 'WARC/1.1' }, [
    body,
  ]);
  return WARCSerializer.serialize(rec, { gzip: true });
}

async function collect(items: AsyncIterable<IngestItem>): Promise<IngestItem[]> {
  const out: IngestItem[] = [];
  for await (const item of items) out.push(item);
  return out;
}

describe('WARC source', () => {
  it('imports only the HTML pages: no requests, redirects, errors or images', async () => {
    const parts = [
      await record(
        'https://a.test/story',
        'request',
        'GET /story HTTP/1.1',
        { host: 'a.test' },
        new Uint8Array(),
      ),
      await record(
        'https://a.test/story',
        'response',
        'HTTP/1.1 200 OK',
        { 'content-type': 'text/html; charset=utf-8' },
        encoder.encode(PAGE),
      ),
      await record(
        'https://a.test/old',
        'response',
        'HTTP/1.1 301 Moved Permanently',
        { location: 'https://a.test/story', 'content-type': 'text/html' },
        encoder.encode('<a href="/story">moved</a>'),
      ),
      await record(
        'https://a.test/logo.png',
        'response',
        'HTTP/1.1 200 OK',
        { 'content-type': 'image/png' },
        new Uint8Array([0x89, 0x50, 0x4e, 0x47]),
      ),
      await record(
        'https://a.test/missing',
        'response',
        'HTTP/1.1 404 Not Found',
        { 'content-type': 'text/html' },
        encoder.encode('<p>not found</p>'),
      ),
      await record(
        'https://a.test/zipped',
        'response',
        'HTTP/1.1 200 OK',
        { 'content-type': 'text/html', 'content-encoding': 'gzip' },
        gzipSync(PAGE),
      ),
    ];
    const path = join(tempDir(), 'crawl.warc.gz');
    writeFileSync(path, Buffer.concat(parts));
    const items = await collect(readWarcItems(path, { maxBytes: 1024 * 1024 }));
    const documents = items.filter((i) => i.kind === 'document');
    assert.deepEqual(
      documents.map((d) => d.kind === 'document' && d.document.url),
      ['https://a.test/story', 'https://a.test/zipped'],
    );
    for (const d of documents) {
      assert.equal(d.kind === 'document' && new TextDecoder().decode(d.document.body), PAGE);
    }
    assert.equal(items.length, 2);
  });

  it('says so when the file is not a WARC', async () => {
    const path = join(tempDir(), 'not.warc');
    writeFileSync(path, '<html><body>just a page</body></html>');
    const items = await collect(readWarcItems(path, { maxBytes: 1024 * 1024 }));
    assert.equal(items.length, 1);
    assert.equal(items[0]?.kind, 'error');
  });
});
