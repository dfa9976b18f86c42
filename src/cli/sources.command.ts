// `sitrep sources add|list|remove`: the feeds, sitemaps and pages that `sitrep watch` polls.
import type { Command } from 'commander';
import { SitrepError } from '../core/errors.js';
import { canonicalUrl } from '../ingest/canonical-url.js';
import type { WatchedSourceKind } from '../store/index.js';
import type { CliContext } from './context.js';
import { UsageError, write } from './io.js';

const KINDS: WatchedSourceKind[] = ['feed', 'sitemap', 'page'];

export function registerSources(program: Command, ctx: CliContext): void {
  const sources = program.command('sources').description('manage the sources `sitrep watch` polls');

  sources
    .command('add')
    .description('watch a feed (RSS/Atom), a news sitemap or a page')
    .argument('<url>', 'http(s) URL')
    .option('--kind <kind>', `one of ${KINDS.join(', ')}`, 'feed')
    .option('--every <minutes>', 'minutes between checks', '30')
    .option('--db <path>', 'database file (default: SITREP_DB or ./data/sitrep.db)')
    .action(async (url: string, opts: { kind: string; every: string; db?: string }) => {
      const canonical = canonicalUrl(url);
      if (!canonical) throw new UsageError(`not an http(s) URL: "${url}"`);
      const kind = KINDS.find((k) => k === opts.kind);
      if (!kind) throw new UsageError(`unknown kind "${opts.kind}": use one of ${KINDS.join(', ')}`);
      const every = Number(opts.every);
      if (!Number.isInteger(every) || every < 1 || every > 7 * 24 * 60) {
        throw new UsageError(`invalid --every "${opts.every}": minutes from 1 to 10080`);
      }
      // The store loads when a subcommand runs, so the other commands and --help start without it.
      const { addWatchedSource } = await import('../store/index.js');
      const db = await ctx.openDb(opts.db ?? ctx.config.db);
      try {
        const { source, isNew } = await addWatchedSource(
          db,
          { url: canonical, kind, intervalMinutes: every },
          ctx.now().toISOString(),
        );
        await write(
          ctx.io.stdout,
          `${isNew ? 'added' : 'already watched'} source ${source.id}: ${source.kind} ${source.url} every ${source.intervalMinutes} min\n`,
        );
      } finally {
        await db.destroy();
      }
    });

  sources
    .command('list')
    .description('list watched sources with the outcome of their last check')
    .option('--json', 'print JSON Lines, one source a line')
    .option('--db <path>', 'database file (default: SITREP_DB or ./data/sitrep.db)')
    .action(async (opts: { json?: boolean; db?: string }) => {
      const { listWatchedSources } = await import('../store/index.js');
      const db = await ctx.openDb(opts.db ?? ctx.config.db);
      try {
        for (const s of await listWatchedSources(db)) {
          const line = opts.json
            ? JSON.stringify(s)
            : [
                s.id,
                s.kind,
                s.url,
                `every ${s.intervalMinutes} min`,
                `last: ${s.lastStatus ?? 'never checked'}${s.lastCheckedAt ? ` at ${s.lastCheckedAt}` : ''}`,
                `added ${s.documentsAdded} of ${s.itemsSeen} seen`,
                s.lastError ? `last error: ${s.lastError}` : '',
              ]
                .filter(Boolean)
                .join('\t');
          await write(ctx.io.stdout, line + '\n');
        }
      } finally {
        await db.destroy();
      }
    });

  sources
    .command('remove')
    .description('stop watching a source (what it brought in stays)')
    .argument('<id-or-url>')
    .option('--db <path>', 'database file (default: SITREP_DB or ./data/sitrep.db)')
    .action(async (idOrUrl: string, opts: { db?: string }) => {
      const { removeWatchedSource } = await import('../store/index.js');
      const db = await ctx.openDb(opts.db ?? ctx.config.db);
      try {
        const removed = await removeWatchedSource(
          db,
          /^\d+$/.test(idOrUrl) ? idOrUrl : (canonicalUrl(idOrUrl) ?? idOrUrl),
        );
        if (!removed) throw new SitrepError('not_found', `no watched source ${idOrUrl}`);
        await write(ctx.io.stdout, `removed source ${idOrUrl}\n`);
      } finally {
        await db.destroy();
      }
    });
}
