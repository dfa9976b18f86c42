import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { IncidentRecord } from '../core/incident-record.js';
import { ACLED_COLUMNS, acledCsvHeader, acledCsvRow, csvField } from './acled-csv.js';
import { toGeoJsonFeature } from './geojson.js';

const record: IncidentRecord = {
  id: 3,
  background: false,
  eventType: 'Violence against civilians',
  subEventType: 'Attack',
  date: { start: '2016-01-07', end: '2016-01-07', precision: 1 },
  location: {
    name: 'Ar Raqqah',
    admin1: 'Ar-Raqqa',
    country: 'Syria',
    iso3: 'SYR',
    lat: 35.95,
    lon: 39.01,
    precision: 1,
  },
  actors: [
    { name: 'Islamic State', role: 'perpetrator', kind: 'rebel' },
    { name: 'Civilians (Syria)', role: 'target', kind: 'civilians' },
  ],
  fatalities: 1,
  summary: 'On 7 January 2016, an IS fighter shot a woman, "his mother", in Ar Raqqah.',
  sources: [{ name: 'Syrian Observatory for Human Rights', kind: 'monitor', citedBy: null }],
  evidence: [],
  reports: [],
  independentSources: 1,
  grade: 'single source',
};

describe('ACLED CSV', () => {
  it("names ACLED's columns and fills them from the incident", () => {
    assert.equal(acledCsvHeader().split(',').length, ACLED_COLUMNS.length);
    const cells = acledCsvRow(record)
      .match(/("([^"]|"")*"|[^,]*)(,|$)/g)!
      .map((c) => c.replace(/,$/, ''));
    const row = Object.fromEntries(ACLED_COLUMNS.map((c, i) => [c, cells[i]]));
    assert.equal(row.event_date, '2016-01-07');
    assert.equal(row.actor1, 'Islamic State');
    assert.equal(row.inter1, '2');
    assert.equal(row.actor2, 'Civilians (Syria)');
    assert.equal(row.inter2, '7');
    assert.equal(row.latitude, '35.95');
    assert.equal(row.fatalities, '1');
    assert.equal(row.notes, '"On 7 January 2016, an IS fighter shot a woman, ""his mother"", in Ar Raqqah."');
  });

  it('quotes separators and defuses spreadsheet formulas', () => {
    assert.equal(csvField('a,b'), '"a,b"');
    assert.equal(csvField('line\nbreak'), '"line\nbreak"');
    assert.equal(csvField('=HYPERLINK("x")'), `"'=HYPERLINK(""x"")"`);
    assert.equal(csvField(-3), '-3');
    assert.equal(csvField(null), '');
  });
});

describe('GeoJSON', () => {
  it('puts longitude first, as RFC 7946 requires', () => {
    assert.deepEqual(toGeoJsonFeature(record)?.geometry.coordinates, [39.01, 35.95]);
  });
  it('skips incidents without a place', () => {
    assert.equal(toGeoJsonFeature({ ...record, location: null }), undefined);
  });
});
