// `sitrep db migrate`: bring the database schema up to date (also done at every start).
import type { Command } from 'commander';
import type { CliContext } from './context.js';
import { write } from './io.js';

export function registerDb(program: Command, ctx: CliContext): void {
  const db = program.command('db').description('database maintenance');
  db.command('migrate')
    .description('apply pending schema migrations')
    .option('--db <path>', 'database file (default: SITREP_DB or ./data/sitrep.db)')
    .action(async (opts: { db?: string }) => {
      const handle = await ctx.openDb(opts.db ?? ctx.config.db);
      await handle.destroy();
      await write(ctx.io.stdout, `database ${opts.db ?? ctx.config.db} is up to date\n`);
    });
}
