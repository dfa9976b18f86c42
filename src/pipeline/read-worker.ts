// A worker thread that extracts documents: the CPU-bound part of ingest that needs no gazetteer, off the main
// thread. It loads the extract stage only, so it stays small; the main thread analyzes what it returns.
import { parentPort, workerData } from 'node:worker_threads';
import { describeError } from '../core/errors.js';
import type { Article } from '../core/article.js';
import type { RawDocument } from '../core/raw-document.js';
import { extractDocument } from './extract-document.js';
import type { ReadLimits } from './read-document.js';

export interface ExtractRequest {
  id: number;
  docs: { documentId: number; doc: RawDocument }[];
}

export type ExtractResult = { documentId: number; article: Article } | { documentId: number; error: string };

const limits = workerData as ReadLimits;

parentPort?.on('message', (request: ExtractRequest) => {
  const results: ExtractResult[] = request.docs.map(({ documentId, doc }) => {
    try {
      return { documentId, article: extractDocument(doc, limits) };
    } catch (error) {
      return { documentId, error: describeError(error) };
    }
  });
  parentPort?.postMessage({ id: request.id, results });
});
