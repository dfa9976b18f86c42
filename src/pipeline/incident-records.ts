// Read side: incidents as the outside world sees them, merged across reports and graded by their sources.
import type { IncidentSource } from '../core/incident.js';
import type { IncidentRecord } from '../core/incident-record.js';
import { gradeIncident } from '../link/provenance.js';
import { getIncidentParts, listIncidentIds, type Db, type IncidentQuery } from '../store/index.js';

/** The incident with this id as an IncidentRecord, or undefined. */
export async function getIncidentRecord(db: Db, id: number): Promise<IncidentRecord | undefined> {
  const parts = await getIncidentParts(db, id);
  if (!parts) return undefined;
  const { core, reports } = parts;
  const sources: IncidentSource[] = [];
  for (const s of parts.sources) {
    if (!sources.some((x) => x.name === s.name && x.citedBy === s.citedBy)) {
      sources.push({ name: s.name, kind: s.kind, citedBy: s.citedBy });
    }
  }
  const evidence = reports.flatMap((r) => r.reading.evidence);
  const uniqueEvidence = evidence.filter(
    (e, i) => evidence.findIndex((x) => x.field === e.field && x.text === e.text) === i,
  );
  const { independentSources, grade } = gradeIncident(
    reports.map((r) => ({
      publisher: r.publisher,
      sources: parts.sources.filter((s) => s.articleId === r.articleId),
      reading: r.reading,
    })),
  );
  return {
    id: core.id,
    background: core.background,
    eventType: core.eventType,
    subEventType: core.subEventType,
    date: core.date,
    location: core.location,
    actors: core.actors,
    fatalities: core.fatalities,
    summary: core.summary,
    sources,
    evidence: uniqueEvidence,
    reports: reports.map(({ reading: _reading, ...ref }) => ref),
    independentSources,
    grade,
  };
}

/** A page of incident records, newest first. */
export async function listIncidentRecords(db: Db, query: IncidentQuery): Promise<IncidentRecord[]> {
  const ids = await listIncidentIds(db, query);
  const records: IncidentRecord[] = [];
  for (const id of ids) {
    const record = await getIncidentRecord(db, id);
    if (record) records.push(record);
  }
  return records;
}

/** Every incident record, newest first, read a page at a time so an export of any size streams. */
export async function* allIncidentRecords(
  db: Db,
  options: { since?: string | undefined; includeBackground?: boolean },
): AsyncGenerator<IncidentRecord> {
  const pageSize = 500;
  for (let offset = 0; ; offset += pageSize) {
    const page = await listIncidentRecords(db, { ...options, limit: pageSize, offset });
    yield* page;
    if (page.length < pageSize) return;
  }
}
