// Start-up cost of the executable: `sitrep --version`, one page extracted, one note analyzed, each as a whole
// process beside `node -e 0`, for this checkout and for an anchor commit checked out into a temporary worktree.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { addAnchorWorktree, removeAnchorWorktree, sh, type Tree } from './support/anchor-worktree.js';

const REPO = fileURLToPath(new URL('..', import.meta.url));

function option(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

const RUNS = Number(option('--runs') ?? 5);
const ANCHOR = option('--anchor') ?? 'HEAD~1';
if (!Number.isInteger(RUNS) || RUNS < 1) {
  process.stderr.write(`invalid --runs "${option('--runs')}": use a whole number from 1\n`);
  process.exit(2);
}

const work = mkdtempSync(join(tmpdir(), 'sitrep-startup-bench-'));

// The child's own resource usage (getrusage of the whole process, every thread) written as it exits: Node
// gives a parent no rusage for one child, and this counts the same way for `node -e 0` and for sitrep.
const CPU_PRELOAD = join(work, 'cpu.mjs');
writeFileSync(
  CPU_PRELOAD,
  `import { writeFileSync } from 'node:fs';
process.on('exit', () => {
  const { userCPUTime, systemCPUTime } = process.resourceUsage();
  writeFileSync(process.env.SITREP_BENCH_CPU, String(userCPUTime + systemCPUTime));
});
`,
);
const CPU_FILE = join(work, 'cpu.txt');

const NOTE = join(work, 'note.txt');
writeFileSync(
  NOTE,
  'Soldiers kill three civilians in Turbat\n\nOn 3 March 2024, soldiers shot dead three civilians at a checkpoint ' +
    'in Turbat, Kech district, Balochistan, witnesses said. The army did not comment.\n',
);
const PAGES = join(REPO, 'demo', 'pages');
const PAGE = join(
  PAGES,
  readdirSync(PAGES)
    .filter((name) => name.endsWith('.html'))
    .sort()[0] ?? '',
);

interface Case {
  name: string;
  /** Arguments after `node`, for a checkout at `root`. */
  args(root: string): string[];
}

const CASES: Case[] = [
  { name: 'node -e 0', args: () => ['-e', '0'] },
  { name: 'sitrep --version', args: (root) => [join(root, 'bin', 'sitrep.js'), '--version'] },
  {
    name: 'sitrep extract (1 page)',
    args: (root) => [join(root, 'bin', 'sitrep.js'), 'extract', PAGE, '--json'],
  },
  {
    name: 'sitrep analyze (1 note)',
    args: (root) => [join(root, 'bin', 'sitrep.js'), 'analyze', NOTE, '--json'],
  },
];

interface Sample {
  wallMs: number;
  cpuMs: number;
}

/** One whole process: wall time as the parent sees it, CPU time as the child reports it. */
function runOnce(root: string, testCase: Case): Sample {
  rmSync(CPU_FILE, { force: true });
  const started = performance.now();
  const result = spawnSync(
    process.execPath,
    ['--import', pathToFileURL(CPU_PRELOAD).href, ...testCase.args(root)],
    {
      cwd: root,
      env: { ...process.env, SITREP_LOG_LEVEL: 'warn', SITREP_BENCH_CPU: CPU_FILE },
      stdio: ['ignore', 'ignore', 'pipe'],
      encoding: 'utf8',
      timeout: 120_000,
    },
  );
  const wallMs = performance.now() - started;
  if (result.status !== 0) {
    const reason = result.stderr.trim().split('\n')[0] ?? '';
    throw new Error(`${testCase.name} exited with ${result.status ?? result.signal}: ${reason}`);
  }
  return { wallMs, cpuMs: Number(readFileSync(CPU_FILE, 'utf8')) / 1000 };
}

/** Builds a checkout when it has a build step (older ones ran the sources through tsx and need none). */
function build(root: string): void {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
    scripts?: Record<string, string>;
  };
  if (pkg.scripts?.['build'] === undefined) return;
  const built = sh('npm', ['run', '--silent', 'build'], root);
  if (!built.ok) throw new Error(`npm run build failed: ${built.output.split('\n')[0] ?? ''}`);
}

/** The anchor checked out into a temporary worktree, built and checked to run, or why not. */
function prepareAnchor(): Tree | string {
  const anchor = addAnchorWorktree(REPO, ANCHOR, work);
  if (typeof anchor === 'string') return anchor;
  try {
    build(anchor.root);
    runOnce(anchor.root, CASES[1]!);
  } catch (error) {
    return `${anchor.label} does not run: ${(error as Error).message}`;
  }
  return anchor;
}

function cleanUp(): void {
  removeAnchorWorktree(REPO, work);
  rmSync(work, { recursive: true, force: true });
}
process.once('SIGINT', () => {
  cleanUp();
  process.exit(130);
});

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

try {
  process.stderr.write('building this checkout (npm run build)\n');
  build(REPO);
  const trees: Tree[] = [{ label: 'this checkout', root: REPO }];
  process.stderr.write(`checking out ${ANCHOR} into a temporary worktree\n`);
  const anchor = prepareAnchor();
  if (typeof anchor === 'string') process.stderr.write(`not comparing with the anchor: ${anchor}\n`);
  else trees.push(anchor);

  // Runs interleave trees and cases, so that a change of machine load weighs on every figure alike; one
  // untimed warm-up first fills the file cache (and tsx's, for an anchor that runs the sources).
  const samples = new Map<string, Sample[]>();
  const failures = new Map<string, string>();
  for (let run = 0; run <= RUNS; run += 1) {
    for (const tree of trees) {
      for (const testCase of CASES) {
        const key = `${tree.label}\t${testCase.name}`;
        if (failures.has(key)) continue;
        try {
          const sample = runOnce(tree.root, testCase);
          if (run > 0) samples.set(key, [...(samples.get(key) ?? []), sample]);
        } catch (error) {
          failures.set(key, (error as Error).message);
        }
      }
    }
    if (run > 0) process.stderr.write(`run ${run} of ${RUNS}\n`);
  }

  const cell = (tree: Tree, testCase: Case): string => {
    const key = `${tree.label}\t${testCase.name}`;
    const failure = failures.get(key);
    if (failure !== undefined) return `failed: ${failure}`;
    const mine = samples.get(key) ?? [];
    const base = samples.get(`${tree.label}\t${CASES[0]!.name}`) ?? [];
    const wall = median(mine.map((s) => s.wallMs));
    const cpu = median(mine.map((s) => s.cpuMs));
    const ratio = (value: number, of: number) => (of > 0 ? `${(value / of).toFixed(1)}x` : '-');
    return [
      `${(wall / 1000).toFixed(2)} s`.padStart(8),
      ratio(wall, median(base.map((s) => s.wallMs))).padStart(6),
      `${(cpu / 1000).toFixed(2)} s`.padStart(8),
      ratio(cpu, median(base.map((s) => s.cpuMs))).padStart(6),
    ].join(' ');
  };

  const NAME_WIDTH = 26;
  const COLUMN_WIDTH = 31;
  console.log(
    `sitrep start-up: median of ${RUNS} runs; wall = the whole process as its parent sees it, ` +
      `cpu = user+sys of the child (less sensitive to machine load); x = ratio to node -e 0 in the same tree`,
  );
  console.log(`page: ${PAGE.slice(REPO.length)}; note: two paragraphs of plain text (one incident)`);
  console.log('');
  console.log(
    ''.padEnd(NAME_WIDTH) + trees.map((tree) => `  ${tree.label}`.padEnd(COLUMN_WIDTH + 2)).join(''),
  );
  console.log(
    ''.padEnd(NAME_WIDTH) +
      trees.map(() => `      wall      x      cpu      x`.padEnd(COLUMN_WIDTH + 2)).join(''),
  );
  for (const testCase of CASES) {
    console.log(testCase.name.padEnd(NAME_WIDTH) + trees.map((tree) => `  ${cell(tree, testCase)}`).join(''));
  }
} finally {
  cleanUp();
}
