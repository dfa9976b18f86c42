// A worker thread that reads documents (extract + analyze): the CPU-bound part of ingest, off the main thread.
import { parentPort, workerData } from 'node:worker_threads';
import { describeError } from '../core/errors.js';
import type { RawDocument } from '../core/raw-document.js';
import { readDocument, type ReadLimits } from './read-document.js';

export interface ReadRequest {
  id: number;
  docs: { documentId: number; doc: RawDocument }[];
}

const limits = workerData as ReadLimits;

parentPort?.on('message', (request: ReadRequest) => {
  const results = request.docs.map(({ documentId, doc }) => {
    try {
      return { documentId, reading: readDocument(doc, limits) };
    } catch (error) {
      return { documentId, error: describeError(error) };
    }
  });
  parentPort?.postMessage({ id: request.id, results });
});
