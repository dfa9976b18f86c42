// Incidents written for the follow tests: a base record and small changes to it, so that each test states only
// the fields it is about.
import type { MatchableIncident } from '../../src/follow/topic.matcher.js';

/** An air strike in Raqqa killing four, told by two independent sources. */
export function incidentWith(changes: Partial<MatchableIncident> = {}): MatchableIncident {
  return {
    eventType: 'Explosions/Remote violence',
    subEventType: 'Air/drone strike',
    location: {
      name: 'Ar Raqqa',
      admin1: 'Ar Raqqa',
      country: 'Syria',
      iso3: 'SYR',
      lat: 35.95,
      lon: 39.01,
      precision: 1,
    },
    actors: [
      { name: 'Military Forces of Syria (2000-)', role: 'perpetrator', kind: 'state' },
      { name: 'Civilians (Syria)', role: 'target', kind: 'civilians' },
    ],
    fatalities: 4,
    summary: 'On 3 March 2024, a government air strike hit a market in Raqqa, killing four civilians.',
    grade: 'fair',
    independentSources: 2,
    ...changes,
  };
}

/** The same incident, placed elsewhere (name, admin1 and country change with the coordinates). */
export function incidentAt(
  lat: number,
  lon: number,
  place: { name?: string; admin1?: string | null; country?: string; iso3?: string } = {},
): MatchableIncident {
  return incidentWith({
    location: {
      name: place.name ?? 'Somewhere',
      admin1: place.admin1 ?? null,
      country: place.country ?? 'Nowhere',
      iso3: place.iso3 ?? 'XXX',
      lat,
      lon,
      precision: 1,
    },
  });
}
