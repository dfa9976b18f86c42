// The store against a real SQLite file on disk.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { Article } from '../core/article.js';
import type { Incident } from '../core/incident.js';
import type { RawDocument } from '../core/raw-document.js';
import { tempDir } from '../../test/support/temp-dir.js';
import {
  addReport,
  countDocuments,
  findDuplicateDocument,
  getArticle,
  getDocumentBody,
  getIncidentParts,
  insertArticle,
  insertDocument,
  insertIncident,
  listIncidentIds,
  openStore,
  searchIncidentIds,
  sha256Hex,
} from './index.js';

const NOW = '2025-05-01T12:00:00.000Z';

const doc: RawDocument = {
  kind: 'html',
  body: new TextEncoder().encode('<html><body><p>Shelling hit the market in Kherson.</p></body></html>'),
  url: 'https://news.example.test/a/1',
  source: 'file',
  charset: null,
  published: null,
  title: null,
  publisher: null,
};

const article: Article = {
  url: 'https://news.example.test/a/1',
  title: 'Shelling hits Kherson market',
  byline: 'A. Writer',
  publisher: 'Example Daily',
  published: '2025-04-30T08:00:00Z',
  language: 'en',
  section: 'World',
  tags: ['Ukraine'],
  text: 'Shelling hit the central market in Kherson on Tuesday, killing three people, regional officials said.',
  paragraphs: [
    'Shelling hit the central market in Kherson on Tuesday, killing three people, regional officials said.',
  ],
  images: [{ src: 'https://img.example.test/1.jpg', alt: null, caption: 'The market', credit: 'AFP' }],
};

const incident: Incident = {
  background: false,
  eventType: 'Explosions/Remote violence',
  subEventType: 'Shelling/artillery/missile attack',
  date: { start: '2025-04-29', end: '2025-04-29', precision: 1 },
  location: {
    name: 'Kherson',
    admin1: 'Kherson',
    country: 'Ukraine',
    iso3: 'UKR',
    lat: 46.64,
    lon: 32.61,
    precision: 1,
  },
  actors: [{ name: 'Civilians (Ukraine)', role: 'target', kind: 'civilians' }],
  fatalities: 3,
  summary: 'On 29 April 2025, shelling hit the market in Kherson, killing 3 civilians.',
  sources: [{ name: 'regional officials', kind: 'official', citedBy: null }],
  evidence: [{ field: 'fatalities', text: article.text }],
};

describe('SQLite store', () => {
  it('creates the database file, migrates it, and is idempotent on reopen', async () => {
    const path = join(tempDir(), 'nested', 'sitrep.db');
    const db = await openStore(path);
    await db.destroy();
    assert.ok(existsSync(path));
    const again = await openStore(path);
    assert.deepEqual(await countDocuments(again), { pending: 0, processed: 0, failed: 0, duplicate: 0 });
    await again.destroy();
  });

  it('keeps the raw bytes exactly and finds duplicates by content and by URL', async () => {
    const db = await openStore(join(tempDir(), 'sitrep.db'));
    const sha = sha256Hex(doc.body);
    const id = await insertDocument(db, doc, sha, NOW);
    assert.deepEqual(await getDocumentBody(db, id), doc.body);
    assert.equal((await findDuplicateDocument(db, sha, null))?.id, id);
    assert.equal((await findDuplicateDocument(db, 'f'.repeat(64), doc.url))?.id, id);
    assert.equal(await findDuplicateDocument(db, 'f'.repeat(64), 'https://other.test/'), undefined);
    await assert.rejects(insertDocument(db, doc, sha, NOW), /UNIQUE/);
    await db.destroy();
  });

  it('stores articles and incidents with their reports and sources, and finds them by full text', async () => {
    const db = await openStore(join(tempDir(), 'sitrep.db'));
    const documentId = await insertDocument(db, doc, sha256Hex(doc.body), NOW);
    const articleId = await insertArticle(db, documentId, article, NOW);
    assert.deepEqual(await getArticle(db, articleId), {
      ...article,
      id: articleId,
      documentId,
      canonicalClaim: null,
    });

    const incidentId = await insertIncident(db, incident, NOW);
    await addReport(db, incidentId, articleId, incident, NOW);
    const parts = await getIncidentParts(db, incidentId);
    assert.equal(parts?.core.location?.name, 'Kherson');
    assert.equal(parts?.reports[0]?.publisher, 'Example Daily');
    assert.deepEqual(parts?.reports[0]?.reading, incident);
    assert.deepEqual(parts?.sources, [
      { articleId, name: 'regional officials', kind: 'official', citedBy: null },
    ]);

    assert.deepEqual(await searchIncidentIds(db, 'kherson market', 10), [incidentId]);
    assert.deepEqual(await searchIncidentIds(db, 'Mariupol', 10), []);
    // FTS5 syntax typed by a user is read as words, never as a query error.
    assert.deepEqual(await searchIncidentIds(db, 'kherson" OR NEAR(', 10), []);
    assert.deepEqual(await listIncidentIds(db, { limit: 10, since: '2025-04-30' }), []);
    assert.deepEqual(await listIncidentIds(db, { limit: 10, since: '2025-04-01' }), [incidentId]);
    await db.destroy();
  });

  it('refuses a PostgreSQL URL with a clear message rather than a driver error', async () => {
    await assert.rejects(openStore('postgres://user:secret@db.example.test/sitrep'), (error: Error) => {
      assert.match(error.message, /PostgreSQL is not supported/);
      assert.doesNotMatch(error.message, /secret/);
      return true;
    });
  });
});
