// `sitrep ingest`: store pages, feeds and JSONL files (or URLs), each document once, and report the tally.
import { stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import type { Command } from 'commander';
import { SitrepError } from '../core/errors.js';
import type { IngestSummary } from '../pipeline/index.js';
import { parseDate } from './analyze.command.js';
import { readLimits, type CliContext } from './context.js';
import { UsageError, write } from './io.js';
import { createProgress } from './progress.js';

export function registerIngest(program: Command, ctx: CliContext): void {
  program
    .command('ingest')
    .description(
      'store pages, feeds and JSON Lines files (or http(s) URLs): extract, analyze and link each once',
    )
    .argument('<targets...>', 'files, folders or URLs')
    .option('--published <date>', 'publication date for undated plain-text files (ISO 8601)')
    .option('--db <path>', 'database file (default: SITREP_DB or ./data/sitrep.db)')
    .option('--progress', 'report progress on stderr')
    .option(
      '--workers <n>',
      'threads that read documents (default: one per core for folders, JSONL and WARC files, else none)',
    )
    .action(
      async (
        targets: string[],
        opts: { published?: string; db?: string; progress?: boolean; workers?: string },
      ) => {
        const published = opts.published === undefined ? null : parseDate(opts.published);
        // Loaded when this command runs, so the other commands and --help start without the pipeline.
        const [{ countItems }, { createReaderPool, ingestTargets }] = await Promise.all([
          import('../ingest/index.js'),
          import('../pipeline/index.js'),
        ]);
        const db = await ctx.openDb(opts.db ?? ctx.config.db);
        try {
          const isShown = opts.progress === true || (ctx.io.stderr as { isTTY?: boolean }).isTTY === true;
          const total = isShown ? await countItems(targets) : undefined;
          const progress = createProgress(ctx.io.stderr, opts.progress === true, undefined, total);
          const fetcher = targets.some((t) => /^https?:\/\//i.test(t))
            ? await ctx.createFetcher()
            : undefined;
          const limits = readLimits(ctx);
          const workers =
            opts.workers === undefined ? await defaultWorkers(targets) : parseWorkers(opts.workers);
          const pool = workers > 0 ? createReaderPool(limits, workers) : undefined;
          const summary = await ingestTargets(
            { db, now: () => ctx.now(), limits, readBatch: pool?.read },
            targets,
            {
              published,
              fetcher,
              onProgress: (s) => progress.update(s),
            },
          ).finally(() => Promise.all([fetcher?.close(), pool?.close()]));
          progress.done(summary);
          if (summary.resumed > 0) {
            ctx.log(
              'info',
              `processed ${summary.resumed} documents an interrupted earlier run had left queued`,
            );
          }
          for (const failure of summary.failures)
            ctx.log('warn', `failed: ${failure.origin}: ${failure.error}`);
          await write(
            ctx.io.stdout,
            `ingested ${summary.ingested}, unchanged ${summary.unchanged}, failed ${summary.failed}\n`,
          );
          if (summary.failed > 0) {
            const first = summary.failures[0];
            throw new SitrepError(
              'bad_input',
              `${summary.failed} of ${settled(summary)} failed; first: ${first?.origin ?? '?'}: ${first?.error ?? '?'}`,
            );
          }
        } finally {
          await db.destroy();
        }
      },
    );
}

function settled(s: IngestSummary): number {
  return s.ingested + s.unchanged + s.failed;
}

function parseWorkers(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 64)
    throw new UsageError(`invalid --workers "${value}": use 0 to 64`);
  return n;
}

// Starting a worker costs a few hundred milliseconds (loading the gazetteer), worth it only for big imports.
async function defaultWorkers(targets: string[]): Promise<number> {
  for (const target of targets) {
    if (/\.(jsonl|ndjson|warc)(\.gz)?$/i.test(target)) return availableParallelism();
    const info = await stat(target).catch(() => undefined);
    if (info?.isDirectory() || (info && info.size > 8 * 1024 * 1024)) return availableParallelism();
  }
  return 0;
}
