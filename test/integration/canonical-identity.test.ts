// A page that names another outlet's article as its rel=canonical must not take that article's place.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { WARCRecord, WARCSerializer } from 'warcio';
import { openStore } from '../../src/store/index.js';
import { runSitrep } from '../support/cli.js';
import { tempDir } from '../support/temp-dir.js';

const REAL_URL = 'https://news.example.org/2026/11/clinic-shelled';
const HOAX_URL = 'https://hoax.example.net/p/8841';

const REAL_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Shelling hits clinic in Kharkiv district</title>
<link rel="canonical" href="${REAL_URL}"></head><body><article>
<h1>Shelling hits clinic in Kharkiv district</h1>
<p>Artillery shells struck a clinic in the Kharkiv district on Tuesday morning, killing two nurses and
wounding a patient, the regional health department said in a statement.</p>
<p>Witnesses said the building was hit three times while staff were moving patients to the basement.</p>
</article></body></html>`;

// The hijacker's page: its own text, another outlet's address as canonical, og:url and JSON-LD url.
const HOAX_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Clinic story was staged, officials say</title>
<link rel="canonical" href="${REAL_URL}"><meta property="og:url" content="${REAL_URL}">
<script type="application/ld+json">{"@type":"NewsArticle","url":"${REAL_URL}"}</script></head><body><article>
<h1>Clinic story was staged, officials say</h1>
<p>Officials said on Tuesday that reports of a clinic being shelled in the Kharkiv district were
invented, and that no building in the area had been damaged.</p>
</article></body></html>`;

async function warcOf(url: string, html: string): Promise<Uint8Array> {
  const record = WARCRecord.create(
    {
      url,
      type: 'response',
      statusline: 'HTTP/1.1 200 OK',
      httpHeaders: { 'content-type': 'text/html; charset=utf-8' },
      warcVersion: 'WARC/1.1',
    },
    [new TextEncoder().encode(html)],
  );
  return WARCSerializer.serialize(record, { gzip: true });
}

describe('canonical URL hijack', () => {
  it('stores the hijacking page under its own address, and the real article after it', async () => {
    const dir = tempDir();
    const db = join(dir, 'sitrep.db');
    const hoax = join(dir, 'hoax.warc');
    writeFileSync(hoax, await warcOf(HOAX_URL, HOAX_PAGE));
    const real = join(dir, 'real.jsonl');
    writeFileSync(real, JSON.stringify({ id: 'real', url: REAL_URL, html: REAL_PAGE }) + '\n');

    const first = await runSitrep(['ingest', hoax, '--db', db]);
    assert.equal(first.code, 0, first.stderr);
    assert.equal(first.stdout, 'ingested 1, unchanged 0, failed 0\n');
    const second = await runSitrep(['ingest', real, '--db', db]);
    assert.equal(second.code, 0, second.stderr);
    assert.equal(second.stdout, 'ingested 1, unchanged 0, failed 0\n');
    // The real article is still known by its address: coming again, it is the one that is unchanged.
    const again = await runSitrep(['ingest', real, '--db', db]);
    assert.equal(again.stdout, 'ingested 0, unchanged 1, failed 0\n');

    const store = await openStore(db);
    try {
      const articles = await store
        .selectFrom('articles')
        .select(['url', 'canonical_claim', 'title'])
        .orderBy('id')
        .execute();
      assert.deepEqual(articles, [
        { url: HOAX_URL, canonical_claim: REAL_URL, title: 'Clinic story was staged, officials say' },
        { url: REAL_URL, canonical_claim: null, title: 'Shelling hits clinic in Kharkiv district' },
      ]);
      const statuses = await store.selectFrom('documents').select('status').execute();
      assert.deepEqual(
        statuses.map((s) => s.status),
        ['processed', 'processed'],
      );
    } finally {
      await store.destroy();
    }
  });

  it('a saved file cannot claim an address either: its canonical is kept as a claim only', async () => {
    const dir = tempDir();
    const db = join(dir, 'sitrep.db');
    const saved = join(dir, 'saved.html');
    writeFileSync(saved, HOAX_PAGE);
    const real = join(dir, 'real.jsonl');
    writeFileSync(real, JSON.stringify({ id: 'real', url: REAL_URL, html: REAL_PAGE }) + '\n');

    assert.equal(
      (await runSitrep(['ingest', saved, '--db', db])).stdout,
      'ingested 1, unchanged 0, failed 0\n',
    );
    assert.equal(
      (await runSitrep(['ingest', real, '--db', db])).stdout,
      'ingested 1, unchanged 0, failed 0\n',
    );
    // `analyze` stores nothing, so it prints the canonical URL the page states, as CONTRACT.md has it.
    const analyzed = await runSitrep(['analyze', saved, '--json']);
    assert.equal((JSON.parse(analyzed.stdout) as { article: { url: string } }).article.url, REAL_URL);
    const store = await openStore(db);
    try {
      const articles = await store
        .selectFrom('articles')
        .select(['url', 'canonical_claim'])
        .orderBy('id')
        .execute();
      assert.deepEqual(articles, [
        { url: null, canonical_claim: REAL_URL },
        { url: REAL_URL, canonical_claim: null },
      ]);
    } finally {
      await store.destroy();
    }
  });
});
