// Lookups an import makes for every document read through indexes, and link candidates through the
// linker's window only (a real SQLite file).
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { CompiledQuery, sql, type QueryId, type RootOperationNode } from 'kysely';
import type { Incident } from '../core/incident.js';
import { tempDir } from '../../test/support/temp-dir.js';
import { findLinkCandidates, insertIncident, openStore, type Db } from './index.js';

const NOW = '2025-05-01T12:00:00.000Z';

async function plan(db: Db, query: string): Promise<string> {
  const result = await sql.raw<{ detail: string }>(`explain query plan ${query}`).execute(db);
  return result.rows.map((r) => r.detail).join(' | ');
}

function strike(overrides: Partial<Incident> & { lat?: number; lon?: number } = {}): Incident {
  const { lat = 46.64, lon = 32.61, ...rest } = overrides;
  return {
    background: false,
    eventType: 'Explosions/Remote violence',
    subEventType: 'Shelling/artillery/missile attack',
    date: { start: '2025-04-29', end: '2025-04-29', precision: 1 },
    location: { name: 'Kherson', admin1: 'Kherson', country: 'Ukraine', iso3: 'UKR', lat, lon, precision: 1 },
    actors: [],
    fatalities: null,
    summary: '',
    sources: [],
    evidence: [],
    ...rest,
  };
}

describe('lookup indexes', () => {
  it('finds an article by URL, a document by fetch time and a report source by article without a scan', async () => {
    const db = await openStore(join(tempDir(), 'sitrep.db'));
    assert.match(
      await plan(db, `select document_id from articles where url = 'x' and document_id != 1 limit 1`),
      /SEARCH articles USING INDEX articles_url/,
    );
    assert.match(await plan(db, `select id from documents where fetched_at >= 'x'`), /USING COVERING INDEX/);
    assert.match(
      await plan(db, `delete from report_sources where article_id = 1`),
      /SEARCH report_sources USING COVERING INDEX/,
    );
    await db.destroy();
  });

  it('reads link candidates through indexes on both of its branches', async () => {
    const db = await openStore(join(tempDir(), 'sitrep.db'));
    // The query the repository really runs, caught on its way to the driver and explained with its values.
    const seen: { node: RootOperationNode; queryId: QueryId }[] = [];
    const spy = db.withPlugin({
      transformQuery: (args) => {
        seen.push(args);
        return args.node;
      },
      transformResult: (args) => Promise.resolve(args.result),
    });
    await findLinkCandidates(spy, WINDOW);
    // Subqueries pass the plugin first; the query executed is the last.
    const caught = seen.at(-1);
    assert.ok(caught);
    const compiled = db.getExecutor().compileQuery(caught.node, caught.queryId);
    const result = await db.executeQuery<{ detail: string }>(
      CompiledQuery.raw(`explain query plan ${compiled.sql}`, [...compiled.parameters]),
    );
    const detail = result.rows.map((r) => r.detail).join(' | ');
    assert.match(
      detail,
      /SEARCH incidents USING INDEX incidents_type_date \(event_type=\? AND date_start>\? AND date_start<\?\)/,
    );
    assert.match(detail, /SEARCH incidents USING INDEX incidents_long_span/);
    assert.doesNotMatch(detail, /SCAN incidents/);
    await db.destroy();
  });
});

const WINDOW = {
  eventType: 'Explosions/Remote violence',
  from: '2025-04-28',
  to: '2025-05-02',
  minLat: 46.4,
  maxLat: 46.88,
  minLon: 32.28,
  maxLon: 32.94,
};

describe('findLinkCandidates', () => {
  it('returns what the linker could merge (same type, dates within the window, inside the box) and nothing else', async () => {
    const db = await openStore(join(tempDir(), 'sitrep.db'));
    const ids = {
      sameDay: await insertIncident(db, strike(), NOW),
      wholeYear: await insertIncident(
        db,
        strike({ date: { start: '2025-01-01', end: '2025-12-31', precision: 3 } }),
        NOW,
      ),
      twoYears: await insertIncident(
        db,
        strike({ date: { start: '2024-01-01', end: '2025-12-31', precision: 3 } }),
        NOW,
      ),
      otherType: await insertIncident(db, strike({ eventType: 'Battles', subEventType: 'Armed clash' }), NOW),
      farNorth: await insertIncident(db, strike({ lat: 46.64 + 0.3 }), NOW),
      farEast: await insertIncident(db, strike({ lon: 32.61 + 0.5 }), NOW),
      weekBefore: await insertIncident(
        db,
        strike({ date: { start: '2025-04-20', end: null, precision: 1 } }),
        NOW,
      ),
      background: await insertIncident(db, strike({ background: true }), NOW),
    };
    const candidates = await findLinkCandidates(db, WINDOW);
    assert.deepEqual(
      candidates.map((c) => c.id).sort((a, b) => a - b),
      [ids.sameDay, ids.wholeYear, ids.twoYears],
    );
    const open = await findLinkCandidates(db, { ...WINDOW, minLon: null, maxLon: null });
    assert.ok(
      open.some((c) => c.id === ids.farEast),
      'an open longitude bound lets every longitude through',
    );
    await db.destroy();
  });
});
