// The one Database interface: every table sitrep keeps, as Kysely sees it. Dialects only supply a driver.
import type { ColumnType, Generated, Kysely } from 'kysely';

/** An ISO 8601 timestamp string written by our clock. */
type Timestamp = string;

export interface DocumentTable {
  id: Generated<number>;
  /** Hex SHA-256 of the raw bytes: the identity of the content. */
  sha256: string;
  /** Canonical URL when known: a second identity, so the same report by another route is stored once. */
  url: string | null;
  source: string;
  kind: 'html' | 'text';
  charset: string | null;
  /** The raw bytes, gzip-compressed. */
  body: Uint8Array;
  size: number;
  published_hint: string | null;
  title_hint: string | null;
  publisher_hint: string | null;
  fetched_at: Timestamp;
  status: 'pending' | 'processed' | 'failed';
  error: string | null;
  pipeline_version: string | null;
}

export interface ArticleTable {
  id: Generated<number>;
  document_id: number;
  url: string | null;
  title: string;
  byline: string | null;
  publisher: string | null;
  published: string | null;
  language: string | null;
  section: string | null;
  tags: string; // JSON string[]
  text: string;
  paragraphs: string; // JSON string[]
  images: string; // JSON ArticleImage[]
  created_at: Timestamp;
}

export interface IncidentTable {
  id: Generated<number>;
  background: number; // 0 | 1
  event_type: string;
  sub_event_type: string;
  date_start: string | null;
  date_end: string | null;
  date_precision: number;
  location_name: string | null;
  admin1: string | null;
  country: string | null;
  iso3: string | null;
  lat: number | null;
  lon: number | null;
  geo_precision: number | null;
  fatalities: number | null;
  summary: string;
  actors: string; // JSON IncidentActor[]
  created_at: Timestamp;
  updated_at: Timestamp;
}

/** One article's reading of one incident: the link that lets an incident gather reports from many outlets. */
export interface ReportTable {
  incident_id: number;
  article_id: number;
  /** The Incident exactly as this article told it, evidence included (JSON). */
  reading: string;
  created_at: ColumnType<Timestamp, Timestamp, never>;
}

export interface SourceTable {
  id: Generated<number>;
  name: string;
  kind: string;
}

/** Which source said what in which article, and through whom (the provenance chain). */
export interface ReportSourceTable {
  incident_id: number;
  article_id: number;
  source_id: number;
  cited_by: string | null;
}

export interface Database {
  documents: DocumentTable;
  articles: ArticleTable;
  incidents: IncidentTable;
  reports: ReportTable;
  sources: SourceTable;
  report_sources: ReportSourceTable;
}

export type Db = Kysely<Database>;
