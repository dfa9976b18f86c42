// Reads event dates out of a sentence, anchored on the publication date: chrono-node for calendar and weekday
// expressions, plus rules for years, "last year", "earlier this month" and aggregates ("since 2014").
// The English parsers only: the package's root loads all 16 locales (about 150 ms at every start), and its
// `parse` is English's casual parser anyway.
import * as chrono from 'chrono-node/en';
import type { IncidentDate } from '../core/incident.js';

/** A date expression found in a sentence. */
export interface DateMention {
  date: IncidentDate;
  text: string;
  /** True when the expression is a span leading up to now ("since 2014", "over the past two years"). */
  isAggregate: boolean;
  /** True when the date is when something was reported, not when it happened ("reported on Thursday"). */
  isReportDate: boolean;
}

const DAY_MS = 86_400_000;
const REPORT_VERB =
  /\b(?:report(?:ed|s)?|sa(?:id|ys)|told|announced|claimed|stated|confirmed|published|posted|tweeted)\s*$/i;
const TIME_OF_DAY_OF =
  /\b(?:(?:early|late) )?(?:morning|afternoon|evening|night|dawn|dusk|midday|hours) of(?= (?:the )?\d|\s+(?:mon|tue|wed|thu|fri|sat|sun)\w*day\b)/gi;
const EVENT_RELATIVE = /\b(?:later|after|afterwards|before|earlier)\s*$/i;
// "Around 28 April", "on 28 April (or around)": a hedged day, which ACLED codes with precision 2.
const HEDGE_BEFORE =
  /\b(?:around|about|approximately|circa|roughly|sometime|some time|(?:in|during) the week of)\s+(?:on\s+)?$/i;
const HEDGE_AFTER =
  /^[\s,(]*(?:or (?:around|about|thereabouts|so)|or (?:the )?(?:day|night) (?:before|after))\b/i;
// A body found on a day tells when it was found, not when the person died: ACLED codes precision 2.
const FOUND_BODY =
  /\b(?:found|discovered|recovered|retrieved)\s+(?:\w+\s+){0,2}?(?:dead|bod(?:y|ies)|corpses?|remains)\b|\b(?:bod(?:y|ies)|corpses?|remains)\b[^.;]{0,100}?\b(?:was|were|had been|have been|has been)\s+(?:\w+\s+)?(?:found|discovered|recovered|retrieved)\b/i;
// "Between 1 and 3 September", "between Monday and Wednesday": chrono reads only the second date, so the
// span is rewritten as "1  to 3 September" (same length, so indices into the sentence still hold).
const MONTH_NAME =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const WEEKDAY_NAME = '(?:mon|tues|wednes|thurs|fri|satur|sun)day';
const DAY_NUMBER = '\\d{1,2}(?:st|nd|rd|th)?';
const BETWEEN_DATES = new RegExp(
  `\\bbetween(\\s+(?:${WEEKDAY_NAME}|${DAY_NUMBER}(?:\\s+(?:of\\s+)?${MONTH_NAME})?|${MONTH_NAME}\\s+${DAY_NUMBER}))(\\s+and\\s+)(?=(?:${WEEKDAY_NAME}|${DAY_NUMBER}\\s+(?:of\\s+)?${MONTH_NAME}|${MONTH_NAME}\\s+${DAY_NUMBER})\\b)`,
  'gi',
);
const SEASONS: Record<string, readonly [number, number]> = {
  spring: [3, 5],
  summer: [6, 8],
  autumn: [9, 11],
  fall: [9, 11],
  winter: [12, 14],
};

/** Parses an ISO date or datetime into a UTC midnight Date, or undefined when it is not a date. */
export function parseAnchor(value: string | null | undefined): Date | undefined {
  if (value === null || value === undefined) return undefined;
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim());
  if (match === null) return undefined;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** YYYY-MM-DD of a Date in UTC. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * Date mentions in one sentence, never later than the anchor (the publication day). Precision follows ACLED:
 * 1 a day, 2 a few days or a week, 3 a month or longer. Without an anchor only absolute dates are read.
 */
export function readDates(sentence: string, anchor: Date | undefined): DateMention[] {
  const { mentions: out, taken } = readPeriods(sentence, anchor);
  const take = takeSpans(taken);
  if (anchor === undefined) return out.concat(readCalendar(sentence, undefined, take));

  for (const m of sentence.matchAll(
    /\b(last|this|earlier this|late last|earlier last|previous) (year|month|week)\b/gi,
  )) {
    if (!take(m.index, m.index + m[0].length)) continue;
    const which = (m[1] ?? '').toLowerCase();
    const unit = (m[2] ?? '').toLowerCase();
    const isPrevious = which.includes('last') || which === 'previous';
    out.push({
      date: relativeSpan(anchor, unit, isPrevious),
      text: m[0],
      isAggregate: false,
      isReportDate: false,
    });
  }
  return out.concat(readCalendar(sentence, anchor, take));
}

/**
 * True when the sentence names a span leading up to now ("since 2014", "over the past two years"): the
 * aggregates among readDates' mentions, read without chrono-node, which finds none.
 */
export function hasAggregateDate(sentence: string, anchor: Date | undefined): boolean {
  return readPeriods(sentence, anchor).mentions.some((m) => m.isAggregate);
}

// Years, seasons and spans of years or months, read first: later readers skip the characters they cover.
function readPeriods(
  sentence: string,
  anchor: Date | undefined,
): { mentions: DateMention[]; taken: [number, number][] } {
  const out: DateMention[] = [];
  const taken: [number, number][] = [];
  const take = takeSpans(taken);

  for (const m of sentence.matchAll(
    /\b(since|over the (?:past|last) (?:\w+ )?(?:years?|months?|decades?)|in the past|for years|(?:in|during|by)(?: the)?(?: (spring|summer|autumn|fall|winter) of)?|(?:early|mid|late)-?)\s*((?:19|20)\d\d)\b(?![-/]\d)/gi,
  )) {
    const lead = (m[1] ?? '').toLowerCase();
    const year = Number(m[3]);
    if (anchor !== undefined && year > anchor.getUTCFullYear()) continue;
    if (!take(m.index, m.index + m[0].length)) continue;
    const season = SEASONS[(m[2] ?? '').toLowerCase()];
    const start = season === undefined ? `${year}-01-01` : isoDay(new Date(Date.UTC(year, season[0] - 1, 1)));
    const end = season === undefined ? `${year}-12-31` : isoDay(new Date(Date.UTC(year, season[1], 0)));
    out.push({
      date: clamp({ start, end, precision: 3 }, anchor),
      text: m[0],
      isAggregate:
        lead === 'since' || lead.startsWith('over') || lead === 'in the past' || lead === 'for years',
      isReportDate: false,
    });
  }
  for (const m of sentence.matchAll(
    /\b(?:over|in|during|for) the (?:past|last) (?:few |several |\w+ )?(?:years?|months?|decades?|weeks)\b|\bin the past\b|\bin recent (?:years|months)\b/gi,
  )) {
    if (!take(m.index, m.index + m[0].length)) continue;
    out.push({
      date: { start: null, end: null, precision: 3 },
      text: m[0],
      isAggregate: true,
      isReportDate: false,
    });
  }
  return { mentions: out, taken };
}

// Claims character spans: false when a span overlaps one claimed before.
function takeSpans(taken: [number, number][]): (start: number, end: number) => boolean {
  return (start, end) => {
    if (taken.some(([s, e]) => start < e && end > s)) return false;
    taken.push([start, end]);
    return true;
  };
}

function relativeSpan(anchor: Date, unit: string, isPrevious: boolean): IncidentDate {
  const y = anchor.getUTCFullYear();
  const mo = anchor.getUTCMonth();
  if (unit === 'year') {
    const year = isPrevious ? y - 1 : y;
    return clamp({ start: `${year}-01-01`, end: `${year}-12-31`, precision: 3 }, anchor);
  }
  if (unit === 'month') {
    const first = new Date(Date.UTC(y, isPrevious ? mo - 1 : mo, 1));
    const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0));
    return clamp({ start: isoDay(first), end: isoDay(last), precision: 3 }, anchor);
  }
  const back = isPrevious ? 7 : 0;
  const dow = (anchor.getUTCDay() + 6) % 7;
  const monday = new Date(anchor.getTime() - (dow + back) * DAY_MS);
  return clamp(
    { start: isoDay(monday), end: isoDay(new Date(monday.getTime() + 6 * DAY_MS)), precision: 2 },
    anchor,
  );
}

function readCalendar(
  sentence: string,
  anchor: Date | undefined,
  take: (start: number, end: number) => boolean,
): DateMention[] {
  const out: DateMention[] = [];
  const reference = anchor ?? new Date(Date.UTC(2000, 0, 1));
  let results: chrono.ParsedResult[];
  // chrono reads "the morning of 15 October" as a bare time of day and drops the date it names.
  const text = sentence
    .replace(TIME_OF_DAY_OF, (m) => ' '.repeat(m.length))
    .replace(
      BETWEEN_DATES,
      (_m, first: string, and: string) => `${' '.repeat(7)}${first}${' '.repeat(and.length - 3)}to `,
    );
  try {
    results = chrono.parse(text, { instant: reference, timezone: 0 }, { forwardDate: false });
  } catch {
    return out;
  }
  for (const r of results) {
    // "ten minutes later", "two days after": relative to the event told before, not to publication.
    if (EVENT_RELATIVE.test(r.text)) continue;
    if (!take(r.index, r.index + r.text.length)) continue;
    // "banned the march", "may be": month names are capitalised, and without a day or year these are words.
    if (/\b(?:march|may)\b/.test(r.text) && !/\d/.test(r.text)) continue;
    const known = r.start;
    const hasDay = known.isCertain('day');
    const hasWeekday = known.isCertain('weekday');
    const hasMonth = known.isCertain('month');
    const hasYear = known.isCertain('year');
    // Relative words chrono reads as "now" or as times of day say nothing about the event's date.
    if (!hasDay && !hasWeekday && !hasMonth && !hasYear) continue;
    if (anchor === undefined && !hasYear) continue;
    let start = known.date();
    if (anchor !== undefined && start.getTime() > anchor.getTime() + DAY_MS - 1) {
      if (hasWeekday && !hasDay) start = new Date(start.getTime() - 7 * DAY_MS);
      else if (!hasYear)
        start = new Date(Date.UTC(start.getUTCFullYear() - 1, start.getUTCMonth(), start.getUTCDate()));
      else continue;
    }
    let date: IncidentDate;
    if (hasDay || hasWeekday) {
      const end = r.end?.date();
      date = {
        start: isoDay(start),
        end: end !== undefined && end.getTime() > start.getTime() ? isoDay(end) : isoDay(start),
        precision: 1,
      };
      if (date.end !== date.start) date.precision = 2;
    } else if (hasMonth) {
      const first = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), 1));
      const last = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 0));
      date = { start: isoDay(first), end: isoDay(last), precision: 3 };
    } else {
      const year = start.getUTCFullYear();
      date = { start: `${year}-01-01`, end: `${year}-12-31`, precision: 3 };
    }
    if (/\bweekend\b/i.test(r.text) && date.precision === 1 && date.start !== null) {
      // chrono reads "the weekend" as its Saturday: ACLED codes the two days with precision 2.
      const day = new Date(Date.parse(date.start));
      const saturday = day.getUTCDay() === 0 ? new Date(day.getTime() - DAY_MS) : day;
      date = { start: isoDay(saturday), end: isoDay(new Date(saturday.getTime() + DAY_MS)), precision: 2 };
    }
    const isReportDate = REPORT_VERB.test(sentence.slice(Math.max(0, r.index - 40), r.index));
    if (
      date.precision === 1 &&
      (HEDGE_BEFORE.test(sentence.slice(Math.max(0, r.index - 30), r.index)) ||
        HEDGE_AFTER.test(sentence.slice(r.index + r.text.length, r.index + r.text.length + 30)) ||
        FOUND_BODY.test(sentence))
    )
      date = { ...date, precision: 2 };
    if (isReportDate && date.precision === 1 && date.start !== null) {
      // An event known only by the day it was reported: ACLED codes the report's date with precision 2
      // (the event happened that day or in the days before).
      date = { ...date, precision: 2 };
    }
    const said = sentence.slice(r.index, r.index + r.text.length);
    out.push({ date: clamp(date, anchor), text: said, isAggregate: false, isReportDate });
  }
  return out;
}

function clamp(date: IncidentDate, anchor: Date | undefined): IncidentDate {
  if (anchor === undefined) return date;
  const limit = isoDay(anchor);
  return {
    start: date.start !== null && date.start > limit ? limit : date.start,
    end: date.end !== null && date.end > limit ? limit : date.end,
    precision: date.precision,
  };
}
