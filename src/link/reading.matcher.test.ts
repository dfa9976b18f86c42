// Matching an article's new readings to its old ones: which incident id each new reading continues.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Incident } from '../core/incident.js';
import { CONTINUITY_THRESHOLD, continuityScore, isSameEventAgain, matchReadings } from './reading.matcher.js';

const KIDAL = {
  name: 'Kidal',
  admin1: 'Kidal',
  country: 'Mali',
  iso3: 'MLI',
  lat: 18.44,
  lon: 1.41,
  precision: 1 as const,
};
// About 10 km east of Kidal.
const NEAR_KIDAL = { ...KIDAL, name: 'Near Kidal', lon: 1.505 };
const GAO = {
  name: 'Gao',
  admin1: 'Gao',
  country: 'Mali',
  iso3: 'MLI',
  lat: 16.27,
  lon: -0.04,
  precision: 1 as const,
};

const ATTACK_SENTENCE = 'Gunmen on motorcycles killed six villagers near Kidal on Tuesday, officials said.';
const CLASH_SENTENCE = 'Soldiers fought militants outside Gao on Wednesday, the army said.';

function reading(over: Partial<Incident> = {}): Incident {
  return {
    background: false,
    eventType: 'Violence against civilians',
    subEventType: 'Attack',
    date: { start: '2024-03-05', end: '2024-03-05', precision: 1 },
    location: KIDAL,
    actors: [{ name: 'Unidentified Armed Group (Mali)', role: 'perpetrator', kind: 'other' }],
    fatalities: 6,
    summary: 'On 5 March 2024, gunmen killed six civilians near Kidal.',
    sources: [],
    evidence: [
      { field: 'eventType', text: ATTACK_SENTENCE },
      { field: 'date', text: ATTACK_SENTENCE },
      { field: 'fatalities', text: ATTACK_SENTENCE },
    ],
    ...over,
  };
}

const clash = reading({
  eventType: 'Battles',
  subEventType: 'Armed clash',
  date: { start: '2024-03-06', end: '2024-03-06', precision: 1 },
  location: GAO,
  evidence: [
    { field: 'eventType', text: CLASH_SENTENCE },
    { field: 'date', text: CLASH_SENTENCE },
  ],
});

describe('continuityScore', () => {
  it('scores an unchanged reading far above the threshold', () => {
    assert.ok(continuityScore(reading(), reading()) > 2 * CONTINUITY_THRESHOLD);
  });

  it('keeps an event re-coded to another type from the same sentences', () => {
    const recoded = reading({ eventType: 'Battles', subEventType: 'Armed clash' });
    assert.ok(continuityScore(reading(), recoded) >= CONTINUITY_THRESHOLD);
  });

  it('keeps an event whose date an upgrade corrected, when the sentences are the same', () => {
    const redated = reading({ date: { start: '2024-02-27', end: '2024-02-27', precision: 1 } });
    assert.ok(continuityScore(reading(), redated) >= CONTINUITY_THRESHOLD);
  });

  it('keeps an event told by re-split sentences when type, date and place agree', () => {
    const resplit = reading({
      evidence: [{ field: 'eventType', text: 'Gunmen on motorcycles killed six villagers.' }],
    });
    assert.ok(continuityScore(reading(), resplit) >= CONTINUITY_THRESHOLD);
  });

  it('does not take another event of the same article for the old one', () => {
    assert.ok(continuityScore(reading(), clash) < CONTINUITY_THRESHOLD);
  });

  it('ignores case and spacing in evidence sentences', () => {
    const spaced = reading({
      evidence: reading().evidence.map((e) => ({ ...e, text: `  ${e.text.toUpperCase()} ` })),
    });
    assert.equal(continuityScore(reading(), spaced), continuityScore(reading(), reading()));
  });
});

describe('matchReadings', () => {
  it('pairs each new reading with the incident it read before, whatever the order', () => {
    const previous = [
      { incidentId: 7, reading: clash },
      { incidentId: 3, reading: reading() },
    ];
    assert.deepEqual(
      matchReadings(previous, [reading(), clash]).map((m) => [m.index, m.incidentId]),
      [
        [0, 3],
        [1, 7],
      ],
    );
  });

  it('gives the best pair first: of two old readings of one event, the closer keeps the new one', () => {
    const near = reading({ location: NEAR_KIDAL, subEventType: 'Abduction/forced disappearance' });
    const previous = [
      { incidentId: 10, reading: near },
      { incidentId: 11, reading: reading() },
    ];
    const matches = matchReadings(previous, [reading()]);
    assert.deepEqual(
      matches.map((m) => m.incidentId),
      [11],
    );
  });

  it('leaves unmatched an old incident whose event is gone, and a new reading of a new event', () => {
    const matches = matchReadings([{ incidentId: 4, reading: reading() }], [clash]);
    assert.deepEqual(matches, []);
  });

  it('breaks ties by the order of the old readings, so the outcome is stable', () => {
    const previous = [
      { incidentId: 21, reading: reading() },
      { incidentId: 20, reading: reading() },
    ];
    assert.deepEqual(
      matchReadings(previous, [reading(), reading()]).map((m) => [m.index, m.incidentId]),
      [
        [0, 21],
        [1, 20],
      ],
    );
  });

  it('never gives one incident id to two new readings', () => {
    const previous = [{ incidentId: 5, reading: reading() }];
    const matches = matchReadings(previous, [reading(), reading()]);
    assert.equal(matches.length, 1);
  });
});

describe('isSameEventAgain', () => {
  it('holds for a double-counted event read once now, and not for another event', () => {
    const duplicate = reading({
      eventType: 'Explosions/Remote violence',
      subEventType: 'Remote explosive/landmine/IED',
    });
    assert.equal(isSameEventAgain(duplicate, reading()), true);
    assert.equal(isSameEventAgain(reading(), clash), false);
  });
});
