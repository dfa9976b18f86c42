// Publication dates to ISO 8601, keeping the offset a page states rather than converting to UTC.
// The English parsers only: the package's root loads all 16 locales (about 150 ms at every start), and its
// `parse` is English's casual parser anyway.
import * as chrono from 'chrono-node/en';

const ISO_LIKE =
  /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?)\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;

const pad = (value: number, width = 2): string => String(value).padStart(width, '0');

function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/**
 * Normalises a machine date (ISO 8601, possibly with a space for "T" or "+0200" offsets) as written;
 * returns undefined when the value is not ISO-like.
 *
 * @example normalizeIsoDate('2016-01-08 10:42:00+0200') // '2016-01-08T10:42:00+02:00'
 */
export function normalizeIsoDate(value: string): string | undefined {
  const match = ISO_LIKE.exec(value.trim());
  if (match === null) return undefined;
  const [, day, time, zone] = match;
  if (day === undefined) return undefined;
  if (time === undefined) return day;
  let offset = '';
  if (zone !== undefined) {
    if (zone.toUpperCase() === 'Z') offset = 'Z';
    else {
      const digits = zone.replace(':', '');
      offset = `${digits.slice(0, 3)}:${digits.slice(3, 5) || '00'}`;
    }
  }
  return `${day}T${time.replace(',', '.')}${offset}`;
}

/** Where a human-written date was found within a text: its span and its ISO form. */
export interface FoundDate {
  readonly iso: string;
  readonly index: number;
  readonly length: number;
}

/**
 * Finds the first human-written date with a stated year ("Jan 08, 2016 10:42 AM") in a text. The time and
 * offset are kept only when the text states them, so "8 January 2016" gives "2016-01-08".
 */
export function findHumanDate(text: string): FoundDate | undefined {
  for (const result of chrono.parse(text)) {
    const start = result.start;
    if (!start.isCertain('year') || !start.isCertain('month') || !start.isCertain('day')) continue;
    const day = `${pad(start.get('year') ?? 0, 4)}-${pad(start.get('month') ?? 1)}-${pad(start.get('day') ?? 1)}`;
    let iso = day;
    if (start.isCertain('hour')) {
      iso += `T${pad(start.get('hour') ?? 0)}:${pad(start.get('minute') ?? 0)}:${pad(start.get('second') ?? 0)}`;
      if (start.isCertain('timezoneOffset')) iso += formatOffset(start.get('timezoneOffset') ?? 0);
    }
    return { iso, index: result.index, length: result.text.length };
  }
  return undefined;
}

/** ISO 8601 for any date a page states, machine or human; undefined when none can be read. */
export function normalizeDate(value: string): string | undefined {
  const trimmed = value.trim();
  if (trimmed === '') return undefined;
  return normalizeIsoDate(trimmed) ?? findHumanDate(trimmed.slice(0, 200))?.iso;
}
