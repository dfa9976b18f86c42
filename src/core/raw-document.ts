// A RawDocument is one page or text exactly as it arrived, before any reading of it.
import { z } from 'zod';

/**
 * `text` is a plain-text copy of a page (first line the headline); `note` is text that is all body, as a JSON
 * Lines `text` field carries it (an ACLED note, a wire snippet, one sentence): it is never split into a title.
 */
export const DOCUMENT_KINDS = ['html', 'text', 'note'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const RawDocumentSchema = z.object({
  kind: z.enum(DOCUMENT_KINDS),
  /** The exact bytes received; kept in the store so a later pipeline version can re-read them. */
  body: z.custom<Uint8Array>((value) => value instanceof Uint8Array, 'expected bytes'),
  /** Where it came from: a URL, or file:// for local files. */
  url: z.string().nullable(),
  /** How it reached us: "file", "feed", "jsonl", "http". */
  source: z.string(),
  /** Charset named by the transport (HTTP header), when there was one. */
  charset: z.string().nullable(),
  /** A publication date supplied from outside the document (feed item date, --published). */
  published: z.string().nullable(),
  /** Title and publisher supplied from outside the document (feed or JSONL metadata). */
  title: z.string().nullable(),
  publisher: z.string().nullable(),
});
export type RawDocument = z.infer<typeof RawDocumentSchema>;
