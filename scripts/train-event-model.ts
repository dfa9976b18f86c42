// Trains the learned event typer on the project's own corpus (training/event-typing*: one .txt file per class, one
// snippet a line, "#" comments) and writes src/analyze/data/event-model.json; same corpus, same bytes.
// Run: npm run train:event-model [-- --corpus DIR ...] [--out FILE] [--folds K] [--epochs N] [--l2 X]
//      [--l1 X] [--learning-rate X] [--seed N]   (--folds K prints K-fold cross-validated accuracy on the corpus, writes nothing)
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadEventModel } from '../src/analyze/event-model.classifier.js';
import { getLabelBySlug, labelSlug, type EventModelLabel } from '../src/analyze/event-model.features.js';
import {
  canonicalOrder,
  serializeEventModel,
  trainEventModel,
  type TrainingExample,
  type TrainingOptions,
} from '../src/analyze/event-model.trainer.js';

const REPO = fileURLToPath(new URL('..', import.meta.url));

class UsageError extends Error {}

interface Options {
  corpora: string[];
  out: string;
  folds: number | undefined;
  training: Partial<TrainingOptions>;
}

function readOptions(argv: string[]): Options {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        corpus: { type: 'string', multiple: true },
        out: { type: 'string' },
        folds: { type: 'string' },
        epochs: { type: 'string' },
        l2: { type: 'string' },
        l1: { type: 'string' },
        'learning-rate': { type: 'string' },
        seed: { type: 'string' },
      },
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const number = (name: string, text: string | undefined, isValid: (n: number) => boolean) => {
    if (text === undefined) return undefined;
    const n = Number(text);
    if (text.trim() === '' || !isValid(n)) throw new UsageError(`invalid --${name} "${text}"`);
    return n;
  };
  const isCount = (n: number) => Number.isInteger(n) && n >= 1;
  const corpora = (values.corpus ?? defaultCorpora()).map((dir) => resolve(dir));
  if (corpora.length === 0) throw new UsageError(`no corpus folder: training/event-typing* is absent`);
  for (const dir of corpora) {
    if (!existsSync(dir) || !statSync(dir).isDirectory())
      throw new UsageError(`no such corpus folder: ${dir}`);
  }
  const training: Partial<TrainingOptions> = {};
  const epochs = number('epochs', values.epochs, isCount);
  const l2 = number('l2', values.l2, (n) => Number.isFinite(n) && n >= 0 && n < 1);
  const l1 = number('l1', values.l1, (n) => Number.isFinite(n) && n >= 0 && n < 1);
  const rate = number('learning-rate', values['learning-rate'], (n) => Number.isFinite(n) && n > 0);
  const seed = number('seed', values.seed, (n) => Number.isInteger(n) && n >= 0);
  if (epochs !== undefined) training.epochs = epochs;
  if (l2 !== undefined) training.l2 = l2;
  if (l1 !== undefined) training.l1 = l1;
  if (rate !== undefined) training.learningRate = rate;
  if (seed !== undefined) training.seed = seed;
  return {
    corpora,
    out: resolve(values.out ?? join(REPO, 'src/analyze/data/event-model.json')),
    folds: number('folds', values.folds, (n) => Number.isInteger(n) && n >= 2),
    training,
  };
}

/** Every corpus folder of the repository: training/event-typing and its kin (training/event-typing-b, ...). */
function defaultCorpora(): string[] {
  const root = join(REPO, 'training');
  if (!existsSync(root)) return [];
  return readdirSync(root)
    .filter((name) => /^event-typing(?:-[\w-]+)?$/.test(name))
    .sort()
    .map((name) => join(root, name))
    .filter((dir) => statSync(dir).isDirectory());
}

/** The snippets of every class file in the folders; a file named for no class is a usage error. */
function readCorpus(dirs: readonly string[]): TrainingExample[] {
  const examples: TrainingExample[] = [];
  for (const dir of dirs) {
    for (const name of readdirSync(dir).sort()) {
      if (!name.endsWith('.txt')) continue;
      const label = getLabelBySlug(name.slice(0, -4));
      if (label === undefined) {
        throw new UsageError(`${join(dir, name)}: no class is named "${name.slice(0, -4)}"`);
      }
      for (const line of readFileSync(join(dir, name), 'utf8').split(/\r?\n/)) {
        const text = line.trim();
        if (text !== '' && !text.startsWith('#')) examples.push({ label, text });
      }
    }
  }
  return examples;
}

/** K-fold accuracy on the corpus itself: each snippet typed by a model trained without its fold. */
function crossValidate(
  examples: readonly TrainingExample[],
  folds: number,
  training: Partial<TrainingOptions>,
) {
  const corpus = canonicalOrder(examples);
  const right = new Map<EventModelLabel, number>();
  const total = new Map<EventModelLabel, number>();
  const confused = new Map<string, number>();
  for (let k = 0; k < folds; k++) {
    const model = loadEventModel(
      serializeEventModel(
        trainEventModel(
          corpus.filter((_, i) => i % folds !== k),
          training,
        ),
      ),
    );
    corpus.forEach((e, i) => {
      if (i % folds !== k) return;
      const guess = model.classify(e.text).label;
      total.set(e.label, (total.get(e.label) ?? 0) + 1);
      if (guess === e.label) right.set(e.label, (right.get(e.label) ?? 0) + 1);
      else confused.set(`${e.label} -> ${guess}`, (confused.get(`${e.label} -> ${guess}`) ?? 0) + 1);
    });
  }
  let allRight = 0;
  for (const [label, n] of total) {
    const r = right.get(label) ?? 0;
    allRight += r;
    console.log(
      `${labelSlug(label).padEnd(40)} ${String(r).padStart(4)}/${String(n).padEnd(4)} ${((100 * r) / n).toFixed(1)} %`,
    );
  }
  console.log(
    `cross-validated accuracy, ${folds} folds: ${((100 * allRight) / corpus.length).toFixed(1)} % of ${corpus.length}`,
  );
  const top = [...confused].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 15);
  for (const [pair, n] of top) console.log(`  confused ${n}x: ${pair}`);
}

function main(): number {
  let options: Options;
  let examples: TrainingExample[];
  try {
    options = readOptions(process.argv.slice(2));
    examples = readCorpus(options.corpora);
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`train:event-model: ${error.message}`);
      return 2;
    }
    throw error;
  }
  try {
    if (options.folds !== undefined) {
      crossValidate(examples, options.folds, options.training);
      return 0;
    }
    const model = trainEventModel(examples, options.training);
    const text = serializeEventModel(model);
    writeFileSync(options.out, text);
    const classes = Object.entries(model.corpus.perClass)
      .map(([slug, n]) => `${slug} ${n}`)
      .join(', ');
    console.error(
      `train:event-model: ${model.corpus.snippets} snippets of ${model.labels.length} classes (${classes}); ` +
        `${Object.keys(model.features).length} features; ${(text.length / 1024).toFixed(0)} KB to ${options.out}; ` +
        `corpus sha256 ${model.corpus.sha256}`,
    );
    return 0;
  } catch (error) {
    console.error(`train:event-model: ${(error as Error).message}`);
    return 1;
  }
}

process.exitCode = main();
