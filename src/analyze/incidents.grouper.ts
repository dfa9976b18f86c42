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
      const eventDate = r.eventDate;
      const isBackground = eventDate !== undefined && isBackgroundDate(eventDate, anchor);
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
    const eventDate = r.eventDate;
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

function isBackgroundDate(mention: DateMention, anchor: Date | undefined): boolean {
  if (anchor === undefined || mention.date.end === null) return false;
  if (Number(mention.date.end.slice(0, 4)) < anchor.getUTCFullYear() && mention.date.precision === 3)
    return true;
  return Date.parse(mention.date.end) < anchor.getTime() - BACKGROUND_DAYS * DAY_MS;
}
