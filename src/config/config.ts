// The only reader of process.env: validates the environment once and returns a frozen, typed Config.
import { z } from 'zod';

const EnvSchema = z.object({
  SITREP_DB: z.string().min(1).default('./data/sitrep.db'),
  SITREP_PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  SITREP_HOST: z.string().min(1).default('localhost'),
  SITREP_BASE_URL: z.url().optional(),
  SITREP_SMTP_URL: z.string().optional(),
  SITREP_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Comma-separated addresses or CIDRs the fetcher may reach although not public ("127.0.0.1,10.0.0.0/8"). */
  SITREP_FETCH_ALLOW: z.string().optional(),
  /** Limit for one HTTP exchange, in ms. */
  SITREP_FETCH_TIMEOUT_MS: z.coerce.number().int().positive().default(30_000),
  /** Politeness: the least gap between two requests to one host, in ms. */
  SITREP_FETCH_DELAY_MS: z.coerce.number().int().min(0).default(1_000),
  /** Largest document the pipeline reads, in bytes. */
  SITREP_MAX_DOCUMENT_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .default(32 * 1024 * 1024),
});

export interface Config {
  /** SQLite file path (a `postgres://` URL is reserved for the PostgreSQL store). */
  readonly db: string;
  readonly port: number;
  readonly host: string;
  /** Public URL of the web app, used in links sent by e-mail; null when not set, and the server's own address is used. */
  readonly baseUrl: string | null;
  readonly smtpUrl: string | null;
  readonly logLevel: z.infer<typeof EnvSchema>['SITREP_LOG_LEVEL'];
  readonly maxDocumentBytes: number;
  /** Non-public addresses the fetcher may reach; empty means only public ones (the SSRF guard). */
  readonly fetchAllow: readonly string[];
  readonly fetchTimeoutMs: number;
  readonly fetchDelayMs: number;
}

/** Reads the configuration from an environment (process.env by default); throws a readable error on bad values. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = EnvSchema.safeParse(stripEmpty(env));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const key = issue?.path.join('.') ?? 'environment';
    throw new Error(`invalid configuration: ${key}: ${issue?.message ?? 'bad value'}`);
  }
  const e = parsed.data;
  return Object.freeze({
    db: e.SITREP_DB,
    port: e.SITREP_PORT,
    host: e.SITREP_HOST,
    // Not defaulted from SITREP_PORT: `serve --port` may serve elsewhere, and only the server knows where.
    baseUrl: e.SITREP_BASE_URL ?? null,
    smtpUrl: e.SITREP_SMTP_URL ?? null,
    logLevel: e.SITREP_LOG_LEVEL,
    maxDocumentBytes: e.SITREP_MAX_DOCUMENT_BYTES,
    fetchTimeoutMs: e.SITREP_FETCH_TIMEOUT_MS,
    fetchDelayMs: e.SITREP_FETCH_DELAY_MS,
    fetchAllow: Object.freeze(
      (e.SITREP_FETCH_ALLOW ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  });
}

// An exported-but-empty variable (SITREP_DB=) means "not set", as shells and CI files often produce them.
function stripEmpty(env: Record<string, string | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(env)) if (value !== undefined && value !== '') out[key] = value;
  return out;
}
