// Where a report of the same event can lie: what the linker decides and the store's candidate query reads.

/**
 * The event type, a YYYY-MM-DD date range (both ends included) that a candidate's own range must touch, and a
 * latitude/longitude box around the linker's distance limit (a null longitude bound is open: near the poles
 * and across the 180th meridian).
 */
export interface LinkWindow {
  eventType: string;
  from: string;
  to: string;
  minLat: number;
  maxLat: number;
  minLon: number | null;
  maxLon: number | null;
}
