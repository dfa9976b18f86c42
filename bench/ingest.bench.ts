// End-to-end ingest throughput: the 181 benchmark pages, each repeated under many URLs with small text
// changes, through receive -> extract -> analyze -> link -> store, in-thread and on worker threads.
//
//   npm run bench:ingest                 20,000 documents, both readers
//   npm run bench:ingest -- --docs 2000  a quicker run
import { readFileSync, readdirSync, rmSync, statSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { RawDocument } from '../src/core/raw-document.js';
import { createReaderPool } from '../src/pipeline/reader-pool.js';
import type { IngestItem } from '../src/ingest/index.js';
import { ingestItems, type BatchReader } from '../src/pipeline/index.js';
import { openStore } from '../src/store/index.js';

const DATA_DIR = fileURLToPath(new URL('../../shared/bench/article-extraction/html', import.meta.url));
const TARGET_DOCS_PER_SECOND = 100;
const TARGET_RSS_MB = 1024;

function argument(name: string, fallback: number): number {
  const index = process.argv.indexOf(name);
  const value = index >= 0 ? Number(process.argv[index + 1]) : fallback;
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

const total = argument('--docs', 20_000);
const pages = readdirSync(DATA_DIR)
  .filter((f) => f.endsWith('.html.gz'))
  .sort()
  .map((f) => gunzipSync(readFileSync(join(DATA_DIR, f))).toString('utf8'));

/** Document n: page n mod 181 under its own URL, with a line of its own so that no two are byte-identical. */
function variant(n: number): RawDocument {
  const page = pages[n % pages.length] ?? '';
  const marker = `<p>Update ${n}: this report was revised at ${String(n % 24).padStart(2, '0')}:${String(n % 60).padStart(2, '0')}.</p>`;
  const at = page.lastIndexOf('</body>');
  const html = at >= 0 ? page.slice(0, at) + marker + page.slice(at) : page + marker;
  return {
    kind: 'html',
    body: new TextEncoder().encode(html),
    url: `https://bench.example.test/story/${n}`,
    source: 'bench',
    charset: 'utf-8',
    published: null,
    title: null,
    publisher: null,
  };
}

interface Run {
  label: string;
  docs: number;
  seconds: number;
  docsPerSecond: number;
  peakRssMb: number;
  dbMb: number;
  failed: number;
}

async function run(
  label: string,
  makeReader: () => { read: BatchReader | undefined; close(): Promise<void> },
): Promise<Run> {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-bench-'));
  const dbPath = join(dir, 'bench.db');
  const db = await openStore(dbPath);
  const reader = makeReader();
  const deps = {
    db,
    now: () => new Date(),
    limits: { maxBytes: 32 * 1024 * 1024, timeoutMs: 10_000 },
    readBatch: reader.read,
  };
  let peakRss = process.memoryUsage().rss;
  const started = performance.now();
  function* items(): Generator<IngestItem> {
    for (let n = 0; n < total; n += 1) {
      if (n % 200 === 0) {
        peakRss = Math.max(peakRss, process.memoryUsage().rss);
        if (process.stderr.isTTY) process.stderr.write(`\r${label}: ${n}/${total}`);
      }
      yield { kind: 'document', origin: `bench#${n}`, document: variant(n) };
    }
  }
  const summary = await ingestItems(deps, items(), { processEvery: 100 });
  const failed = summary.failed;
  const seconds = (performance.now() - started) / 1000;
  await reader.close();
  await db.destroy();
  const dbBytes = ['', '-wal', '-shm'].reduce((sum, suffix) => {
    try {
      return sum + statSync(dbPath + suffix).size;
    } catch {
      return sum;
    }
  }, 0);
  rmSync(dir, { recursive: true, force: true });
  if (process.stderr.isTTY) process.stderr.write('\n');
  return {
    label,
    docs: total,
    seconds,
    docsPerSecond: total / seconds,
    peakRssMb: Math.max(peakRss, process.resourceUsage().maxRSS * 1024) / 1024 / 1024,
    dbMb: dbBytes / 1024 / 1024,
    failed,
  };
}

const only = process.argv.includes('--workers-only');
const inThread = only
  ? undefined
  : await run('in-thread', () => ({ read: undefined, close: () => Promise.resolve() }));
const pooled = await run('worker threads', () => {
  const size = process.env['SITREP_READERS'] ? Number(process.env['SITREP_READERS']) : undefined;
  const pool = createReaderPool({ maxBytes: 32 * 1024 * 1024, timeoutMs: 10_000 }, size);
  return { read: pool.read, close: () => pool.close() };
});

console.log(`ingest benchmark: ${total} documents made from ${pages.length} pages (${DATA_DIR})`);
console.log('reader            docs/s   seconds  peak RSS MB  db MB  failed');
for (const r of [inThread, pooled].filter((x): x is Run => x !== undefined)) {
  console.log(
    `${r.label.padEnd(16)} ${r.docsPerSecond.toFixed(1).padStart(7)} ${r.seconds.toFixed(1).padStart(9)} ${r.peakRssMb.toFixed(0).padStart(12)} ${r.dbMb.toFixed(0).padStart(6)} ${String(r.failed).padStart(7)}`,
  );
}
if (inThread)
  console.log(`worker threads / in-thread: ${(pooled.docsPerSecond / inThread.docsPerSecond).toFixed(2)}x`);
console.log(
  `target: >= ${TARGET_DOCS_PER_SECOND} docs/s (${pooled.docsPerSecond >= TARGET_DOCS_PER_SECOND ? 'met' : 'not met'}), peak RSS < ${TARGET_RSS_MB} MB (${pooled.peakRssMb < TARGET_RSS_MB ? 'met' : 'not met'}; the RSS figure covers both runs in one process)`,
);
