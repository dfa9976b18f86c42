// The learned event typer at run time: reads the committed model (src/analyze/data/event-model.json, trained by
// `npm run train:event-model` on training/event-typing) once, and types a snippet into a sub-event type or an
// out-of-scope kind with a probability.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import {
  EVENT_MODEL_LABELS,
  featuresOf,
  MODEL_FORMAT,
  softmax,
  type EventModelLabel,
} from './event-model.features.js';

/** One label's share of the model's belief. */
export interface LabelProbability {
  label: EventModelLabel;
  probability: number;
}

/** What the model says of a snippet. */
export interface EventModelVerdict {
  /** The most probable label. */
  label: EventModelLabel;
  /** Its probability (0..1). */
  probability: number;
  /** Every label the model knows, most probable first. */
  ranked: LabelProbability[];
  /** How many of the snippet's features the model knows; with none, the verdict is the corpus' prior. */
  knownFeatures: number;
}

/** A loaded model. */
export interface EventModel {
  classify(text: string): EventModelVerdict;
  readonly labels: readonly EventModelLabel[];
  /** The corpus it was trained on, as the file records it. */
  readonly corpus: { sha256: string; snippets: number; perClass: Readonly<Record<string, number>> };
}

const ModelSchema = z.object({
  format: z.literal(MODEL_FORMAT),
  corpus: z.object({
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    snippets: z.number().int().nonnegative(),
    perClass: z.record(z.string(), z.number().int().nonnegative()),
  }),
  labels: z.array(z.enum(EVENT_MODEL_LABELS)).min(2),
  scale: z.number().positive(),
  bias: z.array(z.number().int()),
  // Checked entry by entry while the weights are built: a schema over 7,000 arrays cost most of the load.
  features: z.custom<Record<string, unknown>>(
    (value) => typeof value === 'object' && value !== null && !Array.isArray(value),
    'features must be an object',
  ),
});

/** Builds a model from the model file's text; exported for tests with small models. Throws on a malformed file. */
export function loadEventModel(json: string): EventModel {
  const parsed = ModelSchema.safeParse(JSON.parse(json));
  if (!parsed.success) {
    throw new Error(`event model file is malformed: ${parsed.error.issues[0]?.message ?? 'unknown'}`);
  }
  const file = parsed.data;
  const C = file.labels.length;
  if (file.bias.length !== C) throw new Error(`event model has ${file.bias.length} biases for ${C} labels`);
  const bias = Float64Array.from(file.bias, (b) => b / file.scale);
  // All weights in one typed array of [label index, weight] pairs, a feature's at offsets[at]..offsets[at + 1]:
  // one typed array per feature cost a third of the load.
  const entries = Object.entries(file.features);
  const offsets = new Int32Array(entries.length + 1);
  for (let at = 0; at < entries.length; at++) {
    const pairs = entries[at]?.[1];
    if (!Array.isArray(pairs) || pairs.length % 2 !== 0) {
      throw new Error(`event model feature "${entries[at]?.[0]}" has malformed weights`);
    }
    offsets[at + 1] = (offsets[at] ?? 0) + pairs.length;
  }
  const pairs = new Int32Array(offsets[entries.length] ?? 0);
  const featureAt = new Map<string, number>();
  entries.forEach(([feature, list], at) => {
    featureAt.set(feature, at);
    const start = offsets[at] ?? 0;
    (list as unknown[]).forEach((v, k) => {
      if (!Number.isInteger(v) || (k % 2 === 0 && ((v as number) < 0 || (v as number) >= C))) {
        throw new Error(`event model feature "${feature}" has malformed weights`);
      }
      pairs[start + k] = v as number;
    });
  });
  const isKnownWord = (word: string) => featureAt.has(word);
  const scores = new Float64Array(C);
  return {
    labels: file.labels,
    corpus: file.corpus,
    classify(text: string): EventModelVerdict {
      const known = featuresOf(text, isKnownWord).flatMap((f) => featureAt.get(f) ?? []);
      scores.set(bias);
      // The training script reads a snippet as the unit vector of its known features; so does this.
      const value = known.length === 0 ? 0 : 1 / Math.sqrt(known.length) / file.scale;
      for (const at of known) {
        for (let k = offsets[at] ?? 0; k < (offsets[at + 1] ?? 0); k += 2) {
          const c = pairs[k] ?? 0;
          scores[c] = (scores[c] ?? 0) + (pairs[k + 1] ?? 0) * value;
        }
      }
      const probabilities = softmax(scores);
      const ranked = file.labels
        .map((label, i) => ({ label, probability: probabilities[i] ?? 0 }))
        .sort((a, b) => b.probability - a.probability);
      const top = ranked[0] ?? { label: file.labels[0] ?? 'Other', probability: 0 };
      return { label: top.label, probability: top.probability, ranked, knownFeatures: known.length };
    },
  };
}

let loaded: EventModel | undefined;

// Resolved from the package root as the gazetteer is, so the compiled module reads the same committed file.
const MODEL_FILE = new URL('../../src/analyze/data/event-model.json', import.meta.url);

/** The committed model, read on first use and kept for the life of the process. */
export function getEventModel(): EventModel {
  loaded ??= loadEventModel(readFileSync(MODEL_FILE, 'utf8'));
  return loaded;
}

/**
 * Types one snippet (a sentence or a short report) with the committed model.
 *
 * @example classifySnippet('A landslide buried six houses after a night of heavy rain.').label
 * // 'natural disaster'
 */
export function classifySnippet(text: string): EventModelVerdict {
  return getEventModel().classify(text);
}

export { isOutOfScopeLabel, type EventModelLabel } from './event-model.features.js';
