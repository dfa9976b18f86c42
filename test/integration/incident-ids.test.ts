// Stable incident ids: every id once listed still answers after reprocessing, merging or an upgrade.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { Migrator } from 'kysely';
import type { Incident } from '../../src/core/incident.js';
import type { RawDocument } from '../../src/core/raw-document.js';
import { buildApp } from '../../src/http/app.js';
import {
  lookupIncident,
  processQueue,
  analyzeExtracted,
  receiveDocument,
  type QueueDeps,
  type Reading,
} from '../../src/pipeline/index.js';
import {
  getIncidentParts,
  insertIncident,
  openStore,
  requeueDocuments,
  resolveIncidentId,
  retireIncident,
  setAsideIncident,
  type Db,
} from '../../src/store/index.js';
import { openSqlite } from '../../src/store/dialects/sqlite.js';
import { migrations } from '../../src/store/migrations.js';
import { REPO, runSitrep } from '../support/cli.js';
import { tempDir } from '../support/temp-dir.js';

const PAGES = join(REPO, 'demo/pages');
const LIMITS = { maxBytes: 8 * 1024 * 1024, timeoutMs: 10_000 };
const NOW = new Date('2025-06-01T00:00:00Z');

interface Answer {
  status: number;
  location: string | null;
  contentLocation: string | null;
  body: string;
}

/** Serves the app over a real loopback socket on `db` while `use` runs. */
async function withServer<T>(
  db: Db,
  use: (get: (path: string) => Promise<Answer>) => Promise<T>,
): Promise<T> {
  const app = buildApp({ db, baseUrl: 'http://127.0.0.1', logger: false, version: 'test' });
  const base = await app.listen({ port: 0, host: '127.0.0.1' });
  try {
    return await use(async (path) => {
      const response = await fetch(base + path, { redirect: 'manual' });
      return {
        status: response.status,
        location: response.headers.get('location'),
        contentLocation: response.headers.get('content-location'),
        body: await response.text(),
      };
    });
  } finally {
    await app.close();
  }
}

/** Every incident id a user could have linked to: the web feed (all pages) and the API list. */
async function listedIds(get: (path: string) => Promise<Answer>): Promise<number[]> {
  const ids = new Set<number>();
  for (let page = 1; ; page += 1) {
    const feed = await get(`/?page=${page}`);
    assert.equal(feed.status, 200);
    for (const m of feed.body.matchAll(/href="\/incidents\/(\d+)"/g)) ids.add(Number(m[1]));
    if (!feed.body.includes(`href="/?page=${page + 1}"`)) break;
  }
  const api = JSON.parse((await get('/api/v1/incidents?limit=500&background=true')).body) as {
    items: { id: number }[];
  };
  for (const item of api.items) ids.add(item.id);
  return [...ids].sort((a, b) => a - b);
}

function page(name: string): RawDocument {
  return {
    kind: 'html',
    body: readFileSync(join(PAGES, name)),
    url: null,
    source: 'file',
    charset: null,
    published: null,
    title: null,
    publisher: null,
  };
}

type Analyzer = NonNullable<QueueDeps['analyze']>;

/** An analyzer version: this version's reading of each document, changed by `change` (an older or newer one). */
function version(change: (reading: Reading) => Incident[] = (r) => r.incidents): Analyzer {
  return (extracted) => {
    const reading = analyzeExtracted(extracted);
    return { ...reading, incidents: change(reading) };
  };
}

/** Ingests `names` read by `reader`, in a fresh database file. */
async function ingestWith(names: string[], analyze: Analyzer): Promise<Db> {
  const db = await openStore(join(tempDir(), 'sitrep.db'));
  for (const name of names) await receiveDocument(db, page(name), NOW.toISOString());
  await processQueue({ db, now: () => NOW, limits: LIMITS, analyze });
  return db;
}

/** What `sitrep reprocess` does, with the analyzer version `analyze`. */
async function reprocessWith(db: Db, analyze: Analyzer): Promise<void> {
  const later = new Date(NOW.getTime() + 86_400_000);
  await requeueDocuments(db, undefined, later.toISOString());
  const outcomes = await processQueue({ db, now: () => later, limits: LIMITS, analyze });
  assert.ok(outcomes.every((o) => o.kind === 'ingested'));
}

async function liveIds(db: Db): Promise<number[]> {
  const rows = await db.selectFrom('incidents').select('id').orderBy('id').execute();
  return rows.map((r) => r.id);
}

describe('incident ids across `sitrep reprocess`', () => {
  it(
    'answers every id the feed, the API and the export listed before: none is a 404',
    { timeout: 300_000 },
    async () => {
      const dbPath = join(tempDir(), 'sitrep.db');
      const ingest = await runSitrep(['ingest', PAGES, '--db', dbPath], { timeoutMs: 120_000 });
      assert.equal(ingest.code, 0, ingest.stderr);
      const exported = await runSitrep(['export', '--format', 'jsonl', '--db', dbPath]);
      assert.equal(exported.code, 0, exported.stderr);
      const exportedIds = exported.stdout
        .trim()
        .split('\n')
        .map((line) => (JSON.parse(line) as { id: number }).id);

      let db = await openStore(dbPath);
      const before = await withServer(db, listedIds);
      await db.destroy();
      for (const id of exportedIds) if (!before.includes(id)) before.push(id);
      assert.ok(before.length >= 20, `the demo corpus lists ${before.length} incidents`);

      const reprocess = await runSitrep(['reprocess', '--db', dbPath], { timeoutMs: 120_000 });
      assert.equal(reprocess.code, 0, reprocess.stderr);

      db = await openStore(dbPath);
      try {
        const { answers, after } = await withServer(db, async (get) => {
          const answers: { id: number; page: number; api: number }[] = [];
          for (const id of before) {
            answers.push({
              id,
              page: (await get(`/incidents/${id}`)).status,
              api: (await get(`/api/v1/incidents/${id}`)).status,
            });
          }
          return { answers, after: await listedIds(get) };
        });
        const notFound = answers.filter((a) => a.page === 404 || a.api === 404);
        assert.deepEqual(notFound, [], `${notFound.length} of ${before.length} ids answer 404`);
        for (const a of answers) {
          assert.ok([200, 301].includes(a.page), `page of incident ${a.id}: ${a.page}`);
          assert.equal(a.api, 200, `API for incident ${a.id}`);
        }
        // The same pipeline reads the same events: every id is still its own incident, and no new one appeared.
        assert.deepEqual(
          after,
          [...before].sort((a, b) => a - b),
        );
      } finally {
        await db.destroy();
      }
    },
  );
});

describe('a merged-away incident id', () => {
  it('redirects its page (301) to the survivor, and the API answers the survivor with mergedInto', async () => {
    // An older analyzer read the Mir Ali bombing twice, once as an attack on civilians: two incidents.
    const doubleCounting = version((r) => {
      const [news, ...rest] = r.incidents;
      assert.ok(news && !news.background);
      return [news, ...rest, { ...news, eventType: 'Violence against civilians', subEventType: 'Attack' }];
    });
    const db = await ingestWith(['northgate-times-mir-ali-roadside-bomb.html'], doubleCounting);
    try {
      const before = await db.selectFrom('incidents').select(['id', 'event_type']).execute();
      const survivor = before.find((r) => r.event_type === 'Explosions/Remote violence')?.id;
      const absorbed = before.find((r) => r.event_type === 'Violence against civilians')?.id;
      assert.ok(survivor !== undefined && absorbed !== undefined, JSON.stringify(before));

      // The upgrade reads it once.
      await reprocessWith(db, version());
      assert.deepEqual(
        await liveIds(db),
        before
          .map((r) => r.id)
          .filter((id) => id !== absorbed)
          .sort((a, b) => a - b),
      );

      await withServer(db, async (get) => {
        const pageAnswer = await get(`/incidents/${absorbed}`);
        assert.equal(pageAnswer.status, 301);
        assert.equal(pageAnswer.location, `/incidents/${survivor}`);
        assert.equal((await get(pageAnswer.location ?? '')).status, 200);

        const api = await get(`/api/v1/incidents/${absorbed}`);
        assert.equal(api.status, 200);
        const body = JSON.parse(api.body) as { id: number; mergedInto: number; requestedId: number };
        assert.equal(body.id, survivor);
        assert.equal(body.mergedInto, survivor);
        assert.equal(body.requestedId, absorbed);
        assert.equal(api.contentLocation, `/api/v1/incidents/${survivor}`);

        const openapi = JSON.parse((await get('/api/v1/openapi.json')).body) as {
          paths: Record<string, { get: { responses: Record<string, unknown> } }>;
          components: { schemas: Record<string, unknown> };
        };
        assert.ok(openapi.paths['/api/v1/incidents/{id}']?.get.responses['410'], 'OpenAPI documents 410');
        assert.ok(openapi.components.schemas.MergedIncidentRecord, 'OpenAPI documents mergedInto');

        const own = JSON.parse((await get(`/api/v1/incidents/${survivor}`)).body) as Record<string, unknown>;
        assert.equal(own.id, survivor);
        assert.equal('mergedInto' in own, false, 'a live id answers its own record, with no mergedInto');
      });
    } finally {
      await db.destroy();
    }
  });

  it('follows a chain of merges to the final survivor in one redirect, without loops', async () => {
    const db = await openStore(join(tempDir(), 'sitrep.db'));
    try {
      const fields = (summary: string): Omit<Incident, 'sources' | 'evidence'> => ({
        background: false,
        eventType: 'Battles',
        subEventType: 'Armed clash',
        date: { start: '2024-05-01', end: '2024-05-01', precision: 1 },
        location: null,
        actors: [],
        fatalities: null,
        summary,
      });
      const now = NOW.toISOString();
      const [a, b, c] = [
        await insertIncident(db, fields('a'), now),
        await insertIncident(db, fields('b'), now),
        await insertIncident(db, fields('c'), now),
      ];
      assert.ok(a && b && c);
      const retire = async (id: number, into: number) => {
        const taken = await setAsideIncident(db, id);
        assert.ok(taken);
        await retireIncident(
          db,
          {
            id,
            fate: 'merged',
            mergedInto: into,
            reason: 'test',
            lastKnown: taken.core,
            createdAt: taken.createdAt,
            formerReadings: [],
          },
          now,
        );
      };
      await retire(a, b);
      await retire(b, c);
      assert.deepEqual(await resolveIncidentId(db, a), { kind: 'live', id: c, requestedId: a });
      const row = await db
        .selectFrom('retired_incidents')
        .select('merged_into')
        .where('id', '=', a)
        .executeTakeFirst();
      assert.equal(row?.merged_into, c, 'aliases point straight at the final survivor');
      await withServer(db, async (get) => {
        for (const id of [a, b]) {
          const answer = await get(`/incidents/${id}`);
          assert.equal(answer.status, 301);
          assert.equal(answer.location, `/incidents/${c}`);
        }
        assert.equal((await get(`/incidents/${c + 1}`)).status, 404, 'an id never given out is still a 404');
      });

      // When the survivor itself is withdrawn, the ids merged into it answer with its tombstone.
      const taken = await setAsideIncident(db, c);
      assert.ok(taken);
      await retireIncident(
        db,
        {
          id: c,
          fate: 'withdrawn',
          mergedInto: null,
          reason: 'No report tells it any more.',
          lastKnown: taken.core,
          createdAt: taken.createdAt,
          formerReadings: [],
        },
        now,
      );
      await withServer(db, async (get) => {
        const pageAnswer = await get(`/incidents/${a}`);
        assert.equal(pageAnswer.status, 410);
        assert.match(pageAnswer.body, new RegExp(`merged into incident ${c}, which was withdrawn`));
        const api = JSON.parse((await get(`/api/v1/incidents/${a}`)).body) as {
          tombstone: { id: number; requestedId: number };
        };
        assert.deepEqual([api.tombstone.id, api.tombstone.requestedId], [c, a]);
      });
    } finally {
      await db.destroy();
    }
  });
});

describe('an incident an upgraded reading no longer finds', () => {
  it('leaves a 410 tombstone linking to its former reports, and comes back under its id if found again', async () => {
    const name = 'horizontoday-sulaymaniyah-teachers-salary-protest.html';
    const db = await ingestWith([name], version());
    try {
      const news = await db.selectFrom('incidents').select('id').where('background', '=', 0).execute();
      assert.equal(news.length, 1);
      const gone = news[0]?.id ?? 0;
      const articleId = (await getIncidentParts(db, gone))?.reports[0]?.articleId;
      assert.ok(articleId !== undefined);

      // An upgrade that no longer finds the protest (only the background event is left).
      await reprocessWith(
        db,
        version((r) => r.incidents.filter((i) => i.background)),
      );
      await withServer(db, async (get) => {
        const pageAnswer = await get(`/incidents/${gone}`);
        assert.equal(pageAnswer.status, 410);
        assert.match(pageAnswer.body, /was withdrawn/);
        assert.match(pageAnswer.body, new RegExp(`href="/articles/${articleId}"`));
        assert.equal((await get(`/articles/${articleId}`)).status, 200, 'the article keeps its id too');

        const api = await get(`/api/v1/incidents/${gone}`);
        assert.equal(api.status, 410);
        const body = JSON.parse(api.body) as {
          error: { status: number };
          tombstone: {
            id: number;
            status: string;
            reports: { articleId: number }[];
            lastKnown: { eventType: string };
          };
        };
        assert.equal(body.error.status, 410);
        assert.equal(body.tombstone.id, gone);
        assert.equal(body.tombstone.status, 'withdrawn');
        assert.equal(body.tombstone.lastKnown.eventType, 'Protests');
        assert.deepEqual(
          body.tombstone.reports.map((r) => r.articleId),
          [articleId],
        );
      });

      // A later version finds it again: the same id is back.
      await reprocessWith(db, version());
      const found = await lookupIncident(db, gone);
      assert.equal(found.kind, 'live');
      await withServer(db, async (get) => {
        assert.equal((await get(`/incidents/${gone}`)).status, 200);
        assert.equal((JSON.parse((await get(`/api/v1/incidents/${gone}`)).body) as { id: number }).id, gone);
      });
    } finally {
      await db.destroy();
    }
  });
});

describe('migration 0003_stable_incident_ids', () => {
  it('carries a database of the previous version forward: its incident ids become the stable ids', async () => {
    const path = join(tempDir(), 'old.db');
    const old = openSqlite(path);
    const earlier = Object.fromEntries(
      Object.entries(migrations).filter(([name]) => name < '0003_stable_incident_ids'),
    );
    const result = await new Migrator({
      db: old,
      provider: { getMigrations: () => Promise.resolve(earlier) },
    }).migrateToLatest();
    assert.equal(result.error, undefined);
    const id = await insertIncident(
      old,
      {
        background: false,
        eventType: 'Protests',
        subEventType: 'Peaceful protest',
        date: { start: '2024-05-01', end: '2024-05-01', precision: 1 },
        location: null,
        actors: [],
        fatalities: null,
        summary: 'Teachers protested.',
      },
      NOW.toISOString(),
    );
    await old.destroy();

    const db = await openStore(path);
    try {
      assert.deepEqual(await resolveIncidentId(db, id), { kind: 'live', id, requestedId: id });
      const found = await lookupIncident(db, id);
      assert.equal(found.kind === 'live' && found.record.id, id);
    } finally {
      await db.destroy();
    }
  });
});
