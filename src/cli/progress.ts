// Progress of long imports on stderr: a live line on a terminal, a line every few seconds in a log.
import type { Writable } from 'node:stream';

export interface ProgressCounts {
  ingested: number;
  unchanged: number;
  failed: number;
}

/**
 * A reporter for `count` items settled so far. On a TTY it redraws one line (at most 10 times a second);
 * elsewhere it writes a line every 5 s, and only when asked with --progress, so logs stay quiet by default.
 */
export function createProgress(
  stream: Writable & { isTTY?: boolean },
  asked: boolean,
  now = () => Date.now(),
) {
  const isTty = stream.isTTY === true;
  const enabled = isTty || asked;
  const started = now();
  let last = 0;
  const render = (c: ProgressCounts) => {
    const n = c.ingested + c.unchanged + c.failed;
    const seconds = Math.max((now() - started) / 1000, 0.001);
    return `${n} documents (${c.ingested} new, ${c.unchanged} unchanged, ${c.failed} failed) · ${(n / seconds).toFixed(1)}/s · ${formatDuration(seconds)}`;
  };
  return {
    update(c: ProgressCounts) {
      if (!enabled) return;
      const t = now();
      if (t - last < (isTty ? 100 : 5000)) return;
      last = t;
      stream.write(isTty ? `\r\x1b[2K${render(c)}` : `${render(c)}\n`);
    },
    done(c: ProgressCounts) {
      if (!enabled) return;
      stream.write(isTty ? `\r\x1b[2K${render(c)}\n` : `${render(c)}\n`);
    },
  };
}

function formatDuration(seconds: number): string {
  const s = Math.round(seconds);
  return s < 60 ? `${s}s` : `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
}
