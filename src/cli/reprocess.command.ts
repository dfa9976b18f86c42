// `sitrep reprocess`: read stored raw documents again with this version's extract and analyze stages.
import type { Command } from 'commander';
import { SitrepError } from '../core/errors.js';
import { parseDate } from './analyze.command.js';
import { readLimits, type CliContext } from './context.js';
import { write } from './io.js';
import { createProgress } from './progress.js';

export function registerReprocess(program: Command, ctx: CliContext): void {
  program
    .command('reprocess')
    .description('re-run extract and analyze on the stored raw documents (after an upgrade)')
    .option('--since <date>', 'only documents received on or after this date (ISO 8601)')
    .option('--db <path>', 'database file (default: SITREP_DB or ./data/sitrep.db)')
    .option('--progress', 'report progress on stderr')
    .action(async (opts: { since?: string; db?: string; progress?: boolean }) => {
      const since = opts.since === undefined ? undefined : new Date(parseDate(opts.since)).toISOString();
      // Loaded when this command runs, so the other commands and --help start without the pipeline.
      const [{ PIPELINE_VERSION, processQueue }, { requeueDocuments }] = await Promise.all([
        import('../pipeline/index.js'),
        import('../store/index.js'),
      ]);
      const db = await ctx.openDb(opts.db ?? ctx.config.db);
      try {
        const queued = await requeueDocuments(db, since, ctx.now().toISOString());
        const progress = createProgress(ctx.io.stderr, opts.progress === true);
        const counts = { ingested: 0, unchanged: 0, failed: 0 };
        const outcomes = await processQueue(
          { db, now: () => ctx.now(), limits: readLimits(ctx) },
          {
            onOutcome: (o) => {
              if (o.kind === 'ingested') counts.ingested += 1;
              else if (o.kind === 'duplicate') counts.unchanged += 1;
              else counts.failed += 1;
              progress.update(counts);
            },
          },
        );
        progress.done(counts);
        await write(
          ctx.io.stdout,
          `reprocessed ${counts.ingested} of ${queued} with pipeline ${PIPELINE_VERSION}, duplicate ${counts.unchanged}, failed ${counts.failed}\n`,
        );
        const firstFailure = outcomes.find((o) => o.kind === 'failed');
        if (firstFailure?.kind === 'failed') {
          throw new SitrepError(
            'bad_input',
            `${counts.failed} documents failed; first: document ${firstFailure.documentId}: ${firstFailure.error}`,
          );
        }
      } finally {
        await db.destroy();
      }
    });
}
