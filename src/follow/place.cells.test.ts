// Grid cells of a circle: every point within the radius lies in a covering cell, and every point of a cell
// called inside lies within the radius, on seeded circles near the poles, the antimeridian and elsewhere.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { distanceKm } from '../core/geo.js';
import { CELL_DEGREES, cellOf, coverCircle } from './place.cells.js';
import { seededRandom } from '../core/seeded-random.js';

const CENTERS = [
  [89.9, 0],
  [-89.5, 170],
  [0.06, 179.99],
  [-17, -179.95],
  [70, 180],
  [36, 39],
  [0, 0],
] as const;

describe('coverCircle', () => {
  it('covers every point of the circle, and calls a cell inside only when all of it is inside', () => {
    const next = seededRandom(7);
    let insideCells = 0;
    for (let n = 0; n < 300; n += 1) {
      const [baseLat, baseLon] = CENTERS[n % CENTERS.length]!;
      const lat = Math.max(-90, Math.min(90, baseLat + (next() - 0.5) * 0.4));
      const lon = Math.max(-180, Math.min(180, baseLon + (next() - 0.5) * 0.4));
      const radiusKm = [0.5, 5, 30, 120, 400, 2500, 6000][n % 7]!;
      const { level, cells, inner } = coverCircle(lat, lon, radiusKm);
      const size = CELL_DEGREES[level]!;
      const covered = new Set(cells);
      assert.ok(cells.length <= 16, `${cells.length} cells`);
      // Points in the circle: random bearings and distances up to the radius itself.
      for (let k = 0; k < 60; k += 1) {
        const bearing = next() * 2 * Math.PI;
        const d = (k === 0 ? 1 : Math.sqrt(next())) * (radiusKm / 6371);
        const φ1 = (lat * Math.PI) / 180;
        const φ2 = Math.asin(Math.sin(φ1) * Math.cos(d) + Math.cos(φ1) * Math.sin(d) * Math.cos(bearing));
        const λ2 =
          (lon * Math.PI) / 180 +
          Math.atan2(
            Math.sin(bearing) * Math.sin(d) * Math.cos(φ1),
            Math.cos(d) - Math.sin(φ1) * Math.sin(φ2),
          );
        const [pLat, pLon] = [(φ2 * 180) / Math.PI, (((λ2 * 180) / Math.PI + 540) % 360) - 180];
        if (distanceKm(lat, lon, pLat, pLon) > radiusKm) continue;
        assert.ok(
          covered.has(cellOf(level, pLat, pLon)),
          `(${pLat}, ${pLon}) in ${radiusKm} km of (${lat}, ${lon})`,
        );
      }
      // Points of inside cells, corners and edges included.
      cells.forEach((cell, at) => {
        if (inner[at] !== true) return;
        insideCells += 1;
        const columns = 360 / size;
        const south = Math.floor(cell / columns) * size - 90;
        const west = (cell % columns) * size - 180;
        for (let k = 0; k < 40; k += 1) {
          const pLat = Math.min(90, south + (k < 4 ? k >> 1 : next()) * size);
          const pLon = west + (k < 4 ? k & 1 : next()) * size;
          assert.ok(
            distanceKm(lat, lon, pLat, pLon) <= radiusKm,
            `inside cell ${cell} point (${pLat}, ${pLon})`,
          );
        }
      });
    }
    assert.ok(insideCells >= 5, `${insideCells} cells called inside: the check is exercised`);
  });

  it('does not call a cell inside when the meridian opposite the centre crosses it (over a pole)', () => {
    // 0.06 E near the north pole: the opposite meridian, 179.94 W, runs through the cell from 180 W.
    const { level, cells, inner } = coverCircle(89.99, 0.06, 30);
    const at = cells.indexOf(cellOf(level, 89.995, -179.97));
    assert.ok(at >= 0);
    assert.equal(inner[at], false);
  });
});
