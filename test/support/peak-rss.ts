// Measures a child process's peak resident memory: a hook loaded into it writes its maxRSS on exit.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Environment that makes a `node` child record its peak RSS in `dir`, and a reader for it, in MB. */
export function peakRssProbe(dir: string): { env: Record<string, string>; peakMb(): number } {
  const hook = join(dir, 'peak-rss-hook.mjs');
  const out = join(dir, 'peak-rss.txt');
  writeFileSync(
    hook,
    `import { writeFileSync } from 'node:fs';\n` +
      `process.on('exit', () => writeFileSync(${JSON.stringify(out)}, String(process.resourceUsage().maxRSS)));\n`,
  );
  return {
    env: { NODE_OPTIONS: `--import=${pathToFileURL(hook).href}` },
    // maxRSS is in kilobytes.
    peakMb: () => Number(readFileSync(out, 'utf8')) / 1024,
  };
}
