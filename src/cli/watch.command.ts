// `sitrep watch`: polls the watched sources on their schedules and stores what is new.
import type { Command } from 'commander';
import { readLimits, type CliContext } from './context.js';
import { write } from './io.js';

export function registerWatch(program: Command, ctx: CliContext): void {
  program
    .command('watch')
    .description('poll the watched sources (see `sitrep sources`) and ingest what is new')
    .option('--once', 'check every source now, once, and exit')
    .option('--db <path>', 'database file (default: SITREP_DB or ./data/sitrep.db)')
    .action(async (opts: { once?: boolean; db?: string }) => {
      // Loaded when this command runs, so the other commands and --help start without the pipeline.
      const [{ checkSource }, { listWatchedSources }, { startWatcher }] = await Promise.all([
        import('../pipeline/index.js'),
        import('../store/index.js'),
        import('./watcher.js'),
      ]);
      const db = await ctx.openDb(opts.db ?? ctx.config.db);
      try {
        if (opts.once) {
          const fetcher = await ctx.createFetcher();
          const deps = {
            db,
            fetcher,
            now: () => ctx.now(),
            limits: readLimits(ctx),
          };
          try {
            for (const source of await listWatchedSources(db)) {
              const r = await checkSource(deps, source);
              await write(
                ctx.io.stdout,
                `${r.url}\t${r.status}\tadded ${r.documentsAdded} of ${r.itemsSeen}${r.error ? `\t${r.error}` : ''}\n`,
              );
            }
          } finally {
            await fetcher.close();
          }
          return;
        }
        ctx.log('info', 'watching sources; stop with Ctrl-C');
        const watcher = await startWatcher(ctx, db);
        await new Promise<void>((resolve) => {
          process.once('SIGINT', resolve);
          process.once('SIGTERM', resolve);
        });
        await watcher.stop();
      } finally {
        await db.destroy();
      }
    });
}
