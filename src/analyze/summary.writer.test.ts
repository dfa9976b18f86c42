// The summary says what the coded fields say, in ACLED's note style, and nothing else.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { writeSummary, type SummaryFields } from './summary.writer.js';

const SARAQIB = {
  name: 'Saraqib',
  admin1: 'Idleb',
  country: 'Syria',
  iso3: 'SYR',
  lat: 35.86,
  lon: 36.8,
  precision: 1,
} as const;

const clash: SummaryFields = {
  eventType: 'Battles',
  subEventType: 'Armed clash',
  date: { start: '2024-10-02', end: '2024-10-02', precision: 1 },
  location: SARAQIB,
  actors: [
    { name: 'Hayat Tahrir al-Sham', role: 'perpetrator', kind: 'rebel' },
    { name: 'Military Forces of Syria (2000-)', role: 'target', kind: 'state' },
  ],
  fatalities: 10,
};

describe('writeSummary', () => {
  it('writes date, sides, place and count from the fields', () => {
    assert.equal(
      writeSummary(clash),
      'On 2 October 2024, Hayat Tahrir al-Sham clashed with Military Forces of Syria (2000-) in Saraqib (Idleb, Syria), with 10 reported fatalities.',
    );
  });

  it('follows the fields when they change, as when reports of one event merge', () => {
    const merged = writeSummary({ ...clash, fatalities: 7, location: { ...SARAQIB, name: 'Sarmin' } });
    assert.match(merged, / in Sarmin \(Idleb, Syria\), with 7 reported fatalities\.$/);
    assert.doesNotMatch(merged, /Saraqib|10/);
  });

  it('agrees in number with several acting sides', () => {
    const both = writeSummary({
      ...clash,
      actors: clash.actors.map((a) => ({ ...a, role: 'perpetrator' as const })),
    });
    assert.match(
      both,
      /Hayat Tahrir al-Sham and Military Forces of Syria \(2000-\) were involved in an armed clash/,
    );
  });

  it('says that members of an armed group were arrested, not the group', () => {
    const arrests = writeSummary({
      eventType: 'Strategic developments',
      subEventType: 'Arrests',
      date: { start: '2025-01-21', end: '2025-01-21', precision: 1 },
      location: null,
      actors: [
        { name: 'Police Forces of Turkey', role: 'perpetrator', kind: 'state' },
        { name: 'Islamic State', role: 'target', kind: 'rebel' },
      ],
      fatalities: 0,
    });
    assert.equal(arrests, 'On 21 January 2025, Police Forces of Turkey arrested members of Islamic State.');
  });
});
