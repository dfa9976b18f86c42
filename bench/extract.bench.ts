// Article extraction: sitrep against Mozilla Readability (on linkedom and on jsdom), on the scrapinghub
// article-extraction benchmark, with its own metric. Each extractor runs in its own single-threaded process.
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { aggregate, scorePage, type PageScore, type Scores } from './extract-metric.js';
import { EXTRACTORS, type ExtractorName, type RunnerOutput } from './extract-protocol.js';

const DATA_DIR =
  process.env['SITREP_BENCH_DATA'] ??
  fileURLToPath(new URL('../../shared/bench/article-extraction', import.meta.url));
const RUNNER = fileURLToPath(new URL('./extract-runner.ts', import.meta.url));

/** Runs one extractor in a child process: `node --import tsx` with one libuv thread, results as JSON. */
function runChild(extractor: ExtractorName): Promise<RunnerOutput> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', RUNNER, extractor, DATA_DIR], {
      env: { ...process.env, UV_THREADPOOL_SIZE: '1' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) reject(new Error(`runner for ${extractor} exited with code ${code}`));
      else resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')) as RunnerOutput);
    });
  });
}

interface Row {
  extractor: ExtractorName;
  scores: Scores;
  pagesPerSecond: number;
  medianMs: number;
  p95Ms: number;
  errors: number;
  pages: PageScore[];
}

const quantile = (sorted: readonly number[], q: number): number =>
  sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;

function summarise(output: RunnerOutput, truth: Record<string, { articleBody: string }>): Row {
  const pages = output.pages.map((page) => scorePage(page.id, page.text, truth[page.id]?.articleBody ?? ''));
  const times = output.pages.map((page) => page.ms).sort((a, b) => a - b);
  const totalMs = times.reduce((a, b) => a + b, 0);
  return {
    extractor: output.extractor,
    scores: aggregate(pages),
    pagesPerSecond: (output.pages.length * 1000) / totalMs,
    medianMs: quantile(times, 0.5),
    p95Ms: quantile(times, 0.95),
    errors: output.pages.filter((page) => page.error !== undefined).length,
    pages,
  };
}

function printTable(rows: readonly Row[]): void {
  const header = [
    'extractor',
    'P',
    'R',
    'F1',
    'F1 strict',
    'accuracy',
    'empty',
    'pages/s',
    'median ms',
    'p95 ms',
  ];
  const lines = rows.map((row) => [
    row.extractor,
    row.scores.precision.toFixed(3),
    row.scores.recall.toFixed(3),
    row.scores.f1.toFixed(3),
    row.scores.strictF1.toFixed(3),
    row.scores.accuracy.toFixed(3),
    String(row.scores.empty),
    row.pagesPerSecond.toFixed(1),
    row.medianMs.toFixed(2),
    row.p95Ms.toFixed(2),
  ]);
  const widths = header.map((title, i) => Math.max(title.length, ...lines.map((line) => line[i]!.length)));
  const format = (cells: readonly string[]): string =>
    cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ');
  console.log(format(header));
  for (const line of lines) console.log(format(line));
}

async function main(): Promise<void> {
  const truth = JSON.parse(readFileSync(join(DATA_DIR, 'ground-truth.json'), 'utf8')) as Record<
    string,
    { articleBody: string }
  >;
  const only = process.argv.slice(2).filter((arg): arg is ExtractorName => EXTRACTORS.includes(arg as never));
  const extractors = only.length > 0 ? only : EXTRACTORS;
  const rows: Row[] = [];
  // One after the other, never side by side: each process must have the core to itself.
  for (const extractor of extractors) rows.push(summarise(await runChild(extractor), truth));
  console.log(`article-extraction benchmark: ${rows[0]?.pages.length ?? 0} pages, ${DATA_DIR}`);
  printTable(rows);
  for (const row of rows) if (row.errors > 0) console.log(`${row.extractor}: ${row.errors} pages failed`);

  const sitrep = rows.find((row) => row.extractor === 'sitrep');
  const anchor = rows.find((row) => row.extractor === 'readability-linkedom');
  if (sitrep !== undefined && anchor !== undefined) {
    console.log(
      `sitrep / readability-linkedom: speed ${(sitrep.pagesPerSecond / anchor.pagesPerSecond).toFixed(2)}x, ` +
        `median time ${(anchor.medianMs / sitrep.medianMs).toFixed(2)}x faster, ` +
        `F1 ${(sitrep.scores.f1 - anchor.scores.f1 >= 0 ? '+' : '') + (sitrep.scores.f1 - anchor.scores.f1).toFixed(3)}, ` +
        `accuracy ${(sitrep.scores.accuracy - anchor.scores.accuracy >= 0 ? '+' : '') + (sitrep.scores.accuracy - anchor.scores.accuracy).toFixed(3)}`,
    );
    console.log('targets: F1 >= 0.960, accuracy >= 0.250, speed >= 2.00x readability-linkedom');
  }
  // Per-page scores for looking into the worst pages: EXTRACT_BENCH_PAGES=file.json npm run bench:extract
  const pagesFile = process.env['EXTRACT_BENCH_PAGES'];
  if (pagesFile !== undefined)
    writeFileSync(pagesFile, JSON.stringify(Object.fromEntries(rows.map((r) => [r.extractor, r.pages]))));
}

await main();
