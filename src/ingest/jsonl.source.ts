// JSON Lines: one document per line, `{"id", "url"?, "html"? | "text"?, "published"?, "title"?, "publisher"?}`.
import { z } from 'zod';
import type { IngestItem } from './origin.js';

/** One input line, as CONTRACT.md gives it for `analyze --jsonl` and `ingest` of a .jsonl file. */
export const JsonlDocumentSchema = z
  .object({
    id: z.union([z.string(), z.number()]).transform(String),
    url: z.string().nullish(),
    html: z.string().nullish(),
    text: z.string().nullish(),
    published: z.string().nullish(),
    title: z.string().nullish(),
    publisher: z.string().nullish(),
  })
  .refine((d) => typeof d.html === 'string' || typeof d.text === 'string', {
    message: 'needs "html" or "text"',
  });
export type JsonlDocument = z.infer<typeof JsonlDocumentSchema>;

/** Parses one line; returns the document, or a one-line reason naming the line. */
export function parseJsonlLine(line: string, origin: string): { doc: JsonlDocument } | { error: string } {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return { error: `${origin}: not valid JSON` };
  }
  const parsed = JsonlDocumentSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? `field "${issue.path.join('.')}" ` : '';
    return { error: `${origin}: ${where}${issue?.message ?? 'invalid document'}` };
  }
  return { doc: parsed.data };
}

/** Turns the lines of a JSONL file into ingest items; blank lines are skipped, bad lines become errors. */
export function* readJsonl(
  lines: Iterable<string>,
  origin: string,
  source: string,
  firstLineNumber = 1,
): Generator<IngestItem> {
  let number = firstLineNumber - 1;
  for (const line of lines) {
    number += 1;
    if (line.trim() === '') continue;
    const lineOrigin = `${origin}:${number}`;
    const result = parseJsonlLine(line, lineOrigin);
    if ('error' in result) {
      yield { kind: 'error', origin: lineOrigin, error: result.error };
      continue;
    }
    const doc = result.doc;
    const isHtml = typeof doc.html === 'string';
    yield {
      kind: 'document',
      origin: lineOrigin,
      document: {
        kind: isHtml ? 'html' : 'note',
        body: new TextEncoder().encode(isHtml ? (doc.html ?? '') : (doc.text ?? '')),
        url: doc.url ?? null,
        source,
        charset: 'utf-8',
        published: doc.published ?? null,
        title: doc.title ?? null,
        publisher: doc.publisher ?? null,
      },
    };
  }
}
