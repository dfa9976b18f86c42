// The few error classes sitrep throws; each carries what an edge (CLI exit code, HTTP status) needs.

export const ERROR_CODES = [
  'bad_input', // the caller gave us something we cannot read: empty, binary, malformed
  'too_large', // over a configured size cap
  'timeout', // over a configured time cap
  'not_found',
  'bad_request', // wrong usage of a CLI command or an API route
  'unavailable', // a dependency (database, network) failed
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

const STATUS: Record<ErrorCode, number> = {
  bad_input: 422,
  too_large: 413,
  timeout: 504,
  not_found: 404,
  bad_request: 400,
  unavailable: 503,
};

/** An error whose message is safe and useful to show to the user as is. */
export class SitrepError extends Error {
  readonly code: ErrorCode;
  readonly status: number;

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'SitrepError';
    this.code = code;
    this.status = STATUS[code];
  }
}

export function isSitrepError(error: unknown): error is SitrepError {
  return error instanceof SitrepError;
}

/** A one-line description of any thrown value, for logs and per-item batch errors. */
export function describeError(error: unknown): string {
  if (error instanceof Error) return error.message.split('\n')[0] ?? error.name;
  return String(error).split('\n')[0] ?? 'unknown error';
}
