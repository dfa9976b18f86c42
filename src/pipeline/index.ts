// The pipeline's public face for the edges (CLI, HTTP): reading, storing, ingesting and querying.
export {
  PIPELINE_VERSION,
  analyzeExtracted,
  readDocument,
  type Reading,
  type ReadLimits,
} from './read-document.js';
export { articleIdentity, extractDocument, type ExtractedDocument } from './extract-document.js';
export { storeDocument, type PipelineDeps, type StoreOutcome } from './store-document.js';
export { ingestTargets, ingestItems, type IngestSummary, type IngestOptions } from './ingest-targets.js';
export { getIncidentRecord, listIncidentRecords, allIncidentRecords } from './incident-records.js';
export { lookupIncident, type IncidentLookup } from './incident-identity.js';
export { receiveDocument, type ReceiveOutcome } from './receive-document.js';
export {
  processQueue,
  isGoneWorker,
  WORKER_ID,
  type ProcessOutcome,
  type QueueDeps,
  type BatchReader,
} from './process-queue.js';
export {
  checkDueSources,
  checkSource,
  type PageFetcher,
  type WatchDeps,
  type CheckResult,
} from './watch-sources.js';
export { createReaderPool } from './reader-pool.js';
