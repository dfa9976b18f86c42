// The article-extraction benchmark's scoring, written from its README: word tokens, 4-token shingles as
// multisets, per-page precision and recall averaged over pages, F1 of the two means, exact-sequence accuracy.

/** Scores of one extractor over the whole benchmark; precision, recall, F1 and accuracy are in [0, 1]. */
export interface Scores {
  precision: number;
  recall: number;
  f1: number;
  accuracy: number;
  /** Pages for which the extractor returned no text (they do not count toward precision, as upstream). */
  empty: number;
  /** F1 when an empty prediction counts as precision 0 too: the stricter reading. */
  strictF1: number;
}

/** Per-page figures, for finding the pages an extractor does worst on. */
export interface PageScore {
  id: string;
  precision: number | undefined;
  recall: number | undefined;
  isExact: boolean;
}

// Python's `re.findall(r'\w+', text)` on str: Unicode letters, digits and "_"; case kept. Python's \w leaves
// combining marks out, and so does this class.
const WORD = /[\p{L}\p{N}_]+/gu;

/** The word tokens of a text, as the benchmark's metric sees them. */
export function tokenize(text: string): string[] {
  return text.match(WORD) ?? [];
}

const SHINGLE = 4;

function shingles(tokens: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  if (tokens.length === 0) return counts;
  // A text shorter than one shingle is one shingle of what there is.
  const last = Math.max(0, tokens.length - SHINGLE);
  for (let i = 0; i <= last; i += 1) {
    const key = tokens.slice(i, i + SHINGLE).join('\u0001');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

const total = (counts: Map<string, number>): number => {
  let sum = 0;
  for (const n of counts.values()) sum += n;
  return sum;
};

/** Scores one page: precision is undefined for an empty prediction, recall for an empty truth. */
export function scorePage(id: string, predicted: string, truth: string): PageScore {
  const predTokens = tokenize(predicted);
  const truthTokens = tokenize(truth);
  const pred = shingles(predTokens);
  const gold = shingles(truthTokens);
  let overlap = 0;
  for (const [key, n] of pred) overlap += Math.min(n, gold.get(key) ?? 0);
  const predCount = total(pred);
  const goldCount = total(gold);
  const isExact =
    predTokens.length === truthTokens.length && predTokens.every((token, i) => token === truthTokens[i]);
  return {
    id,
    precision: predCount === 0 ? undefined : overlap / predCount,
    recall: goldCount === 0 ? undefined : overlap / goldCount,
    isExact,
  };
}

const mean = (values: readonly number[]): number =>
  values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;
const harmonic = (p: number, r: number): number => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

/** Aggregates page scores the way the benchmark does (means over pages, then F1 of the means). */
export function aggregate(pages: readonly PageScore[]): Scores {
  const precisions = pages.flatMap((p) => (p.precision === undefined ? [] : [p.precision]));
  const recalls = pages.flatMap((p) => (p.recall === undefined ? [] : [p.recall]));
  const precision = mean(precisions);
  const recall = mean(recalls);
  const strictPrecision = mean(pages.map((p) => p.precision ?? 0));
  return {
    precision,
    recall,
    f1: harmonic(precision, recall),
    accuracy: pages.length === 0 ? 0 : pages.filter((p) => p.isExact).length / pages.length,
    empty: pages.length - precisions.length,
    strictF1: harmonic(strictPrecision, recall),
  };
}
