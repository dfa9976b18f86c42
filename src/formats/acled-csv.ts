// Incidents as CSV with ACLED's column names, so ACLED-trained tools and spreadsheets read them unchanged.
import { interCode } from '../core/acled.js';
import { acledSides } from '../core/acled-sides.js';
import type { Incident, IncidentActor } from '../core/incident.js';

export const ACLED_COLUMNS = [
  'event_date',
  'time_precision',
  'event_type',
  'sub_event_type',
  'actor1',
  'assoc_actor_1',
  'inter1',
  'actor2',
  'assoc_actor_2',
  'inter2',
  'country',
  'admin1',
  'location',
  'latitude',
  'longitude',
  'geo_precision',
  'source',
  'fatalities',
  'notes',
] as const;

/** The CSV header line (no trailing newline). */
export function acledCsvHeader(): string {
  return ACLED_COLUMNS.join(',');
}

/**
 * One CSV line for an incident: actor1/actor2 are the first actor of each ACLED side; further actors on each
 * side go to assoc_actor_* joined by "; " as ACLED does.
 */
export function acledCsvRow(incident: Incident): string {
  const { side1: first, side2 } = acledSides(incident);
  const loc = incident.location;
  const values: Record<(typeof ACLED_COLUMNS)[number], string | number | null> = {
    event_date: incident.date.start,
    time_precision: incident.date.precision,
    event_type: incident.eventType,
    sub_event_type: incident.subEventType,
    actor1: first[0]?.name ?? null,
    assoc_actor_1: names(first.slice(1)),
    inter1: first[0] ? interCode(first[0].kind) : null,
    actor2: side2[0]?.name ?? null,
    assoc_actor_2: names(side2.slice(1)),
    inter2: side2[0] ? interCode(side2[0].kind) : null,
    country: loc?.country ?? null,
    admin1: loc?.admin1 ?? null,
    location: loc?.name ?? null,
    latitude: loc ? round(loc.lat) : null,
    longitude: loc ? round(loc.lon) : null,
    geo_precision: loc?.precision ?? null,
    source: incident.sources.map((s) => s.name).join('; '),
    fatalities: incident.fatalities ?? 0,
    notes: incident.summary,
  };
  return ACLED_COLUMNS.map((column) => csvField(values[column])).join(',');
}

function names(actors: IncidentActor[]): string | null {
  return actors.length > 0 ? actors.map((a) => a.name).join('; ') : null;
}

function round(n: number): number {
  return Math.round(n * 10_000) / 10_000;
}

/** RFC 4180 quoting; a leading formula character is prefixed with ' so spreadsheets do not execute it. */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
