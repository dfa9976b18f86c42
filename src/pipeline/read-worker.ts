// A worker thread that extracts documents: the CPU-bound part of ingest that needs no gazetteer, off the main
// thread. It loads the extract stage only, so it stays small; the main thread analyzes what it returns.
import { parentPort, workerData } from 'node:worker_threads';
import { describeError } from '../core/errors.js';
import type { RawDocument } from '../core/raw-document.js';
import { extractDocument, type ExtractedDocument } from './extract-document.js';
import type { ReadLimits } from './read-document.js';

export interface ExtractRequest {
  id: number;
  docs: { documentId: number; doc: RawDocument }[];
}

export type ExtractResult =
  { documentId: number; extracted: ExtractedDocument } | { documentId: number; error: string };

const limits = workerData as ReadLimits;

parentPort?.on('message', (request: ExtractRequest) => {
  const results: ExtractResult[] = request.docs.map(({ documentId, doc }) => {
    try {
      return { documentId, extracted: extractDocument(doc, limits) };
    } catch (error) {
      return { documentId, error: describeError(error) };
    }
  });
  parentPort?.postMessage({ id: request.id, results });
});
