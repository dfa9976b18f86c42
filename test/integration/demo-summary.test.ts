// Every summary of the demo corpus says only what its incident's coded fields say: each number is a date, count or
// name of the incident, and each place is its location, province or country. Read per file, and once more
// after the whole corpus is ingested into a real SQLite file, where reports of one event are merged.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { Incident } from '../../src/core/incident.js';
import { getGazetteer } from '../../src/analyze/gazetteer.js';
import { readPlaces } from '../../src/analyze/places.reader.js';
import { allIncidentRecords, ingestTargets } from '../../src/pipeline/index.js';
import { openStore } from '../../src/store/index.js';
import { DEMO_GOLD } from '../fixtures/demo-gold.js';
import { readGoldFile } from '../support/demo-gold.js';
import { REPO } from '../support/cli.js';
import { tempDir } from '../support/temp-dir.js';

type Coded = Pick<Incident, 'date' | 'location' | 'actors' | 'fatalities' | 'summary'>;

/** What a summary says that no coded field of its incident says; [] when it says nothing else. */
export function summaryContradictions(incident: Coded): string[] {
  const { summary, location, actors, fatalities, date } = incident;
  const problems: string[] = [];
  // Names coded as fields may hold numbers and places of their own ("Military Forces of Yemen (2016-)").
  const fieldNames = [
    ...actors.map((a) => a.name),
    ...[location?.name, location?.admin1, location?.country].filter((n): n is string => n != null),
  ].sort((a, b) => b.length - a.length);
  let rest = summary;
  for (const name of fieldNames) rest = rest.split(name).join(' '.repeat(name.length));

  const numbers = new Set<number>();
  for (const iso of [date.start, date.end]) {
    if (iso === null) continue;
    numbers.add(Number(iso.slice(0, 4)));
    numbers.add(Number(iso.slice(8, 10)));
  }
  if (fatalities !== null) numbers.add(fatalities);
  for (const m of rest.matchAll(/\d+/g)) {
    if (!numbers.has(Number(m[0]))) problems.push(`number ${m[0]} is no coded date or count`);
  }
  if (fatalities !== null && fatalities > 0 && !new RegExp(`\\b${fatalities}\\b`).test(summary))
    problems.push(`the coded count ${fatalities} is missing`);
  for (const place of readPlaces(rest, getGazetteer())) {
    if (place.isLocative || place.isSpecific)
      problems.push(`place "${place.text}" is not the coded location`);
  }
  if (location !== null && !summary.includes(` in ${location.name}`))
    problems.push(`the coded place ${location.name} is missing`);
  return problems;
}

function check(where: string, incidents: readonly Coded[]): string[] {
  return incidents.flatMap((incident) =>
    summaryContradictions(incident).map((p) => `${where}: "${incident.summary}": ${p}`),
  );
}

describe('demo summaries say only what the coded fields say', () => {
  it('notices a summary that contradicts its fields', () => {
    const incident: Coded = {
      date: { start: '2025-02-18', end: '2025-02-18', precision: 1 },
      location: {
        name: 'Baidoa',
        admin1: 'Bay',
        country: 'Somalia',
        iso3: 'SOM',
        lat: 3.11,
        lon: 43.65,
        precision: 1,
      },
      actors: [{ name: 'Al Shabaab', role: 'perpetrator', kind: 'rebel' }],
      fatalities: 9,
      summary:
        'On 18 February 2025, a suicide bomber of Al Shabaab detonated explosives in Mogadishu, with 11 reported fatalities.',
    };
    const problems = summaryContradictions(incident);
    assert.ok(
      problems.some((p) => p.includes('number 11')),
      problems.join('; '),
    );
    assert.ok(
      problems.some((p) => p.includes('Mogadishu')),
      problems.join('; '),
    );
    assert.ok(
      problems.some((p) => p.includes('Baidoa is missing')),
      problems.join('; '),
    );
  });

  it('for every incident the analyzer codes from each demo file', async () => {
    const problems: string[] = [];
    for (const gold of DEMO_GOLD) problems.push(...check(gold.file, await readGoldFile(gold)));
    assert.deepEqual(problems, []);
  });

  it('for every stored incident once the whole corpus is ingested and its reports merged', async () => {
    const db = await openStore(join(tempDir(), 'sitrep.db'));
    const deps = {
      db,
      now: () => new Date('2025-06-01T00:00:00Z'),
      limits: { maxBytes: 8 * 1024 * 1024, timeoutMs: 10_000 },
    };
    try {
      const summary = await ingestTargets(deps, [join(REPO, 'demo')]);
      assert.deepEqual(summary.failures, []);
      const records = [];
      for await (const record of allIncidentRecords(db, { includeBackground: true })) records.push(record);
      assert.ok(records.length >= 20, `${records.length} incidents stored`);
      assert.ok(
        records.some((r) => r.reports.length > 1),
        'some incidents merge reports of several outlets',
      );
      assert.deepEqual(
        records.flatMap((r) => check(`incident ${r.id}`, [r])),
        [],
      );
    } finally {
      await db.destroy();
    }
  });
});
