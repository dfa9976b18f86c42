// Processing: queued documents are claimed in batches, read, and their results committed with the job's end.
import { hostname } from 'node:os';
import { describeError } from '../core/errors.js';
import type { Incident } from '../core/incident.js';
import type { RawDocument } from '../core/raw-document.js';
import { writeSummary } from '../analyze/index.js';
import { decideLink, linkWindow, mergeReading } from '../link/incident.linker.js';
import {
  addReport,
  claimJobs,
  findDocumentByArticleUrl,
  findLinkCandidates,
  finishJob,
  getArticleIdForDocument,
  getRawDocument,
  insertArticle,
  insertIncident,
  markDocument,
  releaseAbandonedClaims,
  updateIncident,
  type ClaimedJob,
  type Db,
} from '../store/index.js';
import { findEarlyDuplicate } from './early-duplicate.js';
import { extractDocument, type ExtractedDocument } from './extract-document.js';
import { rereadArticle } from './incident-identity.js';
import { PIPELINE_VERSION, analyzeExtracted, type Reading, type ReadLimits } from './read-document.js';

export type ProcessOutcome =
  | { kind: 'ingested'; documentId: number; articleId: number; incidentIds: number[] }
  | { kind: 'duplicate'; documentId: number; sameAs: number }
  | { kind: 'failed'; documentId: number; error: string };

/**
 * Extracts a batch of documents into articles: in this thread by default, or on worker threads (the
 * CPU-bound part that needs no gazetteer). Analysis runs in this thread, see processQueue.
 */
export type BatchReader = (
  docs: { documentId: number; doc: RawDocument }[],
) => Promise<
  ({ documentId: number; extracted: ExtractedDocument } | { documentId: number; error: string })[]
>;

type ReadResult = { documentId: number; reading: Reading } | { documentId: number; error: string };

export interface QueueDeps {
  db: Db;
  now: () => Date;
  limits: ReadLimits;
  /** Defaults to extracting in this thread. */
  readBatch?: BatchReader;
  /** The analyzer, run in this thread on each extracted document; defaults to this version's (analyzeExtracted). */
  analyze?: (extracted: ExtractedDocument) => Reading;
  /**
   * Documents received in this run and not yet processed, by id, as received: read from here instead of
   * reading back and decompressing the stored copy. Each is removed once taken.
   */
  fresh?: Map<number, RawDocument>;
}

export interface QueueOptions {
  /** Jobs claimed and committed together; larger batches mean fewer transactions. */
  batchSize?: number;
  /** How long a claim holds before another worker may take the job over. */
  leaseMs?: number;
  onOutcome?: (outcome: ProcessOutcome) => void;
}

/** This process's worker id, "host:pid". */
export const WORKER_ID = `${hostname()}:${process.pid}`;

/** True when `workerId` names a process on this machine that no longer runs. */
export function isGoneWorker(workerId: string): boolean {
  const [host, pidText] = workerId.split(':');
  const pid = Number(pidText);
  if (host !== hostname() || !Number.isInteger(pid)) return false;
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/**
 * Processes queued documents until none is left; returns every outcome. Claims of workers that died
 * (kill -9, power cut) are taken back first, so their documents are processed now, and exactly once: a
 * batch's articles, incidents and "done" marks are one transaction.
 *
 * Two batches are in flight: once a batch is extracted, the next is claimed and handed to the reader before
 * this one is analyzed and written, so reader threads extract while this thread analyzes and writes. Half
 * of the 25 jobs a batch used to hold each, so a crash still leaves at most 25 claimed jobs to be read again.
 */
export async function processQueue(deps: QueueDeps, options: QueueOptions = {}): Promise<ProcessOutcome[]> {
  const batchSize = options.batchSize ?? 12;
  const leaseMs = options.leaseMs ?? 10 * 60_000;
  const readBatch = deps.readBatch ?? readInThread(deps.limits);
  const analyze = deps.analyze ?? ((extracted: ExtractedDocument) => analyzeExtracted(extracted));
  await releaseAbandonedClaims(deps.db, isGoneWorker, deps.now().toISOString());
  const outcomes: ProcessOutcome[] = [];
  let current = await startBatch(deps, readBatch, batchSize, leaseMs);
  while (current !== undefined) {
    const extracted = await current.extracted;
    const next = await startBatch(deps, readBatch, batchSize, leaseMs);
    const batchOutcomes = await commitBatch(
      deps,
      current,
      extracted.map((result) => analyzeResult(result, analyze)),
    );
    for (const outcome of batchOutcomes) options.onOutcome?.(outcome);
    outcomes.push(...batchOutcomes);
    current = next;
  }
  return outcomes;
}

interface StartedBatch {
  claimed: ClaimedJob[];
  /** Documents found to duplicate a stored article before reading: documentId -> the stored document. */
  early: Map<number, number>;
  extracted: ReturnType<BatchReader>;
}

/** Claims up to `batchSize` jobs and starts reading them; undefined when the queue is empty. */
async function startBatch(
  deps: QueueDeps,
  readBatch: BatchReader,
  batchSize: number,
  leaseMs: number,
): Promise<StartedBatch | undefined> {
  const now = deps.now();
  const claimed = await deps.db.transaction().execute((trx) =>
    claimJobs(trx, {
      workerId: WORKER_ID,
      limit: batchSize,
      now: now.toISOString(),
      leaseUntil: new Date(now.getTime() + leaseMs).toISOString(),
    }),
  );
  if (claimed.length === 0) return undefined;
  const docs = [];
  const early = new Map<number, number>();
  for (const job of claimed) {
    const doc = await loadDocument(deps, job.documentId);
    if (!doc) continue;
    const sameAs = await findEarlyDuplicate(deps.db, job.documentId, doc, deps.limits);
    if (sameAs !== undefined) early.set(job.documentId, sameAs);
    else docs.push({ documentId: job.documentId, doc });
  }
  return { claimed, early, extracted: readBatch(docs) };
}

/** A document received in this run is still in memory: no need to read back and decompress the stored copy. */
async function loadDocument(deps: QueueDeps, documentId: number): Promise<RawDocument | undefined> {
  const fresh = deps.fresh?.get(documentId);
  if (fresh !== undefined) {
    deps.fresh?.delete(documentId);
    return fresh;
  }
  return getRawDocument(deps.db, documentId);
}

/** Writes a batch's results, its documents' marks and its jobs' ends in one transaction. */
async function commitBatch(
  deps: QueueDeps,
  batch: StartedBatch,
  results: ReadResult[],
): Promise<ProcessOutcome[]> {
  return deps.db.transaction().execute(async (trx) => {
    const done: ProcessOutcome[] = [];
    const stamp = deps.now().toISOString();
    for (const job of batch.claimed) {
      const sameAs = batch.early.get(job.documentId);
      const result = results.find((r) => r.documentId === job.documentId);
      const outcome =
        sameAs !== undefined
          ? await markDuplicate(trx, job.documentId, sameAs)
          : result === undefined
            ? ({ kind: 'failed', documentId: job.documentId, error: 'stored document is missing' } as const)
            : 'error' in result
              ? ({ kind: 'failed', documentId: job.documentId, error: result.error } as const)
              : await applyReading(trx, job.documentId, result.reading, stamp);
      if (outcome.kind === 'failed') {
        await markDocument(trx, job.documentId, 'failed', outcome.error, PIPELINE_VERSION);
        await finishJob(trx, job.jobId, 'failed', outcome.error, stamp);
      } else {
        await finishJob(trx, job.jobId, 'done', null, stamp);
      }
      done.push(outcome);
    }
    return done;
  });
}

function readInThread(limits: ReadLimits): BatchReader {
  return (docs) =>
    Promise.resolve(
      docs.map(({ documentId, doc }) => {
        try {
          return { documentId, extracted: extractDocument(doc, limits) };
        } catch (error) {
          return { documentId, error: describeError(error) };
        }
      }),
    );
}

/** Analysis of one extracted document; a failure is this document's, not the batch's. */
function analyzeResult(
  result: Awaited<ReturnType<BatchReader>>[number],
  analyze: (extracted: ExtractedDocument) => Reading,
): ReadResult {
  if ('error' in result) return result;
  try {
    return { documentId: result.documentId, reading: analyze(result.extracted) };
  } catch (error) {
    return { documentId: result.documentId, error: describeError(error) };
  }
}

async function applyReading(
  db: Db,
  documentId: number,
  reading: Reading,
  now: string,
): Promise<ProcessOutcome> {
  // The article's URL is its identity too (its canonical if on its own site, see decideArticleIdentity).
  const canonical = reading.article.url;
  if (canonical !== null) {
    const sameAs = await findDocumentByArticleUrl(db, canonical, documentId);
    if (sameAs !== undefined) return markDuplicate(db, documentId, sameAs);
  }
  const previous = await getArticleIdForDocument(db, documentId);
  if (previous !== undefined) {
    // A re-read keeps the article's id and its incidents' public ids (see incident-identity.ts).
    const incidentIds = await rereadArticle(db, previous, reading, now, (incident) =>
      linkAndStore(db, previous, incident, now),
    );
    await markDocument(db, documentId, 'processed', null, PIPELINE_VERSION);
    return { kind: 'ingested', documentId, articleId: previous, incidentIds };
  }
  const articleId = await insertArticle(db, documentId, reading.article, now, reading.canonicalClaim);
  const incidentIds: number[] = [];
  for (const incident of reading.incidents)
    incidentIds.push(await linkAndStore(db, articleId, incident, now));
  await markDocument(db, documentId, 'processed', null, PIPELINE_VERSION);
  return { kind: 'ingested', documentId, articleId, incidentIds };
}

async function markDuplicate(db: Db, documentId: number, sameAs: number): Promise<ProcessOutcome> {
  await markDocument(
    db,
    documentId,
    'duplicate',
    `same canonical URL as document ${sameAs}`,
    PIPELINE_VERSION,
  );
  return { kind: 'duplicate', documentId, sameAs };
}

async function linkAndStore(db: Db, articleId: number, incident: Incident, now: string): Promise<number> {
  const window = linkWindow(incident);
  if (window !== null) {
    const candidates = await findLinkCandidates(db, window);
    const decision = decideLink(incident, candidates);
    if (decision.kind === 'same-as') {
      const current = candidates.find((c) => c.id === decision.id);
      if (current) {
        const merged = mergeReading(current, incident);
        // Merging changes the count, date, place or sides: the summary is written again from them.
        await updateIncident(db, { ...merged, summary: writeSummary(merged) }, now);
        await addReport(db, current.id, articleId, incident, now);
        return current.id;
      }
    }
  }
  const id = await insertIncident(db, incident, now);
  await addReport(db, id, articleId, incident, now);
  return id;
}
