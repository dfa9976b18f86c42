// One sentence as the assembler reads it, cue first: sources and trigger cues at once (they decide whether the
// article tells any event), the costly readers (actors, places, chrono-node dates, fatalities) on first use only.
import { readActors, type ActorMention } from './actors.reader.js';
import { hasAggregateDate, readDates, type DateMention } from './dates.resolver.js';
import { findCues, type CueHit } from './event-type.classifier.js';
import { AGGREGATE } from './event-type.lexicon.js';
import { readFatalities, type FatalityCount } from './fatalities.reader.js';
import { refineCues } from './news-cues.refiner.js';
import type { Gazetteer } from './gazetteer.js';
import { readPlaces, type PlaceMention } from './places.reader.js';
import type { Sentence } from './sentences.splitter.js';
import { readSources, type SourceMention } from './sources.reader.js';

// Sentences without any of these name no date, so chrono-node (the costliest reader) is not asked.
const DATE_WORDS =
  /\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|yesterday|today|tonight|last|ago|earlier|previous|past|week|month|year)/i;

// The phrase a sentence opens on, up to its first comma ("In 2019,", "On Monday, 3 May,"): a date in it frames
// the main clause.
const OPENING = /^[^,;:]{0,40}[,;:]/;
// Spans leading up to now, as the aggregate words and date readers name them ("since 2014", "in recent months").
const SPAN = /^(?:since|in recent|over the|in the past)\b/i;

/**
 * The readings of one sentence. Each reader runs at most once, and only when the assembler asks for its result:
 * only about 3 % of the sentences of news pages carry a trigger cue, and an article without one tells no event
 * and needs no other reading. Results are those of reading everything at once.
 */
export class SentenceReading {
  readonly sentence: Sentence;
  /** Cited sources; their spans are masked before cues, actors and places are read. */
  readonly sources: readonly SourceMention[];
  /** Trigger cues, read on the masked text. */
  readonly cues: readonly CueHit[];
  readonly #anchor: Date | undefined;
  readonly #gazetteer: Gazetteer;
  readonly #masked: string;
  #actors: ActorMention[] | undefined;
  #places: PlaceMention[] | undefined;
  #dates: DateMention[] | undefined;
  #isAggregate: boolean | undefined;
  #fatalities: { count: FatalityCount | undefined } | undefined;

  constructor(sentence: Sentence, anchor: Date | undefined, publisher: string | null, gazetteer: Gazetteer) {
    this.sentence = sentence;
    this.#anchor = anchor;
    this.#gazetteer = gazetteer;
    this.sources = readSources(sentence.text, publisher);
    this.#masked = mask(sentence.text, this.sources);
    this.cues = refineCues(this.#masked, findCues(this.#masked));
  }

  /** Actors named in the sentence (sources masked). */
  get actors(): readonly ActorMention[] {
    this.#actors ??= readActors(this.#masked, this.#gazetteer);
    return this.#actors;
  }

  /** Places named in the sentence, with sources and named actors ("military forces of Armenia") masked. */
  get places(): readonly PlaceMention[] {
    this.#places ??= readPlaces(
      mask(
        this.#masked,
        this.actors.filter((a) => !a.isGeneric || a.namesCountry === true),
      ),
      this.#gazetteer,
    );
    return this.#places;
  }

  /** Date mentions, anchored on publication. */
  get dates(): readonly DateMention[] {
    const text = this.sentence.text;
    this.#dates ??= DATE_WORDS.test(text) ? readDates(text, this.#anchor) : [];
    return this.#dates;
  }

  /**
   * The date the sentence gives its event: the first day it names as no report date, else its first dated
   * mention that is no aggregate. A year or month told beside a day qualifies someone or something else
   * ("teachers hired in 2019 protested on 3 May", "a march on 1 May to remember the dead of 1977").
   */
  get eventDate(): DateMention | undefined {
    const dated = this.dates.filter((d) => !d.isAggregate && d.date.start !== null);
    // "Last year, gunmen killed a man during Sunday Mass": a date that opens the sentence frames all of it.
    const opening = OPENING.exec(this.sentence.text)?.[0] ?? '';
    return (
      dated.find((d) => opening.includes(d.text)) ??
      dated.find((d) => d.date.precision < 3 && !d.isReportDate) ??
      dated[0]
    );
  }

  /** A plural or habitual statement ("scores of killings", "since 2014"), read without chrono-node. */
  get isAggregate(): boolean {
    const text = this.sentence.text;
    if (this.#isAggregate === undefined) {
      const habitual = AGGREGATE.exec(text);
      const isSpan =
        habitual === null
          ? DATE_WORDS.test(text) && hasAggregateDate(text, this.#anchor)
          : SPAN.test(habitual[0]);
      // "On 3 May, families rallied for relatives held abroad since the start of the year": a sentence that
      // opens on the day of its event tells one event, and the span only says how long a state has lasted.
      this.#isAggregate = (habitual !== null && !isSpan) || (isSpan && !this.#opensOnDay());
    }
    return this.#isAggregate;
  }

  // True when the opening phrase names the day of the sentence's event ("On 3 May,", "Around Monday night,").
  #opensOnDay(): boolean {
    const opening = OPENING.exec(this.sentence.text)?.[0] ?? '';
    return this.dates.some(
      (d) => !d.isReportDate && d.date.precision < 3 && d.date.start !== null && opening.includes(d.text),
    );
  }

  /** The count of dead the sentence gives; only sentences with a cue are read. */
  get fatalities(): FatalityCount | undefined {
    this.#fatalities ??= { count: this.cues.length > 0 ? readFatalities(this.#masked) : undefined };
    return this.#fatalities.count;
  }
}

function mask(text: string, spans: readonly { start: number; end: number }[]): string {
  if (spans.length === 0) return text;
  let out = text;
  for (const s of spans) out = out.slice(0, s.start) + ' '.repeat(s.end - s.start) + out.slice(s.end);
  return out;
}
