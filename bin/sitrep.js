#!/usr/bin/env node
// Entry point of the `sitrep` executable: loads the TypeScript sources through tsx, so no build step can go stale.
import { register } from 'tsx/esm/api';

register();
await import('../src/main/cli.ts');
