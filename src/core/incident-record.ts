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
