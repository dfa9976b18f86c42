// The offline gazetteer: GeoNames places of 500+ people and admin seats (data/places.tsv, from cities500), countries
// and admin1 names, loaded once into hash maps of normalised names so that every lookup is O(1).
import { readFileSync } from 'node:fs';
import { ADMIN1_NAMES, PLACE_ALIASES } from './admin1.data.js';
import { COUNTRY_ROWS } from './countries.data.js';
import { foldName, looseKey, placeKey } from './names.normalizer.js';

/** A populated place from GeoNames. */
export interface Place {
  id: number;
  name: string;
  iso2: string;
  admin1Code: string;
  lat: number;
  lon: number;
  population: number;
  /** "C" for a national capital, "A" for the seat of a first-order division, "" otherwise. */
  seat: string;
}

/** A country as sitrep names it (ACLED's spelling), with its centroid. */
export interface Country {
  iso2: string;
  iso3: string;
  name: string;
  aliases: readonly string[];
  demonyms: readonly string[];
  lat: number;
  lon: number;
}

/** A first-order division that a text may name instead of a town ("Hajjah governorate"). */
export interface Admin1 {
  iso2: string;
  code: string;
  name: string;
}

/** Read-only lookups over the loaded data. */
export interface Gazetteer {
  /** Places whose name or alternate name has this placeKey, most populous first. */
  placesByKey(key: string): readonly Place[];
  /** Places whose own name (not an alternate) has this looseKey, most populous first: spelling variants. */
  placesByLooseKey(loose: string): readonly Place[];
  countryByName(text: string): Country | undefined;
  countryByDemonym(text: string): Country | undefined;
  countryByIso2(iso2: string): Country | undefined;
  admin1ByKey(key: string): readonly Admin1[];
  /** Hand-table divisions whose name has this looseKey ("Paktya" for "Paktia"). */
  admin1ByLooseKey(loose: string): readonly Admin1[];
  /** The division's name: ACLED's spelling from the hand table, else its seat's name; null when unknown. */
  admin1Name(iso2: string, code: string): string | null;
  /** True when the hand table spells this country's divisions, so a text's own spelling should not replace it. */
  hasAdmin1Table(iso2: string): boolean;
  /** The seat of an admin1 division, to put a province-level event on the map. */
  admin1Seat(iso2: string, code: string): Place | undefined;
  readonly placeCount: number;
}

let loaded: Gazetteer | undefined;

/** The shared gazetteer, read from disk on first use (about 280 ms for 193k places) and kept for the life of the process. */
export function getGazetteer(): Gazetteer {
  loaded ??= loadGazetteer(readFileSync(new URL('./data/places.tsv', import.meta.url), 'utf8'));
  return loaded;
}

/** Builds a gazetteer from places.tsv content (rows most populous first); exported for tests with a small table. */
export function loadGazetteer(tsv: string): Gazetteer {
  // Struct of arrays and lazily built Place objects: indexing 110k rows this way takes about a third of the time.
  const rows: string[] = [];
  const byKey = new Map<string, number | number[]>();
  const seats = new Map<string, number>();
  let lineStart = 0;
  while (lineStart < tsv.length) {
    let lineEnd = tsv.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = tsv.length;
    const keysAt = tsv.lastIndexOf('\t', lineEnd - 1);
    if (keysAt > lineStart) {
      const id = rows.length;
      const row = tsv.slice(lineStart, keysAt);
      rows.push(row);
      // Rows come most populous first, so the first seat read for a division is its main one.
      if (row.endsWith('\tA') || row.endsWith('\tC')) {
        const f = row.split('\t');
        const seatKey = `${f[1] ?? ''}.${f[2] ?? ''}`;
        if (!seats.has(seatKey)) seats.set(seatKey, id);
      }
      const keys = tsv.slice(keysAt + 1, lineEnd);
      let k = 0;
      while (k <= keys.length) {
        let bar = keys.indexOf('|', k);
        if (bar < 0) bar = keys.length;
        addId(byKey, keys.slice(k, bar), id);
        k = bar + 1;
      }
    }
    lineStart = lineEnd + 1;
  }
  const cache = new Map<number, Place>();
  const placeAt = (id: number): Place => {
    let place = cache.get(id);
    if (place === undefined) {
      const f = (rows[id] ?? '').split('\t');
      place = {
        id,
        name: f[0] ?? '',
        iso2: f[1] ?? '',
        admin1Code: f[2] ?? '',
        lat: Number(f[3]),
        lon: Number(f[4]),
        population: Number(f[5]),
        seat: f[6] ?? '',
      };
      cache.set(id, place);
    }
    return place;
  };
  const idsOf = (key: string): readonly number[] => {
    const hit = byKey.get(key);
    return hit === undefined ? [] : typeof hit === 'number' ? [hit] : hit;
  };
  const placesByKey = (key: string): Place[] => idsOf(key).map(placeAt);
  // Built on the first spelling-variant lookup: indexing 190k more keys would double the load time (measured
  // +250 ms), and a process that never meets a variant spelling need not pay it.
  let byLooseKey: Map<string, number | number[]> | undefined;
  const placesByLooseKey = (loose: string): Place[] => {
    byLooseKey ??= indexLooseKeys(tsv);
    const hit = byLooseKey.get(loose);
    return (hit === undefined ? [] : typeof hit === 'number' ? [hit] : hit).map(placeAt);
  };
  for (const [alias, canonical, iso2] of PLACE_ALIASES) {
    const target = placesByKey(placeKey(canonical)).find((p) => p.iso2 === iso2);
    if (target !== undefined) {
      const aliasKey = placeKey(alias);
      addId(byKey, aliasKey, target.id);
      const list = byKey.get(aliasKey);
      if (Array.isArray(list)) list.sort((a, b) => a - b);
    }
  }
  const seatOf = (iso2: string, code: string): Place | undefined => {
    const id = seats.get(`${iso2}.${code}`);
    return id === undefined ? undefined : placeAt(id);
  };
  // Where the hand table has no names for a country, a division is called after its seat, as ACLED mostly
  // does outside the hand-coded countries ("Tillaberi", "Luhansk", "Kandahar").
  const admin1Name = (iso2: string, code: string): string | null => {
    const names = ADMIN1_NAMES[iso2];
    if (names !== undefined) return names[code] ?? null;
    const seat = seatOf(iso2, code);
    return seat === undefined ? null : plainName(seat.name);
  };

  const countries = parseCountries();
  const countryByKey = new Map<string, Country>();
  const countryByDemonymKey = new Map<string, Country>();
  const countryByIso2 = new Map<string, Country>();
  for (const country of countries) {
    countryByIso2.set(country.iso2, country);
    for (const name of [country.name, ...country.aliases]) countryByKey.set(placeKey(name), country);
    for (const demonym of country.demonyms) countryByDemonymKey.set(foldName(demonym), country);
  }
  const admin1ByKey = new Map<string, Admin1[]>();
  const admin1ByLooseKey = new Map<string, Admin1[]>();
  for (const [iso2, codes] of Object.entries(ADMIN1_NAMES)) {
    for (const [code, name] of Object.entries(codes)) {
      const key = placeKey(name);
      for (const [map, k] of [
        [admin1ByKey, key],
        [admin1ByLooseKey, looseKey(key)],
      ] as const) {
        const list = map.get(k);
        if (list === undefined) map.set(k, [{ iso2, code, name }]);
        else list.push({ iso2, code, name });
      }
    }
  }

  return {
    placesByKey,
    placesByLooseKey,
    countryByName: (text) => countryByKey.get(placeKey(text)),
    countryByDemonym: (text) => countryByDemonymKey.get(foldName(text)),
    countryByIso2: (iso2) => countryByIso2.get(iso2),
    admin1ByKey: (key) => admin1ByKey.get(key) ?? [],
    admin1ByLooseKey: (loose) => admin1ByLooseKey.get(loose) ?? [],
    admin1Name,
    hasAdmin1Table: (iso2) => ADMIN1_NAMES[iso2] !== undefined,
    admin1Seat: seatOf,
    placeCount: rows.length,
  };
}

// ACLED writes plain Latin letters without transliteration marks.
function plainName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[ʿʾ‘’]/g, "'");
}

// The looseKey of each row's own name (its first key), by row id; rows are numbered as in loadGazetteer.
function indexLooseKeys(tsv: string): Map<string, number | number[]> {
  const out = new Map<string, number | number[]>();
  let id = 0;
  let lineStart = 0;
  while (lineStart < tsv.length) {
    let lineEnd = tsv.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = tsv.length;
    const keysAt = tsv.lastIndexOf('\t', lineEnd - 1);
    if (keysAt > lineStart) {
      let bar = tsv.indexOf('|', keysAt);
      if (bar < 0 || bar > lineEnd) bar = lineEnd;
      const key = tsv.slice(keysAt + 1, bar);
      // Short names have too many loose namesakes to be worth a guess.
      if (key.length >= 5) addId(out, looseKey(key), id);
      id++;
    }
    lineStart = lineEnd + 1;
  }
  return out;
}

function addId(map: Map<string, number | number[]>, key: string, id: number): void {
  if (key === '') return;
  const hit = map.get(key);
  if (hit === undefined) map.set(key, id);
  else if (typeof hit === 'number') {
    if (hit !== id) map.set(key, [hit, id]);
  } else if (!hit.includes(id)) hit.push(id);
}

function parseCountries(): Country[] {
  const out: Country[] = [];
  for (const line of COUNTRY_ROWS.split('\n')) {
    const [iso2, iso3, name, aliases = '', demonyms = '', lat = '0', lon = '0'] = line.split('|');
    if (iso2 === undefined || iso3 === undefined || name === undefined) continue;
    out.push({
      iso2,
      iso3,
      name,
      aliases: aliases === '' ? [] : aliases.split(';'),
      demonyms: demonyms === '' ? [] : demonyms.split(';'),
      lat: Number(lat),
      lon: Number(lon),
    });
  }
  return out;
}

export { distanceKm } from '../core/geo.js';
