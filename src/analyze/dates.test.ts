// Tests of the date resolver on ACLED's conventions for dates that are known only loosely: report dates,
// nights that span two days, weeks and months.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseAnchor, readDates } from './dates.resolver.js';

// Published on Thursday 11 March 2021.
const anchor = parseAnchor('2021-03-11');
const first = (sentence: string) => readDates(sentence, anchor).find((d) => !d.isAggregate)?.date;

describe('readDates: report dates', () => {
  it('codes an event known only by its report date on that date, with precision 2', () => {
    assert.deepEqual(first('As reported on 9 March 2021, gunmen burned a school near the town.'), {
      start: '2021-03-09',
      end: '2021-03-09',
      precision: 2,
    });
    const said = readDates('Five men were detained, the ministry said on Tuesday.', anchor)[0];
    assert.equal(said?.isReportDate, true);
    assert.deepEqual(said?.date, { start: '2021-03-09', end: '2021-03-09', precision: 2 });
  });
  it('keeps precision 1 for the day of the event itself', () => {
    assert.deepEqual(first('On Tuesday, gunmen burned a school near the town.'), {
      start: '2021-03-09',
      end: '2021-03-09',
      precision: 1,
    });
  });
});

describe('readDates: hedged days', () => {
  it('codes "around 9 March" and "9 March (or around)" with precision 2', () => {
    assert.deepEqual(first('Around 9 March 2021, raiders stole cattle from a camp near the river.'), {
      start: '2021-03-09',
      end: '2021-03-09',
      precision: 2,
    });
    assert.equal(first('On 8 March 2021 (or around), gunmen kidnapped a trader.')?.precision, 2);
    assert.equal(first('In the week of 1 March 2021, militias fought over grazing land.')?.precision, 2);
  });
});

describe('readDates: found bodies', () => {
  it('codes the day a body was found with precision 2: the death came on or before it', () => {
    assert.deepEqual(first('On 9 March 2021, the body of a shopkeeper was found near the bus station.'), {
      start: '2021-03-09',
      end: '2021-03-09',
      precision: 2,
    });
    assert.equal(
      first('On 10 March 2021, two men were found dead by a road outside the town.')?.precision,
      2,
    );
    assert.equal(
      first('On 10 March 2021, gunmen shot dead two men by a road outside the town.')?.precision,
      1,
    );
  });
});

describe('readDates: spans of days', () => {
  it('reads "between 7 and 9 March" as the span, from its first day, with precision 2', () => {
    assert.deepEqual(first('Between 7 and 9 March 2021, troops shelled the villages.'), {
      start: '2021-03-07',
      end: '2021-03-09',
      precision: 2,
    });
    assert.deepEqual(first('Militias fought between Monday and Wednesday.'), {
      start: '2021-03-08',
      end: '2021-03-10',
      precision: 2,
    });
  });
  it('does not read "between 7 and 12 civilians" as dates', () => {
    assert.equal(first('Between 7 and 12 civilians were killed on Tuesday.')?.start, '2021-03-09');
  });
  it('reads "the weekend" as its two days with precision 2', () => {
    assert.deepEqual(first('Over the weekend, protesters blocked the highway.'), {
      start: '2021-03-06',
      end: '2021-03-07',
      precision: 2,
    });
  });
});
