// Incidents as a GeoJSON FeatureCollection (RFC 7946): one Point feature per located incident.
import type { IncidentRecord } from '../core/incident-record.js';

export interface GeoJsonFeature {
  type: 'Feature';
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties: Record<string, unknown>;
}

/** A feature for a located incident; undefined when the incident has no place (GeoJSON cannot hold it). */
export function toGeoJsonFeature(record: IncidentRecord): GeoJsonFeature | undefined {
  const loc = record.location;
  if (!loc) return undefined;
  return {
    type: 'Feature',
    // RFC 7946 orders coordinates longitude first.
    geometry: { type: 'Point', coordinates: [loc.lon, loc.lat] },
    properties: {
      id: record.id,
      eventType: record.eventType,
      subEventType: record.subEventType,
      date: record.date.start,
      datePrecision: record.date.precision,
      location: loc.name,
      admin1: loc.admin1,
      country: loc.country,
      geoPrecision: loc.precision,
      fatalities: record.fatalities,
      summary: record.summary,
      grade: record.grade,
      independentSources: record.independentSources,
    },
  };
}
