import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import { tempDir } from '../../test/support/temp-dir.js';
import { zeroBomb } from '../../test/support/warc-builder.js';
import { countItems, readJsonl, readFeed, readTargets, type IngestItem } from './index.js';

const FEED = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Valley Courier</title><link>https://valley.test/</link>
<item><title>Gunmen abduct eleven travellers near Kaduna</title><link>https://valley.test/a/1</link>
<pubDate>Tue, 04 Mar 2025 09:30:00 GMT</pubDate>
<content:encoded><![CDATA[<p>Gunmen abducted eleven travellers on the Kaduna highway on Monday, police said.</p>]]></content:encoded></item>
<item><title>Only a link</title><link>https://valley.test/a/2</link></item>
</channel></rss>`;

async function collect(items: AsyncIterable<IngestItem>): Promise<IngestItem[]> {
  const out: IngestItem[] = [];
  for await (const item of items) out.push(item);
  return out;
}

const options = {
  published: null,
  maxBytes: 1024 * 1024,
  fetch: globalThis.fetch,
  timeoutMs: 1000,
  userAgent: 'test',
};

describe('feeds', () => {
  it('turns an item with content into a page carrying its link, date and outlet; reports an empty one', () => {
    const [first, second] = readFeed(FEED, 'valley.rss', 'feed');
    assert.equal(first?.kind, 'document');
    if (first?.kind !== 'document') return;
    assert.equal(first.document.url, 'https://valley.test/a/1');
    assert.equal(first.document.published, '2025-03-04T09:30:00.000Z');
    assert.equal(first.document.publisher, 'Valley Courier');
    const page = new TextDecoder().decode(first.document.body);
    assert.match(page, /Gunmen abducted eleven travellers/);
    assert.match(page, /<link rel="canonical" href="https:\/\/valley.test\/a\/1">/);
    assert.deepEqual(second, {
      kind: 'error',
      origin: 'valley.rss#2',
      error: 'feed item has no text: https://valley.test/a/2',
    });
  });

  it('reads Atom entries', () => {
    const atom = `<feed xmlns="http://www.w3.org/2005/Atom"><title>Desk</title>
      <entry><title>T</title><link href="https://desk.test/x"/><updated>2025-01-02T03:04:05Z</updated>
      <summary>Protesters marched in Nairobi.</summary></entry></feed>`;
    const [item] = readFeed(atom, 'desk.atom', 'feed');
    assert.equal(item?.kind === 'document' && item.document.url, 'https://desk.test/x');
  });
});

describe('JSON Lines', () => {
  it('reads documents and names each bad line by number', () => {
    const items = [
      ...readJsonl(
        [
          '{"id":"a","text":"Police arrested five protesters in Harare."}',
          '',
          'not json',
          '{"id":"b"}',
          '{"id":3,"html":"<p>x</p>"}',
        ],
        'in.jsonl',
        'jsonl',
      ),
    ];
    assert.deepEqual(
      items.map((i) => (i.kind === 'error' ? i.error : i.document.kind)),
      ['note', 'in.jsonl:3: not valid JSON', 'in.jsonl:4: needs "html" or "text"', 'html'],
    );
  });
});

describe('files and folders', () => {
  it('walks a folder in name order, reads gzipped pages and feeds, and reports missing paths', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'b.html'), '<p>b</p>');
    writeFileSync(join(dir, 'sub', 'c.html.gz'), gzipSync('<p>c</p>'));
    writeFileSync(join(dir, 'a.txt'), 'Title\n\nBody');
    writeFileSync(join(dir, 'feed.xml'), FEED);
    writeFileSync(join(dir, 'image.png'), 'ignored: not a known extension');
    const items = await collect(readTargets([dir, join(dir, 'missing.html')], options));
    const summary = items.map((i) =>
      i.kind === 'document'
        ? `${i.document.kind}:${i.origin.replace(dir, '')}`
        : `error:${i.error.replace(dir, '')}`,
    );
    assert.deepEqual(summary, [
      'text:/a.txt',
      'html:/b.html',
      'html:/feed.xml#1',
      'error:feed item has no text: https://valley.test/a/2',
      'html:/sub/c.html.gz',
      'error:no such file or folder: /missing.html',
    ]);
    const c = items[4];
    assert.equal(c?.kind === 'document' && new TextDecoder().decode(c.document.body), '<p>c</p>');
  });

  it('refuses a file of an unknown type named directly, rather than reading it as a page', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'scan.pdf'), '%PDF-1.7');
    const [item] = await collect(readTargets([join(dir, 'scan.pdf')], options));
    assert.equal(item?.kind === 'error' && item.error.startsWith('unsupported file type ".pdf"'), true);
  });

  it('refuses a file over the size cap without reading it', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'big.html'), 'x'.repeat(2048));
    const [item] = await collect(readTargets([join(dir, 'big.html')], { ...options, maxBytes: 1024 }));
    assert.equal(item?.kind, 'error');
    assert.match(item?.kind === 'error' ? item.error : '', /file too large: .* is 2048 bytes, limit 1024/);
  });
});

describe('bounded reading of large and gzipped files', () => {
  const line = (id: string) =>
    JSON.stringify({ id, text: `Report ${id}\n\nPolice arrested five protesters in Harare.` });
  const outline = (items: IngestItem[], dir: string) =>
    items.map((i) => (i.kind === 'document' ? i.origin : `${i.origin}: ${i.error}`).replaceAll(dir, ''));

  it('a JSONL line over the cap fails alone, named by its number; the lines around it are read', async () => {
    const dir = tempDir();
    const path = join(dir, 'big.jsonl');
    writeFileSync(
      path,
      `${line('a')}\r\n{"id":"big","text":"${'x'.repeat(3000)}"}\r\n${line('b')}\r\n${line('c')}`,
    );
    const items = await collect(readTargets([path], { ...options, maxBytes: 1024 }));
    assert.deepEqual(outline(items, dir), [
      '/big.jsonl:1',
      '/big.jsonl:2: line too large: 3023 bytes, limit 1024',
      '/big.jsonl:3',
      '/big.jsonl:4',
    ]);
  });

  it('a gzipped JSONL bomb is unpacked as a stream: the huge line fails alone, the others are read', async () => {
    const dir = tempDir();
    const path = join(dir, 'export.jsonl.gz');
    writeFileSync(
      path,
      Buffer.concat([
        gzipSync(`${line('a')}\n\n{"id":"bomb","text":"`),
        zeroBomb(64 * 1024 * 1024),
        gzipSync(`"}\n${line('b')}\n`),
      ]),
    );
    const peakBefore = process.resourceUsage().maxRSS;
    const items = await collect(readTargets([path], { ...options, maxBytes: 1024 * 1024 }));
    const grewMb = (process.resourceUsage().maxRSS - peakBefore) / 1024;
    assert.deepEqual(outline(items, dir), [
      '/export.jsonl.gz:1',
      `/export.jsonl.gz:3: line too large: ${64 * 1024 * 1024 + 23} bytes, limit 1048576`,
      '/export.jsonl.gz:4',
    ]);
    assert.ok(grewMb < 48, `peak memory grew by ${grewMb.toFixed(0)} MB`);
  });

  it('a truncated gzipped JSONL keeps the lines before the damage and says where it stopped', async () => {
    const dir = tempDir();
    const path = join(dir, 'cut.jsonl.gz');
    const whole = gzipSync(`${line('a')}\n${line('b')}\n${'{"id":"c","text":"padding"}\n'.repeat(2000)}`);
    writeFileSync(path, whole.subarray(0, whole.length - 40));
    const items = await collect(readTargets([path], options));
    const last = items[items.length - 1];
    assert.equal(items[0]?.kind, 'document');
    assert.equal(last?.kind, 'error');
    assert.match(
      last?.kind === 'error' ? last.error : '',
      /^cannot read .*cut\.jsonl\.gz after line \d+: unexpected end of file$/,
    );
  });

  it('a gzipped page or feed that unpacks past the cap is refused in one line, unpacked no further', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'bomb.html.gz'), zeroBomb(64 * 1024 * 1024));
    writeFileSync(join(dir, 'bomb.xml.gz'), zeroBomb(64 * 1024 * 1024));
    writeFileSync(join(dir, 'ok.html.gz'), gzipSync('<p>fine</p>'));
    const items = await collect(readTargets([dir], { ...options, maxBytes: 1024 * 1024 }));
    assert.deepEqual(outline(items, dir), [
      '/bomb.html.gz: file too large: /bomb.html.gz unpacks to more than 1048576 bytes, limit 1048576',
      '/bomb.xml.gz: file too large: /bomb.xml.gz unpacks to more than 1048576 bytes, limit 1048576',
      '/ok.html.gz',
    ]);
  });
});

describe('counting items for progress', () => {
  it('counts pages and JSONL lines, and gives up where only reading would tell', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.html'), '<p>a</p>');
    writeFileSync(join(dir, 'b.txt'), 'b');
    writeFileSync(join(dir, 'c.jsonl'), '{"id":1,"text":"x"}\n\n{"id":2,"text":"y"}\r\n{"id":3,"text":"z"}');
    assert.equal(await countItems([dir]), 5);
    writeFileSync(join(dir, 'feed.xml'), FEED);
    assert.equal(await countItems([dir]), undefined);
    assert.equal(await countItems(['https://example.org/feed']), undefined);
  });
});
