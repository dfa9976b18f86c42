// WARC framing on hand-made archives, honest and damaged: lengths past the end, too long, too short, garbage.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import { tempDir } from '../../test/support/temp-dir.js';
import { gzipPerRecord, warcRecord } from '../../test/support/warc-builder.js';
import { readWarcRecords, type WarcEntry } from './warc.reader.js';

const dir = tempDir();
let files = 0;

async function read(bytes: Buffer, keep = 1024 * 1024): Promise<WarcEntry[]> {
  files += 1;
  const path = join(dir, `a${files}.warc`);
  writeFileSync(path, bytes);
  const out: WarcEntry[] = [];
  for await (const entry of readWarcRecords(path, { keep: () => keep })) out.push(entry);
  return out;
}

/** Each entry as `uri` for a record or `error: reason` for a failure, for short assertions. */
function outline(entries: WarcEntry[]): string[] {
  return entries.map((e) =>
    e.kind === 'record' ? (e.headers.get('warc-target-uri') ?? '?') : `error: ${e.error}`,
  );
}

const a = warcRecord('resource', 'https://a.test/1', 'first block');
const b = warcRecord('resource', 'https://a.test/2', 'second block');
const c = warcRecord('resource', 'https://a.test/3', 'third block');

// The three ways a WARC file is stored: plain, one gzip member per record, and gzipped whole.
const layouts: [string, (records: Buffer[]) => Buffer][] = [
  ['plain', (records) => Buffer.concat(records)],
  ['gzip per record', gzipPerRecord],
  ['gzipped whole', (records) => gzipSync(Buffer.concat(records))],
];

describe('WARC records', () => {
  for (const [name, pack] of layouts) {
    it(`${name}: reads honest records with their headers and content`, async () => {
      const entries = await read(pack([a, b, c]));
      assert.deepEqual(outline(entries), ['https://a.test/1', 'https://a.test/2', 'https://a.test/3']);
      const second = entries[1];
      assert.equal(second?.kind === 'record' && Buffer.from(second.content).toString(), 'second block');
      assert.equal(second?.kind === 'record' && second.headers.get('warc-type'), 'resource');
    });

    it(`${name}: a Content-Length past the end of the file fails that record and ends, without hanging`, async () => {
      const truncated = warcRecord('request', 'https://a.test/x', 'GET /x HTTP/1.1\r\n\r\n', 100_000);
      const entries = await read(pack([a, b, truncated]), 0);
      const lines = outline(entries);
      assert.deepEqual(lines.slice(0, 2), ['https://a.test/1', 'https://a.test/2']);
      assert.equal(lines.length, 3);
      assert.match(
        lines[2] ?? '',
        /\(request https:\/\/a\.test\/x\) declares Content-Length 100\d+, but the file ends \d+ bytes into it; no record follows it/,
      );
    });

    it(`${name}: a Content-Length past the end, before other records, is read past to them`, async () => {
      const lying = warcRecord('response', 'https://a.test/logo.png', 'HTTP/1.1 200 OK\r\n\r\nPNG', 100_000);
      const entries = await read(pack([a, lying, b, c]), 0);
      const lines = outline(entries);
      assert.deepEqual(
        [lines[0], lines[2], lines[3]],
        ['https://a.test/1', 'https://a.test/2', 'https://a.test/3'],
      );
      assert.match(
        lines[1] ?? '',
        /declares Content-Length 100\d+, but the file ends .* reading resumed at (unpacked )?byte \d+/,
      );
    });

    it(`${name}: a Content-Length too long fails alone; the records it would swallow are read`, async () => {
      const entries = await read(
        pack([a, warcRecord('resource', 'https://a.test/long', 'short block', 40), b, c]),
      );
      const lines = outline(entries);
      assert.deepEqual(
        [lines[0], lines[2], lines[3]],
        ['https://a.test/1', 'https://a.test/2', 'https://a.test/3'],
      );
      assert.match(
        lines[1] ?? '',
        /\(resource https:\/\/a\.test\/long\) declares Content-Length 51, but no record follows at .*; reading resumed at/,
      );
      assert.equal(lines.length, 4);
    });

    it(`${name}: a Content-Length too short fails alone; reading resumes at the next record`, async () => {
      const entries = await read(
        pack([a, warcRecord('resource', 'https://a.test/short', 'a longer block of text', -8), b]),
      );
      const lines = outline(entries);
      assert.deepEqual([lines[0], lines[2]], ['https://a.test/1', 'https://a.test/2']);
      assert.match(lines[1] ?? '', /short\) declares Content-Length 14, but no record follows/);
      assert.equal(lines.length, 3);
    });
  }

  it('takes a WARC/1. line inside an honest record for content, not for a record', async () => {
    const nested = `archived archive:\r\n\r\n${warcRecord('resource', 'https://inner.test/', 'inner').toString()}tail`;
    const entries = await read(Buffer.concat([a, warcRecord('resource', 'https://a.test/outer', nested), b]));
    assert.deepEqual(outline(entries), ['https://a.test/1', 'https://a.test/outer', 'https://a.test/2']);
    const outer = entries[1];
    assert.equal(outer?.kind === 'record' && Buffer.from(outer.content).toString(), nested);
  });

  it('a record with no Content-Length fails alone; garbage after a record fails the record it follows', async () => {
    const noLength = Buffer.from(
      'WARC/1.0\r\nWARC-Type: resource\r\nWARC-Target-URI: https://a.test/n\r\n\r\nbody\r\n\r\n',
    );
    const entries = await read(Buffer.concat([a, noLength, b, Buffer.from('junk that is no record\r\n'), c]));
    const lines = outline(entries);
    assert.equal(lines.length, 4);
    assert.deepEqual([lines[0], lines[3]], ['https://a.test/1', 'https://a.test/3']);
    assert.match(lines[1] ?? '', /no Content-Length header; reading resumed at byte \d+/);
    // Bytes that are no record after b's declared end: b's length may be the lie, so b is not trusted.
    assert.match(
      lines[2] ?? '',
      /\(resource https:\/\/a\.test\/2\) declares Content-Length 12, but no record follows/,
    );
  });

  it('keeps only as much content as asked for, and reads big records in bounded pieces', async () => {
    const big = warcRecord('resource', 'https://a.test/big', Buffer.alloc(3 * 1024 * 1024, 0x61));
    const entries = await read(gzipPerRecord([a, big, b]), 1000);
    assert.deepEqual(outline(entries), ['https://a.test/1', 'https://a.test/big', 'https://a.test/2']);
    const kept = entries[1];
    assert.equal(kept?.kind === 'record' && kept.content.length, 1000);
    assert.equal(kept?.kind === 'record' && kept.contentLength, 3 * 1024 * 1024);
  });

  it('a file cut anywhere: ends, keeps every record before the cut, fails at most the one cut through', async () => {
    const whole = Buffer.concat([a, b, c]);
    const ends = [a.length, a.length + b.length, whole.length];
    for (let cut = 1; cut < whole.length; cut += 3) {
      const lines = outline(await read(whole.subarray(0, cut)));
      const complete = ends.filter((end) => end <= cut).length;
      const expected = ['https://a.test/1', 'https://a.test/2', 'https://a.test/3'].slice(0, complete);
      assert.deepEqual(lines.slice(0, complete), expected, `cut at ${cut}`);
      assert.ok(lines.length <= complete + 1, `cut at ${cut}: ${lines.join(' | ')}`);
    }
  });

  it('a Content-Length wrong by any amount fails only its own record', async () => {
    // 1 to 4 too many reach only into the blank lines that close the record: tolerated, as they misread
    // nothing but line breaks (writers that end records with a single CRLF are read the same way).
    for (const delta of [-11, -5, -2, -1, 5, 17, 60, 5000]) {
      const bad = warcRecord('resource', 'https://a.test/bad', 'the block in the middle', delta);
      for (const [name, pack] of layouts) {
        const lines = outline(await read(pack([a, bad, b, c])));
        const good = lines.filter((l) => !l.startsWith('error'));
        assert.deepEqual(
          good,
          ['https://a.test/1', 'https://a.test/2', 'https://a.test/3'],
          `${name}, ${delta}`,
        );
        assert.equal(lines.length, 4, `${name}, ${delta}: ${lines.join(' | ')}`);
      }
    }
  });

  it('reads records closed by one line break, or by none, as some writers leave them', async () => {
    const trim = (record: Buffer, by: number) => record.subarray(0, record.length - by);
    const lines = outline(await read(Buffer.concat([trim(a, 2), trim(b, 4), c])));
    assert.deepEqual(lines, ['https://a.test/1', 'https://a.test/2', 'https://a.test/3']);
  });

  it('a gzipped WARC cut short: the records before the damage, then the reason', async () => {
    const packed = gzipPerRecord([a, b, c]);
    files += 1;
    const path = join(dir, `cut${files}.warc.gz`);
    writeFileSync(path, packed.subarray(0, packed.length - 10));
    const out: string[] = [];
    await assert.rejects(async () => {
      for await (const entry of readWarcRecords(path, { keep: () => 100 })) out.push(...outline([entry]));
    }, /gzip data cut short at offset \d+ of the file/);
    assert.deepEqual(out, ['https://a.test/1', 'https://a.test/2']);
  });

  it('says a file that is not a WARC is not one', async () => {
    const entries = await read(Buffer.from('<html><body>a page</body></html>'));
    assert.deepEqual(
      outline(entries).map((l) => l.replace(dir, '')),
      ['error: not a WARC file: /a' + String(files) + '.warc does not begin with a WARC/1.x header'],
    );
  });
});
