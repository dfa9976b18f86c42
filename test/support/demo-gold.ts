// Reads the demo corpus the way `sitrep ingest` does and scores the incidents against test/fixtures/demo-gold.ts
// (shared by test/integration/demo-gold.test.ts and bench:analyze, so both judge the same way).
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { acledSides } from '../../src/core/acled-sides.js';
import { distanceKm } from '../../src/core/geo.js';
import type { Incident } from '../../src/core/incident.js';
import { readFileItems } from '../../src/ingest/file.source.js';
import { readDocument } from '../../src/pipeline/read-document.js';
import { DEMO_GOLD, type GoldFile, type GoldIncident, type GoldPlace } from '../fixtures/demo-gold.js';

/** The demo folder of this checkout. */
export const DEMO_DIR = fileURLToPath(new URL('../../demo/', import.meta.url));

/** The limits `sitrep` reads with by default (32 MB, 10 s of CPU per extraction). */
const LIMITS = { maxBytes: 32 * 1024 * 1024, timeoutMs: 10_000 };

/** The fields an incident is judged on, in the order lines print them. */
export const DEMO_FIELDS = ['type', 'subType', 'place', 'date', 'perpetrator', 'fatalities'] as const;
export type DemoField = (typeof DEMO_FIELDS)[number];

/** One gold incident and the coded incident it was paired with. */
export interface IncidentResult {
  /** `"<letter> <file>"`, e.g. "A pages/northgate-times-ariha-market-airstrike.html": the ratchet's key. */
  key: string;
  gold: GoldIncident;
  /** The non-background incident paired with it, or undefined when the file gave none left to pair. */
  coded: Incident | undefined;
  checks: Record<DemoField, boolean>;
  isRight: boolean;
}

/** One demo file scored. */
export interface FileResult {
  file: string;
  incidents: IncidentResult[];
  /** Non-background incidents that are neither paired with a gold incident nor an allowed event. */
  extras: Incident[];
  /** Why the file could not be read (then every incident is wrong). */
  error?: string;
}

/** The path part and the item part of a gold `file` ("feeds/x.xml#2" → ["feeds/x.xml", "#2"]). */
export function splitGoldFile(file: string): { path: string; item: string } {
  const match = /^(.*?)((?:#|:)\d+)?$/.exec(file);
  return { path: match?.[1] ?? file, item: match?.[2] ?? '' };
}

/** Every incident `sitrep ingest` codes from one gold file (a page, a feed item, a JSONL line). */
export async function readGoldFile(gold: GoldFile, demoDir = DEMO_DIR): Promise<Incident[]> {
  const { path, item } = splitGoldFile(gold.file);
  const full = join(demoDir, path);
  for await (const entry of readFileItems(full, { ...LIMITS, published: gold.published ?? null })) {
    if (entry.origin !== full + item) continue;
    if (entry.kind === 'error') throw new Error(entry.error);
    return readDocument(entry.document, LIMITS).incidents;
  }
  throw new Error(`${gold.file}: no such item in ${full}`);
}

/** Whether the coded place lies within 25 km of the gold point. */
export function isNear(location: Incident['location'], place: GoldPlace): boolean {
  return location !== null && distanceKm(location.lat, location.lon, place.lat, place.lon) <= 25;
}

/**
 * Who acted: the first actor in the perpetrator role (the police who broke up a protest), else ACLED's actor
 * 1 (the demonstrators of a peaceful protest, the rioters of a riot).
 */
export function actingActor(incident: Incident): Incident['actors'][number] | undefined {
  return incident.actors.find((a) => a.role === 'perpetrator') ?? acledSides(incident).side1[0];
}

/** Which fields of the gold incident the coded one gets right. */
export function checkIncident(gold: GoldIncident, coded: Incident | undefined): Record<DemoField, boolean> {
  if (coded === undefined) {
    return { type: false, subType: false, place: false, date: false, perpetrator: false, fatalities: false };
  }
  // No count is ACLED's 0, as the ACLED export writes it.
  const fatalities = coded.fatalities ?? 0;
  return {
    type: coded.eventType === gold.eventType,
    subType: (gold.subEventTypes as readonly string[]).includes(coded.subEventType),
    place: isNear(coded.location, gold.place),
    date: coded.date.start !== null && gold.dates.includes(coded.date.start),
    perpetrator: gold.perpetrator.test(actingActor(coded)?.name ?? ''),
    fatalities: fatalities >= gold.fatalities[0] && fatalities <= gold.fatalities[1],
  };
}

/**
 * Pairs each gold incident, in order, with the unpaired non-background incident that gets most of its fields
 * right (the earlier on a tie), and counts the rest as extras unless an allowed event covers them.
 */
export function scoreGoldFile(gold: GoldFile, incidents: readonly Incident[]): FileResult {
  const news = incidents.filter((i) => !i.background);
  const paired = new Set<Incident>();
  const results = gold.incidents.map((goldIncident): IncidentResult => {
    let best: { coded: Incident; score: number } | undefined;
    for (const coded of news) {
      if (paired.has(coded)) continue;
      const score = Object.values(checkIncident(goldIncident, coded)).filter(Boolean).length;
      if (best === undefined || score > best.score) best = { coded, score };
    }
    if (best !== undefined) paired.add(best.coded);
    const checks = checkIncident(goldIncident, best?.coded);
    return {
      key: `${goldIncident.id} ${gold.file}`,
      gold: goldIncident,
      coded: best?.coded,
      checks,
      isRight: DEMO_FIELDS.every((field) => checks[field]),
    };
  });
  const extras = news.filter(
    (coded) =>
      !paired.has(coded) &&
      !gold.allowed.some((a) => a.eventTypes.includes(coded.eventType) && isNear(coded.location, a.place)),
  );
  return { file: gold.file, incidents: results, extras };
}

/** The whole gold corpus read and scored, file by file; a file that fails to read scores all wrong. */
export async function scoreDemoCorpus(demoDir = DEMO_DIR, gold = DEMO_GOLD): Promise<FileResult[]> {
  const results: FileResult[] = [];
  for (const file of gold) {
    try {
      results.push(scoreGoldFile(file, await readGoldFile(file, demoDir)));
    } catch (error) {
      results.push({ ...scoreGoldFile(file, []), error: (error as Error).message });
    }
  }
  return results;
}

/** An incident on one line: "Battles/Armed clash 2024-10-02 Sarmin (SY) fat=10 by Hayat Tahrir al-Sham". */
export function describeIncident(incident: Incident): string {
  const place =
    incident.location === null ? 'no place' : `${incident.location.name} (${incident.location.iso3})`;
  return (
    `${incident.eventType}/${incident.subEventType} ${incident.date.start ?? 'no date'} ${place} ` +
    `fat=${incident.fatalities ?? 'none'} by ${actingActor(incident)?.name ?? 'nobody'}`
  );
}

/** One line per file: the gold incidents' fields (✓/✗) and the extras, e.g. for the bench's output. */
export function describeFileResult(result: FileResult): string {
  const parts = result.incidents.map((r) => {
    const wrong = DEMO_FIELDS.filter((field) => !r.checks[field]);
    return `${r.gold.id} ${r.isRight ? '✓' : `✗ (${wrong.join(', ')})`}`;
  });
  const extras = result.extras.length === 0 ? '' : `; ${result.extras.length} extra`;
  const error = result.error === undefined ? '' : `; cannot read: ${result.error}`;
  return `${result.file}: ${parts.join(', ')}${extras}${error}`;
}
