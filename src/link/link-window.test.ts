// The linker's search window: every incident decideLink could merge lies inside it.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { distanceKm } from '../core/geo.js';
import { linkWindow, type LinkCandidate } from './incident.linker.js';

function at(lat: number, lon: number, overrides: Partial<LinkCandidate> = {}): LinkCandidate {
  return {
    id: 1,
    background: false,
    eventType: 'Battles',
    subEventType: 'Armed clash',
    date: { start: '2025-03-04', end: '2025-03-06', precision: 2 },
    location: { name: 'X', admin1: null, country: 'X', iso3: 'XXX', lat, lon, precision: 1 },
    actors: [],
    fatalities: null,
    summary: '',
    ...overrides,
  };
}

describe('linkWindow', () => {
  it('spans the incident dates two days either way, for its event type', () => {
    const window = linkWindow(at(10, 20));
    assert.equal(window?.eventType, 'Battles');
    assert.equal(window?.from, '2025-03-02');
    assert.equal(window?.to, '2025-03-08');
  });

  it('holds every point within 25 km, at the equator, in the far north and the far south', () => {
    for (const [lat, lon] of [
      [0, 30],
      [60, 10],
      [-54.8, -68.3],
      [78.2, 15.6],
    ] as const) {
      const window = linkWindow(at(lat, lon));
      assert.ok(window);
      // Points on the 25 km circle (just inside it) in every direction.
      for (let bearing = 0; bearing < 360; bearing += 5) {
        const rad = (bearing * Math.PI) / 180;
        const dLat = (24.99 / 111.19) * Math.cos(rad);
        let dLon = 0;
        let step = 2;
        // Find the longitude offset that puts the point at 24.99 km along this bearing's latitude.
        for (let i = 0; i < 60; i += 1) {
          const km = distanceKm(lat, lon, lat + dLat, lon + dLon * Math.sign(Math.sin(rad)));
          if (km < 24.99) dLon += step;
          else dLon -= step;
          step /= 2;
        }
        const pLat = lat + dLat;
        const pLon = lon + dLon * Math.sign(Math.sin(rad));
        if (distanceKm(lat, lon, pLat, pLon) > 25) continue;
        assert.ok(pLat >= window.minLat && pLat <= window.maxLat, `lat ${pLat} near ${lat},${lon}`);
        assert.ok(
          (window.minLon === null || pLon >= window.minLon) &&
            (window.maxLon === null || pLon <= window.maxLon),
          `lon ${pLon} near ${lat},${lon}`,
        );
      }
      // A point 30 km due north is outside.
      assert.ok(lat + 30 / 111.19 > window.maxLat);
    }
  });

  it('leaves longitude open across the antimeridian and near the poles', () => {
    assert.equal(linkWindow(at(-17.8, 179.9))?.minLon, null);
    assert.equal(linkWindow(at(89.5, 0))?.maxLon, null);
  });

  it('is null when the linker merges nothing: background, undated or unplaced', () => {
    assert.equal(linkWindow(at(10, 20, { background: true })), null);
    assert.equal(linkWindow(at(10, 20, { date: { start: null, end: null, precision: 3 } })), null);
    assert.equal(linkWindow({ ...at(10, 20), location: null }), null);
  });
});
