// Helpers for bench/analyze.bench.ts: a small RFC 4180 CSV reader and the comparison of an Incident with an
// ACLED row (the first non-background incident is the one compared; no incident is wrong for every field).
import { acledSides } from '../src/core/acled-sides.js';
import type { Incident } from '../src/core/incident.js';
import { distanceKm, type Gazetteer } from '../src/analyze/gazetteer.js';
import { looseKey, placeKey } from '../src/analyze/names.normalizer.js';

/** Parses RFC 4180 CSV (quoted fields, doubled quotes, CRLF or LF) into rows of strings. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c !== '"') field += c;
      else if (text[i + 1] === '"') {
        field += '"';
        i++;
      } else quoted = false;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else if (c !== '\r') field += c;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** One ACLED event as the bench reads it. */
export interface AcledRow {
  eventDate: string;
  published: string;
  notes: string;
  fields: Readonly<Record<string, string>>;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** Rows of an ACLED export keyed by column name; event_date "9-May-20" becomes 2020-05-09, published two days on. */
export function readAcledRows(csv: string): AcledRow[] {
  const [header, ...rows] = parseCsv(csv);
  if (header === undefined) return [];
  return rows
    .filter((r) => r.length === header.length)
    .map((r) => {
      const fields = Object.fromEntries(header.map((name, i) => [name, r[i] ?? '']));
      const [day = '', month = '', year = ''] = (fields.event_date ?? '').split('-');
      const monthNo = MONTHS.indexOf(month.toLowerCase()) + 1;
      const eventDate = `${year.length === 2 ? `20${year}` : year}-${String(monthNo).padStart(2, '0')}-${day.padStart(2, '0')}`;
      const published = new Date(Date.parse(eventDate) + 2 * 86_400_000).toISOString().slice(0, 10);
      return { eventDate, published, notes: fields.notes ?? '', fields };
    });
}

const INTER_CODES: Readonly<Record<string, number>> = {
  state: 1,
  rebel: 2,
  'political militia': 3,
  'identity militia': 4,
  rioters: 5,
  protesters: 6,
  civilians: 7,
  external: 8,
  other: 8,
};

// ACLED dates a state's forces by government ("(2017-)") and spells names with or without hyphens.
function actorKey(name: string): string {
  return name
    .replace(/\([^)]*\)/g, ' ')
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Alias-aware actor equality: the same name once dates and punctuation are gone, or one a word-prefix of the other. */
export function isSameActor(predicted: string, acled: string): boolean {
  const a = actorKey(predicted);
  const b = actorKey(acled);
  if (a === '' || b === '') return a === b;
  return a === b || b.startsWith(`${a} `) || a.startsWith(`${b} `);
}

/** ACLED's actor1 and actor2 as the ACLED export gives them (the first actor of each side). */
export function acledActors(
  incident: Incident,
): [Incident['actors'][number] | undefined, Incident['actors'][number] | undefined] {
  const { side1, side2 } = acledSides(incident);
  return [side1[0], side2[0]];
}

/**
 * The compared fields, in the order the table prints them, with issue 10's targets for the check half in %
 * (null: no target).
 */
export const FIELDS = [
  ['event_type', 92],
  ['sub_event_type', 88],
  ['country', 97],
  ['admin1', 88],
  ['location_25km', 78],
  ['event_date', 95],
  ['time_precision', null],
  ['fatalities', 92],
  ['inter1', 85],
  ['inter2', null],
  ['actor1', null],
] as const;
export type Field = (typeof FIELDS)[number][0];

/** The last event date of the tune half: misses are looked at there, changes judged on the rest. */
export const TUNE_UNTIL = '2020-04-30';

/** The half a row falls in, by its event date. */
export function acledSplit(row: Pick<AcledRow, 'eventDate'>): 'tune' | 'check' {
  return row.eventDate <= TUNE_UNTIL ? 'tune' : 'check';
}

// ACLED exports write a side with no actor as inter code 0 (older exports leave it empty); sitrep has no actor there.
function acledInter(code: string | undefined): string {
  const trimmed = (code ?? '').trim();
  return trimmed === '0' ? '' : trimmed;
}

/** Which fields the incident gets right for this row. */
export function scoreRow(row: AcledRow, incident: Incident | undefined): Record<Field, boolean> {
  const f = row.fields;
  if (incident === undefined) {
    return Object.fromEntries(FIELDS.map(([name]) => [name, false])) as Record<Field, boolean>;
  }
  const [actor1, actor2] = acledActors(incident);
  const loc = incident.location;
  const lat = Number(f.latitude);
  const lon = Number(f.longitude);
  return {
    event_type: incident.eventType === f.event_type,
    sub_event_type: incident.subEventType === f.sub_event_type,
    country: loc?.country === f.country,
    admin1: (loc?.admin1 ?? '').toLowerCase() === (f.admin1 ?? '').toLowerCase(),
    location_25km: loc !== null && distanceKm(loc.lat, loc.lon, lat, lon) <= 25,
    event_date: incident.date.start === row.eventDate,
    time_precision: String(incident.date.precision) === f.time_precision,
    fatalities: incident.fatalities === Number(f.fatalities),
    inter1: String(actor1 === undefined ? '' : INTER_CODES[actor1.kind]) === acledInter(f.inter1),
    inter2: String(actor2 === undefined ? '' : INTER_CODES[actor2.kind]) === acledInter(f.inter2),
    actor1: actor1 !== undefined && isSameActor(actor1.name, f.actor1 ?? ''),
  };
}

/**
 * Whether the gazetteer could place this row within 25 km at all: some name run in the note (a town, or a
 * district or province with a seat) lies within 25 km of ACLED's point. The share of such rows bounds what
 * any reading of the text could score on location_25km with this gazetteer.
 */
export function isReachable(row: AcledRow, gazetteer: Gazetteer): boolean {
  const lat = Number(row.fields.latitude);
  const lon = Number(row.fields.longitude);
  const near = (p: { lat?: number; lon?: number }): boolean =>
    p.lat !== undefined && p.lon !== undefined && distanceKm(p.lat, p.lon, lat, lon) <= 25;
  const runs = row.notes.match(/\p{Lu}[\p{L}'’-]*(?:\s+(?:\p{Lu}[\p{L}'’-]*|al|el|de|del|los|e))*/gu) ?? [];
  for (const run of runs) {
    const words = run.split(/\s+/);
    for (let i = 0; i < words.length; i++) {
      for (let j = i + 1; j <= words.length; j++) {
        const key = placeKey(words.slice(i, j).join(' '));
        if (key.length < 3) continue;
        const places = [...gazetteer.placesByKey(key), ...gazetteer.placesByLooseKey(looseKey(key))];
        const divisions = [...gazetteer.admin1ByKey(key), ...gazetteer.admin2ByKey(key)];
        if (places.some(near) || divisions.some(near)) return true;
      }
    }
  }
  return false;
}
