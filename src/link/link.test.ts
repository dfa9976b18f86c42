import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Incident } from '../core/incident.js';
import { distanceKm } from '../core/geo.js';
import { dateGapDays, decideLink, mergeReading, type LinkCandidate } from './incident.linker.js';
import { gradeIncident, originalSources } from './provenance.js';

function incident(overrides: Partial<LinkCandidate> = {}): LinkCandidate {
  return {
    id: 1,
    background: false,
    eventType: 'Explosions/Remote violence',
    subEventType: 'Air/drone strike',
    date: { start: '2025-03-04', end: '2025-03-04', precision: 1 },
    location: {
      name: 'Idlib',
      admin1: 'Idlib',
      country: 'Syria',
      iso3: 'SYR',
      lat: 35.93,
      lon: 36.63,
      precision: 1,
    },
    actors: [{ name: 'Military Forces of Russia', role: 'perpetrator', kind: 'external' }],
    fatalities: 12,
    summary: '',
    ...overrides,
  };
}

describe('decideLink', () => {
  it('links a report of the same strike a day later and 10 km away', () => {
    const reading = incident({
      date: { start: '2025-03-05', end: '2025-03-05', precision: 1 },
      location: {
        name: 'Binnish',
        admin1: 'Idlib',
        country: 'Syria',
        iso3: 'SYR',
        lat: 35.96,
        lon: 36.71,
        precision: 1,
      },
    });
    const decision = decideLink(reading, [incident({ id: 7 })]);
    assert.equal(decision.kind, 'same-as');
    assert.equal(decision.kind === 'same-as' && decision.id, 7);
  });

  it('keeps apart events of another type, far apart, or a week apart', () => {
    const candidates = [incident({ id: 7 })];
    assert.equal(
      decideLink(incident({ eventType: 'Battles', subEventType: 'Armed clash' }), candidates).kind,
      'new',
    );
    const aleppo = {
      name: 'Aleppo',
      admin1: 'Aleppo',
      country: 'Syria',
      iso3: 'SYR',
      lat: 36.2,
      lon: 37.16,
      precision: 1 as const,
    };
    assert.equal(decideLink(incident({ location: aleppo }), candidates).kind, 'new');
    const later = { start: '2025-03-12', end: '2025-03-12', precision: 1 as const };
    assert.equal(decideLink(incident({ date: later }), candidates).kind, 'new');
  });

  it('keeps apart events whose named perpetrators differ', () => {
    const other = incident({
      actors: [{ name: 'Military Forces of Turkey', role: 'perpetrator', kind: 'external' }],
    });
    assert.equal(decideLink(other, [incident({ id: 7 })]).kind, 'new');
  });

  it('never merges background events', () => {
    assert.equal(decideLink(incident({ background: true }), [incident({ id: 7 })]).kind, 'new');
  });
});

describe('mergeReading', () => {
  it('keeps the lowest toll, the most precise place and the union of actors', () => {
    const current = incident({ fatalities: 14, location: { ...incident().location!, precision: 2 } });
    const reading = incident({
      fatalities: 12,
      actors: [{ name: 'Civilians (Syria)', role: 'target', kind: 'civilians' }],
    });
    const merged = mergeReading(current, reading);
    assert.equal(merged.fatalities, 12);
    assert.equal(merged.location?.precision, 1);
    assert.deepEqual(
      merged.actors.map((a) => a.name),
      ['Military Forces of Russia', 'Civilians (Syria)'],
    );
  });
});

describe('geometry and dates', () => {
  it('measures Raqqa to Aleppo as about 160 km', () => {
    const km = distanceKm(35.95, 39.01, 36.2, 37.16);
    assert.ok(km > 150 && km < 175, `got ${km}`);
  });
  it('counts the days between date ranges, zero when they overlap', () => {
    assert.equal(
      dateGapDays(
        { start: '2016-01-04', end: '2016-01-07', precision: 2 },
        { start: '2016-01-07', end: null, precision: 1 },
      ),
      0,
    );
    assert.equal(
      dateGapDays(
        { start: '2016-01-01', end: null, precision: 1 },
        { start: '2016-01-04', end: null, precision: 1 },
      ),
      3,
    );
  });
});

describe('provenance', () => {
  const reading: Pick<Incident, 'eventType' | 'fatalities'> = {
    eventType: 'Violence against civilians',
    fatalities: 1,
  };

  it('counts the original sources behind a relay chain, not the relay', () => {
    const report = {
      publisher: 'Example News',
      reading,
      sources: [
        { name: 'The Independent', kind: 'outlet' as const, citedBy: 'Example News' },
        {
          name: 'Raqqa is Being Slaughtered Silently',
          kind: 'activist' as const,
          citedBy: 'The Independent',
        },
        { name: 'Syrian Observatory for Human Rights', kind: 'monitor' as const, citedBy: 'The Independent' },
        { name: 'activists', kind: 'activist' as const, citedBy: null },
      ],
    };
    assert.deepEqual(originalSources(report).sort(), [
      'raqqa is being slaughtered silently',
      'syrian observatory for human rights',
    ]);
    assert.deepEqual(gradeIncident([report]), { independentSources: 2, grade: 'fair' });
  });

  it('counts an outlet that names no source as its own original reporting', () => {
    const a = { publisher: 'Outlet A', reading, sources: [] };
    const b = { publisher: 'Outlet B', reading, sources: [] };
    const c = {
      publisher: 'Outlet C',
      reading,
      sources: [{ name: 'Reuters', kind: 'outlet' as const, citedBy: null }],
    };
    assert.deepEqual(gradeIncident([a, b, c]), { independentSources: 3, grade: 'confirmed' });
  });

  it('does not count two outlets relaying the same wire story twice', () => {
    const relay = (publisher: string) => ({
      publisher,
      reading,
      sources: [{ name: 'Reuters', kind: 'outlet' as const, citedBy: null }],
    });
    assert.deepEqual(gradeIncident([relay('A'), relay('B')]), {
      independentSources: 1,
      grade: 'single source',
    });
  });

  it('marks reports that disagree widely on the toll as contested', () => {
    const a = { publisher: 'A', reading: { ...reading, fatalities: 3 }, sources: [] };
    const b = { publisher: 'B', reading: { ...reading, fatalities: 30 }, sources: [] };
    assert.equal(gradeIncident([a, b]).grade, 'contested');
  });
});
