// What a hostile page cannot do to the web app's readers: spoof text with bidi controls, or make their
// browser fetch an image from a private address. A real page is ingested into a real SQLite file and the
// app is read over a real socket.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/http/app.js';
import { openStore, type Db } from '../../src/store/index.js';
import { runSitrep } from '../support/cli.js';
import { tempDir } from '../support/temp-dir.js';

const RLO = '\u202e';
const PDF = '\u202c';
const RLI = '\u2067';
const PDI = '\u2069';
const LRM = '\u200e';
const RLM = '\u200f';
/** Embeddings, overrides, isolates, and the marks (allowed only beside right-to-left letters). */
const CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
const ENCODED_CONTROLS = /%E2%80%(8E|8F|A[A-E])|%E2%81%A[6-9]|%D8%9C/i;

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Gunmen kill five villagers near Kidal ${RLO}ilaM${PDF} | Sahel Wire</title>
<meta name="author" content="${RLO}Aminata Traore${PDF}">
<meta property="og:site_name" content="Sahel ${RLI}Wire${PDI}">
<meta property="article:published_time" content="2024-03-05T10:00:00Z">
</head><body><article>
<h1>Gunmen kill five villagers near Kidal ${RLO}ilaM${PDF}</h1>
<figure><img src="http://192.168.1.1/cam/lead.jpg" alt="The ${RLO}market${PDF} in Kidal">
<figcaption>The market in Kidal after the attack. Photo: ${RLO}PFA${PDF}</figcaption></figure>
<p>Gunmen killed ${RLO}5${PDF} villagers near Kidal, Mali, on Sunday, local officials told ${RLO}Reuters${PDF}, in the latest attack on farming communities in the north of the country this year.</p>
<p>Residents said the attackers arrived on motorcycles at dawn, set fire to a granary and several houses, and fled towards the border before the army arrived in the village.</p>
<p>The regional governor said an investigation had been opened, and that${LRM} 12 34 soldiers had been sent to the area to protect farmers before the harvest.</p>
</article></body></html>`;

let db: Db;
let app: FastifyInstance;
let base = '';
let articleId = 0;
let incidentIds: number[] = [];

before(async () => {
  const dir = tempDir();
  const page = join(dir, 'kidal.html');
  writeFileSync(page, PAGE);
  const dbPath = join(dir, 'sitrep.db');
  const ingested = await runSitrep(['ingest', page, '--db', dbPath]);
  assert.equal(ingested.code, 0, ingested.stderr);
  db = await openStore(dbPath);
  app = buildApp({ db, baseUrl: 'https://sitrep.example.org', logger: false, version: 'test' });
  await app.listen({ port: 0, host: '127.0.0.1' });
  base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  articleId = (await db.selectFrom('articles').select('id').executeTakeFirstOrThrow()).id;
  incidentIds = (await db.selectFrom('incidents').select('id').execute()).map((r) => r.id);
});

after(async () => {
  await app?.close();
  await db?.destroy();
});

async function get(path: string): Promise<string> {
  const response = await fetch(base + path);
  assert.equal(response.status, 200, path);
  return response.text();
}

/** Every page a reader can open that shows this article's text. */
function pagePaths(): string[] {
  return ['/', '/articles', `/articles/${articleId}`, ...incidentIds.map((id) => `/incidents/${id}`)];
}

const poison = (text: string) => `${RLO}${text}${PDF}${RLM}`;
const poisonJson = <T>(json: string, edit: (value: T) => T): string =>
  JSON.stringify(edit(JSON.parse(json) as T));

describe('bidi controls from a hostile page', () => {
  it('are not stored: the article, its incidents and the API carry none', async () => {
    assert.ok(incidentIds.length > 0, 'the page reports an incident');
    const article = await get(`/api/v1/articles/${articleId}`);
    assert.doesNotMatch(article, CONTROLS);
    assert.match(article, /Aminata Traore/);
    for (const id of incidentIds) assert.doesNotMatch(await get(`/api/v1/incidents/${id}`), CONTROLS);
    for (const path of pagePaths()) assert.doesNotMatch(await get(path), CONTROLS, path);
  });

  it('are not shown from rows stored before they were stripped, in any field a page shows', async () => {
    const row = await db
      .selectFrom('articles')
      .selectAll()
      .where('id', '=', articleId)
      .executeTakeFirstOrThrow();
    await db
      .updateTable('articles')
      .set({
        title: poison(row.title),
        byline: poison(row.byline ?? 'Staff'),
        publisher: poison(row.publisher ?? 'Wire'),
        section: poison('World'),
        tags: JSON.stringify([poison('Mali')]),
        // The last paragraph is Arabic: its right-to-left mark is spelling and stays.
        paragraphs: poisonJson<string[]>(row.paragraphs, (ps) => [
          ...ps.map(poison),
          `قتل ٥ أشخاص${RLM} (${RLO}رويترز)`,
        ]),
        images: poisonJson<{ alt: string | null; caption: string | null; credit: string | null }[]>(
          row.images,
          (images) =>
            images.map((i) => ({
              ...i,
              alt: poison('alt'),
              caption: poison('caption'),
              credit: poison('AFP'),
            })),
        ),
      })
      .where('id', '=', articleId)
      .execute();
    for (const incident of await db.selectFrom('incidents').selectAll().execute()) {
      await db
        .updateTable('incidents')
        .set({
          summary: poison(incident.summary),
          location_name: poison(incident.location_name ?? 'Kidal'),
          admin1: poison(incident.admin1 ?? 'Kidal'),
          actors: poisonJson<{ name: string }[]>(incident.actors, (actors) =>
            actors.map((a) => ({ ...a, name: poison(a.name) })),
          ),
        })
        .where('id', '=', incident.id)
        .execute();
    }
    for (const report of await db.selectFrom('reports').selectAll().execute()) {
      await db
        .updateTable('reports')
        .set({
          reading: poisonJson<{ evidence: { text: string }[] }>(report.reading, (r) => ({
            ...r,
            evidence: r.evidence.map((e) => ({ ...e, text: poison(e.text) })),
          })),
        })
        .where('incident_id', '=', report.incident_id)
        .where('article_id', '=', report.article_id)
        .execute();
    }
    for (const source of await db.selectFrom('sources').selectAll().execute())
      await db
        .updateTable('sources')
        .set({ name: poison(source.name) })
        .where('id', '=', source.id)
        .execute();

    for (const path of pagePaths()) {
      const body = await get(path);
      const outsideArabic = body.replace(/قتل ٥ أشخاص\u200f \(رويترز\)/, '');
      assert.doesNotMatch(outsideArabic, CONTROLS, path);
      assert.doesNotMatch(body, ENCODED_CONTROLS, `${path}: no control hidden in a link either`);
    }
    const articlePage = await get(`/articles/${articleId}`);
    assert.match(articlePage, /قتل ٥ أشخاص\u200f \(رويترز\)/, 'the mark in Arabic text is kept');
    assert.match(articlePage, /Aminata Traore/);
  });
});

describe('a lead image on a private address', () => {
  async function setLeadSource(src: string): Promise<void> {
    const row = await db
      .selectFrom('articles')
      .select('images')
      .where('id', '=', articleId)
      .executeTakeFirstOrThrow();
    const images = JSON.parse(row.images) as { src: string }[];
    await db
      .updateTable('articles')
      .set({ images: JSON.stringify(images.map((image, i) => (i === 0 ? { ...image, src } : image))) })
      .where('id', '=', articleId)
      .execute();
  }

  it('is never rendered, in any notation of the address; its caption and credit still show', async () => {
    const notations = [
      'http://192.168.1.1/cam/lead.jpg',
      'http://3232235777/cam/lead.jpg',
      'http://0xC0A80101/cam/lead.jpg',
      'http://[::ffff:192.168.1.1]/cam/lead.jpg',
      'http://[fd00::1]/cam/lead.jpg',
      'http://169.254.169.254/latest/meta-data/',
      'http://localhost:8080/admin.png',
      'http://router.localhost/x.png',
      'http://nas.local/x.png',
      'http://metadata.internal/x.png',
      'ftp://example.org/x.png',
    ];
    for (const src of notations) {
      await setLeadSource(src);
      const body = await get(`/articles/${articleId}`);
      assert.doesNotMatch(body, /<img\b/, src);
      assert.match(body, /<figcaption>[^<]+<span class="credit">Credit: [^<]+<\/span><\/figcaption>/, src);
    }
  });

  it('is rendered from a public host', async () => {
    await setLeadSource('https://images.example.org/kidal.jpg');
    assert.match(
      await get(`/articles/${articleId}`),
      /<img src="https:\/\/images\.example\.org\/kidal\.jpg"/,
    );
  });
});
