// Places as grid cells: the cells of one fixed-size latitude/longitude grid that cover a circle on the globe, and
// the cell a point falls in, so that a topic's place is found by looking up an incident's cell.
import { distanceKm } from '../core/geo.js';
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

// A cell is wholly inside a circle when its farthest corner is inside by this much (1 mm): far more than the
// haversine's rounding, so that every point of it is within the radius as distanceKm computes it.
const INNER_MARGIN_KM = 1e-6;

/**
 * A circle's cover: the grid level (index into CELL_DEGREES), the cell numbers at that level, and for each
 * whether the cell lies wholly inside the circle (every point of it matches, no distance to compute).
 */
export interface CellCover {
  level: number;
  cells: number[];
  inner: boolean[];
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
    const inner: boolean[] = [];
    for (let row = firstRow; row <= lastRow; row += 1) {
      for (let offset = 0; offset < columnCount; offset += 1) {
        const column = dLon >= 180 ? offset : wrap(firstColumn + offset, columns);
        cells.push(row * columns + column);
        inner.push(isInside(lat, lon, radiusKm, size, row, column));
      }
    }
    return { level, cells, inner };
  }
  return { level: CELL_DEGREES.length - 1, cells: [], inner: [] }; // never reached: the last level returns
}

/**
 * Whether every point of a cell is within the circle. The farthest point of a latitude/longitude rectangle
 * from the centre is one of its corners when (1) no meridian inside it is the centre's opposite one (along a
 * parallel, distance grows with the longitude difference up to 180°) and (2) it holds no point as far as
 * the antipode of the centre's nearest point on a meridian (along a meridian, a great circle, distance grows
 * away from that nearest point until its antipode). Cells up to 8° and circles under 45° of arc (5,000 km)
 * keep every point of a cell within 57° of the centre, far short of such antipodes (135° or more), so only
 * (1) is checked; larger ones are never called inside.
 */
function isInside(
  lat: number,
  lon: number,
  radiusKm: number,
  size: number,
  row: number,
  column: number,
): boolean {
  if (size > 8 || radiusKm >= (Math.PI / 4) * EARTH_RADIUS_KM) return false;
  const south = row * size - 90;
  const north = Math.min(90, south + size);
  const west = column * size - 180;
  const east = west + size;
  const opposite = lon >= 0 ? lon - 180 : lon + 180;
  if (west < opposite && opposite < east) return false;
  const limit = radiusKm - INNER_MARGIN_KM;
  return (
    distanceKm(lat, lon, south, west) <= limit &&
    distanceKm(lat, lon, south, east) <= limit &&
    distanceKm(lat, lon, north, west) <= limit &&
    distanceKm(lat, lon, north, east) <= limit
  );
}

function wrap(column: number, columns: number): number {
  return ((column % columns) + columns) % columns;
}
