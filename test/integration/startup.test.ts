// Start-up of the executable: it runs compiled code, each command loads only the modules it uses, and the
// gazetteer is read once per process, on first use.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, it } from 'node:test';
import { BIN, builtBin, REPO } from '../support/cli.js';
import { tempDir } from '../support/temp-dir.js';

// A preload for the child process: every module it resolves and every file it reads with readFileSync
// (the gazetteer's way) is appended to the file named by SITREP_TRACE, one `module URL` or `read PATH` a line.
const HOOKS = `
import { appendFileSync } from 'node:fs';
export async function resolve(specifier, context, next) {
  const resolved = await next(specifier, context);
  appendFileSync(process.env.SITREP_TRACE, 'module ' + resolved.url + '\\n');
  return resolved;
}
`;
const PRELOAD = `
import fs from 'node:fs';
import { register, syncBuiltinESMExports } from 'node:module';
register('./hooks.mjs', import.meta.url);
const readFileSync = fs.readFileSync;
fs.readFileSync = function (path, ...rest) {
  fs.appendFileSync(process.env.SITREP_TRACE, 'read ' + String(path) + '\\n');
  return readFileSync.call(this, path, ...rest);
};
syncBuiltinESMExports();
`;

/** Packages and source folders a command that does not need them must not load. */
const HEAVY = {
  fastify: /\/node_modules\/fastify\//,
  undici: /\/node_modules\/undici\//,
  kysely: /\/node_modules\/kysely\//,
  'better-sqlite3': /\/node_modules\/better-sqlite3\//,
  warcio: /\/node_modules\/warcio\//,
  'chrono-node': /\/node_modules\/chrono-node\//,
  htmlparser2: /\/node_modules\/htmlparser2\//,
  'src/extract': /\/(dist|src)\/extract\//,
  'src/analyze': /\/(dist|src)\/analyze\//,
  'src/store': /\/(dist|src)\/store\//,
  'src/http': /\/(dist|src)\/http\//,
  'src/pipeline': /\/(dist|src)\/pipeline\//,
};

// Reports of two paragraphs each, so that every one reaches the analyzer.
const NOTES = [
  'On 3 March 2024, soldiers shot dead three civilians at a checkpoint in Turbat, Kech district, witnesses said.\n\nThe army did not comment.',
  'Rebels attacked an army post near Kidal on 2 May 2023, killing four soldiers, a local official said.\n\nResidents fled the town.',
  'Police fired tear gas at hundreds of teachers protesting unpaid salaries in Sulaymaniyah on Sunday.\n\nNo one was hurt.',
];

/** Runs `sitrep ...args` with the tracing preload; the modules it loaded and the files it read. */
function traced(
  args: string[],
  stdin = '',
): { code: number | null; stdout: string; stderr: string; modules: string[]; reads: string[] } {
  const dir = tempDir('sitrep-startup-');
  writeFileSync(join(dir, 'hooks.mjs'), HOOKS);
  writeFileSync(join(dir, 'preload.mjs'), PRELOAD);
  const trace = join(dir, 'trace.txt');
  writeFileSync(trace, '');
  const result = spawnSync(
    process.execPath,
    ['--import', pathToFileURL(join(dir, 'preload.mjs')).href, builtBin(), ...args],
    {
      cwd: REPO,
      input: stdin,
      encoding: 'utf8',
      env: { ...process.env, SITREP_LOG_LEVEL: 'warn', SITREP_TRACE: trace },
      timeout: 60_000,
    },
  );
  const lines = readFileSync(trace, 'utf8').split('\n');
  return {
    code: result.status,
    stdout: result.stdout,
    stderr: result.stderr,
    modules: lines.filter((l) => l.startsWith('module ')).map((l) => l.slice('module '.length)),
    reads: lines.filter((l) => l.startsWith('read ')).map((l) => l.slice('read '.length)),
  };
}

function loadedHeavy(modules: string[], names: (keyof typeof HEAVY)[]): string[] {
  return names.filter((name) => modules.some((url) => HEAVY[name].test(url)));
}

const ALL_HEAVY = Object.keys(HEAVY) as (keyof typeof HEAVY)[];

describe('sitrep start-up', () => {
  it('runs compiled code from dist/, not the TypeScript sources', () => {
    const result = traced(['--version']);
    assert.equal(result.code, 0, result.stderr);
    assert.equal(result.stdout, '0.1.0\n');
    assert.ok(
      result.modules.some((url) => url.endsWith('/dist/main/cli.js')),
      'dist/main/cli.js was loaded',
    );
    assert.deepEqual(
      result.modules.filter((url) => url.includes('/node_modules/tsx/') || /\/src\/.*\.ts$/.test(url)),
      [],
    );
  });

  for (const args of [['--version'], ['--help'], ['analyze', '--help'], ['ingest', '--help']]) {
    it(`loads no stage, store, server or parser for ${args.join(' ')}`, () => {
      const result = traced(args);
      assert.equal(result.code, 0, result.stderr);
      assert.ok(result.stdout.length > 0);
      assert.deepEqual(loadedHeavy(result.modules, ALL_HEAVY), []);
      assert.deepEqual(
        result.reads.filter((path) => path.endsWith('.tsv')),
        [],
      );
    });
  }

  it('analyzes a note without loading the store, the web server, the HTTP client or the WARC reader', () => {
    const dir = tempDir();
    const note = join(dir, 'note.txt');
    writeFileSync(note, `Soldiers kill three civilians in Turbat\n\n${NOTES[0]}\n`);
    const result = traced(['analyze', note, '--published', '2024-03-04']);
    assert.equal(result.code, 0, result.stderr);
    const analysis = JSON.parse(result.stdout) as { incidents: { eventType: string }[] };
    assert.ok(analysis.incidents.length > 0, result.stdout);
    assert.deepEqual(
      loadedHeavy(result.modules, [
        'fastify',
        'undici',
        'kysely',
        'better-sqlite3',
        'warcio',
        'src/store',
        'src/http',
      ]),
      [],
    );
  });

  it('reads the gazetteer once for a batch of notes, and not at all for extract', () => {
    const stdin = NOTES.map((text, i) =>
      JSON.stringify({ id: String(i), title: `Report ${i}`, text, published: '2024-05-05' }),
    ).join('\n');
    const analyzed = traced(['analyze', '--jsonl'], stdin);
    assert.equal(analyzed.code, 0, analyzed.stderr);
    const answers = analyzed.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { id: string; incidents?: unknown[] });
    assert.deepEqual(
      answers.map((a) => a.id),
      ['0', '1', '2'],
    );
    assert.ok(
      answers.every((a) => Array.isArray(a.incidents)),
      analyzed.stdout,
    );
    assert.equal(
      analyzed.reads.filter((path) => path.endsWith('/places.tsv')).length,
      1,
      analyzed.reads.join('\n'),
    );
    assert.equal(analyzed.reads.filter((path) => path.endsWith('/divisions.tsv')).length, 1);

    const page = join(REPO, 'demo/pages/horizontoday-baidoa-cafe-blast.html');
    const extracted = traced(['extract', page, '--json']);
    assert.equal(extracted.code, 0, extracted.stderr);
    assert.deepEqual(
      extracted.reads.filter((path) => path.endsWith('.tsv')),
      [],
    );
    assert.deepEqual(loadedHeavy(extracted.modules, ['src/analyze', 'src/store', 'fastify', 'kysely']), []);
  });

  it('says to build, in one line and with exit code 1, when dist/ is missing', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'bin'));
    copyFileSync(BIN, join(dir, 'bin', 'sitrep.js'));
    const result = spawnSync(process.execPath, [join(dir, 'bin', 'sitrep.js'), '--version'], {
      cwd: dir,
      encoding: 'utf8',
      timeout: 60_000,
    });
    assert.equal(result.status, 1);
    assert.equal(result.stdout, '');
    assert.equal(result.stderr, 'sitrep: not built (dist/main/cli.js is missing): run `npm run build`\n');
  });
});
