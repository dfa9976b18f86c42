// Progress of long imports on stderr: a live line on a terminal, a line every few seconds in a log.
import type { Writable } from 'node:stream';

export interface ProgressCounts {
  ingested: number;
  unchanged: number;
  failed: number;
}

/**
 * A reporter for items settled so far, with the share done and an ETA when `total` is known. On a TTY it redraws one line (at most 10 times a second);
 * elsewhere it writes a line every 5 s, and only when asked with --progress, so logs stay quiet by default.
 */
export function createProgress(
  stream: Writable & { isTTY?: boolean },
  asked: boolean,
  now = () => Date.now(),
  total?: number,
) {
  const isTty = stream.isTTY === true;
  const enabled = isTty || asked;
  const started = now();
  let last = 0;
  const render = (c: ProgressCounts) => {
    const n = c.ingested + c.unchanged + c.failed;
    const seconds = Math.max((now() - started) / 1000, 0.001);
    const rate = n / seconds;
    const counted =
      total !== undefined && total > 0
        ? `${n}/${total} (${Math.min(100, (100 * n) / total).toFixed(0)}%)`
        : `${n}`;
    const eta =
      total !== undefined && rate > 0 && n < total ? ` · ETA ${formatDuration((total - n) / rate)}` : '';
    return `${counted} documents (${c.ingested} new, ${c.unchanged} unchanged, ${c.failed} failed) · ${rate.toFixed(1)}/s · ${formatDuration(seconds)}${eta}`;
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
