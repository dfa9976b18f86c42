// `sitrep extract`: a page to an Article, or JSON Lines of pages to JSON Lines of Articles.
import type { Command } from 'commander';
import { describeError } from '../core/errors.js';
import type { extractArticle } from '../extract/index.js';
import { z } from 'zod';
import { readLimits, type CliContext } from './context.js';
import { lines, UsageError, write } from './io.js';
import { readInputFile } from './read-input-file.js';

const ExtractLineSchema = z.object({
  id: z.union([z.string(), z.number()]).transform(String),
  html: z.string().optional(),
  text: z.string().optional(),
  url: z.string().nullish(),
});

export function registerExtract(program: Command, ctx: CliContext): void {
  program
    .command('extract')
    .description('read the article (title, byline, date, body, images, tags) out of a page or text file')
    .argument('[file]', '.html, .htm or .txt file (optionally .gz)')
    .option('--url <url>', 'the URL the page was fetched from, to resolve relative links')
    .option('--json', 'print the Article as JSON (the default)')
    .option(
      '--jsonl',
      'read {"id","html","url"?} lines on stdin and print {"id","article"} or {"id","error"} lines',
    )
    .action(async (file: string | undefined, opts: { url?: string; json?: boolean; jsonl?: boolean }) => {
      const limits = readLimits(ctx);
      // The extractor loads only when this command runs, so the other commands and --help start without it.
      const { extractArticle } = await import('../extract/index.js');
      if (opts.jsonl) {
        if (file !== undefined) throw new UsageError('extract --jsonl reads stdin; do not name a file');
        for await (const line of lines(ctx.io.stdin)) {
          if (line.trim() === '') continue;
          await write(ctx.io.stdout, JSON.stringify(extractLine(line, limits, extractArticle)) + '\n');
        }
        return;
      }
      if (file === undefined) throw new UsageError('extract needs a FILE, or --jsonl to read stdin');
      const doc = await readInputFile(file, limits.maxBytes, opts.url ?? null);
      const article = extractArticle({ body: doc.body, kind: doc.kind, url: doc.url, charset: null }, limits);
      await write(ctx.io.stdout, JSON.stringify(article, null, 2) + '\n');
    });
}

function extractLine(
  line: string,
  limits: { maxBytes: number; timeoutMs: number },
  extract: typeof extractArticle,
) {
  let id: string | null = null;
  try {
    const raw: unknown = JSON.parse(line);
    const parsed = ExtractLineSchema.safeParse(raw);
    if (!parsed.success) {
      id = pickId(raw);
      return {
        id,
        error: `invalid input line: ${parsed.error.issues[0]?.path.join('.') || 'line'}: ${parsed.error.issues[0]?.message ?? ''}`,
      };
    }
    id = parsed.data.id;
    const isHtml = parsed.data.html !== undefined;
    const body = parsed.data.html ?? parsed.data.text;
    if (body === undefined) return { id, error: 'invalid input line: needs "html" or "text"' };
    const article = extract({ body, kind: isHtml ? 'html' : 'note', url: parsed.data.url ?? null }, limits);
    return { id, article };
  } catch (error) {
    return { id, error: describeError(error) };
  }
}

function pickId(raw: unknown): string | null {
  if (raw && typeof raw === 'object' && 'id' in raw) {
    const id = raw.id;
    if (typeof id === 'string' || typeof id === 'number') return String(id);
  }
  return null;
}
