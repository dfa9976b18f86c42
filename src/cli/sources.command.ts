// `sitrep sources add|list|remove`: the feeds, sitemaps and pages that `sitrep watch` polls.
import type { Command } from 'commander';
import { describeError, SitrepError } from '../core/errors.js';
import { canonicalUrl } from '../ingest/canonical-url.js';
import { createAddressGuard, findBlockedAddressError } from '../ingest/http/address.guard.js';
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
      await assertFetchable(ctx, canonical);
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

/**
 * Refuses a source the fetcher would refuse, now rather than at every check: the same guard and the same
 * SITREP_FETCH_ALLOW, a host name refused when any address it resolves to is not public. A name that does
 * not resolve now is accepted with a warning: the network may be down, and each check resolves it again.
 */
async function assertFetchable(ctx: Pick<CliContext, 'config' | 'log'>, url: string): Promise<void> {
  const { hostname } = new URL(url);
  try {
    await createAddressGuard(ctx.config.fetchAllow).assertAllowedHost(hostname);
  } catch (error) {
    const blocked = findBlockedAddressError(error);
    if (blocked) {
      const where =
        blocked.host === blocked.address ? blocked.address : `${blocked.host} (${blocked.address})`;
      throw new SitrepError(
        'bad_input',
        `refusing to watch ${url}: ${where} is not a public address (SITREP_FETCH_ALLOW can allow it)`,
      );
    }
    if (error instanceof SitrepError) throw error;
    ctx.log('warn', `cannot resolve ${hostname} now (${describeError(error)}); watching it anyway`);
  }
}
