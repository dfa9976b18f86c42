#!/usr/bin/env node
// Entry point of the `sitrep` executable: runs the compiled sources in dist/, which `npm install` builds (`prepare`).
import { existsSync } from 'node:fs';

const entry = new URL('../dist/main/cli.js', import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write('sitrep: not built (dist/main/cli.js is missing): run `npm run build`\n');
  process.exit(1);
}
await import(entry.href);
