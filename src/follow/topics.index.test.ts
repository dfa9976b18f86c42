// The topic index: what it files each topic under, places as grid cells (antimeridian, poles, radius edges),
// removal and update, and a seeded property test that it returns what a scan of every topic returns.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { EVENT_TYPES, SUB_EVENT_TYPES } from '../core/acled.js';
import { distanceKm } from '../core/geo.js';
import { GRADES } from '../core/incident-record.js';
import { incidentAt, incidentWith } from '../../test/support/follow-incidents.js';
import { CELL_DEGREES, cellOf, coverCircle } from './place.cells.js';
import { TopicSchema, type Topic } from './topic.js';
import { matchesTopic, type MatchableIncident } from './topic.matcher.js';
import { TopicIndex } from './topics.index.js';
import { seededRandom } from '../core/seeded-random.js';

const topic = (fields: Record<string, unknown>): Topic => TopicSchema.parse(fields);

function indexOf(topics: Record<string, Record<string, unknown>>): TopicIndex {
  const index = new TopicIndex();
  for (const [id, fields] of Object.entries(topics)) index.add(id, topic(fields));
  return index;
}

const sorted = <T>(values: T[]): T[] => [...values].sort();

describe('TopicIndex', () => {
  it('files each topic under its most selective field and returns only plausible candidates', () => {
    const index = indexOf({
      syria: { country: 'Syria' },
      iraq: { country: 'IRQ' },
      army: { actor: 'Military Forces of Syria', country: 'Syria' },
      isis: { actor: 'Islamic State (Syria)' },
      raqqa: { admin1: 'Ar Raqqa', minFatalities: 1 },
      market: { query: 'market "air strike"' },
      hospital: { query: 'hospital' },
      strikes: { type: 'Air/drone strike' },
      battles: { type: 'Battles' },
      deadly: { minFatalities: 3 },
      near: { place: { lat: 35.9, lon: 39, radiusKm: 25 } },
      far: { place: { lat: 33.5, lon: 36.3, radiusKm: 25 } },
    });
    assert.deepEqual(index.countByKind(), {
      actor: 2,
      place: 2,
      admin1: 1,
      word: 2,
      country: 2,
      type: 2,
      none: 1,
    });
    assert.deepEqual(
      sorted(index.candidates(incidentWith())),
      sorted(['syria', 'army', 'raqqa', 'market', 'strikes', 'deadly', 'near']),
    );
    assert.deepEqual(
      sorted(index.match(incidentWith())),
      sorted(['syria', 'army', 'raqqa', 'market', 'strikes', 'deadly', 'near']),
    );
    assert.deepEqual(index.match(incidentWith({ fatalities: 0, location: null, summary: '' })), ['strikes']);
  });

  it('verifies every candidate against the whole topic', () => {
    const index = indexOf({ armyDeadly: { actor: 'Military Forces of Syria', minFatalities: 10 } });
    assert.deepEqual(index.candidates(incidentWith()), ['armyDeadly']);
    assert.deepEqual(index.match(incidentWith()), []);
    assert.deepEqual(index.match(incidentWith({ fatalities: 12 })), ['armyDeadly']);
  });

  it('decides a key with a toll, a grade, a type and a country as matchesTopic does', () => {
    const index = indexOf({
      armyStrikes: {
        actor: 'Military Forces of Syria',
        country: 'SYR',
        type: 'Air/drone strike',
        minFatalities: 4,
        minGrade: 'fair',
      },
      raqqaBattles: { place: { lat: 35.95, lon: 39.01, radiusKm: 30 }, type: 'Battles', country: 'Syria' },
      deadly: { minFatalities: 5, minGrade: 'confirmed' },
    });
    assert.deepEqual(index.match(incidentWith()), ['armyStrikes']);
    assert.deepEqual(index.match(incidentWith({ fatalities: 3 })), []);
    assert.deepEqual(index.match(incidentWith({ grade: 'single source' })), []);
    assert.deepEqual(index.match(incidentWith({ subEventType: 'Shelling/artillery/missile attack' })), []);
    assert.deepEqual(index.match(incidentAt(35.95, 39.01, { country: 'Iraq', iso3: 'IRQ' })), []);
    const battle = incidentWith({ eventType: 'Battles', subEventType: 'Armed clash', fatalities: 5 });
    assert.deepEqual(index.match(battle), ['raqqaBattles']);
    assert.deepEqual(sorted(index.match({ ...battle, grade: 'confirmed' })), ['deadly', 'raqqaBattles']);
    assert.deepEqual(index.match({ ...battle, location: { ...battle.location!, lat: 36.5 } }), []);
  });

  it('removes and updates topics by id', () => {
    const index = indexOf({ a: { country: 'Syria' }, b: { place: { lat: 35.9, lon: 39, radiusKm: 25 } } });
    assert.throws(() => index.add('a', topic({ country: 'Iraq' })), /topic a is already in the index/);
    assert.deepEqual(sorted(index.match(incidentWith())), ['a', 'b']);

    assert.equal(index.remove('b'), true);
    assert.equal(index.remove('b'), false);
    assert.deepEqual(index.match(incidentWith()), ['a']);
    assert.deepEqual(index.candidates(incidentAt(35.9, 39)), [], 'no cell keeps the removed topic');

    index.update('a', topic({ country: 'Iraq' }));
    assert.deepEqual(index.match(incidentWith()), [], 'the old key no longer finds it');
    assert.deepEqual(index.match(incidentAt(33.3, 44.4, { country: 'Iraq', iso3: 'IRQ' })), ['a']);
    index.update('c', topic({ actor: 'Civilians (Syria)' }));
    assert.deepEqual(index.match(incidentWith()), ['c']);
    assert.equal(index.size, 2);
    assert.deepEqual(index.get('a'), { country: 'Iraq' });
    assert.equal(index.has('b'), false);
  });

  it('finds places across the antimeridian', () => {
    const index = indexOf({
      suva: { place: { lat: -18.14, lon: 178.44, radiusKm: 300 } },
      west: { place: { lat: -16.5, lon: -179.95, radiusKm: 70 } },
    });
    const taveuni = incidentAt(-16.8, -179.97);
    assert.ok(distanceKm(-18.14, 178.44, -16.8, -179.97) < 300);
    assert.deepEqual(sorted(index.match(taveuni)), ['suva', 'west']);
    assert.deepEqual(sorted(index.match(incidentAt(-16.5, 179.95))), ['suva', 'west'], 'west of the line');
    assert.deepEqual(index.match(incidentAt(-16.3, -179.4)), ['west'], 'east of the line, 307 km from Suva');
    assert.deepEqual(index.match(incidentAt(-17, -175)), []);

    // One row of fine cells: no neighbouring row can stand in for the wrapped column.
    const small = indexOf({
      east: { place: { lat: 0.06, lon: 179.99, radiusKm: 5 } },
      westSide: { place: { lat: 0.06, lon: -179.99, radiusKm: 5 } },
    });
    assert.deepEqual(sorted(small.match(incidentAt(0.06, -179.995))), ['east', 'westSide']);
    assert.deepEqual(sorted(small.match(incidentAt(0.06, 179.995))), ['east', 'westSide']);
    assert.deepEqual(small.match(incidentAt(0.06, 179.9)), []);
  });

  it('finds places near and over the poles', () => {
    const index = indexOf({
      north: { place: { lat: 89.5, lon: 0, radiusKm: 170 } },
      svalbard: { place: { lat: 78.22, lon: 15.65, radiusKm: 50 } },
      south: { place: { lat: -89.9, lon: 45, radiusKm: 40 } },
    });
    assert.deepEqual(index.match(incidentAt(89, 180)), ['north'], 'across the pole');
    assert.deepEqual(index.match(incidentAt(90, 77)), ['north']);
    assert.deepEqual(index.match(incidentAt(88.9, 180)), []);
    assert.deepEqual(index.match(incidentAt(78.5, 16.5)), ['svalbard']);
    assert.deepEqual(index.match(incidentAt(-90, 0)), ['south']);
    assert.deepEqual(
      index.match(incidentAt(-89.8, -135)),
      ['south'],
      'the far side of the south pole, 33 km',
    );
    assert.deepEqual(index.match(incidentAt(-89.6, -135)), [], '56 km');
  });

  it('finds an incident exactly on the circle, where the circle touches a cell edge', () => {
    // The circle's northmost point is 10.5 N, an edge of the 0.125-degree grid.
    const radiusKm = distanceKm(10, 20, 10.5, 20);
    const index = indexOf({ edge: { place: { lat: 10, lon: 20, radiusKm } } });
    assert.deepEqual(index.match(incidentAt(10.5, 20)), ['edge']);
    assert.deepEqual(index.match(incidentAt(10.5000001, 20)), []);
    const shrunk = indexOf({ edge: { place: { lat: 10, lon: 20, radiusKm: radiusKm * (1 - 1e-9) } } });
    assert.deepEqual(shrunk.match(incidentAt(10.5, 20)), []);
  });

  it('covers small circles with fine cells and the whole globe with coarse ones', () => {
    const village = coverCircle(35.9, 39, 5);
    assert.equal(CELL_DEGREES[village.level], 0.125);
    assert.ok(village.cells.length <= 4);
    const hemisphere = coverCircle(0, 0, 15_000);
    assert.equal(CELL_DEGREES[hemisphere.level], 90);
    assert.equal(hemisphere.cells.length, 8);
    const pole = coverCircle(89.99, 0, 5);
    assert.ok(pole.cells.includes(cellOf(pole.level, 90, 179.9)), 'holds the pole: every longitude');
    assert.ok(pole.cells.includes(cellOf(pole.level, 89.97, -90)));
    const offPole = coverCircle(89.99, 0, 1);
    assert.ok(
      !offPole.cells.includes(cellOf(offPole.level, 89.999, 180)),
      '1.1 km from the pole, 1 km round',
    );
    for (const cover of [village, hemisphere, pole]) assert.ok(cover.cells.length <= 16);
  });
});

const ACTORS = [
  'Military Forces of Syria (2000-)',
  'Islamic State (Syria)',
  'Civilians (Syria)',
  'Al Shabaab',
  'Police Forces of the Philippines (2016-2022)',
  'Protesters (Kenya)',
];
const TOPIC_ACTORS = [
  'military forces of syria',
  'ISLAMIC STATE (SYRIA)',
  'Al-Shabaab',
  'Protesters (Kenya)',
  'Rioters',
];
const COUNTRIES = [
  { country: 'Syria', iso3: 'SYR', admin1: ['Ar Raqqa', 'Aleppo'] },
  { country: 'Fiji', iso3: 'FJI', admin1: ['Northern', 'Central'] },
  { country: 'Russia', iso3: 'RUS', admin1: ['Chukotka'] },
  { country: 'Kenya', iso3: 'KEN', admin1: ['Nairobi', 'Central'] },
];
// Clusters where cells wrap or converge: the antimeridian, both poles, the equator and prime meridian.
const CENTERS = [
  [35.9, 39],
  [-17, 179.9],
  [-17, -179.9],
  [65, 180],
  [89.7, 10],
  [-89.8, -120],
  [0, 0],
] as const;
const WORDS = ['raqqa', 'strike', 'killed', 'market', 'drone', 'islamic', 'state', 'village', 'police'];
const QUERIES = [
  'raqqa',
  'market strike',
  '"islamic state"',
  'al-shabaab',
  'drone village',
  '"killed police"',
];
const TYPES = [...EVENT_TYPES.slice(0, 3), 'Air/drone strike', 'Attack', 'Armed clash'];
const RADII = [1, 10, 50, 150, 250, 1000, 5000, 19_000];

function generate(next: () => number) {
  const pick = <T>(values: readonly T[]): T => values[Math.floor(next() * values.length)]!;
  const near = () => {
    const [lat, lon] = next() < 0.8 ? pick(CENTERS) : [next() * 180 - 90, next() * 360 - 180];
    const jitter = pick([0.01, 0.5, 3]);
    return {
      lat: Math.max(-90, Math.min(90, lat + (next() - 0.5) * jitter)),
      lon: ((lon + (next() - 0.5) * jitter + 540) % 360) - 180,
    };
  };
  const incident = (): MatchableIncident => {
    const place = pick(COUNTRIES);
    const actors = ACTORS.filter(() => next() < 0.3).map((name) => ({
      name,
      role: 'other' as const,
      kind: 'other' as const,
    }));
    const eventType = pick(EVENT_TYPES);
    return incidentWith({
      eventType,
      subEventType: next() < 0.5 ? pick(SUB_EVENT_TYPES) : 'Attack',
      location:
        next() < 0.1
          ? null
          : {
              name: pick(['Raqqa', 'Suva', 'Anadyr', 'Village']),
              admin1: next() < 0.2 ? null : pick(place.admin1),
              country: place.country,
              iso3: place.iso3,
              precision: 1,
              ...near(),
            },
      actors,
      fatalities: next() < 0.2 ? null : Math.floor(next() * 12),
      summary: WORDS.filter(() => next() < 0.3).join(' '),
      grade: pick(GRADES),
      independentSources: 1 + Math.floor(next() * 4),
    });
  };
  const topicOf = (): Topic => {
    const fields: Record<string, unknown> = {};
    const place = pick(COUNTRIES);
    if (next() < 0.3) fields['actor'] = pick(TOPIC_ACTORS);
    if (next() < 0.3) fields['country'] = next() < 0.5 ? place.country : place.iso3.toLowerCase();
    if (next() < 0.2) fields['admin1'] = pick(place.admin1);
    if (next() < 0.3) fields['place'] = { ...near(), radiusKm: pick(RADII) };
    if (next() < 0.25) fields['type'] = pick(TYPES);
    if (next() < 0.15) fields['minFatalities'] = Math.floor(next() * 8);
    if (next() < 0.15) fields['minGrade'] = pick(['single source', 'fair', 'confirmed']);
    if (next() < 0.2) fields['query'] = pick(QUERIES);
    if (Object.keys(fields).length === 0) fields['minFatalities'] = 1;
    return TopicSchema.parse(fields);
  };
  return { incident, topic: topicOf };
}

describe('TopicIndex against a scan of every topic (seeded property test)', () => {
  for (const seed of [1, 2, 3, 42, 2026]) {
    it(`returns exactly the matches of matchesTopic, with updates and removals (seed ${seed})`, () => {
      const next = seededRandom(seed);
      const { incident, topic: newTopic } = generate(next);
      const topics = new Map<number, Topic>();
      const index = new TopicIndex<number>();
      for (let id = 0; id < 400; id += 1) {
        const t = newTopic();
        topics.set(id, t);
        index.add(id, t);
      }
      for (let id = 0; id < 400; id += 7) {
        if (id % 2 === 0) {
          topics.delete(id);
          index.remove(id);
        } else {
          const t = newTopic();
          topics.set(id, t);
          index.update(id, t);
        }
      }
      let matched = 0;
      let candidates = 0;
      for (let n = 0; n < 400; n += 1) {
        const event = incident();
        const expected = [...topics].filter(([, t]) => matchesTopic(t, event)).map(([id]) => id);
        const found = index.match(event).sort((a, b) => a - b);
        assert.deepEqual(found, expected, `incident ${n}: ${JSON.stringify(event)}`);
        const candidateIds = index.candidates(event);
        assert.equal(new Set(candidateIds).size, candidateIds.length, 'each candidate once');
        matched += found.length;
        candidates += candidateIds.length;
      }
      assert.ok(matched > 400, `the cases match often enough to test something (${matched} matches)`);
      assert.ok(candidates < 400 * topics.size, 'the index leaves some topics out');
    });
  }
});
