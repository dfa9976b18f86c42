// Counts the independent original sources behind an incident and grades it: relays are not confirmations.
import type { Incident, IncidentSource } from '../core/incident.js';
import type { Grade } from '../core/incident-record.js';

export interface ReportProvenance {
  /** The outlet that published the report. */
  publisher: string | null;
  /** The sources the report named, with the chain ("citedBy"). */
  sources: IncidentSource[];
  /** How the report read the incident (compared across reports to find contested ones). */
  reading: Pick<Incident, 'eventType' | 'fatalities'>;
}

/** Unnamed sources ("activists", "witnesses") that add nothing when the same report names one of that kind. */
const GENERIC_SOURCE =
  /^(?:(?:local|anti-\S+|pro-\S+|some|several)\s+)?(?:activists?|witnesses?|residents?|officials?|sources?|medics?|monitors?)$/i;

/**
 * The original sources of one report: every named source that does not merely relay another, or the
 * publisher itself when the report names nobody (its own reporting).
 */
export function originalSources(report: ReportProvenance): string[] {
  const relays = new Set(
    report.sources
      .map((s) => s.citedBy)
      .filter((n): n is string => n !== null)
      .map(key),
  );
  const named = report.sources.filter((s) => !relays.has(key(s.name)));
  const specificKinds = new Set(named.filter((s) => !GENERIC_SOURCE.test(s.name)).map((s) => s.kind));
  const originals = named.filter((s) => !(GENERIC_SOURCE.test(s.name) && specificKinds.has(s.kind)));
  if (originals.length > 0) return [...new Set(originals.map((s) => key(s.name)))];
  return report.publisher ? [key(report.publisher)] : [];
}

/** Independent original sources across all reports, and the grade that follows. */
export function gradeIncident(reports: ReportProvenance[]): { independentSources: number; grade: Grade } {
  const originals = new Set(reports.flatMap(originalSources));
  const independentSources = originals.size;
  if (isContested(reports)) return { independentSources, grade: 'contested' };
  if (independentSources >= 3) return { independentSources, grade: 'confirmed' };
  if (independentSources === 2) return { independentSources, grade: 'fair' };
  return { independentSources, grade: 'single source' };
}

// Reports contest each other when they disagree on what happened, or on the death toll by more than half.
function isContested(reports: ReportProvenance[]): boolean {
  const types = new Set(reports.map((r) => r.reading.eventType));
  if (types.size > 1) return true;
  const counts = reports.map((r) => r.reading.fatalities).filter((n): n is number => n !== null);
  if (counts.length < 2) return false;
  const low = Math.min(...counts);
  const high = Math.max(...counts);
  return high - low > Math.max(2, low / 2);
}

function key(name: string): string {
  return name
    .toLowerCase()
    .replace(/^the\s+/, '')
    .trim();
}
