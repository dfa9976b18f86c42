// Trains the learned event typer: multinomial logistic regression over a snippet's words and word pairs, by plain
// SGD with L2 decay, deterministic (a seeded order, fixed float operations), so one corpus gives one model file.
import { createHash } from 'node:crypto';
import {
  EVENT_MODEL_LABELS,
  featuresOf,
  labelSlug,
  MODEL_FORMAT,
  softmax,
  wordsOf,
  type EventModelLabel,
} from './event-model.features.js';
import { seededRandom } from '../core/seeded-random.js';

/** One labelled snippet of the corpus. */
export interface TrainingExample {
  label: EventModelLabel;
  text: string;
}

/** Settings of a training run; the defaults are what the committed model was trained with. */
export interface TrainingOptions {
  /** Passes over the corpus (default 30). */
  epochs: number;
  /** L2 decay per example (default 1e-5). */
  l2: number;
  /**
   * L1 penalty per example (default 3e-5), applied as Tsuruoka, Tsujii and Ananiadou's cumulative penalty
   * (ACL 2009): it drives the weights of words that tell a class nothing to exactly zero, which keeps the
   * model file small.
   */
  l1: number;
  /** Initial step size (default 1); it decays as eta0 / (1 + eta0 * l2 * t). */
  learningRate: number;
  /** Seed of the order examples are visited in each pass (default 1). */
  seed: number;
  /** Features in fewer snippets than this are dropped (default 2). */
  minCount: number;
}

export const DEFAULT_TRAINING: Readonly<TrainingOptions> = Object.freeze({
  epochs: 30,
  l2: 1e-5,
  l1: 3e-5,
  learningRate: 1,
  seed: 1,
  minCount: 2,
});

/** Weights are stored as integers of 1/WEIGHT_SCALE: the file stays small and its bytes stable. */
export const WEIGHT_SCALE = 100;

/** The model file's content (src/analyze/data/event-model.json). */
export interface EventModelFile {
  format: typeof MODEL_FORMAT;
  corpus: {
    /** SHA-256 of the corpus read as sorted "slug<TAB>snippet" lines. */
    sha256: string;
    snippets: number;
    /** Snippets per class, by corpus file name. */
    perClass: Record<string, number>;
  };
  training: TrainingOptions;
  labels: EventModelLabel[];
  scale: number;
  /** Per-label bias, in 1/scale. */
  bias: number[];
  /**
   * Per feature, its non-zero weights as [label index, weight in 1/scale, ...]. Every feature kept is listed,
   * even with no weight left: its single words are the vocabulary a capitalised word must be in to be a word.
   */
  features: Record<string, number[]>;
}

const labelOrder = new Map<string, number>(EVENT_MODEL_LABELS.map((l, i) => [l, i]));

/** The examples in one canonical order (label, then text), so the folders' order or a file's line order do not matter. */
export function canonicalOrder(examples: readonly TrainingExample[]): TrainingExample[] {
  return [...examples].sort(
    (a, b) =>
      (labelOrder.get(a.label) ?? 0) - (labelOrder.get(b.label) ?? 0) ||
      (a.text < b.text ? -1 : a.text > b.text ? 1 : 0),
  );
}

/** Words written in lower case in at least `minCount` snippets: a capitalised one of them is a word, not a name. */
function knownWords(examples: readonly TrainingExample[], minCount: number): Set<string> {
  const df = new Map<string, number>();
  for (const { text } of examples) {
    const seen = new Set<string>();
    for (const w of wordsOf(text)) if (!w.isCapitalised && !w.word.startsWith('#')) seen.add(w.word);
    for (const w of seen) df.set(w, (df.get(w) ?? 0) + 1);
  }
  return new Set([...df].filter(([, n]) => n >= minCount).map(([w]) => w));
}

/** Trains a model on the examples (at least one, of at least two labels). */
export function trainEventModel(
  examples: readonly TrainingExample[],
  options: Partial<TrainingOptions> = {},
): EventModelFile {
  const settings: TrainingOptions = {
    epochs: options.epochs ?? DEFAULT_TRAINING.epochs,
    l2: options.l2 ?? DEFAULT_TRAINING.l2,
    l1: options.l1 ?? DEFAULT_TRAINING.l1,
    learningRate: options.learningRate ?? DEFAULT_TRAINING.learningRate,
    seed: options.seed ?? DEFAULT_TRAINING.seed,
    minCount: options.minCount ?? DEFAULT_TRAINING.minCount,
  };
  const corpus = canonicalOrder(examples);
  const labels = EVENT_MODEL_LABELS.filter((l) => corpus.some((e) => e.label === l));
  if (labels.length < 2)
    throw new Error(`a model needs snippets of at least two classes, got ${labels.length}`);
  const labelIndex = new Map<string, number>(labels.map((l, i) => [l, i]));

  const words = knownWords(corpus, settings.minCount);
  const isKnownWord = (w: string) => words.has(w);
  const featureLists = corpus.map((e) => featuresOf(e.text, isKnownWord));
  const df = new Map<string, number>();
  for (const list of featureLists) for (const f of list) df.set(f, (df.get(f) ?? 0) + 1);
  const kept = [...df]
    .filter(([f, n]) => n >= settings.minCount && (f.includes(' ') || f.startsWith('#') || words.has(f)))
    .map(([f]) => f)
    .sort();
  const featureIndex = new Map(kept.map((f, i) => [f, i]));
  const rows = featureLists.map((list) => Int32Array.from(list.flatMap((f) => featureIndex.get(f) ?? [])));

  const C = labels.length;
  const weights = new Float64Array(kept.length * C);
  const bias = new Float64Array(C);
  const scores = new Float64Array(C);
  // Lazy L2: the true weights are `scale * weights`, so decay costs one multiplication per example.
  let scale = 1;
  let t = 0;
  // Cumulative L1: `penalty` is what every weight would have lost so far, `applied` what each one did lose.
  let penalty = 0;
  const applied = new Float64Array(weights.length);
  const clip = (k: number) => {
    const w = (weights[k] ?? 0) * scale;
    const a = applied[k] ?? 0;
    const clipped = w > 0 ? Math.max(0, w - (penalty + a)) : w < 0 ? Math.min(0, w + (penalty - a)) : 0;
    applied[k] = a + (clipped - w);
    weights[k] = clipped / scale;
  };
  const next = seededRandom(settings.seed);
  const order = corpus.map((_, i) => i);
  for (let epoch = 0; epoch < settings.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [order[i], order[j]] = [order[j] ?? 0, order[i] ?? 0];
    }
    for (const n of order) {
      const row = rows[n];
      const target = labelIndex.get(corpus[n]?.label ?? '') ?? 0;
      if (row === undefined || row.length === 0) continue;
      const value = 1 / Math.sqrt(row.length);
      const eta = settings.learningRate / (1 + settings.learningRate * settings.l2 * t);
      t++;
      for (let c = 0; c < C; c++) {
        let s = bias[c] ?? 0;
        for (const f of row) s += (weights[f * C + c] ?? 0) * scale * value;
        scores[c] = s;
      }
      const probabilities = softmax(scores);
      scale *= 1 - eta * settings.l2;
      penalty += eta * settings.l1;
      for (let c = 0; c < C; c++) {
        const gradient = (probabilities[c] ?? 0) - (c === target ? 1 : 0);
        if (gradient === 0) continue;
        bias[c] = (bias[c] ?? 0) - eta * gradient;
        const step = (eta * gradient * value) / scale;
        for (const f of row) weights[f * C + c] = (weights[f * C + c] ?? 0) - step;
      }
      if (settings.l1 > 0) for (const f of row) for (let c = 0; c < C; c++) clip(f * C + c);
      // Keep the stored weights in range when the decay has shrunk the scale far.
      if (scale < 1e-6) {
        for (let k = 0; k < weights.length; k++) weights[k] = (weights[k] ?? 0) * scale;
        scale = 1;
      }
    }
  }

  if (settings.l1 > 0) for (let k = 0; k < weights.length; k++) clip(k);
  const features: Record<string, number[]> = {};
  kept.forEach((f, i) => {
    const pairs: number[] = [];
    for (let c = 0; c < C; c++) {
      const w = Math.round((weights[i * C + c] ?? 0) * scale * WEIGHT_SCALE);
      if (w !== 0) pairs.push(c, w);
    }
    features[f] = pairs;
  });
  const perClass: Record<string, number> = {};
  for (const l of labels) perClass[labelSlug(l)] = corpus.filter((e) => e.label === l).length;
  return {
    format: MODEL_FORMAT,
    corpus: { sha256: corpusHash(corpus), snippets: corpus.length, perClass },
    training: settings,
    labels,
    scale: WEIGHT_SCALE,
    bias: [...bias].map((b) => Math.round(b * WEIGHT_SCALE)),
    features,
  };
}

/** SHA-256 (hex) of the corpus as sorted "slug<TAB>snippet" lines: the same snippets give the same hash. */
export function corpusHash(examples: readonly TrainingExample[]): string {
  const hash = createHash('sha256');
  for (const e of canonicalOrder(examples)) hash.update(`${labelSlug(e.label)}\t${e.text}\n`);
  return hash.digest('hex');
}

/**
 * The model file as text: one feature a line, so that a retrained model diffs readably, and the same model
 * always gives the same bytes (keys in a fixed order, integers only).
 */
export function serializeEventModel(model: EventModelFile): string {
  const { features, ...head } = model;
  const lines = Object.keys(features)
    .sort()
    .map((f) => `    ${JSON.stringify(f)}: ${JSON.stringify(features[f])}`);
  const headText = JSON.stringify(head, null, 2).replace(/\n}$/, '');
  return `${headText},\n  "features": {\n${lines.join(',\n')}\n  }\n}\n`;
}
