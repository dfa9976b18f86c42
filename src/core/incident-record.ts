// An IncidentRecord is an Incident as sitrep keeps it: merged from every report that told it, with its grade.
import { z } from 'zod';
import { IncidentSchema } from './incident.js';

export const GRADES = ['single source', 'fair', 'confirmed', 'contested'] as const;
export type Grade = (typeof GRADES)[number];

export const ReportRefSchema = z.object({
  articleId: z.number().int(),
  url: z.string().nullable(),
  title: z.string(),
  publisher: z.string().nullable(),
  published: z.string().nullable(),
});
export type ReportRef = z.infer<typeof ReportRefSchema>;

export const IncidentRecordSchema = IncidentSchema.extend({
  id: z.number().int(),
  reports: z.array(ReportRefSchema),
  /** Distinct original sources behind the reports; an outlet relaying another's words does not count. */
  independentSources: z.number().int().nonnegative(),
  grade: z.enum(GRADES),
});
export type IncidentRecord = z.infer<typeof IncidentRecordSchema>;

/**
 * The answer for an id that was merged into another incident: the survivor's record, with `mergedInto` (the
 * survivor's id, which is also `id`) and `requestedId` (the id asked for), so a client can update its link.
 */
export const MergedIncidentRecordSchema = IncidentRecordSchema.extend({
  mergedInto: z.number().int(),
  requestedId: z.number().int(),
});
export type MergedIncidentRecord = z.infer<typeof MergedIncidentRecordSchema>;

/**
 * What remains of a withdrawn incident: no report tells its event any more (an upgraded reading no longer
 * finds it). `id` is the withdrawn incident, `requestedId` the id asked for (an id merged into it, or itself).
 */
export const IncidentTombstoneSchema = z.object({
  id: z.number().int(),
  requestedId: z.number().int(),
  status: z.literal('withdrawn'),
  reason: z.string(),
  withdrawnAt: z.string(),
  lastKnown: IncidentSchema.omit({ sources: true, evidence: true }),
  /** The reports it was read from; their articles keep their ids and pages. */
  reports: z.array(ReportRefSchema),
});
export type IncidentTombstone = z.infer<typeof IncidentTombstoneSchema>;
