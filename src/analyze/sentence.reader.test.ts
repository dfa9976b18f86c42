// Tests of the cue-first sentence reading: each lazy reading equals what its reader gives when run directly.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readActors } from './actors.reader.js';
import { hasAggregateDate, parseAnchor, readDates } from './dates.resolver.js';
import { findCues } from './event-type.classifier.js';
import { readFatalities } from './fatalities.reader.js';
import { getGazetteer } from './gazetteer.js';
import { readPlaces } from './places.reader.js';
import { SentenceReading } from './sentence.reader.js';
import { readSources } from './sources.reader.js';

const anchor = parseAnchor('2023-03-10');
const gazetteer = getGazetteer();
const read = (text: string): SentenceReading =>
  new SentenceReading({ text, index: 0, paragraph: 0 }, anchor, 'The Daily Example', gazetteer);

describe('SentenceReading', () => {
  it('gives what the readers give on their own, sources masked', () => {
    const text =
      'According to Reuters, Ukrainian forces shelled Horlivka, Donetsk, on Tuesday, killing three civilians.';
    const r = read(text);
    const masked = text.replace('Reuters', '       ');
    assert.deepEqual(r.sources, readSources(text, 'The Daily Example'));
    assert.deepEqual(r.cues, findCues(masked));
    assert.deepEqual(r.actors, readActors(masked, gazetteer));
    assert.deepEqual(r.dates, readDates(text, anchor));
    assert.equal(r.eventDate?.date.start, '2023-03-07');
    assert.deepEqual(r.fatalities, readFatalities(masked));
    assert.deepEqual(
      r.places.map((p) => p.text),
      ['Horlivka', 'Donetsk'],
    );
    assert.equal(r.isAggregate, false);
  });
  it('masks a country named inside an actor from the places', () => {
    const r = read('The military forces of Armenia shelled Tartar.');
    const direct = readPlaces('The military forces of Armenia shelled Tartar.', gazetteer).map((p) => p.text);
    assert.ok(direct.includes('Armenia'));
    assert.ok(!r.places.some((p) => p.text === 'Armenia'));
  });
  it('reads no fatalities and no cue where the sentence tells no act', () => {
    const r = read('The weather was mild on Sunday.');
    assert.deepEqual(r.cues, []);
    assert.equal(r.fatalities, undefined);
  });
  it('reads aggregates as readDates does, without chrono-node', () => {
    for (const text of [
      'There have been scores of attacks since 2014.',
      'Over the past two years, militants killed dozens.',
      'In recent months the group grew.',
      'In 2019, gunmen killed a farmer.',
      'On 3 March, gunmen killed a farmer.',
    ]) {
      assert.equal(
        hasAggregateDate(text, anchor),
        readDates(text, anchor).some((d) => d.isAggregate),
        text,
      );
    }
    assert.equal(read('Militants have killed hundreds since 2014.').isAggregate, true);
    assert.equal(read('On 3 March, gunmen killed a farmer.').isAggregate, false);
  });
});

describe('SentenceReading: the date of its event', () => {
  it('is the day the sentence names, not a year that qualifies someone in it', () => {
    const r = read(
      'On 6 March 2023, nurses who were hired in 2019 held a sit-in in Quetta over unpaid wages.',
    );
    assert.equal(r.eventDate?.date.start, '2023-03-06');
    const after = read('Families of miners who died in 1998 gathered at the pit gate in Lens on 4 March.');
    assert.equal(after.eventDate?.date.start, '2023-03-04');
  });
  it('is the year or month that opens the sentence, whatever day a later phrase names', () => {
    const r = read('Last year, two gunmen killed a worshipper during Sunday prayers at a church in Lagos.');
    assert.equal(r.eventDate?.date.start, '2022-01-01');
    assert.equal(r.eventDate?.date.precision, 3);
  });
  it('is not the day a year-dated event was reported', () => {
    const r = read('Rebels killed 40 villagers in Beni in 2019, the army said on Monday.');
    assert.equal(r.eventDate?.date.start, '2019-01-01');
  });
});

describe('SentenceReading: a sentence that opens on the day of its event', () => {
  it('tells one event, though a span says how long a state has lasted', () => {
    const r = read(
      'On 6 March 2023, families rallied in Tunis for relatives held abroad since the start of the year.',
    );
    assert.equal(r.isAggregate, false);
    const years = read(
      'On 7 March, herders blocked the road to Mopti over land they have farmed since 2015.',
    );
    assert.equal(years.isAggregate, false);
  });
  it('still sums up a period when it opens on none, or when its words are habitual', () => {
    assert.equal(
      read('Since the start of the year, militants have attacked the road to Gao.').isAggregate,
      true,
    );
    assert.equal(read('Militants attacked the road to Gao repeatedly in recent months.').isAggregate, true);
    assert.equal(read('On 3 March, officials said militants routinely attack the road.').isAggregate, true);
  });
});
