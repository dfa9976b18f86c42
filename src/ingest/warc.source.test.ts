// A WARC file made here with an independent writer (warcio's serializer), read back by our source.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { deflateSync, gzipSync } from 'node:zlib';
import { WARCRecord, WARCSerializer } from 'warcio';
import { tempDir } from '../../test/support/temp-dir.js';
import {
  gzipPerRecord,
  httpResponse,
  newsPage,
  pageRecord,
  warcRecord,
  zeroBomb,
} from '../../test/support/warc-builder.js';
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

  it('a page whose Content-Length is too long fails alone; the pages it would swallow are kept', async () => {
    const path = join(tempDir(), 'lying.warc');
    writeFileSync(
      path,
      Buffer.concat([
        pageRecord('https://a.test/1', PAGE),
        pageRecord('https://a.test/2', PAGE, 300),
        pageRecord('https://a.test/3', PAGE),
        pageRecord('https://a.test/4', PAGE),
      ]),
    );
    const items = await collect(readWarcItems(path, { maxBytes: 1024 * 1024 }));
    const [first, lying, ...rest] = items;
    assert.deepEqual(
      [first, ...rest].map((i) => i?.kind === 'document' && i.document.url),
      ['https://a.test/1', 'https://a.test/3', 'https://a.test/4'],
    );
    assert.equal(lying?.origin, `${path}#2`);
    assert.match(
      lying?.kind === 'error' ? lying.error : '',
      /^WARC record at byte \d+ \(response https:\/\/a\.test\/2\) declares Content-Length \d+, but no record follows at byte \d+; reading resumed at byte \d+$/,
    );
  });

  for (const packing of ['plain', 'gzip per record'] as const) {
    it(`${packing}: a page that unpacks past the cap fails alone, unpacked no further than the cap`, async () => {
      const bomb = zeroBomb(256 * 1024 * 1024);
      const records = [
        pageRecord('https://a.test/before', newsPage('Before', 'Police said.')),
        warcRecord(
          'response',
          'https://a.test/bomb',
          httpResponse(bomb, { 'Content-Type': 'text/html', 'Content-Encoding': 'gzip' }),
        ),
        pageRecord('https://a.test/after', newsPage('After', 'Police said.')),
      ];
      const path = join(tempDir(), packing === 'plain' ? 'bomb.warc' : 'bomb.warc.gz');
      writeFileSync(path, packing === 'plain' ? Buffer.concat(records) : gzipPerRecord(records));
      const peakBefore = process.resourceUsage().maxRSS;
      const items = await collect(readWarcItems(path, { maxBytes: 1024 * 1024 }));
      const grewMb = (process.resourceUsage().maxRSS - peakBefore) / 1024;
      assert.deepEqual(
        items.map((i) => (i.kind === 'document' ? i.document.url : i.error)),
        [
          'https://a.test/before',
          'archived page https://a.test/bomb: unpacks to more than 1048576 bytes (Content-Encoding gzip), limit 1048576',
          'https://a.test/after',
        ],
      );
      // Unpacking it whole would take 256 MB at least; the cap keeps it to about one.
      assert.ok(grewMb < 100, `peak memory grew by ${grewMb.toFixed(0)} MB`);
    });
  }

  it('undoes chunked transfer and deflate encoding of an archived page', async () => {
    const deflated = deflateSync(PAGE);
    const chunked = Buffer.concat([
      Buffer.from(`${(10).toString(16)}\r\n`),
      deflated.subarray(0, 10),
      Buffer.from(`\r\n${(deflated.length - 10).toString(16)}\r\n`),
      deflated.subarray(10),
      Buffer.from('\r\n0\r\n\r\n'),
    ]);
    const path = join(tempDir(), 'chunked.warc');
    writeFileSync(
      path,
      warcRecord(
        'response',
        'https://a.test/c',
        httpResponse(chunked, {
          'Content-Type': 'text/html',
          'Transfer-Encoding': 'chunked',
          'Content-Encoding': 'deflate',
        }),
      ),
    );
    const [item] = await collect(readWarcItems(path, { maxBytes: 1024 * 1024 }));
    assert.equal(item?.kind === 'document' && new TextDecoder().decode(item.document.body), PAGE);
  });
});
