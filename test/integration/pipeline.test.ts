// The whole pipeline on the demo corpus against a real SQLite file: linking across outlets, dedupe, grading.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { RawDocument } from '../../src/core/raw-document.js';
import {
  getIncidentRecord,
  ingestTargets,
  storeDocument,
  type PipelineDeps,
} from '../../src/pipeline/index.js';
import { countDocuments, openStore } from '../../src/store/index.js';
import { REPO } from '../support/cli.js';
import { tempDir } from '../support/temp-dir.js';

const PAGES = join(REPO, 'demo/pages');

async function deps(): Promise<PipelineDeps> {
  const db = await openStore(join(tempDir(), 'sitrep.db'));
  return {
    db,
    now: () => new Date('2025-06-01T00:00:00Z'),
    limits: { maxBytes: 8 * 1024 * 1024, timeoutMs: 10_000 },
  };
}

function page(name: string, url: string | null = null): RawDocument {
  return {
    kind: 'html',
    body: readFileSync(join(PAGES, name)),
    url,
    source: 'file',
    charset: null,
    published: null,
    title: null,
    publisher: null,
  };
}

describe('pipeline', () => {
  it('gathers three outlets reporting one air strike into one incident', async () => {
    const d = await deps();
    const names = [
      'northgate-times-ariha-market-airstrike.html',
      'meridianwire-russian-raids-ariha-market.html',
      'civilianharmwatch-ariha-market-strike-field-update.html',
    ];
    const outcomes = [];
    for (const name of names) outcomes.push(await storeDocument(d, page(name)));
    const newsIds = new Set<number>();
    for (const outcome of outcomes) {
      assert.equal(outcome.kind, 'ingested');
      if (outcome.kind !== 'ingested') continue;
      for (const id of outcome.incidentIds) {
        const record = await getIncidentRecord(d.db, id);
        if (record && !record.background && record.subEventType === 'Air/drone strike') newsIds.add(id);
      }
    }
    assert.equal(newsIds.size, 1, `one strike, got incidents ${[...newsIds].join(', ')}`);
    const [id] = [...newsIds];
    const record = await getIncidentRecord(d.db, id ?? 0);
    assert.equal(record?.reports.length, 3);
    assert.ok((record?.independentSources ?? 0) >= 2, `independent sources: ${record?.independentSources}`);
    await d.db.destroy();
  });

  it('stores a page once, whether it comes again by the same bytes or by its canonical URL', async () => {
    const d = await deps();
    const html = readFileSync(join(PAGES, 'northgate-times-mir-ali-roadside-bomb.html'), 'utf8');
    const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
    assert.ok(canonical);
    // A canonical URL is the page's identity when the page came from its site (here a mobile and an AMP
    // address of it); decideArticleIdentity's tests cover the claims that are not trusted.
    const mobile = canonical.replace('://www.', '://m.');
    const first = await storeDocument(d, page('northgate-times-mir-ali-roadside-bomb.html', mobile));
    assert.equal(first.kind, 'ingested');
    assert.equal(
      (await storeDocument(d, page('northgate-times-mir-ali-roadside-bomb.html', mobile))).kind,
      'unchanged',
    );
    const changed: RawDocument = {
      ...page('northgate-times-mir-ali-roadside-bomb.html', canonical.replace('://www.', '://amp.')),
      body: new TextEncoder().encode(html.replace('</body>', '<!-- tracking pixel --></body>')),
    };
    assert.equal((await storeDocument(d, changed)).kind, 'unchanged');
    assert.deepEqual(await countDocuments(d.db), { pending: 0, processed: 1, failed: 0, duplicate: 1 });
    await d.db.destroy();
  });

  it('ingests the whole demo corpus with no failure', async () => {
    const d = await deps();
    const summary = await ingestTargets(d, [join(REPO, 'demo')]);
    assert.deepEqual(summary.failures, []);
    assert.ok(summary.ingested >= 20, `ingested ${summary.ingested}`);
    const again = await ingestTargets(d, [join(REPO, 'demo')]);
    assert.equal(again.ingested, 0);
    // The demo WARC archives pages that demo/pages also holds: unchanged on the first pass already.
    assert.equal(again.unchanged, summary.ingested + summary.unchanged);
    await d.db.destroy();
  });
});
