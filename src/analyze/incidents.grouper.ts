// Groups an article's sentence readings into incidents: the news first, then earlier events told as context
// (background), each dated and placed by its own sentences.
import { distanceKm } from '../core/geo.js';
import type { Incident, IncidentDate } from '../core/incident.js';
import type { DateMention } from './dates.resolver.js';
import type { SentenceReading } from './sentence.reader.js';

/** The sentences that tell one incident: the lead (its first trigger), the members, and the date they give it. */
export interface Group {
  lead: SentenceReading;
  members: SentenceReading[];
  date: { mention: DateMention; from: SentenceReading } | undefined;
  isBackground: boolean;
}

const DAY_MS = 86_400_000;
// A dated event this long before publication is context, not the news (ACLED codes news within weeks).
const BACKGROUND_DAYS = 45;
// How many days before the day it was reported an event coded on that day may have come.
const REPORT_LAG_DAYS = 3;

/** The incidents the readings tell, in the order of the telling. */
export function groupReadings(readings: readonly SentenceReading[], anchor: Date | undefined): Group[] {
  const groups: Group[] = [];
  let current: Group | undefined;
  // Sentences before the first event ("On 8 May, in Petrolina, police dismantled a lab.") set its scene.
  const preamble: SentenceReading[] = [];
  for (const r of readings) {
    const hasEvent = r.cues.length > 0 && !r.isAggregate;
    if (hasEvent) {
      const eventDate = ownDate(r, anchor);
      const news = groups.find((g) => !g.isBackground);
      const isBackground =
        eventDate !== undefined &&
        (isBackgroundDate(eventDate, anchor) ||
          (news?.date !== undefined && current !== undefined && isBeforeNews(eventDate, news.date.mention)));
      const startsNew =
        current === undefined ||
        (eventDate !== undefined &&
          !eventDate.isReportDate &&
          current.date !== undefined &&
          current.date.mention.date.start !== eventDate.date.start) ||
        (isBackground && !current.isBackground) ||
        (current.isBackground && eventDate !== undefined && !isBackground);
      if (startsNew) {
        current = {
          lead: r,
          members: [r],
          date: eventDate === undefined ? undefined : { mention: eventDate, from: r },
          isBackground,
        };
        if (groups.length === 0 && !isBackground) {
          for (const p of preamble) {
            if (current.date !== undefined) break;
            const pDate = p.eventDate;
            if (pDate !== undefined) current.date = { mention: pDate, from: p };
          }
          current.members.unshift(...preamble);
        }
        groups.push(current);
        continue;
      }
    }
    if (current === undefined) {
      if (!r.isAggregate) preamble.push(r);
      continue;
    }
    if (r.isAggregate) continue;
    const eventDate = ownDate(r, anchor);
    // An elaborating sentence joins the incident told last, unless it carries a different date of its own.
    if (
      eventDate !== undefined &&
      current.date !== undefined &&
      eventDate.date.start !== current.date.mention.date.start &&
      !eventDate.isReportDate
    )
      continue;
    current.members.push(r);
    if (current.date === undefined && eventDate !== undefined) current.date = { mention: eventDate, from: r };
  }
  // Background is context told beside the news; a report whose every event is dated in the past has no news to
  // put it beside, so its first event is what it reports (a late report, or a date the writer got wrong).
  const [first] = groups;
  if (first !== undefined && groups.every((g) => g.isBackground)) first.isBackground = false;
  return groups;
}

// "Since the group's 2017 New Year's attack", "the 2019 offensive": a past year naming the trigger dates it.
const YEAR = /(?<![\d/.:-])\b(?:19|20)\d\d\b(?![\d/:-])/g;
const MODIFIER_GAP = /^\s+(?:[\w'’-]+\s+){0,3}$/;
// "Earlier this month", "last week", "two days ago": a span told as before the news, not ending with it.
const RETROSPECTIVE = /\b(?:earlier|last|previous(?:ly)?|ago|before)\b/i;

/**
 * The date a sentence gives its own event: its first dated mention, or a year before publication that names
 * its trigger ("the 2017 attack on a nightclub", read as that year: a past event told as context).
 */
function ownDate(r: SentenceReading, anchor: Date | undefined): DateMention | undefined {
  const mention = r.eventDate;
  if (mention !== undefined || anchor === undefined) return mention;
  const text = r.sentence.text;
  for (const m of text.matchAll(YEAR)) {
    const year = Number(m[0]);
    if (year >= anchor.getUTCFullYear()) continue;
    const end = m.index + m[0].length;
    if (r.cues.some((c) => c.start >= end && MODIFIER_GAP.test(text.slice(end, c.start)))) {
      return {
        date: { start: `${year}-01-01`, end: `${year}-12-31`, precision: 3 },
        text: m[0],
        isAggregate: false,
        isReportDate: false,
      };
    }
  }
  return undefined;
}

/**
 * True when a later sentence dates its event before the news it follows: a span that ends before the news
 * began, or one the text marks as earlier ("earlier this month" read up to publication day). A precise day
 * before the news told plainly ("on Monday, gunmen also attacked...") stays news: ACLED codes it too.
 */
function isBeforeNews(mention: DateMention, news: DateMention): boolean {
  const { start, end, precision } = mention.date;
  const newsStart = news.date.start;
  if (start === null || newsStart === null || mention.isReportDate) return false;
  const isRetrospective = RETROSPECTIVE.test(mention.text);
  if (end !== null && end < newsStart && (precision > 1 || isRetrospective)) return true;
  return start < newsStart && isRetrospective;
}

function isBackgroundDate(mention: DateMention, anchor: Date | undefined): boolean {
  if (anchor === undefined || mention.date.end === null) return false;
  if (Number(mention.date.end.slice(0, 4)) < anchor.getUTCFullYear() && mention.date.precision === 3)
    return true;
  return Date.parse(mention.date.end) < anchor.getTime() - BACKGROUND_DAYS * DAY_MS;
}

// Report distances within which two tellings may place one event (ACLED's town radius).
const SAME_PLACE_KM = 25;

/**
 * True when two news incidents of one article are the same event told twice: the same event type, dates that
 * overlap, places within 25 km (or one inside the other's province or country), and a named acting side in
 * common where both name one.
 */
export function isSameEvent(a: Incident, b: Incident): boolean {
  if (a.eventType !== b.eventType || !isOverlap(a.date, b.date)) return false;
  if (a.location !== null && b.location !== null) {
    const [fine, coarse] =
      a.location.precision <= b.location.precision ? [a.location, b.location] : [b.location, a.location];
    const isNear = distanceKm(fine.lat, fine.lon, coarse.lat, coarse.lon) <= SAME_PLACE_KM;
    const isInside =
      fine.precision < coarse.precision &&
      fine.iso3 === coarse.iso3 &&
      (coarse.admin1 === null || coarse.admin1 === fine.admin1);
    if (!isNear && !isInside) return false;
  }
  const named = (i: Incident): string[] =>
    i.actors
      .filter((x) => x.role === 'perpetrator' && x.kind !== 'civilians' && !x.name.startsWith('Unidentified'))
      .map((x) => x.name);
  const [ofA, ofB] = [named(a), named(b)];
  return ofA.length === 0 || ofB.length === 0 || ofA.some((name) => ofB.includes(name));
}

/**
 * The first telling of an event with what a second telling adds: a more precise date within the first's
 * ("said on Thursday" bounds the event, "before dawn on Wednesday" dates it), a count or an acting side the
 * first lacks, and its sources. The first telling's place, type and sides stand: later sentences often tell a
 * reply or an aside beside the event ("the army responded by shelling a nearby town").
 */
export function mergeTellings(first: Incident, again: Incident): Omit<Incident, 'summary'> {
  const evidence = [...first.evidence];
  const take = (field: string): void => {
    evidence.push(...again.evidence.filter((e) => e.field === field));
  };
  let date = first.date;
  if (again.date.precision < first.date.precision && isWithin(again.date, first.date)) {
    date = again.date;
    take('date');
  }
  let fatalities = first.fatalities;
  if ((fatalities === null || fatalities === 0) && again.fatalities !== null && again.fatalities > 0) {
    fatalities = again.fatalities;
    take('fatalities');
  }
  let actors = first.actors;
  const isNamed = (a: Incident['actors'][number]): boolean =>
    a.role === 'perpetrator' && !a.name.startsWith('Unidentified');
  if (!actors.some(isNamed) && again.actors.some(isNamed)) {
    actors = [...again.actors.filter(isNamed), ...actors.filter((a) => a.role !== 'perpetrator')];
    take('actors');
  }
  let location = first.location;
  if (location === null && again.location !== null) {
    location = again.location;
    take('location');
  }
  const sources = [...first.sources];
  for (const source of again.sources) if (!sources.some((x) => x.name === source.name)) sources.push(source);
  take('sources');
  const seen = new Set<string>();
  return {
    ...first,
    date,
    location,
    actors,
    fatalities,
    sources,
    evidence: evidence.filter((e) => {
      const key = `${e.field}\u0000${e.text}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    }),
  };
}

function isOverlap(a: IncidentDate, b: IncidentDate): boolean {
  const [wa, wb] = [widened(a), widened(b)];
  if (wa.start === null || wb.start === null) return true;
  return wa.start <= (wb.end ?? wb.start) && wb.start <= (wa.end ?? wa.start);
}

function isWithin(inner: IncidentDate, outer: IncidentDate): boolean {
  const wide = widened(outer);
  if (inner.start === null || wide.start === null) return false;
  return wide.start <= inner.start && (inner.end ?? inner.start) <= (wide.end ?? wide.start);
}

/**
 * A day coded with precision 2 or 3 is often the day the event was reported ("a military official said on
 * Friday"): the event came on it or in the days before, so another telling dated up to three days earlier fits.
 */
function widened(date: IncidentDate): IncidentDate {
  if (date.start === null || date.precision < 2) return date;
  const start = new Date(`${date.start}T00:00:00Z`);
  start.setUTCDate(start.getUTCDate() - REPORT_LAG_DAYS);
  return { ...date, start: start.toISOString().slice(0, 10), end: date.end ?? date.start };
}
