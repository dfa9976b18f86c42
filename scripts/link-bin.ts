// Links node_modules/.bin/sitrep to this checkout's executable, as npm does for installed packages, so
// scripts and tools that call node_modules/.bin/sitrep work in the repository itself (run by `prepare`).
import { mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const link = join(root, 'node_modules', '.bin', 'sitrep');
mkdirSync(dirname(link), { recursive: true });
rmSync(link, { force: true });
symlinkSync(relative(dirname(link), join(root, 'bin', 'sitrep.js')), link);
