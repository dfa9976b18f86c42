// What an ingest source yields: a raw document, or a failed item that the batch reports and goes past.
import type { RawDocument } from '../core/raw-document.js';

/** One item read from a source. `origin` names it for messages: a file path, "file.jsonl:12", a URL. */
export type IngestItem =
  | { kind: 'document'; origin: string; document: RawDocument }
  | { kind: 'error'; origin: string; error: string };

/** Options every source accepts. */
export interface SourceOptions {
  /** Publication date for documents that carry none (plain-text files), ISO 8601. */
  published?: string | null;
  /** Largest input accepted, in bytes. */
  maxBytes: number;
}
