// `sitrep analyze`: an article (page or text) to ACLED-coded incidents, as JSON, JSON Lines or ACLED CSV.
import type { Command } from 'commander';
import { describeError } from '../core/errors.js';
import type { RawDocument } from '../core/raw-document.js';
import type { parseJsonlLine } from '../ingest/jsonl.source.js';
import type { readDocument } from '../pipeline/read-document.js';
import { readLimits, type CliContext } from './context.js';
import { lines, UsageError, write } from './io.js';
import { readInputFile, readInputStream } from './read-input-file.js';

const FORMATS = ['json', 'acled-csv'] as const;
type Format = (typeof FORMATS)[number];

/** The stages a JSON Lines input line goes through, loaded when the command runs. */
interface LineReader {
  readDocument: typeof readDocument;
  parseJsonlLine: typeof parseJsonlLine;
}

export function registerAnalyze(program: Command, ctx: CliContext): void {
  program
    .command('analyze')
    .description(
      'code the incidents an article reports (ACLED event type, date, place, actors, fatalities, sources)',
    )
    .argument(
      '[file]',
      '.html, .htm or .txt file (optionally .gz); "-" or none with input piped: one report on stdin',
    )
    .option(
      '--published <date>',
      'publication date (ISO 8601) that anchors relative dates such as "on Thursday"',
    )
    .option('--json', 'print {article, incidents} as JSON (the default)')
    .option(
      '--jsonl',
      'read {"id","text"|"html","published"?} lines on stdin; print {"id","incidents"} lines',
    )
    .option('--format <format>', `output format: ${FORMATS.join(', ')}`, 'json')
    .action(
      async (file: string | undefined, opts: { published?: string; jsonl?: boolean; format: string }) => {
        const format = parseFormat(opts.format);
        const published = opts.published === undefined ? null : parseDate(opts.published);
        const limits = readLimits(ctx);
        // The analyzer loads only when this command runs; its own modules, not the pipeline's and ingest's
        // indexes, which would bring the store, the fetcher and the WARC reader along.
        const [{ readDocument }, { parseJsonlLine }] = await Promise.all([
          import('../pipeline/read-document.js'),
          import('../ingest/jsonl.source.js'),
        ]);
        if (opts.jsonl) {
          if (file !== undefined) throw new UsageError('analyze --jsonl reads stdin; do not name a file');
          let number = 0;
          for await (const line of lines(ctx.io.stdin)) {
            number += 1;
            if (line.trim() === '') continue;
            await write(
              ctx.io.stdout,
              JSON.stringify(
                analyzeLine(line, `stdin:${number}`, published, limits, { readDocument, parseJsonlLine }),
              ) + '\n',
            );
          }
          return;
        }
        const doc = await readReport(file, ctx, limits.maxBytes);
        const reading = readDocument({ ...doc, published }, limits, published);
        const { incidents } = reading;
        // Nothing is stored here, so no identity is at stake: the article states its canonical URL as
        // CONTRACT.md has it, the same as `extract` prints (a file has no fetched URL to check it against).
        const article = { ...reading.article, url: reading.article.url ?? reading.canonicalClaim };
        if (format === 'acled-csv') {
          const { acledCsvHeader, acledCsvRow } = await import('../formats/acled-csv.js');
          await write(ctx.io.stdout, [acledCsvHeader(), ...incidents.map(acledCsvRow)].join('\n') + '\n');
        } else {
          await write(ctx.io.stdout, JSON.stringify({ article, incidents }, null, 2) + '\n');
        }
      },
    );
}

/**
 * The report to analyze: the named file, or stdin for "-" and for no FILE when stdin is piped (not a
 * terminal, where waiting for typed input would look like a hang). Empty piped stdin with no FILE is a usage
 * error, as if nothing was given; an empty "-" is an empty document.
 */
async function readReport(file: string | undefined, ctx: CliContext, maxBytes: number): Promise<RawDocument> {
  if (file !== undefined && file !== '-') return readInputFile(file, maxBytes, null);
  const isTerminal = (ctx.io.stdin as { isTTY?: boolean }).isTTY === true;
  if (file === undefined && isTerminal) {
    throw new UsageError('analyze needs a FILE, "-" or a report piped on stdin, or --jsonl');
  }
  const doc = await readInputStream(ctx.io.stdin, maxBytes);
  if (file === undefined && doc.body.length === 0) {
    throw new UsageError('analyze needs a FILE, "-" or a report piped on stdin, or --jsonl');
  }
  return doc;
}

function analyzeLine(
  line: string,
  origin: string,
  published: string | null,
  limits: { maxBytes: number; timeoutMs: number },
  { readDocument, parseJsonlLine }: LineReader,
) {
  const parsed = parseJsonlLine(line, origin);
  if ('error' in parsed) return { id: idOf(line), error: parsed.error };
  const { doc } = parsed;
  try {
    const isHtml = typeof doc.html === 'string';
    const raw: RawDocument = {
      kind: isHtml ? 'html' : 'note',
      body: new TextEncoder().encode(isHtml ? (doc.html ?? '') : (doc.text ?? '')),
      url: doc.url ?? null,
      source: 'jsonl',
      charset: 'utf-8',
      published: doc.published ?? published,
      title: doc.title ?? null,
      publisher: doc.publisher ?? null,
    };
    const { incidents } = readDocument(raw, limits, doc.published ?? published);
    return { id: doc.id, incidents };
  } catch (error) {
    return { id: doc.id, error: describeError(error) };
  }
}

function idOf(line: string): string | null {
  try {
    const value = JSON.parse(line) as { id?: unknown };
    return typeof value.id === 'string' || typeof value.id === 'number' ? String(value.id) : null;
  } catch {
    return null;
  }
}

function parseFormat(format: string): Format {
  const found = FORMATS.find((f) => f === format);
  if (!found) throw new UsageError(`unknown format "${format}": use one of ${FORMATS.join(', ')}`);
  return found;
}

/** Validates a --published or --since value: an ISO 8601 date or date-time. */
export function parseDate(value: string): string {
  if (
    !/^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(value) ||
    Number.isNaN(Date.parse(value))
  ) {
    throw new UsageError(`invalid date "${value}": use ISO 8601, e.g. 2016-01-08`);
  }
  return value;
}
