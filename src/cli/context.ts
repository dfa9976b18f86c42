// What every command receives from the composition root: streams, configuration and real adapters.
import type { Config } from '../config/config.js';
import type { PageFetcher } from '../pipeline/index.js';
import type { Db } from '../store/index.js';
import type { CliIo } from './io.js';

export interface ServeOptions {
  port: number;
  host: string;
  db: Db;
}

export interface CliContext {
  io: CliIo;
  config: Config;
  /** Opens and migrates the database at `spec` (a SQLite path). */
  openDb(spec: string): Promise<Db>;
  now(): Date;
  /** Starts the web server; resolves once it listens, with the address and a way to stop it. */
  serve(options: ServeOptions): Promise<{ url: string; close(): Promise<void> }>;
  /** A polite, SSRF-guarded HTTP client for watching sources; the caller closes it. Async: the client loads on first use. */
  createFetcher(): Promise<PageFetcher & { close(): Promise<void> }>;
  /** Writes a log line on stderr (the CLI's own progress and warnings). */
  log(level: 'info' | 'warn' | 'error', message: string, fields?: Record<string, unknown>): void;
}

/**
 * The size and time caps every command reads documents under. The time cap counts the reading thread's CPU
 * time: a legitimate 30 MB page takes about 5 s of it, a pathological one is stopped after 10 s of it.
 */
export function readLimits(ctx: Pick<CliContext, 'config'>): { maxBytes: number; timeoutMs: number } {
  return { maxBytes: ctx.config.maxDocumentBytes, timeoutMs: 10_000 };
}
