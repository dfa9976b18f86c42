// The shared benchmark and seed data beside the repository (../shared): present in CI, absent in a fresh clone,
// where the tests that need it skip with a one-line reason instead of failing.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The folder `../shared/` next to the repository, with a trailing slash. */
export const SHARED = fileURLToPath(new URL('../../../shared/', import.meta.url));

/**
 * node:test's `skip` option for a test that reads `../shared/<path>`: `false` when every path exists, else
 * the reason, e.g. `{ skip: needsShared('seed/report.txt') }`.
 */
export function needsShared(...paths: string[]): false | string {
  const missing = paths.find(
    (path) => !existsSync(new URL(path, new URL('../../../shared/', import.meta.url))),
  );
  return missing === undefined ? false : `needs ../shared/${missing}, absent beside this clone`;
}
