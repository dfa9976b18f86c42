// Crash safety of imports: a SIGKILL at any moment loses no document and processes none twice.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { countDocuments, countJobs, openStore } from '../../src/store/index.js';
import { builtBin, REPO, runSitrep } from '../support/cli.js';
import { tempDir } from '../support/temp-dir.js';

const TOWNS = [
  'Kidal',
  'Gao',
  'Mopti',
  'Maiduguri',
  'Bama',
  'Beledweyne',
  'Kismayo',
  'Idlib',
  'Aleppo',
  'Taiz',
  'Marib',
  'Kunduz',
];
const DOCUMENTS = 5000;
/** Guards against a hang, not limits on speed: about 40 s idle, far past anything a busy machine adds. */
const GUARD = 1_800_000;

function corpus(path: string): void {
  const lines: string[] = [];
  for (let i = 0; i < DOCUMENTS; i += 1) {
    const town = TOWNS[i % TOWNS.length] ?? 'Gao';
    const text = [
      `Report ${i}: gunmen attack near ${town}`,
      `Gunmen killed ${(i % 9) + 2} villagers near ${town} on Tuesday, local officials said in report number ${i}.`,
      `Residents said the attackers arrived on motorcycles and set fire to ${i % 7} houses before leaving.`,
    ].join('\n\n');
    lines.push(
      JSON.stringify({
        id: `doc-${i}`,
        text,
        published: '2024-03-07',
        url: `https://wire.example.test/reports/${i}`,
      }),
    );
  }
  writeFileSync(path, lines.join('\n') + '\n');
}

async function processedCount(dbPath: string): Promise<number> {
  const db = await openStore(dbPath);
  try {
    return (await countJobs(db)).done;
  } finally {
    await db.destroy();
  }
}

describe('an import killed with SIGKILL and started again', () => {
  it('stores every document exactly once and processes each exactly once', { timeout: GUARD }, async () => {
    const dir = tempDir();
    const input = join(dir, 'corpus.jsonl');
    const dbPath = join(dir, 'sitrep.db');
    corpus(input);

    const child = spawn(process.execPath, [builtBin(), 'ingest', input, '--db', dbPath], {
      cwd: REPO,
      env: { ...process.env, SITREP_LOG_LEVEL: 'warn' },
      stdio: 'ignore',
    });
    let hasExited = false;
    const exited = new Promise<void>((resolve) =>
      child.on('exit', () => {
        hasExited = true;
        resolve();
      }),
    );
    // Kill it once it is well into the import (some documents processed, most not), however long that takes.
    let done = 0;
    while (!hasExited) {
      await new Promise((r) => setTimeout(r, 200));
      done = await processedCount(dbPath).catch(() => 0);
      if (done >= 300) break;
    }
    child.kill('SIGKILL');
    await exited;
    assert.ok(done >= 300 && done < DOCUMENTS, `killed midway (after ${done} processed)`);

    const rerun = await runSitrep(['ingest', input, '--db', dbPath], { timeoutMs: GUARD });
    assert.equal(rerun.code, 0, rerun.stderr);

    const db = await openStore(dbPath);
    try {
      assert.deepEqual(await countDocuments(db), {
        pending: 0,
        processed: DOCUMENTS,
        failed: 0,
        duplicate: 0,
      });
      const jobs = await countJobs(db);
      assert.deepEqual(jobs, { queued: 0, claimed: 0, done: DOCUMENTS, failed: 0 });
      const articles = await db
        .selectFrom('articles')
        .select(db.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      assert.equal(Number(articles.n), DOCUMENTS, 'one article per document');
      const sha = await db
        .selectFrom('documents')
        .select(db.fn.count<number>('sha256').distinct().as('n'))
        .executeTakeFirstOrThrow();
      assert.equal(Number(sha.n), DOCUMENTS);
      // Each report (article x incident) is written once: nothing was applied twice.
      const reports = await db.selectFrom('reports').select(['article_id', 'incident_id']).execute();
      assert.equal(new Set(reports.map((r) => `${r.article_id}:${r.incident_id}`)).size, reports.length);
      // Only the batch in flight at the kill was claimed twice; every committed batch was left alone.
      const reclaimed = await db.selectFrom('jobs').select('id').where('attempts', '>', 1).execute();
      assert.ok(reclaimed.length <= 25, `${reclaimed.length} jobs claimed more than once`);
    } finally {
      await db.destroy();
    }
  });
});

describe('reprocess', () => {
  it('reads every stored document again and leaves the same incidents', { timeout: 900_000 }, async () => {
    const dbPath = join(tempDir(), 'sitrep.db');
    assert.equal((await runSitrep(['ingest', join(REPO, 'demo'), '--db', dbPath])).code, 0);
    const shape = (jsonl: string) =>
      jsonl
        .trim()
        .split('\n')
        .map((line) => {
          const r = JSON.parse(line) as {
            eventType: string;
            date: { start: string };
            location: { name: string } | null;
            reports: unknown[];
          };
          return `${r.eventType}|${r.date.start}|${r.location?.name ?? ''}|${r.reports.length}`;
        })
        .sort();
    const before = shape((await runSitrep(['export', '--format', 'jsonl', '--db', dbPath])).stdout);
    const result = await runSitrep(['reprocess', '--db', dbPath]);
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /^reprocessed (\d+) of \1 with pipeline /);
    const after = shape((await runSitrep(['export', '--format', 'jsonl', '--db', dbPath])).stdout);
    assert.deepEqual(after, before);
  });
});
