// Groups an article's sentence readings into incidents: the news first, then earlier events told as context
// (background), each dated and placed by its own sentences.
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
