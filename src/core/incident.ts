// The Incident: one coded event read out of an article, in the shape CONTRACT.md promises to outside tools.
import { z } from 'zod';
import { ACTOR_KINDS, ACTOR_ROLES, EVENT_TYPES, SOURCE_KINDS } from './acled.js';

/** ACLED precision: 1 = day (or town), 2 = a few days or a week (or district), 3 = month or longer (or province). */
export const PrecisionSchema = z.union([z.literal(1), z.literal(2), z.literal(3)]);
export type Precision = z.infer<typeof PrecisionSchema>;

export const IncidentDateSchema = z.object({
  /** YYYY-MM-DD, or null when the text gives no usable date. */
  start: z.string().nullable(),
  end: z.string().nullable(),
  precision: PrecisionSchema,
});
export type IncidentDate = z.infer<typeof IncidentDateSchema>;

export const IncidentLocationSchema = z.object({
  name: z.string(),
  admin1: z.string().nullable(),
  country: z.string(),
  iso3: z.string(),
  lat: z.number(),
  lon: z.number(),
  precision: PrecisionSchema,
});
export type IncidentLocation = z.infer<typeof IncidentLocationSchema>;

export const IncidentActorSchema = z.object({
  name: z.string(),
  role: z.enum(ACTOR_ROLES),
  kind: z.enum(ACTOR_KINDS),
});
export type IncidentActor = z.infer<typeof IncidentActorSchema>;

export const IncidentSourceSchema = z.object({
  name: z.string(),
  kind: z.enum(SOURCE_KINDS),
  /** The source through which this one reached the article ("the Independent, citing RBSS": RBSS citedBy Independent). */
  citedBy: z.string().nullable(),
});
export type IncidentSource = z.infer<typeof IncidentSourceSchema>;

export const EvidenceSchema = z.object({
  /** The Incident field this sentence supports, e.g. "eventType", "location", "fatalities". */
  field: z.string(),
  text: z.string(),
});
export type Evidence = z.infer<typeof EvidenceSchema>;

export const IncidentSchema = z.object({
  /** An earlier event told as context, not the news itself. */
  background: z.boolean(),
  eventType: z.enum(EVENT_TYPES),
  subEventType: z.string(),
  date: IncidentDateSchema,
  location: IncidentLocationSchema.nullable(),
  actors: z.array(IncidentActorSchema),
  /** ACLED's conservative reading of the count; null when the text gives none. */
  fatalities: z.number().int().nonnegative().nullable(),
  summary: z.string(),
  sources: z.array(IncidentSourceSchema),
  evidence: z.array(EvidenceSchema),
});
export type Incident = z.infer<typeof IncidentSchema>;

export const AnalysisSchema = z.object({
  incidents: z.array(IncidentSchema),
});
