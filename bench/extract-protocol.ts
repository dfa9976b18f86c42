// What the extraction bench's parent and its runner processes agree on: extractor names and the JSON shape.

/** The extractors the bench compares. */
export const EXTRACTORS = ['sitrep', 'readability-linkedom', 'readability-jsdom'] as const;
export type ExtractorName = (typeof EXTRACTORS)[number];

/** One page's prediction and the time its extraction call took, in milliseconds. */
export interface PageResult {
  id: string;
  text: string;
  ms: number;
  error?: string;
}

/** What a runner process prints on stdout. */
export interface RunnerOutput {
  extractor: ExtractorName;
  pages: PageResult[];
}
