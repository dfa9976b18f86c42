// The durable job queue: claim, complete, fail, and take back the claims of workers that died.
import type { Db, JobState } from './database.js';

export interface ClaimedJob {
  jobId: number;
  documentId: number;
  attempts: number;
}

/** Queues the processing of a document (once: a document has at most one job). */
export async function enqueueJob(db: Db, documentId: number, now: string): Promise<void> {
  await db
    .insertInto('jobs')
    .values({
      document_id: documentId,
      state: 'queued',
      claimed_by: null,
      lease_until: null,
      error: null,
      created_at: now,
      updated_at: now,
    })
    .onConflict((oc) =>
      oc
        .column('document_id')
        .doUpdateSet({ state: 'queued', claimed_by: null, lease_until: null, error: null, updated_at: now }),
    )
    .execute();
}

/**
 * Claims up to `limit` jobs for `workerId`, oldest first: queued ones, and claimed ones whose lease ran out
 * (their worker stopped without saying so). Runs in the caller's transaction so two workers never claim one job.
 */
export async function claimJobs(
  db: Db,
  claim: { workerId: string; limit: number; now: string; leaseUntil: string },
): Promise<ClaimedJob[]> {
  const candidates = await db
    .selectFrom('jobs')
    .select(['id', 'document_id', 'attempts'])
    .where((eb) =>
      eb.or([
        eb('state', '=', 'queued'),
        eb.and([eb('state', '=', 'claimed'), eb('lease_until', '<', claim.now)]),
      ]),
    )
    .orderBy('id')
    .limit(claim.limit)
    .execute();
  if (candidates.length === 0) return [];
  await db
    .updateTable('jobs')
    .set((eb) => ({
      state: 'claimed',
      claimed_by: claim.workerId,
      lease_until: claim.leaseUntil,
      attempts: eb('attempts', '+', 1),
      updated_at: claim.now,
    }))
    .where(
      'id',
      'in',
      candidates.map((c) => c.id),
    )
    .execute();
  return candidates.map((c) => ({ jobId: c.id, documentId: c.document_id, attempts: c.attempts + 1 }));
}

export async function finishJob(
  db: Db,
  jobId: number,
  state: Extract<JobState, 'done' | 'failed'>,
  error: string | null,
  now: string,
) {
  await db
    .updateTable('jobs')
    .set({ state, error, claimed_by: null, lease_until: null, updated_at: now })
    .where('id', '=', jobId)
    .execute();
}

/**
 * Puts back in the queue the jobs claimed by workers that no longer run. `isGone` answers for a worker id;
 * it can only know about workers on this machine, so others wait for their lease to run out.
 */
export async function releaseAbandonedClaims(
  db: Db,
  isGone: (workerId: string) => boolean,
  now: string,
): Promise<number> {
  const owners = await db
    .selectFrom('jobs')
    .select('claimed_by')
    .distinct()
    .where('state', '=', 'claimed')
    .execute();
  const gone = owners.map((o) => o.claimed_by).filter((id): id is string => id !== null && isGone(id));
  if (gone.length === 0) return 0;
  const result = await db
    .updateTable('jobs')
    .set({ state: 'queued', claimed_by: null, lease_until: null, updated_at: now })
    .where('state', '=', 'claimed')
    .where('claimed_by', 'in', gone)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export async function countJobs(db: Db): Promise<Record<JobState, number>> {
  const rows = await db
    .selectFrom('jobs')
    .select(['state', db.fn.countAll<number>().as('n')])
    .groupBy('state')
    .execute();
  const counts: Record<JobState, number> = { queued: 0, claimed: 0, done: 0, failed: 0 };
  for (const row of rows) counts[row.state] = Number(row.n);
  return counts;
}

/** Queues every stored document fetched on or after `since` (all when undefined) for processing again. */
export async function requeueDocuments(db: Db, since: string | undefined, now: string): Promise<number> {
  let query = db.selectFrom('documents').select('id');
  if (since !== undefined) query = query.where('fetched_at', '>=', since);
  const ids = (await query.execute()).map((r) => r.id);
  for (const id of ids) await enqueueJob(db, id, now);
  return ids.length;
}
