// Accuracy and speed of the analyze stage against ACLED's own notes (../shared/bench/analysis/acled-dev.csv,
// or the CSV given as the first argument): per-field agreement with ACLED's coders, next to the targets.
// Run: npm run bench:analyze [-- FILE.csv] [--misses FIELD] (prints the rows that field gets wrong).
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import type { Incident } from '../src/core/incident.js';
import { analyzeArticle } from '../src/analyze/index.js';
import { getGazetteer } from '../src/analyze/gazetteer.js';
import {
  FIELDS,
  acledActors,
  isReachable,
  readAcledRows,
  scoreRow,
  type AcledRow,
  type Field,
} from './analyze-acled.js';

const args = process.argv.slice(2);
const missesAt = args.indexOf('--misses');
const missesOf = missesAt >= 0 ? (args[missesAt + 1] as Field | undefined) : undefined;
const file =
  args.find((a, i) => !a.startsWith('--') && i !== missesAt + 1) ??
  fileURLToPath(new URL('../../shared/bench/analysis/acled-dev.csv', import.meta.url));
const rows = readAcledRows(readFileSync(file, 'utf8'));

const analyze = (row: AcledRow): Incident[] =>
  analyzeArticle(
    { title: '', text: row.notes, paragraphs: [row.notes], published: row.published, publisher: null },
    { published: row.published },
  );

const loadStart = performance.now();
const gazetteer = getGazetteer();
const loadMs = performance.now() - loadStart;

// Warm-up: two passes let the JIT settle before the timed passes.
for (let pass = 0; pass < 2; pass++) for (const row of rows) analyze(row);
const passes = 5;
const runStart = performance.now();
for (let pass = 0; pass < passes; pass++) for (const row of rows) analyze(row);
const notesPerSecond = (rows.length * passes) / ((performance.now() - runStart) / 1000);

const hits = Object.fromEntries(FIELDS.map(([name]) => [name, 0])) as Record<Field, number>;
let withoutIncident = 0;
for (const row of rows) {
  const incidents = analyze(row);
  const incident = incidents.find((i) => !i.background);
  if (incident === undefined) withoutIncident++;
  const score = scoreRow(row, incident);
  for (const [name] of FIELDS) if (score[name]) hits[name]++;
  if (missesOf !== undefined && !score[missesOf]) {
    const [actor1, actor2] = incident === undefined ? [] : acledActors(incident);
    const f = row.fields;
    console.log(
      `- ${f.event_type}/${f.sub_event_type} ${f.country}/${f.admin1}/${f.location} fat=${f.fatalities} ` +
        `a1=${f.actor1}(${f.inter1}) a2=${f.actor2}(${f.inter2}) tp=${f.time_precision}\n` +
        `  => ${incident === undefined ? 'no incident' : `${incident.eventType}/${incident.subEventType} ${incident.location?.country}/${incident.location?.admin1}/${incident.location?.name} fat=${incident.fatalities} a1=${actor1?.name}(${actor1?.kind}) a2=${actor2?.name}(${actor2?.kind}) tp=${incident.date.precision} ${incident.date.start}`}\n` +
        `  ${row.notes}`,
    );
  }
}

const pct = (n: number): string => `${((100 * n) / rows.length).toFixed(1)} %`;
const table: { field: string; accuracy: string; target: string; met: string }[] = FIELDS.map(
  ([name, target]) => ({
    field: name,
    accuracy: pct(hits[name]),
    target: target === null ? '' : `≥ ${target} %`,
    met: target === null ? '' : (100 * hits[name]) / rows.length >= target ? 'yes' : 'no',
  }),
);
table.push({
  field: 'notes/s (1 core)',
  accuracy: String(Math.round(notesPerSecond)),
  target: '≥ 500',
  met: notesPerSecond >= 500 ? 'yes' : 'no',
});
console.log(`${rows.length} ACLED notes from ${file}; ${withoutIncident} without a non-background incident`);
console.log(`gazetteer load: ${loadMs.toFixed(0)} ms (${gazetteer.placeCount} places)`);
const widths = [18, 9, 8, 4];
const line = (cells: readonly string[]): string => cells.map((c, i) => c.padEnd(widths[i] ?? 8)).join('  ');
console.log(line(['field', 'accuracy', 'target', 'met']));
for (const r of table) console.log(line([r.field, r.accuracy, r.target, r.met]));
const reachable = rows.filter((row) => isReachable(row, gazetteer)).length;
console.log(
  `location_25km ceiling: ${pct(reachable)} of notes name a place the gazetteer puts within 25 km of ACLED's point`,
);
