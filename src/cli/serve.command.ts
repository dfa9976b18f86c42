// `sitrep serve`: the web app and the API; with --demo, a new database is first filled with the demo corpus.
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { readLimits, type CliContext } from './context.js';
import { closeInOrder, describeListenError, listenForStop } from './shutdown.js';
import { UsageError } from './io.js';

/** The demo corpus shipped in the repository (used by `npm start`). */
export const DEMO_DIR = fileURLToPath(new URL('../../demo/', import.meta.url));

export function registerServe(program: Command, ctx: CliContext): void {
  program
    .command('serve')
    .description('serve the web app and the REST API')
    .option('--port <n>', 'port (default: SITREP_PORT or 8080)')
    .option('--host <host>', 'address to listen on (default: SITREP_HOST or localhost)')
    .option('--db <path>', 'database file (default: SITREP_DB or ./data/sitrep.db)')
    .option('--demo', 'load the demo corpus first if the database holds no documents')
    .option('--no-watch', 'do not poll the watched sources (see `sitrep sources`) in the background')
    .action(async (opts: { port?: string; host?: string; db?: string; demo?: boolean; watch?: boolean }) => {
      const port = opts.port === undefined ? ctx.config.port : Number(opts.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) {
        throw new UsageError(`invalid port "${opts.port}": use a number from 0 to 65535`);
      }
      // Loaded when this command runs, so the other commands and --help start without the pipeline.
      const [{ ingestTargets }, { countDocuments }, { startWatcher }] = await Promise.all([
        import('../pipeline/index.js'),
        import('../store/index.js'),
        import('./watcher.js'),
      ]);
      const stopRequest = listenForStop(ctx);
      const db = await ctx.openDb(opts.db ?? ctx.config.db);
      if (opts.demo) {
        const counts = await countDocuments(db);
        if (counts.pending + counts.processed + counts.failed === 0) {
          const summary = await ingestTargets(
            {
              db,
              now: () => ctx.now(),
              limits: readLimits(ctx),
            },
            [DEMO_DIR],
          );
          ctx.log('info', `demo corpus loaded: ingested ${summary.ingested}, failed ${summary.failed}`);
          for (const f of summary.failures) ctx.log('warn', `demo document failed: ${f.origin}: ${f.error}`);
        }
      }
      const host = opts.host ?? ctx.config.host;
      const server = await ctx.serve({ port, host, db }).catch(async (error: unknown) => {
        await db.destroy();
        throw describeListenError(error, port, host);
      });
      ctx.log('info', `sitrep is serving on ${server.url}`);
      const watcher = opts.watch === false ? undefined : await startWatcher(ctx, db);
      await stopRequest.signalled;
      // Requests in flight finish and the poller ends its step before the database closes under them; a
      // fetch that hangs (up to SITREP_FETCH_TIMEOUT_MS) is not waited for.
      await closeInOrder(ctx, [
        [
          { name: 'web server', close: () => server.close(), graceMs: 5_000 },
          { name: 'source poller', close: () => watcher?.stop() ?? Promise.resolve(), graceMs: 2_000 },
        ],
        [{ name: 'database', close: () => db.destroy() }],
      ]);
    });
}
