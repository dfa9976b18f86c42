// `sitrep export`: every incident to stdout as JSON Lines, ACLED-style CSV or GeoJSON, streamed.
import type { Command } from 'commander';
import { parseDate } from './analyze.command.js';
import type { CliContext } from './context.js';
import { UsageError, write } from './io.js';

const FORMATS = ['jsonl', 'acled-csv', 'geojson'] as const;

export function registerExport(program: Command, ctx: CliContext): void {
  program
    .command('export')
    .description('write all incidents to stdout')
    .requiredOption('--format <format>', `one of ${FORMATS.join(', ')}`)
    .option('--since <date>', 'only incidents on or after this date (YYYY-MM-DD)')
    .option('--db <path>', 'database file (default: SITREP_DB or ./data/sitrep.db)')
    .action(async (opts: { format: string; since?: string; db?: string }) => {
      const format = FORMATS.find((f) => f === opts.format);
      if (!format) throw new UsageError(`unknown format "${opts.format}": use one of ${FORMATS.join(', ')}`);
      const since = opts.since === undefined ? undefined : parseDate(opts.since).slice(0, 10);
      // Loaded when this command runs, so the other commands and --help start without the store and formats.
      const [{ acledCsvHeader, acledCsvRow }, { toGeoJsonFeature }, { allIncidentRecords }] =
        await Promise.all([
          import('../formats/acled-csv.js'),
          import('../formats/geojson.js'),
          import('../pipeline/incident-records.js'),
        ]);
      const db = await ctx.openDb(opts.db ?? ctx.config.db);
      const out = ctx.io.stdout;
      try {
        const records = allIncidentRecords(db, { since, includeBackground: true });
        switch (format) {
          case 'jsonl':
            for await (const record of records) await write(out, JSON.stringify(record) + '\n');
            break;
          case 'acled-csv':
            await write(out, acledCsvHeader() + '\n');
            for await (const record of records) await write(out, acledCsvRow(record) + '\n');
            break;
          case 'geojson': {
            await write(out, '{"type":"FeatureCollection","features":[');
            let first = true;
            for await (const record of records) {
              const feature = toGeoJsonFeature(record);
              if (!feature) continue;
              await write(out, (first ? '\n' : ',\n') + JSON.stringify(feature));
              first = false;
            }
            await write(out, '\n]}\n');
            break;
          }
        }
      } finally {
        await db.destroy();
      }
    });
}
