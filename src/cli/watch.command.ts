// `sitrep watch`: polls the watched sources on their schedules and stores what is new.
import type { Command } from 'commander';
import { checkDueSources, checkSource } from '../pipeline/index.js';
import { listWatchedSources } from '../store/index.js';
import type { CliContext } from './context.js';
import { write } from './io.js';

export function registerWatch(program: Command, ctx: CliContext): void {
  program
    .command('watch')
    .description('poll the watched sources (see `sitrep sources`) and ingest what is new')
    .option('--once', 'check every source now, once, and exit')
    .option('--db <path>', 'database file (default: SITREP_DB or ./data/sitrep.db)')
    .action(async (opts: { once?: boolean; db?: string }) => {
      const db = await ctx.openDb(opts.db ?? ctx.config.db);
      const fetcher = ctx.createFetcher();
      const deps = {
        db,
        fetcher,
        now: () => ctx.now(),
        limits: { maxBytes: ctx.config.maxDocumentBytes, timeoutMs: 10_000 },
      };
      try {
        if (opts.once) {
          for (const source of await listWatchedSources(db)) {
            const r = await checkSource(deps, source);
            await write(
              ctx.io.stdout,
              `${r.url}\t${r.status}\tadded ${r.documentsAdded} of ${r.itemsSeen}${r.error ? `\t${r.error}` : ''}\n`,
            );
          }
          return;
        }
        const stop = stopSignal();
        ctx.log('info', 'watching sources; stop with Ctrl-C');
        while (!stop.isStopped()) {
          for (const r of await checkDueSources(deps)) {
            ctx.log(
              r.error ? 'warn' : 'info',
              `checked ${r.url}: ${r.status}, added ${r.documentsAdded} of ${r.itemsSeen}`,
              r.error ? { error: r.error } : undefined,
            );
          }
          await stop.sleep(30_000);
        }
      } finally {
        await fetcher.close();
        await db.destroy();
      }
    });
}

/** SIGINT/SIGTERM end the loop between checks, never in the middle of one. */
function stopSignal() {
  let stopped = false;
  let wake: (() => void) | undefined;
  const stop = () => {
    stopped = true;
    wake?.();
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return {
    isStopped: () => stopped,
    sleep: (ms: number) =>
      new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, ms);
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      }),
  };
}
