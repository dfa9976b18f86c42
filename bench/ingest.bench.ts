// End-to-end ingest throughput, whole process: `sitrep ingest` on two batches of distinct articles into one
// store, then the first batch again (which must add nothing), beside the same run of an anchor commit.
//
//   npm run bench:ingest                          2,172 articles a batch; anchor HEAD~1
//   npm run bench:ingest -- --anchor 6be92e0      against another commit
//   npm run bench:ingest -- --no-anchor --docs 500
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadPages, writeBatch } from './ingest-corpus.js';

const REPO = fileURLToPath(new URL('..', import.meta.url));
const DATA_DIR =
  process.env['SITREP_BENCH_DATA'] ??
  fileURLToPath(new URL('../../shared/bench/article-extraction', import.meta.url));
const TARGET_DOCS_PER_SECOND = 100;
const TARGET_BATCH_RATIO = 1.25;
const TARGET_RSS_MB = 1024;

function option(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

const perBatch = Number(option('--docs') ?? 2172);
const anchorRef = process.argv.includes('--no-anchor') ? undefined : (option('--anchor') ?? 'HEAD~1');
const workers = option('--workers');

if (!existsSync(join(DATA_DIR, 'html'))) {
  console.log(`bench:ingest skipped: no benchmark pages at ${join(DATA_DIR, 'html')} (../shared is absent)`);
  process.exit(0);
}
if (!Number.isInteger(perBatch) || perBatch < 1) {
  console.error(`invalid --docs "${option('--docs')}": use a positive whole number`);
  process.exit(2);
}

interface Step {
  label: string;
  docs: number;
  wallSeconds: number;
  cpuSeconds: number;
  peakRssMb: number;
  ingested: number;
  unchanged: number;
  failed: number;
}

interface TreeRun {
  tree: string;
  steps: Step[];
  dbMb: number;
}

// Loaded into the measured process: its own CPU time and peak RSS (all threads, workers included) at exit.
const USAGE_PRELOAD = `
import { writeFileSync } from 'node:fs';
const started = performance.now();
process.on('exit', () => {
  const u = process.resourceUsage();
  writeFileSync(process.env.SITREP_BENCH_USAGE, JSON.stringify({
    cpuSeconds: (u.userCPUTime + u.systemCPUTime) / 1e6, maxRssKb: u.maxRSS,
    wallSeconds: (performance.now() - started) / 1000 }));
});
`;

function runIngest(tree: string, dir: string, dbPath: string, work: string, label: string): Promise<Step> {
  const usageFile = join(work, `usage-${label}.json`);
  const preload = join(work, 'usage-preload.mjs');
  writeFileSync(preload, USAGE_PRELOAD);
  const args = ['--import', preload, join(tree, 'bin/sitrep.js'), 'ingest', dir, '--db', dbPath];
  if (workers !== undefined) args.push('--workers', workers);
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, {
      cwd: tree,
      env: { ...process.env, SITREP_LOG_LEVEL: 'error', SITREP_BENCH_USAGE: usageFile },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', () => {
      const wall = (performance.now() - started) / 1000;
      const tally = /ingested (\d+), unchanged (\d+), failed (\d+)/.exec(stdout);
      if (!tally || !existsSync(usageFile)) {
        reject(new Error(`sitrep ingest in ${tree} printed no summary:\n${stderr.slice(-2000)}`));
        return;
      }
      const usage = JSON.parse(readFileSync(usageFile, 'utf8')) as { cpuSeconds: number; maxRssKb: number };
      resolve({
        label,
        docs: perBatch,
        wallSeconds: wall,
        cpuSeconds: usage.cpuSeconds,
        peakRssMb: usage.maxRssKb / 1024,
        ingested: Number(tally[1]),
        unchanged: Number(tally[2]),
        failed: Number(tally[3]),
      });
    });
  });
}

async function runTree(tree: string, batches: { one: string; two: string }, work: string): Promise<TreeRun> {
  const dbPath = join(work, `bench-${Math.random().toString(36).slice(2)}.db`);
  const steps: Step[] = [];
  for (const [label, dir] of [
    ['batch 1', batches.one],
    ['batch 2', batches.two],
    ['batch 1 again', batches.one],
  ] as const) {
    process.stderr.write(`  ${tree === REPO ? 'this tree' : 'anchor'}: ${label} ...`);
    const step = await runIngest(tree, dir, dbPath, work, label.replace(/ /g, '-'));
    process.stderr.write(` ${step.wallSeconds.toFixed(1)} s\n`);
    steps.push(step);
  }
  const dbBytes = ['', '-wal', '-shm'].reduce((sum, suffix) => {
    try {
      return sum + statSync(dbPath + suffix).size;
    } catch {
      return sum;
    }
  }, 0);
  return { tree, steps, dbMb: dbBytes / 1024 / 1024 };
}

/** The anchor's files from git (no worktree registered), with this tree's node_modules linked in. */
function checkoutAnchor(ref: string, work: string): { dir: string; commit: string } {
  const commit = execFileSync('git', ['rev-parse', '--short', ref], { cwd: REPO }).toString().trim();
  const dir = join(work, `anchor-${commit}`);
  execFileSync('mkdir', ['-p', dir]);
  execFileSync('sh', ['-c', `git archive ${commit} | tar -x -C "${dir}"`], { cwd: REPO });
  symlinkSync(join(REPO, 'node_modules'), join(dir, 'node_modules'));
  buildIfCompiled(dir);
  return { dir, commit };
}

/** Compiles a tree whose executable runs dist/ (commits since the build step landed); older trees need none. */
function buildIfCompiled(dir: string): void {
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
    scripts?: Record<string, string>;
  };
  if (manifest.scripts?.build === undefined) return;
  console.log(`  building ${dir === REPO ? 'this tree' : 'the anchor'} (npm run build)`);
  execFileSync('npm', ['run', 'build'], { cwd: dir, stdio: 'ignore' });
}

const work = mkdtempSync(join(tmpdir(), 'sitrep-ingest-bench-'));
try {
  const pages = loadPages(join(DATA_DIR, 'html'), join(REPO, 'demo/pages'));
  const batches = { one: join(work, 'batch-1'), two: join(work, 'batch-2') };
  const bytes =
    writeBatch(batches.one, pages, 'b1', perBatch) + writeBatch(batches.two, pages, 'b2', perBatch);
  console.log(
    `ingest benchmark: 2 batches of ${perBatch} distinct articles from ${pages.length} pages (${(bytes / 2 / 1024 / 1024).toFixed(0)} MB a batch), one store`,
  );
  buildIfCompiled(REPO);
  const current = await runTree(REPO, batches, work);
  let anchor: (TreeRun & { commit: string }) | undefined;
  if (anchorRef !== undefined) {
    const checkout = checkoutAnchor(anchorRef, work);
    anchor = { ...(await runTree(checkout.dir, batches, work)), commit: checkout.commit };
  }
  report(current, anchor);
} finally {
  rmSync(work, { recursive: true, force: true });
}

function report(current: TreeRun, anchor: (TreeRun & { commit: string }) | undefined): void {
  const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: REPO }).toString().trim();
  const columns = (run: TreeRun, name: string) =>
    run.steps.map((s) => ({
      name,
      ...s,
      docsPerSecond: s.docs / s.wallSeconds,
      cpuMsPerDoc: (s.cpuSeconds * 1000) / s.docs,
    }));
  const rows = [
    ...columns(current, `${head}${dirty()}`),
    ...(anchor ? columns(anchor, `${anchor.commit} (anchor)`) : []),
  ];
  console.log(
    'tree              step            docs/s  wall s   CPU s  CPU ms/doc  peak RSS MB  ingested  unchanged  failed',
  );
  for (const r of rows) {
    console.log(
      `${r.name.padEnd(17)} ${r.label.padEnd(14)} ${r.docsPerSecond.toFixed(1).padStart(7)} ${r.wallSeconds.toFixed(1).padStart(7)} ${r.cpuSeconds.toFixed(1).padStart(7)} ${r.cpuMsPerDoc.toFixed(1).padStart(11)} ${r.peakRssMb.toFixed(0).padStart(12)} ${String(r.ingested).padStart(9)} ${String(r.unchanged).padStart(10)} ${String(r.failed).padStart(7)}`,
    );
  }
  const summary = (run: TreeRun) => {
    const [one, two, again] = run.steps as [Step, Step, Step];
    return {
      docsPerSecond: one.docs / one.wallSeconds,
      cpuMsPerDoc: (one.cpuSeconds * 1000) / one.docs,
      ratio: two.wallSeconds / one.wallSeconds,
      cpuRatio: two.cpuSeconds / one.cpuSeconds,
      peakRssMb: Math.max(...run.steps.map((s) => s.peakRssMb)),
      againAdded: again.ingested,
      dbMb: run.dbMb,
    };
  };
  const mine = summary(current);
  const base = anchor && summary(anchor);
  const line = (
    label: string,
    value: (s: ReturnType<typeof summary>) => number,
    digits: number,
    unit = '',
  ) => {
    const here = value(mine);
    const there = base ? value(base) : undefined;
    const vs =
      there === undefined ? '' : `   anchor ${there.toFixed(digits)}${unit}   x${(here / there).toFixed(2)}`;
    console.log(`${label.padEnd(34)} ${here.toFixed(digits)}${unit}${vs}`);
  };
  line('batch 1 docs/s (whole process)', (s) => s.docsPerSecond, 1);
  line('batch 1 CPU ms/doc (user+sys)', (s) => s.cpuMsPerDoc, 1);
  line('batch 2 / batch 1 time', (s) => s.ratio, 2);
  line('batch 2 / batch 1 CPU', (s) => s.cpuRatio, 2);
  line('peak RSS MB (largest step)', (s) => s.peakRssMb, 0);
  line('documents added by batch 1 again', (s) => s.againAdded, 0);
  line('database MB (both batches)', (s) => s.dbMb, 0);
  const verdict = (ok: boolean) => (ok ? 'met' : 'NOT met');
  console.log(
    `targets: >= ${TARGET_DOCS_PER_SECOND} docs/s ${verdict(mine.docsPerSecond >= TARGET_DOCS_PER_SECOND)}; ` +
      `batch 2 <= ${TARGET_BATCH_RATIO}x batch 1 ${verdict(mine.ratio <= TARGET_BATCH_RATIO)}; ` +
      `peak RSS < ${TARGET_RSS_MB} MB ${verdict(mine.peakRssMb < TARGET_RSS_MB)}; ` +
      `re-ingest adds 0 ${verdict(mine.againAdded === 0)}` +
      ' (wall-clock figures depend on machine load; CPU ms/doc much less so)',
  );
}

function dirty(): string {
  return execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: REPO })
    .toString()
    .trim()
    ? '+changes'
    : '';
}
