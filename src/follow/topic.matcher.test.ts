// The definition of a match, field by field and in combination, and the Topic schema's refusals.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { distanceKm } from '../core/geo.js';
import { incidentAt, incidentWith } from '../../test/support/follow-incidents.js';
import { TopicSchema, type Topic } from './topic.js';
import { gradeRank, matchesTopic } from './topic.matcher.js';

const topic = (fields: Record<string, unknown>): Topic => TopicSchema.parse(fields);
const matches = (fields: Record<string, unknown>, incident = incidentWith()): boolean =>
  matchesTopic(topic(fields), incident);

describe('matchesTopic, one field at a time', () => {
  it('actor: whole name, any case and accents, ACLED period ignored on either side', () => {
    assert.equal(matches({ actor: 'military forces of SYRIA' }), true);
    assert.equal(matches({ actor: 'Military Forces of Syria (2000-)' }), true);
    assert.equal(matches({ actor: 'Military Forces of Syria (2011-2020)' }), true);
    assert.equal(matches({ actor: 'Civilians (Syria)' }), true);
    assert.equal(matches({ actor: 'Military Forces' }), false, 'a part of a name is not the actor');
    assert.equal(matches({ actor: 'Islamic State (Syria)' }), false);
    const accented = incidentWith({
      actors: [{ name: 'Séléka Militia', role: 'perpetrator', kind: 'rebel' }],
    });
    assert.equal(matches({ actor: 'seleka militia' }, accented), true);
    assert.equal(
      matches(
        { actor: 'Al-Shabaab' },
        incidentWith({ actors: [{ name: 'Al Shabaab', role: 'perpetrator', kind: 'rebel' }] }),
      ),
      true,
    );
  });

  it('country: ACLED name or ISO3 code, any case; an incident without a location has none', () => {
    assert.equal(matches({ country: 'syria' }), true);
    assert.equal(matches({ country: 'SYR' }), true);
    assert.equal(matches({ country: 'syr' }), true);
    assert.equal(matches({ country: 'Iraq' }), false);
    assert.equal(matches({ country: 'Syria' }, incidentWith({ location: null })), false);
  });

  it('admin1: the location first-order area, any case; null admin1 never matches', () => {
    assert.equal(matches({ admin1: 'ar raqqa' }), true);
    assert.equal(matches({ admin1: 'Aleppo' }), false);
    assert.equal(matches({ admin1: 'Ar Raqqa' }, incidentAt(35.95, 39.01, { admin1: null })), false);
  });

  it('type: an event type or a sub-event type, named in any case', () => {
    assert.equal(matches({ type: 'Explosions/Remote violence' }), true);
    assert.equal(matches({ type: 'air/drone strike' }), true);
    assert.equal(matches({ type: 'Battles' }), false);
    assert.equal(matches({ type: 'Shelling/artillery/missile attack' }), false);
  });

  it('minFatalities: at least that many; an incident with no count has 0', () => {
    assert.equal(matches({ minFatalities: 4 }), true);
    assert.equal(matches({ minFatalities: 5 }), false);
    assert.equal(matches({ minFatalities: 0 }, incidentWith({ fatalities: null })), true);
    assert.equal(matches({ minFatalities: 1 }, incidentWith({ fatalities: null })), false);
  });

  it('minGrade: on the ladder single source < fair < confirmed; no grade counts as single source', () => {
    assert.equal(matches({ minGrade: 'fair' }), true);
    assert.equal(matches({ minGrade: 'confirmed' }), false);
    assert.equal(matches({ minGrade: 'single source' }, incidentWith({ grade: undefined })), true);
    assert.equal(matches({ minGrade: 'fair' }, incidentWith({ grade: undefined })), false);
    const contested = (independentSources: number) =>
      incidentWith({ grade: 'contested', independentSources });
    assert.equal(matches({ minGrade: 'confirmed' }, contested(3)), true);
    assert.equal(matches({ minGrade: 'confirmed' }, contested(2)), false);
    assert.equal(matches({ minGrade: 'fair' }, contested(2)), true);
    assert.equal(matches({ minGrade: 'fair' }, contested(1)), false);
    assert.deepEqual(
      (['single source', 'fair', 'confirmed'] as const).map((grade) => gradeRank(grade)),
      [0, 1, 2],
    );
  });

  it('place: within the radius by great-circle distance, the circle itself included', () => {
    const center = { lat: 36.2, lon: 37.16 }; // Aleppo
    const away = distanceKm(center.lat, center.lon, 35.95, 39.01);
    assert.ok(away > 160 && away < 175, `Aleppo to Raqqa is ${away} km`);
    assert.equal(matches({ place: { ...center, radiusKm: 200 } }), true);
    assert.equal(matches({ place: { ...center, radiusKm: 100 } }), false);
    assert.equal(matches({ place: { ...center, radiusKm: away } }), true, 'on the circle');
    assert.equal(matches({ place: { ...center, radiusKm: away * (1 - 1e-9) } }), false, 'just inside');
    assert.equal(matches({ place: { ...center, radiusKm: 500 } }, incidentWith({ location: null })), false);
  });

  it('place: across the antimeridian and over a pole, distance is the short way round', () => {
    const fiji = { place: { lat: -17, lon: 179.8, radiusKm: 60 } };
    assert.equal(matches(fiji, incidentAt(-17, -179.8)), true, '0.4 degrees apart at 17 S is about 43 km');
    assert.equal(matches(fiji, incidentAt(-17, -179)), false);
    const north = { place: { lat: 89.5, lon: 0, radiusKm: 170 } };
    assert.equal(matches(north, incidentAt(89, 180)), true, 'over the pole: 1.5 degrees, about 167 km');
    assert.equal(matches(north, incidentAt(88.9, 180)), false);
    assert.equal(matches(north, incidentAt(90, -123)), true);
  });

  it('place: an incident off the globe (latitude over 90) is at no place', () => {
    assert.equal(matches({ place: { lat: 0, lon: 0, radiusKm: 20_000 } }, incidentAt(95, 0)), false);
    assert.equal(matches({ place: { lat: 0, lon: 0, radiusKm: 20_000 } }, incidentAt(Number.NaN, 0)), false);
  });

  it('query: every word as a whole word in summary, actor or place names, any case and accents', () => {
    assert.equal(matches({ query: 'market raqqa' }), true);
    assert.equal(matches({ query: 'MARKET' }), true);
    assert.equal(matches({ query: 'market mosque' }), false, 'every word must appear');
    assert.equal(matches({ query: 'kill' }), false, 'whole words, not parts: "killing" is not "kill"');
    assert.equal(matches({ query: 'military civilians' }), true, 'words of actor names');
    assert.equal(matches({ query: 'syria' }), true, 'the country name');
    assert.equal(matches({ query: 'Raqqà' }), true);
  });

  it('query: a quoted phrase is consecutive words within one field', () => {
    assert.equal(matches({ query: '"air strike" raqqa' }), true);
    assert.equal(matches({ query: '“government air strike”' }), true, 'curly quotes');
    assert.equal(matches({ query: '"strike air"' }), false, 'order counts');
    assert.equal(matches({ query: '"civilians military"' }), false, 'a phrase does not span two fields');
    assert.equal(matches({ query: 'government-air' }), true, 'a hyphenated word is a phrase of its parts');
  });
});

describe('matchesTopic, fields together', () => {
  it('every field given must hold', () => {
    const all = {
      actor: 'Military Forces of Syria',
      country: 'Syria',
      admin1: 'Ar Raqqa',
      place: { lat: 35.9, lon: 39, radiusKm: 20 },
      type: 'Air/drone strike',
      minFatalities: 2,
      minGrade: 'fair',
      query: 'market',
    };
    assert.equal(matches(all), true);
    for (const [field, wrong] of Object.entries({
      actor: 'Islamic State',
      country: 'Iraq',
      admin1: 'Aleppo',
      place: { lat: 36.2, lon: 37.16, radiusKm: 20 },
      type: 'Battles',
      minFatalities: 10,
      minGrade: 'confirmed',
      query: 'hospital',
    })) {
      assert.equal(matches({ ...all, [field]: wrong }), false, `${field} wrong`);
    }
  });

  it('two fields: a country and a type, an actor and a toll', () => {
    assert.equal(matches({ country: 'Syria', type: 'Air/drone strike' }), true);
    assert.equal(matches({ country: 'Syria', type: 'Armed clash' }), false);
    assert.equal(matches({ actor: 'Civilians (Syria)', minFatalities: 3 }), true);
    assert.equal(matches({ actor: 'Civilians (Syria)', minFatalities: 5 }), false);
  });
});

describe('TopicSchema', () => {
  it('refuses an empty topic, an unknown type, a bad radius, a contested minimum and a query of no words', () => {
    const message = (fields: Record<string, unknown>) =>
      TopicSchema.safeParse(fields).error?.issues[0]?.message;
    assert.match(message({}) ?? '', /at least one of/);
    assert.match(message({ type: 'bombing' }) ?? '', /unknown event type "bombing"/);
    assert.match(message({ place: { lat: 0, lon: 0, radiusKm: 0 } }) ?? '', /radiusKm must be above 0/);
    assert.ok(message({ place: { lat: 91, lon: 0, radiusKm: 5 } }));
    assert.ok(message({ place: { lat: 0, lon: 181, radiusKm: 5 } }));
    assert.match(message({ minGrade: 'contested' }) ?? '', /minGrade must be/);
    assert.match(message({ query: '-- !!' }) ?? '', /query has no words/);
    assert.match(message({ actor: '  ' }) ?? '', /actor is empty/);
    assert.ok(message({ minFatalities: -1 }));
  });

  it('stores the type by its ACLED spelling', () => {
    assert.equal(topic({ type: 'BATTLES' }).type, 'Battles');
    assert.equal(topic({ type: 'abduction/forced disappearance' }).type, 'Abduction/forced disappearance');
  });
});
