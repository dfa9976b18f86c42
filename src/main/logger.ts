// The process's log sink on stderr: JSON lines for machines (files, pipes, log shippers), and one readable
// line per entry, `12:01:02 INFO  message key=value`, when a person watches a terminal.
import pino, { type Logger } from 'pino';

/** Where log lines go: a pino destination, shared by the CLI's logger and the web server's. */
export interface LogSink {
  /** Takes one JSON line as pino writes it. */
  write(line: string): void;
}

/** The stderr a sink writes to; `isTTY` picks the format. */
export interface LogTarget {
  isTTY?: boolean;
  write(text: string): unknown;
  hasColors?(): boolean;
}

/**
 * The sink for `stderr`: text lines when it is a terminal, else pino's own synchronous JSON destination on
 * fd 2 (synchronous so a line written just before exit is never lost).
 */
export function createLogSink(stderr: LogTarget = process.stderr): LogSink {
  if (stderr.isTTY !== true) return pino.destination({ fd: 2, sync: true });
  const isColored = stderr.hasColors?.() === true;
  return {
    write(line: string) {
      stderr.write(formatLogLine(line, { isColored }));
    },
  };
}

/** The CLI's logger: `level` as configured (SITREP_LOG_LEVEL), no pid or host name on each line. */
export function createLogger(level: string, sink: LogSink): Logger {
  return pino({ level, base: undefined }, sink);
}

const LEVELS: Record<number, string> = {
  10: 'TRACE',
  20: 'DEBUG',
  30: 'INFO',
  40: 'WARN',
  50: 'ERROR',
  60: 'FATAL',
};
const COLORS: Record<number, string> = { 40: '\x1b[33m', 50: '\x1b[31m', 60: '\x1b[41m\x1b[97m' };
const RESET = '\x1b[0m';
// pino's own keys, and the two Fastify's logger adds that say nothing to someone watching one process.
const HIDDEN = new Set(['level', 'time', 'msg', 'pid', 'hostname']);

/**
 * One pino JSON line as text: local time, level, message, then the other fields as `key=value`, nested
 * objects flattened (`req.url=/`). An error's stack follows on indented lines. Control characters and bidi
 * controls from logged input (a hostile page's title, a server's error text) are shown escaped, so a log
 * line can neither move the cursor nor reorder itself. Not JSON: returned as written.
 *
 * @example formatLogLine('{"level":30,"time":0,"msg":"serving","port":8080}\n') // '00:00:00 INFO  serving port=8080\n' (UTC)
 */
export function formatLogLine(line: string, options: { isColored?: boolean } = {}): string {
  let entry: Record<string, unknown>;
  try {
    const parsed: unknown = JSON.parse(line);
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return line;
    entry = parsed as Record<string, unknown>;
  } catch {
    return line;
  }
  const level = typeof entry.level === 'number' ? entry.level : 30;
  const label = (LEVELS[level] ?? String(level)).padEnd(5);
  const color = options.isColored === true ? COLORS[level] : undefined;
  const fields: string[] = [];
  let stack: string | undefined;
  for (const [key, value] of Object.entries(entry)) {
    if (HIDDEN.has(key)) continue;
    if (key === 'err' && value !== null && typeof value === 'object') {
      const err = value as { message?: unknown; stack?: unknown };
      if (typeof err.message === 'string') fields.push(`err=${quote(err.message)}`);
      if (typeof err.stack === 'string') stack = err.stack;
      continue;
    }
    flatten(key, value, fields);
  }
  const parts = [
    clock(typeof entry.time === 'number' ? entry.time : Date.now()),
    color ? `${color}${label}${RESET}` : label,
    clean(typeof entry.msg === 'string' ? entry.msg : ''),
    ...fields,
  ];
  const text = parts.filter((part) => part !== '').join(' ');
  const trace = stack
    ?.split('\n')
    .slice(1)
    .map((frame) => `    ${clean(frame.trim())}`)
    .join('\n');
  return `${text}${trace ? `\n${trace}` : ''}\n`;
}

function flatten(key: string, value: unknown, out: string[], depth = 0): void {
  if (value !== null && typeof value === 'object' && !Array.isArray(value) && depth < 3) {
    for (const [inner, innerValue] of Object.entries(value))
      flatten(`${key}.${inner}`, innerValue, out, depth + 1);
    return;
  }
  if (value === undefined) return;
  out.push(`${clean(key)}=${typeof value === 'string' ? quote(value) : clean(JSON.stringify(value))}`);
}

/** A value bare when it reads unambiguously, else in double quotes with JSON's escapes. */
function quote(value: string): string {
  return clean(value === '' || /[\s"=\\]/.test(value) ? JSON.stringify(value) : value);
}

// C0 and C1 controls (ESC starts terminal commands) and the bidi controls of core/bidi-controls.ts.
// eslint-disable-next-line no-control-regex -- matching control characters is the point: they are escaped
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

function clean(text: string): string {
  return text.replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function clock(ms: number): string {
  const t = new Date(ms);
  return [t.getHours(), t.getMinutes(), t.getSeconds()].map((n) => String(n).padStart(2, '0')).join(':');
}
