// The CLI as a subprocess: CONTRACT.md's commands, outputs and exit codes, on the founding report and bad input.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import type { Incident } from '../../src/core/incident.js';
import { runSitrep, SHARED } from '../support/cli.js';
import { peakRssProbe } from '../support/peak-rss.js';
import { needsShared } from '../support/shared-data.js';
import { tempDir } from '../support/temp-dir.js';
import { httpResponse, newsPage, pageRecord, warcRecord, zeroBomb } from '../support/warc-builder.js';

const SEED_HTML = join(SHARED, 'seed/report.html');
const SEED_TXT = join(SHARED, 'seed/report.txt');

function km(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const r = Math.PI / 180;
  const h =
    Math.sin(((lat2 - lat1) * r) / 2) ** 2 +
    Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin(((lon2 - lon1) * r) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

function assertOneLineError(
  result: { code: number | null; stdout: string; stderr: string },
  code: number,
  pattern: RegExp,
) {
  assert.equal(result.code, code, `exit code; stderr: ${result.stderr}`);
  assert.equal(result.stdout, '');
  const lines = result.stderr.trim().split('\n');
  assert.equal(lines.length, 1, `one line on stderr, got: ${result.stderr}`);
  assert.match(lines[0] ?? '', pattern);
  assert.doesNotMatch(result.stderr, /\n\s+at /, 'no stack trace');
}

describe('sitrep extract', () => {
  it(
    'reads the founding page into its article, without boilerplate',
    { skip: needsShared('seed/report.html') },
    async () => {
      const result = await runSitrep(['extract', SEED_HTML, '--json']);
      assert.equal(result.code, 0, result.stderr);
      const article = JSON.parse(result.stdout) as Record<string, unknown> & {
        paragraphs: string[];
        images: { caption: string; credit: string }[];
        text: string;
      };
      assert.equal(
        article.title,
        "Report: ISIS Fighter Executes Own Mother After She's Convicted of 'Apostasy'",
      );
      assert.equal(String(article.published).slice(0, 10), '2016-01-08');
      assert.deepEqual(article.tags, ['ISIS', 'Syria']);
      assert.equal(article.images[0]?.caption, 'ISIS fighters marching through Raqqa, Syria.');
      assert.equal(article.images[0]?.credit, 'AP');
      assert.equal(article.paragraphs.length, 7);
      for (const boilerplate of ['Send in e-mail', 'Click the alert icon', 'Advertisement', 'Most Read']) {
        assert.ok(!article.text.includes(boilerplate), `text contains "${boilerplate}"`);
      }
    },
  );

  it('answers JSON Lines in order, one error line for a bad input line', async () => {
    const stdin = [
      JSON.stringify({
        id: 'a',
        html: '<html><head><title>T1</title></head><body><article><p>Troops and rebels clashed near the bridge at dawn on Sunday, residents said, and the fighting went on for hours.</p></article></body></html>',
      }),
      'not json',
      JSON.stringify({ id: 'c', html: '' }),
    ].join('\n');
    const result = await runSitrep(['extract', '--jsonl'], { stdin });
    assert.equal(result.code, 0, result.stderr);
    const lines = result.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { id: string | null; article?: { title: string }; error?: string });
    assert.equal(lines.length, 3);
    assert.equal(lines[0]?.id, 'a');
    assert.equal(lines[0]?.article?.title, 'T1');
    assert.equal(lines[1]?.id, null);
    assert.ok(lines[1]?.error);
    assert.equal(lines[2]?.id, 'c');
    assert.match(lines[2]?.error ?? '', /empty/);
  });
});

describe('sitrep analyze', { skip: needsShared('seed/report.txt') }, () => {
  it('codes the founding report: an execution of a civilian by the Islamic State in Raqqa', async () => {
    const result = await runSitrep(['analyze', SEED_TXT, '--published', '2016-01-08', '--json']);
    assert.equal(result.code, 0, result.stderr);
    const { incidents } = JSON.parse(result.stdout) as {
      incidents: Incident[];
    };
    const news = incidents.find((i) => !i.background);
    assert.ok(news, 'a non-background incident');
    assert.equal(news.eventType, 'Violence against civilians');
    assert.equal(news.location?.country, 'Syria');
    assert.ok(km(news.location.lat, news.location.lon, 35.95, 39.01) < 25, 'Raqqa within 25 km');
    assert.ok(news.actors.some((a) => a.role === 'perpetrator' && a.name === 'Islamic State'));
    assert.equal(news.fatalities, 1);
    const sources = news.sources.map((s) => s.name).join(' | ');
    assert.match(sources, /Independent/);
    assert.match(sources, /Raqqa is Being Slaughtered Silently/);
    assert.ok(news.date.start !== null && news.date.start <= '2016-01-08');
    assert.ok(news.evidence.length > 0);
  });

  it('prints ACLED CSV with the codebook column names', async () => {
    const result = await runSitrep([
      'analyze',
      SEED_TXT,
      '--published',
      '2016-01-08',
      '--format',
      'acled-csv',
    ]);
    assert.equal(result.code, 0, result.stderr);
    const [header, row] = result.stdout.split('\n');
    assert.match(header ?? '', /^event_date,time_precision,event_type,sub_event_type,actor1,/);
    assert.match(row ?? '', /Violence against civilians/);
  });
});

describe('sitrep ingest and export', { skip: needsShared('seed/report.html') }, () => {
  it('stores a document once, however often it is ingested, and exports it', async () => {
    const db = join(tempDir(), 'sitrep.db');
    const first = await runSitrep(['ingest', SEED_HTML, '--db', db]);
    assert.equal(first.code, 0, first.stderr);
    assert.equal(first.stdout, 'ingested 1, unchanged 0, failed 0\n');
    const second = await runSitrep(['ingest', SEED_HTML, '--db', db]);
    assert.equal(second.stdout, 'ingested 0, unchanged 1, failed 0\n');

    const exported = await runSitrep(['export', '--format', 'jsonl', '--db', db]);
    assert.equal(exported.code, 0, exported.stderr);
    const records = exported.stdout
      .trim()
      .split('\n')
      .map(
        (l) =>
          JSON.parse(l) as {
            id: number;
            background: boolean;
            reports: { title: string }[];
            grade: string;
            independentSources: number;
          },
      );
    const news = records.find((r) => !r.background);
    assert.ok(news);
    assert.equal(news.reports.length, 1);
    assert.match(news.reports[0]?.title ?? '', /ISIS Fighter Executes Own Mother/);
    assert.ok(['single source', 'fair', 'confirmed', 'contested'].includes(news.grade));
    assert.ok(news.independentSources >= 1);

    const geo = await runSitrep(['export', '--format', 'geojson', '--db', db]);
    const collection = JSON.parse(geo.stdout) as { type: string; features: unknown[] };
    assert.equal(collection.type, 'FeatureCollection');
    assert.ok(collection.features.length >= 1);
  });
});

describe('bad input', () => {
  const dir = tempDir();

  it('an empty file: exit 1, one line', async () => {
    const path = join(dir, 'empty.html');
    writeFileSync(path, '');
    assertOneLineError(await runSitrep(['extract', path, '--json']), 1, /empty/);
    assertOneLineError(await runSitrep(['analyze', path, '--json']), 1, /empty/);
  });

  it('a PNG renamed .html: exit 1, one line naming it', async () => {
    const path = join(dir, 'photo.html');
    const png = Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      Buffer.alloc(4096, 7),
    ]);
    writeFileSync(path, png);
    assertOneLineError(await runSitrep(['extract', path, '--json']), 1, /PNG/);
  });

  it('a 30 MB page: processed within limits or refused in one line, never a hang or crash', async () => {
    const path = join(dir, 'huge.html');
    const paragraph =
      '<div class="c"><p>Residents said the convoy passed through the town without stopping, and the market reopened later that day.</p></div>\n';
    writeFileSync(
      path,
      `<html><head><title>Huge</title></head><body><article>${paragraph.repeat(Math.ceil((30 * 1024 * 1024) / paragraph.length))}</article></body></html>`,
    );
    // About 5 s of CPU idle; the kill is only a guard against a hang, far past any busy machine's time.
    const result = await runSitrep(['extract', path, '--json'], { timeoutMs: 600_000 });
    assert.ok(result.code === 0 || result.code === 1, `exit ${result.code}: ${result.stderr.slice(0, 300)}`);
    if (result.code === 1) assertOneLineError(result, 1, /too large|limit|time/);
    assert.notEqual(result.code, null, 'killed: it hung');
  });

  it('ingest of a bad file keeps going, says so and exits 1', async () => {
    const db = join(tempDir(), 'sitrep.db');
    const empty = join(dir, 'empty2.txt');
    writeFileSync(empty, '   \n');
    const good = join(dir, 'good.txt');
    writeFileSync(
      good,
      'Gunmen kill four at a checkpoint\n\nGunmen killed four travellers at a checkpoint near Bama on Tuesday, police said.\n',
    );
    const result = await runSitrep(['ingest', empty, good, '--published', '2016-01-08', '--db', db]);
    assert.equal(result.code, 1);
    assert.equal(result.stdout, 'ingested 1, unchanged 0, failed 1\n');
    assert.match(result.stderr, /empty/);
    assert.doesNotMatch(result.stderr, /\n\s+at /);
  });

  it('wrong usage exits 2', async () => {
    assert.equal((await runSitrep(['frobnicate'])).code, 2);
    assert.equal((await runSitrep(['extract'])).code, 2);
    assertOneLineError(
      await runSitrep(['export', '--format', 'xml', '--db', join(dir, 'x.db')]),
      2,
      /unknown format "xml"/,
    );
    assertOneLineError(
      await runSitrep(['analyze', SEED_TXT, '--published', 'last tuesday']),
      2,
      /invalid date/,
    );
    assertOneLineError(await runSitrep(['extract', join(dir, 'nope.html')]), 1, /no such file/);
  });
});

describe('ingest of damaged and hostile archives and exports', () => {
  const page = (n: number) =>
    pageRecord(
      `https://news.test/${n}`,
      newsPage(
        `Report ${n}`,
        `Gunmen attacked a police checkpoint in Kaduna on Monday, killing ${n + 1} officers.`,
      ),
    );
  // Generous: an idle run takes about two seconds; the faults these guard against hang for ever. No reader
  // threads (--workers 0): each loads the gazetteer, which costs seconds and would dominate the RSS figures.
  const timeoutMs = 60_000;

  it('a skipped record whose Content-Length runs past the end of the file: no hang, the pages after it are stored', async () => {
    const dir = tempDir();
    const path = join(dir, 'crawl.warc');
    const image = warcRecord(
      'response',
      'https://news.test/logo.png',
      httpResponse(Buffer.from([0x89, 0x50, 0x4e, 0x47]), { 'Content-Type': 'image/png' }),
      1_000_000,
    );
    writeFileSync(path, Buffer.concat([page(1), image, page(2), page(3)]));
    const result = await runSitrep(['ingest', path, '--workers', '0', '--db', join(dir, 'sitrep.db')], {
      timeoutMs,
    });
    assert.equal(result.code, 1, `exit code (null: killed after ${timeoutMs} ms); stderr: ${result.stderr}`);
    assert.equal(result.stdout, 'ingested 3, unchanged 0, failed 1\n');
    assert.match(
      result.stderr,
      /crawl\.warc#2: WARC record at byte \d+ \(response https:\/\/news\.test\/logo\.png\) declares Content-Length \d+, but the file ends \d+ bytes into it; reading resumed at byte \d+/,
    );
  });

  it('a Content-Length longer than its record fails that record, not the ones it would swallow', async () => {
    const dir = tempDir();
    const path = join(dir, 'crawl.warc');
    const lying = pageRecord('https://news.test/2', newsPage('Report 2', 'Police said.'), 400);
    writeFileSync(path, Buffer.concat([page(1), lying, page(3), page(4)]));
    const result = await runSitrep(['ingest', path, '--workers', '0', '--db', join(dir, 'sitrep.db')], {
      timeoutMs,
    });
    assert.equal(result.code, 1, result.stderr);
    assert.equal(result.stdout, 'ingested 3, unchanged 0, failed 1\n');
    assert.match(
      result.stderr,
      /crawl\.warc#2: .*\(response https:\/\/news\.test\/2\) declares Content-Length \d+, but no record follows/,
    );
  });

  it('a gzip-bomb page in a WARC fails alone, with memory bounded', async () => {
    const dir = tempDir();
    const path = join(dir, 'crawl.warc');
    const bomb = warcRecord(
      'response',
      'https://news.test/bomb',
      httpResponse(zeroBomb(1024 * 1024 * 1024), { 'Content-Type': 'text/html', 'Content-Encoding': 'gzip' }),
    );
    writeFileSync(path, Buffer.concat([page(1), bomb, page(2)]));
    const probe = peakRssProbe(dir);
    const result = await runSitrep(['ingest', path, '--workers', '0', '--db', join(dir, 'sitrep.db')], {
      timeoutMs,
      env: probe.env,
    });
    assert.equal(result.code, 1, result.stderr);
    assert.equal(result.stdout, 'ingested 2, unchanged 0, failed 1\n');
    assert.match(
      result.stderr,
      /crawl\.warc#2: archived page https:\/\/news\.test\/bomb: unpacks to more than 33554432 bytes \(Content-Encoding gzip\), limit 33554432/,
    );
    // Unpacked whole, the 1 GB page took gigabytes; capped, the run stays near its usual ~250 MB.
    assert.ok(probe.peakMb() < 500, `peak RSS ${probe.peakMb().toFixed(0)} MB`);
  });

  it('a .jsonl.gz with a 640 MB line is read as a stream: that line fails, the others are stored', async () => {
    const dir = tempDir();
    const path = join(dir, 'export.jsonl.gz');
    const line = (id: string, n: number) =>
      `${JSON.stringify({
        id,
        url: `https://news.test/${id}`,
        text: `Gunmen attack checkpoint\n\nGunmen attacked a police checkpoint in Kaduna on Monday, killing ${n} officers, police said.`,
      })}\n`;
    writeFileSync(
      path,
      Buffer.concat([
        gzipSync(line('a', 3) + line('b', 4) + '{"id":"huge","text":"'),
        // Past the longest string V8 can make (0x1fffffe8 characters), as a whole-file decode would need.
        zeroBomb(640 * 1024 * 1024),
        gzipSync(`"}\n${line('c', 5)}`),
      ]),
    );
    const probe = peakRssProbe(dir);
    const result = await runSitrep(['ingest', path, '--workers', '0', '--db', join(dir, 'sitrep.db')], {
      timeoutMs,
      env: probe.env,
    });
    assert.equal(result.code, 1, result.stderr);
    assert.equal(result.stdout, 'ingested 3, unchanged 0, failed 1\n');
    assert.match(result.stderr, /export\.jsonl\.gz:3: line too large: 671088663 bytes, limit 33554432/);
    assert.ok(probe.peakMb() < 500, `peak RSS ${probe.peakMb().toFixed(0)} MB`);
  });
});
