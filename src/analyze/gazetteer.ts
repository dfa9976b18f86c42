// The offline gazetteer: GeoNames places of 500+ people, admin seats and Who's On First's villages of 23
// conflict-monitored countries (data/places.tsv), their first- and second-order divisions (data/divisions.tsv) and
// countries, loaded once into hash indexes of normalised names so that every lookup is O(1).
import { readFileSync } from 'node:fs';
import {
  ADMIN1_ALIASES,
  ADMIN1_FROM_ADMIN2,
  ADMIN1_NAMES,
  ADMIN2_AS_ADMIN1,
  PLACE_ALIASES,
} from './admin1.data.js';
import { COUNTRY_ROWS } from './countries.data.js';
import { divisionKeys, divisionName, foldName, looseKey, placeKey, plainName } from './names.normalizer.js';

/** A populated place from GeoNames. */
export interface Place {
  id: number;
  name: string;
  iso2: string;
  admin1Code: string;
  admin2Code: string;
  lat: number;
  lon: number;
  population: number;
  /** "C" for a national capital, "A" for the seat of a first-order division, "B" of a second-order one, else "". */
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

/**
 * A first- or second-order division that a text may name instead of a town ("Hajjah governorate", "Kech
 * district"), placed at its seat (or its most populous place) when the gazetteer knows one.
 */
export interface Division {
  level: 1 | 2;
  iso2: string;
  /** The GeoNames admin1 code; for a second-order division, that of the division it lies in. */
  code: string;
  /** The GeoNames admin2 code, "" for a first-order division. */
  admin2Code: string;
  /** ACLED's spelling for a first-order division where the hand table has one, else GeoNames' name made plain. */
  name: string;
  lat?: number;
  lon?: number;
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
  /** First-order divisions with this name, in any country. */
  admin1ByKey(key: string): readonly Division[];
  /** First-order divisions whose name has this looseKey ("Paktya" for "Paktia"). */
  admin1ByLooseKey(loose: string): readonly Division[];
  /** Second-order divisions (districts) with this name, in any country. */
  admin2ByKey(key: string): readonly Division[];
  /** Second-order divisions whose name has this looseKey ("Khas Urozgan" for "Khas Uruzgan"). */
  admin2ByLooseKey(loose: string): readonly Division[];
  /** The division's name as ACLED writes it: the hand table's spelling, else GeoNames' made plain; null when unknown. */
  admin1Name(iso2: string, code: string): string | null;
  /**
   * A place's admin1 as ACLED names it: its first-order division, or its district in the countries where ACLED's
   * first order is GeoNames' second; a country without divisions (Curacao) is its own.
   */
  admin1Of(place: { iso2: string; admin1Code: string; admin2Code: string }): string | null;
  /** True when the hand table spells this division as ACLED does, so a text's own spelling should not replace it. */
  hasAdmin1Name(iso2: string, code: string): boolean;
  /** The national capital, where ACLED puts events of national scope ("the government imposed a curfew"). */
  capitalOf(iso2: string): Place | undefined;
  /** Where a first-order division is put on the map: its seat, else its most populous place. */
  admin1Seat(iso2: string, code: string): { lat: number; lon: number } | undefined;
  readonly placeCount: number;
}

let loaded: Gazetteer | undefined;

// Resolved from the package root, so the compiled module (dist/analyze/) reads the same single copy of the
// 42 MB tables as the sources do: no copy step at build, and no copy that `build:gazetteer` could leave stale.
const DATA_DIR = new URL('../../src/analyze/data/', import.meta.url);

/** The shared gazetteer, read from disk on first use (about 0.5 s CPU for 715k places) and kept for the life of the process. */
export function getGazetteer(): Gazetteer {
  loaded ??= loadGazetteer(
    readFileSync(new URL('places.tsv', DATA_DIR)),
    readFileSync(new URL('divisions.tsv', DATA_DIR)),
  );
  return loaded;
}

/**
 * Builds a gazetteer from places.tsv content (rows most populous first; text, or its UTF-8 bytes) and
 * divisions.tsv content; exported for tests with small tables.
 */
export function loadGazetteer(
  places: string | Uint8Array,
  divisionsTsv: string | Uint8Array = '',
): Gazetteer {
  // The table is held as its UTF-8 bytes (40 MB), not as a string: a one-byte string decoded from them costs
  // a copy as large again, and names outside Latin-1 would make V8 store it two bytes a character. Keys are
  // ASCII; a row (names, and a few admin codes such as "Ansŏng-si") is decoded when first asked for.
  const tsv = asBytes(places);
  const rowAt = (start: number, end: number): string => tsv.toString('utf8', start, end);
  // Struct of arrays and lazily built Place objects: a row is its span of the table, its keys point into the
  // table too, so that no string is made per row or per key (load about 250 ms and 20 MB less than a Map).
  // Typed arrays: 700k rows as JS arrays of numbers would cost 11 MB more.
  const lineCount = countOf(tsv, NL) + 1;
  const rowStarts = new Int32Array(lineCount);
  const rowEnds = new Int32Array(lineCount);
  let rowCount = 0;
  const byKey = new KeyIndex(tsv, countOf(tsv, BAR) + lineCount);
  const capitals = new Map<string, number>();
  let lineStart = 0;
  let nextBar = tsv.indexOf(BAR);
  while (lineStart < tsv.length) {
    let lineEnd = tsv.indexOf(NL, lineStart);
    if (lineEnd < 0) lineEnd = tsv.length;
    const keysAt = tsv.lastIndexOf(TAB, lineEnd - 1);
    if (keysAt > lineStart) {
      const id = rowCount++;
      rowStarts[id] = lineStart;
      rowEnds[id] = keysAt;
      // Rows come most populous first, so the first capital read for a country is its seat of government.
      if (tsv[keysAt - 2] === TAB && tsv[keysAt - 1] === 0x43) {
        const iso2 = rowAt(lineStart, keysAt).split('\t')[1] ?? '';
        if (!capitals.has(iso2)) capitals.set(iso2, id);
      }
      let k = keysAt + 1;
      while (k <= lineEnd) {
        if (nextBar >= 0 && nextBar < k) nextBar = tsv.indexOf(BAR, k);
        const bar = nextBar < 0 || nextBar > lineEnd ? lineEnd : nextBar;
        if (bar > k) byKey.add(k, bar, id);
        k = bar + 1;
      }
    }
    lineStart = lineEnd + 1;
  }
  const cache = new Map<number, Place>();
  const placeAt = (id: number): Place => {
    let place = cache.get(id);
    if (place === undefined) {
      const f = rowAt(rowStarts[id] ?? 0, rowEnds[id] ?? 0).split('\t');
      place = {
        id,
        name: f[0] ?? '',
        iso2: f[1] ?? '',
        admin1Code: f[2] ?? '',
        admin2Code: f[3] ?? '',
        lat: Number(f[4]),
        lon: Number(f[5]),
        population: Number(f[6]),
        seat: f[7] ?? '',
      };
      cache.set(id, place);
    }
    return place;
  };
  // The hand table's aliases, with the ids the table gives their keys: few, so kept apart.
  const aliasIds = new Map<string, number[]>();
  const idsOf = (key: string): readonly number[] => aliasIds.get(key) ?? byKey.get(key);
  const placesByKey = (key: string): Place[] => idsOf(key).map(placeAt);
  // Built on the first spelling-variant lookup: indexing 190k more keys would double the load time (measured
  // +250 ms), and a process that never meets a variant spelling need not pay it.
  let byLooseKey: LooseKeyIndex | undefined;
  const placesByLooseKey = (loose: string): Place[] => {
    byLooseKey ??= new LooseKeyIndex(
      tsv,
      rowEnds.map((end) => end + 1),
      rowCount,
    );
    return byLooseKey.get(loose).map(placeAt);
  };

  for (const [alias, canonical, iso2] of PLACE_ALIASES) {
    const target = placesByKey(placeKey(canonical)).find((p) => p.iso2 === iso2);
    if (target !== undefined) {
      const aliasKey = placeKey(alias);
      if (aliasKey === '') continue;
      const ids = [...idsOf(aliasKey)];
      if (!ids.includes(target.id)) ids.push(target.id);
      aliasIds.set(
        aliasKey,
        ids.sort((a, b) => a - b),
      );
    }
  }

  const divisions = parseDivisions(
    typeof divisionsTsv === 'string' ? divisionsTsv : asBytes(divisionsTsv).toString('utf8'),
  );
  const hasDivisions = divisions.length > 0;
  const admin1Names = new Map<string, string>();
  const admin1Points = new Map<string, { lat: number; lon: number }>();
  const admin2Names = new Map<string, string>();
  const dividedCountries = new Set<string>();
  for (const { division: d } of divisions) {
    if (d.level === 2) {
      if (ADMIN1_FROM_ADMIN2.has(d.iso2)) admin2Names.set(`${d.iso2}.${d.code}.${d.admin2Code}`, d.name);
      continue;
    }
    dividedCountries.add(d.iso2);
    admin1Names.set(`${d.iso2}.${d.code}`, d.name);
    if (d.lat !== undefined && d.lon !== undefined)
      admin1Points.set(`${d.iso2}.${d.code}`, { lat: d.lat, lon: d.lon });
  }
  const admin1Name = (iso2: string, code: string): string | null =>
    ADMIN1_NAMES[iso2]?.[code] ?? admin1Names.get(`${iso2}.${code}`) ?? null;
  const admin1ByKey = new Map<string, Division[]>();
  const admin1ByLooseKey = new Map<string, Division[]>();
  const admin2ByKey = new Map<string, Division[]>();
  const index = (map: Map<string, Division[]>, key: string, d: Division): void => {
    const list = map.get(key);
    if (list === undefined) map.set(key, [d]);
    else if (!list.some((x) => x.iso2 === d.iso2 && x.code === d.code && x.admin2Code === d.admin2Code))
      list.push(d);
  };
  for (const { division: d, keys } of divisions) {
    const named: Division = d.level === 1 ? { ...d, name: admin1Name(d.iso2, d.code) ?? d.name } : d;
    for (const key of keys) {
      index(d.level === 1 ? admin1ByKey : admin2ByKey, key, named);
      // Short names have too many loose namesakes to be worth a guess.
      if (d.level === 1 && key.length >= 5) index(admin1ByLooseKey, looseKey(key), named);
    }
  }
  // Built on the first district spelling-variant lookup, as the places' variant index is: most texts need none.
  let admin2ByLooseKey: Map<string, Division[]> | undefined;
  const admin2ByLoose = (loose: string): readonly Division[] => {
    if (admin2ByLooseKey === undefined) {
      const built = new Map<string, Division[]>();
      for (const [key, list] of admin2ByKey) {
        if (key.length < 5) continue;
        for (const d of list) index(built, looseKey(key), d);
      }
      admin2ByLooseKey = built;
    }
    return admin2ByLooseKey.get(loose) ?? [];
  };
  // The hand table's spellings name their divisions too ("Rural Damascus" for GeoNames' "Rif-dimashq").
  for (const [iso2, codes] of Object.entries(ADMIN1_NAMES)) {
    for (const [code, name] of Object.entries(codes)) {
      const point = admin1Points.get(`${iso2}.${code}`);
      const d: Division = { level: 1, iso2, code, admin2Code: '', name, ...point };
      for (const key of divisionKeys(name)) {
        index(admin1ByKey, key, d);
        index(admin1ByLooseKey, looseKey(key), d);
      }
    }
  }

  for (const [alias, iso2, code] of ADMIN1_ALIASES) {
    const named = admin1ByKey
      .get(placeKey(admin1Name(iso2, code) ?? ''))
      ?.find((d) => d.iso2 === iso2 && d.code === code);
    const point = admin1Points.get(`${iso2}.${code}`);
    const d: Division = named ?? {
      level: 1,
      iso2,
      code,
      admin2Code: '',
      name: admin1Name(iso2, code) ?? alias,
      ...point,
    };
    for (const key of divisionKeys(alias)) index(admin1ByKey, key, d);
  }

  const countries = parseCountries();
  const countryByKey = new Map<string, Country>();
  const countryByDemonymKey = new Map<string, Country>();
  const countryByIso2 = new Map<string, Country>();
  for (const country of countries) {
    countryByIso2.set(country.iso2, country);
    for (const name of [country.name, ...country.aliases]) countryByKey.set(placeKey(name), country);
    for (const demonym of country.demonyms) countryByDemonymKey.set(foldName(demonym), country);
  }

  return {
    placesByKey,
    placesByLooseKey,
    countryByName: (text) => countryByKey.get(placeKey(text)),
    countryByDemonym: (text) => countryByDemonymKey.get(foldName(text)),
    countryByIso2: (iso2) => countryByIso2.get(iso2),
    admin1ByKey: (key) => admin1ByKey.get(key) ?? [],
    admin1ByLooseKey: (loose) => admin1ByLooseKey.get(loose) ?? [],
    admin2ByKey: (key) => admin2ByKey.get(key) ?? [],
    admin2ByLooseKey: admin2ByLoose,
    admin1Name,
    admin1Of: ({ iso2, admin1Code, admin2Code }) => {
      const apart = admin2AsAdmin1.get(`${iso2}.${admin1Code}.${admin2Code}`);
      if (apart !== undefined) return apart;
      if (ADMIN1_FROM_ADMIN2.has(iso2)) {
        const district = admin2Names.get(`${iso2}.${admin1Code}.${admin2Code}`);
        if (district !== undefined) return district;
      }
      const name = admin1Name(iso2, admin1Code);
      if (name !== null || dividedCountries.has(iso2) || !hasDivisions) return name;
      return countryByIso2.get(iso2)?.name ?? null;
    },
    hasAdmin1Name: (iso2, code) => ADMIN1_NAMES[iso2]?.[code] !== undefined,
    admin1Seat: (iso2, code) => admin1Points.get(`${iso2}.${code}`),
    capitalOf: (iso2) => {
      const id = capitals.get(iso2);
      return id === undefined ? undefined : placeAt(id);
    },
    placeCount: rowCount,
  };
}

// divisions.tsv rows: level, iso2, admin1 code, admin2 code, GeoNames name, lat, lon (empty when unplaced), keys.
const admin2AsAdmin1 = new Map(
  ADMIN2_AS_ADMIN1.map(([iso2, code, admin2Code, name]) => [`${iso2}.${code}.${admin2Code}`, name]),
);

function parseDivisions(tsv: string): { division: Division; keys: string[] }[] {
  const out: { division: Division; keys: string[] }[] = [];
  for (const line of tsv.split('\n')) {
    const [level, iso2 = '', code = '', admin2Code = '', name = '', lat = '', lon = '', keys = ''] =
      line.split('\t');
    if ((level !== '1' && level !== '2') || keys === '') continue;
    out.push({
      division: {
        level: level === '1' ? 1 : 2,
        iso2,
        code,
        admin2Code,
        // ACLED names Russia's oblasts and krais with their kind ("Moscow Oblast" apart from Moscow).
        name: iso2 === 'RU' && level === '1' ? plainName(name) : divisionName(name),
        ...(lat === '' ? {} : { lat: Number(lat), lon: Number(lon) }),
      },
      keys: keys.split('|'),
    });
  }
  return out;
}

// Row ids by the looseKey of each row's own name (its first key), rows numbered as in loadGazetteer. A slot holds
// only a row id: the loose key is worked out again from the table's bytes to hash and to compare it, so the
// index costs 8 MB where 700k keys kept as strings or bytes took some 50 MB.
class LooseKeyIndex {
  readonly #tsv: Buffer;
  readonly #keyStarts: Int32Array;
  readonly #mask: number;
  readonly #ids: Int32Array;
  readonly #scratch = Buffer.alloc(1024);

  constructor(tsv: Buffer, keyStarts: Int32Array, rowCount: number) {
    this.#tsv = tsv;
    this.#keyStarts = keyStarts;
    let size = 1024;
    while (size < rowCount * 1.5) size *= 2;
    this.#mask = size - 1;
    this.#ids = new Int32Array(size).fill(-1);
    for (let id = 0; id < rowCount; id++) {
      const length = this.#looseOf(id);
      // Short names have too many loose namesakes to be worth a guess.
      if (length === 0) continue;
      let slot = hashBytes(this.#scratch, 0, length) & this.#mask;
      while ((this.#ids[slot] ?? -1) >= 0) slot = (slot + 1) & this.#mask;
      this.#ids[slot] = id;
    }
  }

  /** The ids of rows whose own name has this looseKey, in row order; [] when none. */
  get(loose: string): number[] {
    const found: number[] = [];
    if (loose === '') return found;
    let slot = hashKey(loose) & this.#mask;
    for (;;) {
      const id = this.#ids[slot] ?? -1;
      if (id < 0) break;
      if (this.#looseOf(id) === loose.length && bytesSpell(this.#scratch, 0, loose)) found.push(id);
      slot = (slot + 1) & this.#mask;
    }
    return found.sort((a, b) => a - b);
  }

  // Writes the row's loose key into the scratch buffer, as looseKey() gives it, and returns its length; 0 when
  // the row's own key is shorter than 5.
  #looseOf(id: number): number {
    const tsv = this.#tsv;
    const start = this.#keyStarts[id] ?? 0;
    let end = start;
    while (end < tsv.length && tsv[end] !== BAR && tsv[end] !== NL) end++;
    if (end - start < 5) return 0;
    const out = this.#scratch;
    let length = 0;
    let previous = 0;
    for (let i = start; i < end && length < out.length; i++) {
      const c = tsv[i] ?? 0;
      // A vowel (or y) after a letter or digit goes; a letter repeating the last one kept goes.
      if (i > start && isLooseVowel(c) && isKeyWordChar(tsv[i - 1] ?? 0)) continue;
      if (c === previous && c >= 0x61 && c <= 0x7a) continue;
      out[length++] = c;
      previous = c;
    }
    return length;
  }
}

function isLooseVowel(c: number): boolean {
  return c === 0x61 || c === 0x65 || c === 0x69 || c === 0x6f || c === 0x75 || c === 0x79;
}

function isKeyWordChar(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);
}

/**
 * Row ids by key, where every key is a span of one text: open addressing over typed arrays, with the key's
 * start and length in the text standing for the key. A key may have many ids, given in the order added.
 */
class KeyIndex {
  readonly #text: Uint8Array;
  readonly #mask: number;
  readonly #starts: Int32Array;
  readonly #lengths: Uint16Array;
  readonly #ids: Int32Array;

  /** `capacity`: at least the number of ids to be added; the table is kept under two thirds full. */
  constructor(text: Uint8Array, capacity: number) {
    // Not half full at most: the 700k-row table would take 4M slots (42 MB) instead of 2M.
    let size = 1024;
    while (size < capacity * 1.5) size *= 2;
    this.#text = text;
    this.#mask = size - 1;
    this.#starts = new Int32Array(size).fill(-1);
    this.#lengths = new Uint16Array(size);
    this.#ids = new Int32Array(size);
  }

  /** Adds the id to the key text.slice(start, end), unless the key has it already. */
  add(start: number, end: number, id: number): void {
    const text = this.#text;
    const length = end - start;
    let slot = hashBytes(text, start, end) & this.#mask;
    for (;;) {
      const at = this.#starts[slot] ?? -1;
      if (at < 0) break;
      if (this.#ids[slot] === id && this.#lengths[slot] === length && spansEqual(text, at, start, length))
        return;
      slot = (slot + 1) & this.#mask;
    }
    this.#starts[slot] = start;
    this.#lengths[slot] = length;
    this.#ids[slot] = id;
  }

  /** The ids of a key, in the order they were added; [] when none. */
  get(key: string): number[] {
    const out: number[] = [];
    if (key === '') return out;
    const text = this.#text;
    let slot = hashKey(key) & this.#mask;
    for (;;) {
      const at = this.#starts[slot] ?? -1;
      if (at < 0) return out;
      if (this.#lengths[slot] === key.length && bytesSpell(text, at, key)) out.push(this.#ids[slot] ?? 0);
      slot = (slot + 1) & this.#mask;
    }
  }
}

const NL = 0x0a;
const TAB = 0x09;
const BAR = 0x7c;

// FNV-1a over the bytes text[start..end), and the same over a key's characters: keys are ASCII, one byte each.
function hashBytes(text: Uint8Array, start: number, end: number): number {
  let hash = 0x811c9dc5;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ (text[i] ?? 0), 0x01000193);
  return hash >>> 0;
}

function hashKey(key: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

function spansEqual(text: Uint8Array, a: number, b: number, length: number): boolean {
  for (let i = 0; i < length; i++) if (text[a + i] !== text[b + i]) return false;
  return true;
}

function bytesSpell(text: Uint8Array, at: number, key: string): boolean {
  for (let i = 0; i < key.length; i++) if (text[at + i] !== key.charCodeAt(i)) return false;
  return true;
}

function countOf(bytes: Buffer, byte: number): number {
  let count = 0;
  for (let i = bytes.indexOf(byte); i >= 0; i = bytes.indexOf(byte, i + 1)) count++;
  return count;
}

// Text given as a string (tests' small tables) is encoded; bytes are viewed as they are, without a copy.
function asBytes(content: string | Uint8Array): Buffer {
  if (typeof content === 'string') return Buffer.from(content, 'utf8');
  return Buffer.from(content.buffer, content.byteOffset, content.byteLength);
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
