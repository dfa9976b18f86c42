// Places as grid cells: the cells of one fixed-size latitude/longitude grid that cover a circle on the globe, and
// the cell a point falls in, so that a topic's place is found by looking up an incident's cell.
import { EARTH_RADIUS_KM } from './topic.js';

/**
 * Cell sides in degrees, finest first; each divides 180 and 360, so rows and columns tile the globe exactly
 * and a column index wraps at the antimeridian. A circle is covered at the finest level where it needs at most
 * MAX_CELLS cells: a village's 5 km at 0.125° (about 14 km), a province's 300 km at 4°, a hemisphere at 90°.
 */
export const CELL_DEGREES = [0.125, 0.25, 0.5, 1, 2, 4, 8, 15, 30, 90] as const;

// 16 cells keep the covered area within about 2 to 3 times the circle's (fewer false candidates to verify)
// while a topic costs at most 16 entries in the index.
const MAX_CELLS = 16;

// Rounding in the haversine can put a point that distanceKm says is on the circle a hair outside it: the cover
// is widened by far more than that error (1e-7 degrees is about 1 cm) and still by no visible amount.
const MARGIN_DEGREES = 1e-7;

const DEGREES = 180 / Math.PI;

/** A circle's cover: the grid level (index into CELL_DEGREES) and the cell numbers at that level. */
export interface CellCover {
  level: number;
  cells: number[];
}

/**
 * The cell a point lies in at one level, as row * columns + column. Longitudes wrap (181 is -179); latitudes
 * are clamped to [-90, 90], so the poles belong to the first and the last row.
 */
export function cellOf(level: number, lat: number, lon: number): number {
  const size = CELL_DEGREES[level] ?? 90;
  const rows = 180 / size;
  const columns = 360 / size;
  const row = Math.min(rows - 1, Math.max(0, Math.floor((lat + 90) / size)));
  return row * columns + wrap(Math.floor((lon + 180) / size), columns);
}

/**
 * The cells covering every point within `radiusKm` (great circle, as distanceKm measures) of (lat, lon), at
 * the finest level that needs at most MAX_CELLS of them. A circle that reaches over a pole takes every
 * longitude at the latitudes it spans; one that crosses the antimeridian takes columns from both ends.
 */
export function coverCircle(lat: number, lon: number, radiusKm: number): CellCover {
  const angle = radiusKm / EARTH_RADIUS_KM;
  const dLat = angle * DEGREES + MARGIN_DEGREES;
  const south = Math.max(-90, lat - dLat);
  const north = Math.min(90, lat + dLat);
  // The widest longitude a spherical cap reaches is asin(sin(angle) / cos(lat)) while the cap leaves the poles
  // out; once it holds a pole, it holds every longitude.
  const holdsPole = lat + dLat >= 90 || lat - dLat <= -90 || angle >= Math.PI / 2;
  const ratio = Math.sin(angle) / Math.cos((lat * Math.PI) / 180);
  const dLon = holdsPole || ratio >= 1 ? 180 : Math.asin(ratio) * DEGREES + MARGIN_DEGREES;

  for (let level = 0; level < CELL_DEGREES.length; level += 1) {
    const size = CELL_DEGREES[level]!;
    const rows = 180 / size;
    const columns = 360 / size;
    const firstRow = Math.min(rows - 1, Math.floor((south + 90) / size));
    const lastRow = Math.min(rows - 1, Math.floor((north + 90) / size));
    const firstColumn = Math.floor((lon - dLon + 180) / size);
    const lastColumn = Math.floor((lon + dLon + 180) / size);
    const columnCount = dLon >= 180 ? columns : Math.min(columns, lastColumn - firstColumn + 1);
    const count = (lastRow - firstRow + 1) * columnCount;
    if (count > MAX_CELLS && level < CELL_DEGREES.length - 1) continue;
    const cells: number[] = [];
    for (let row = firstRow; row <= lastRow; row += 1) {
      for (let offset = 0; offset < columnCount; offset += 1) {
        const column = dLon >= 180 ? offset : wrap(firstColumn + offset, columns);
        cells.push(row * columns + column);
      }
    }
    return { level, cells };
  }
  return { level: CELL_DEGREES.length - 1, cells: [] }; // never reached: the last level always returns
}

function wrap(column: number, columns: number): number {
  return ((column % columns) + columns) % columns;
}
