// A Topic: what a reader follows (an actor, a country, an admin area, a place and radius, a type, a toll, a grade,
// a query, in any combination), validated once where it comes in and compiled for the matcher.
import { z } from 'zod';
import { EVENT_TYPES, SUB_EVENT_TYPES } from '../core/acled.js';
import { nameKey, parseQuery } from './terms.normalizer.js';

/** Mean Earth radius in km, as src/core/geo.ts's distanceKm uses. */
export const EARTH_RADIUS_KM = 6371;

/**
 * The grades a topic may ask for at least, weakest first. "contested" is not a step of this ladder (sources
 * disagree on what happened); see gradeRank for how a contested incident is ranked.
 */
export const GRADE_STEPS = ['single source', 'fair', 'confirmed'] as const;
export type GradeStep = (typeof GRADE_STEPS)[number];

/** ACLED's event types and sub-event types, by their folded names: "battles" is "Battles". */
const TYPE_NAMES = new Map<string, string>(
  [...EVENT_TYPES, ...SUB_EVENT_TYPES].map((name) => [nameKey(name), name]),
);

const nonEmptyName = (what: string) =>
  z
    .string()
    .trim()
    .min(1, `${what} is empty`)
    .max(200, `${what} is over 200 characters`)
    .refine((value) => nameKey(value) !== '', { message: `${what} has no letters or digits` });

export const TopicPlaceSchema = z.object({
  /** What the reader called the place ("Raqqa"); shown back, never matched. */
  name: z.string().trim().max(200).optional(),
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
  /** Radius in km around (lat, lon), measured along the great circle; an incident on the circle matches. */
  radiusKm: z
    .number()
    .positive('radiusKm must be above 0')
    .max(Math.PI * EARTH_RADIUS_KM, 'radiusKm is over half the Earth round (20,015 km)'),
});
export type TopicPlace = z.infer<typeof TopicPlaceSchema>;

/**
 * A followed topic. Every field given must hold for an incident to match; fields left out match anything.
 * At least one field is required (a topic of nothing would follow every incident).
 *
 * - `actor`: one of the incident's actors, compared by name case- and accent-insensitively and without ACLED's
 *   ruling period: "military forces of syria" matches "Military Forces of Syria (2000-)". Whole names only.
 * - `country`: ACLED's country name ("Syria") or ISO 3166 alpha-3 code ("SYR") of the incident's location.
 * - `admin1`: the first-order admin area of the incident's location as ACLED names it ("Ar Raqqa").
 * - `place`: the incident's coordinates lie within `radiusKm` of (`lat`, `lon`).
 * - `type`: an ACLED event type ("Battles") or sub-event type ("Air/drone strike"), any case; stored canonical.
 * - `minFatalities`: at least this many reported deaths; an incident that gives no count has 0.
 * - `minGrade`: at least this grade on the ladder single source < fair < confirmed.
 * - `query`: full text; every word, and every "quoted phrase", must appear as whole words in the incident's
 *   summary, actor names or place names (location, admin1, country), case- and accent-insensitively.
 *
 * @example TopicSchema.parse({ actor: 'Islamic State', country: 'Syria', minFatalities: 1 })
 */
export const TopicSchema = z
  .object({
    actor: nonEmptyName('actor').optional(),
    country: nonEmptyName('country').optional(),
    admin1: nonEmptyName('admin1').optional(),
    place: TopicPlaceSchema.optional(),
    type: z
      .string()
      .transform((value, context) => {
        const name = TYPE_NAMES.get(nameKey(value));
        if (name === undefined) {
          context.addIssue({
            code: 'custom',
            message: `unknown event type "${value}": use an ACLED event type or sub-event type`,
          });
          return z.NEVER;
        }
        return name;
      })
      .optional(),
    minFatalities: z.number().int().nonnegative().optional(),
    minGrade: z
      .enum(GRADE_STEPS, { error: 'minGrade must be "single source", "fair" or "confirmed"' })
      .optional(),
    query: z
      .string()
      .max(500, 'query is over 500 characters')
      .refine((value) => parseQuery(value).length > 0, { message: 'query has no words' })
      .optional(),
  })
  .refine((topic) => Object.values(topic).some((value) => value !== undefined), {
    message:
      'a topic needs at least one of actor, country, admin1, place, type, minFatalities, minGrade, query',
  });
export type Topic = z.infer<typeof TopicSchema>;
