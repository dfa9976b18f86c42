// Reads who is cited in a sentence and through whom ("According to the Independent, citing RBSS"), so that
// each incident carries its provenance chain.
import type { IncidentSource } from '../core/incident.js';
import {
  GENERIC_SOURCES,
  KNOWN_SOURCES,
  MONITOR_WORD,
  OFFICIAL_WORD,
  OUTLET_WORD,
} from './sources.lexicon.js';
import type { SourceKind } from '../core/acled.js';
import { matchesOf } from './pattern.matcher.js';

/** A source found in a sentence, with the character span it covers (masked before place and actor reading). */
export interface SourceMention extends IncidentSource {
  start: number;
  end: number;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const KNOWN_BY_SPELLING = new Map<string, { name: string; kind: SourceKind }>();
for (const source of KNOWN_SOURCES) {
  for (const p of source.patterns)
    KNOWN_BY_SPELLING.set(p.toLowerCase(), { name: source.name, kind: source.kind });
}
// Case-sensitive on purpose: "AP" and "SANA" are sources, "ap" and "Sana" in running text are not.
const KNOWN_PATTERN = new RegExp(
  `(?<![\\w-])(?:${KNOWN_SOURCES.flatMap((s) => s.patterns)
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|')})(?![\\w-])`,
  'g',
);
const GENERIC = GENERIC_SOURCES.map((s) => ({ ...s, pattern: new RegExp(s.pattern.source, 'gi') }));
const ATTRIBUTION_AFTER =
  /^[\s,]*(?:\w+ ){0,2}?(?:said|says|reported|reports|told|claimed|stated|confirmed|announced|added|wrote|tweeted|posted|published|observed|recorded|documented|counted)\b/i;
const ATTRIBUTION_BEFORE =
  /(?:according to|citing|quoting|cited by|quoted by|reported by|told|said|reports? from|sources? (?:from|within)|(?:monitoring|activist|rights|media|news) (?:group|outlet|agency|network|organi[sz]ation))\s+(?:the\s+)?(?:\w+\s+){0,2}?$/i;
const NAMED_AFTER_ACCORDING =
  /\b(?:[Aa]ccording to|[Cc]iting|[Qq]uoting)\s+(?:the\s+)?(?:(?:activist|monitoring|rights|media) (?:group|network|outlet)\s+)?((?:[A-Z][\w'’&.-]*)(?:\s+(?:(?:of|for|the|is|al|de|on|and)\s+)?[A-Z0-9][\w'’&.-]*){0,6})/g;
const CITING_LINK =
  /^[\s,]*(?:which was |who were |as )?(?:citing|quoting|cited|quoted|relying on|based on)\b/i;
const TOLD_LINK = /^[\s,]*(?:\w+\s+){0,3}?(?:told|said to|speaking to)\s+(?:the\s+)?$/i;

/**
 * Sources cited in one sentence. A source that is not relayed by another named source is cited by the
 * article's publisher (or null when the publisher is unknown).
 */
export function readSources(sentence: string, publisher: string | null): SourceMention[] {
  const found: SourceMention[] = [];
  const overlaps = (start: number, end: number): boolean => found.some((f) => start < f.end && end > f.start);

  for (const m of matchesOf(KNOWN_PATTERN, sentence)) {
    const known = KNOWN_BY_SPELLING.get(m[0].toLowerCase());
    if (known === undefined) continue;
    const before = sentence.slice(Math.max(0, m.index - 60), m.index);
    const after = sentence.slice(m.index + m[0].length, m.index + m[0].length + 40);
    // Outlets and monitors count when they speak; "leave the Islamic State" or "an AP photo" are not citations.
    if (!ATTRIBUTION_BEFORE.test(before) && !ATTRIBUTION_AFTER.test(after) && !/^'s\b/.test(after)) continue;
    found.push({ ...known, citedBy: null, start: m.index, end: m.index + m[0].length });
  }
  for (const m of matchesOf(NAMED_AFTER_ACCORDING, sentence)) {
    const name = (m[1] ?? '').replace(/[.,]+$/, '');
    const start = m.index + m[0].length - (m[1] ?? '').length;
    if (name.length < 3 || overlaps(start, start + name.length)) continue;
    const kind: SourceKind = MONITOR_WORD.test(name)
      ? 'monitor'
      : OUTLET_WORD.test(name)
        ? 'outlet'
        : OFFICIAL_WORD.test(name)
          ? 'official'
          : 'other';
    found.push({ name, kind, citedBy: null, start, end: start + name.length });
  }
  for (const generic of GENERIC) {
    for (const m of matchesOf(generic.pattern, sentence)) {
      const start = m.index;
      const end = start + m[0].length;
      if (overlaps(start, end)) continue;
      const before = sentence.slice(Math.max(0, start - 40), start);
      const after = sentence.slice(end, end + 40);
      if (
        !ATTRIBUTION_AFTER.test(after) &&
        !/(?:according to|citing|quoting)\s+(?:the\s+)?(?:\w+\s+)?$/i.test(before)
      )
        continue;
      found.push({ name: generic.name, kind: generic.kind, citedBy: null, start, end });
    }
  }
  found.sort((a, b) => a.start - b.start);
  for (let i = 0; i < found.length; i++) {
    const current = found[i];
    if (current === undefined) continue;
    for (let j = i + 1; j < found.length; j++) {
      const later = found[j];
      if (later === undefined) continue;
      const between = sentence.slice(current.end, later.start);
      if (CITING_LINK.test(between.replace(/^[\s,]*(?:\w+\s+){0,2}(?=citing|quoting)/i, '')))
        later.citedBy = current.name;
      else if (TOLD_LINK.test(between)) current.citedBy = later.name;
    }
  }
  for (const f of found)
    if (f.citedBy === null && publisher !== null && f.name !== publisher) f.citedBy = publisher;
  return found;
}

/** Sources deduplicated by name, keeping the first mention's chain. */
export function dedupeSources(sources: readonly IncidentSource[]): IncidentSource[] {
  const seen = new Map<string, IncidentSource>();
  for (const s of sources)
    if (!seen.has(s.name)) seen.set(s.name, { name: s.name, kind: s.kind, citedBy: s.citedBy });
  return [...seen.values()];
}
