// Runs the real `sitrep` executable as a subprocess, the way users and outside tools call it.
import { spawn } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const BIN = fileURLToPath(new URL('../../bin/sitrep.js', import.meta.url));
export { SHARED } from './shared-data.js';
export const REPO = fileURLToPath(new URL('../../', import.meta.url));

let isBuildChecked = false;

/**
 * The executable, once dist/ is known to be built from the current sources: it runs compiled code, and a test
 * must fail loudly, never pass or fail on what an earlier build left there.
 */
export function builtBin(): string {
  if (!isBuildChecked) {
    const stale = staleOutput(join(REPO, 'src'));
    if (stale) throw new Error(`${stale}: run \`npm run build\` (\`npm test\` builds first)`);
    isBuildChecked = true;
  }
  return BIN;
}

/** Why dist/ does not hold the current build of `dir`'s sources, or null when it does. */
function staleOutput(dir: string): string | null {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      const stale = staleOutput(path);
      if (stale) return stale;
      continue;
    }
    if (!entry.name.endsWith('.ts') || entry.name.endsWith('.test.ts')) continue;
    const source = relative(REPO, path);
    const output = join('dist', relative(join(REPO, 'src'), path)).replace(/\.ts$/, '.js');
    const built = statSync(join(REPO, output), { throwIfNoEntry: false });
    if (!built) return `${output} is missing`;
    // tsc rewrites every output on each build, so an output older than its source predates the last edit.
    if (built.mtimeMs < statSync(path).mtimeMs) return `${output} is older than ${source}`;
  }
  return null;
}

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/** Runs `sitrep ...args`, with optional stdin and environment; kills it after `timeoutMs` (default 5 min, a hang guard). */
export function runSitrep(
  args: string[],
  options: { stdin?: string; env?: Record<string, string>; timeoutMs?: number; cwd?: string } = {},
): Promise<CliResult> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [builtBin(), ...args], {
      cwd: options.cwd ?? REPO,
      env: { ...process.env, SITREP_LOG_LEVEL: 'warn', ...options.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 300_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, ms: Date.now() - started });
    });
    child.stdin.end(options.stdin ?? '');
  });
}
