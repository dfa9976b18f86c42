// npm run train:event-model as the coordinator runs it: corpus folders in, one model file out, the same bytes on
// every run, and a one-line reason with exit code 2 for a bad folder or a file named for no class.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { REPO } from '../support/cli.js';
import { tempDir } from '../support/temp-dir.js';

const FILES: Record<string, string[]> = {
  'peaceful-protest.txt': [
    '# Demonstrations without violence or intervention.',
    'Hundreds of teachers marched peacefully through Tarso to demand unpaid salaries.',
    'Nurses held a sit-in outside the ministry in Velmor, demanding better pay.',
    '',
    'Students rallied peacefully in the main square against the fee increase.',
  ],
  'arrests.txt': [
    'Police arrested an opposition leader at his home in Oruma on charges of sedition.',
    'Security forces arrested two journalists in Velmor and held them without charge.',
    'Police detained a union leader at dawn and arrested his deputy later that day.',
  ],
};
const MORE: Record<string, string[]> = {
  'out-of-scope-natural-disaster.txt': [
    'Floods swept away homes after heavy rain in the valley of Meru.',
    'A landslide after heavy rain buried six houses in the hills above Tarso.',
    'Heavy rain caused floods that killed three children in Oruma.',
  ],
};

function writeCorpus(files: Record<string, string[]>): string {
  const dir = join(tempDir('sitrep-corpus-'), 'event-typing');
  mkdirSync(dir);
  for (const [name, lines] of Object.entries(files)) writeFileSync(join(dir, name), lines.join('\n'));
  return dir;
}

function train(args: string[]) {
  return spawnSync(
    process.execPath,
    ['--import', 'tsx', join(REPO, 'scripts', 'train-event-model.ts'), ...args],
    { cwd: REPO, encoding: 'utf8', timeout: 120_000 },
  );
}

describe('train:event-model', () => {
  it('trains on several corpus folders and writes the same bytes twice', () => {
    const a = writeCorpus(FILES);
    const b = writeCorpus(MORE);
    const out = tempDir();
    const first = train(['--corpus', a, '--corpus', b, '--out', join(out, 'one.json')]);
    assert.equal(first.status, 0, first.stderr);
    assert.match(first.stderr, /9 snippets of 3 classes/);
    // The folders' order does not matter: the corpus is read in one canonical order.
    const second = train(['--corpus', b, '--corpus', a, '--out', join(out, 'two.json')]);
    assert.equal(second.status, 0, second.stderr);
    const text = readFileSync(join(out, 'one.json'), 'utf8');
    assert.equal(readFileSync(join(out, 'two.json'), 'utf8'), text);
    const model = JSON.parse(text) as { corpus: { perClass: Record<string, number> }; labels: string[] };
    assert.deepEqual(model.corpus.perClass, {
      'peaceful-protest': 3,
      arrests: 3,
      'out-of-scope-natural-disaster': 3,
    });
    assert.deepEqual(model.labels, ['Peaceful protest', 'Arrests', 'natural disaster']);
  });

  it('cross-validates on the corpus without writing a model', () => {
    const out = join(tempDir(), 'model.json');
    const result = train(['--corpus', writeCorpus({ ...FILES, ...MORE }), '--folds', '3', '--out', out]);
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /cross-validated accuracy, 3 folds: \d+\.\d % of 9/);
    assert.throws(() => readFileSync(out));
  });

  it('refuses a file named for no class, a missing folder and a bad option with exit code 2', () => {
    const dir = writeCorpus({ ...FILES, 'armed-clashes.txt': ['Troops fought rebels near the border.'] });
    const misnamed = train(['--corpus', dir, '--out', join(tempDir(), 'm.json')]);
    assert.equal(misnamed.status, 2);
    assert.match(
      misnamed.stderr,
      /^train:event-model: .*armed-clashes\.txt: no class is named "armed-clashes"\n$/,
    );
    const missing = train(['--corpus', join(tempDir(), 'absent')]);
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /^train:event-model: no such corpus folder: .*absent\n$/);
    const bad = train(['--corpus', writeCorpus(FILES), '--epochs', 'many']);
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /^train:event-model: invalid --epochs "many"\n$/);
  });

  it('fails with exit code 1 and a reason when the corpus has one class only', () => {
    const result = train([
      '--corpus',
      writeCorpus({ 'arrests.txt': FILES['arrests.txt'] ?? [] }),
      '--out',
      join(tempDir(), 'm.json'),
    ]);
    assert.equal(result.status, 1);
    assert.match(
      result.stderr,
      /^train:event-model: a model needs snippets of at least two classes, got 1\n$/,
    );
  });
});
