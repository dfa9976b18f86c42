// The one Database interface: every table sitrep keeps, as Kysely sees it. Dialects only supply a driver.
import type { ColumnType, Generated, Kysely } from 'kysely';
import type { DocumentKind } from '../core/raw-document.js';

/** An ISO 8601 timestamp string written by our clock. */
type Timestamp = string;

export interface DocumentTable {
  id: Generated<number>;
  /** Hex SHA-256 of the raw bytes: the identity of the content. */
  sha256: string;
  /** Canonical URL when known: a second identity, so the same report by another route is stored once. */
  url: string | null;
  source: string;
  kind: DocumentKind;
  charset: string | null;
  /** The raw bytes, gzip-compressed. */
  body: Uint8Array;
  size: number;
  published_hint: string | null;
  title_hint: string | null;
  publisher_hint: string | null;
  fetched_at: Timestamp;
  /** "duplicate": the page named a canonical URL already stored; the raw copy is kept, no second article. */
  status: 'pending' | 'processed' | 'failed' | 'duplicate';
  error: string | null;
  pipeline_version: string | null;
}

export interface ArticleTable {
  id: Generated<number>;
  document_id: number;
  /** The identity: the page's canonical URL when on the site it came from, else the URL it came from. */
  url: string | null;
  /** A canonical URL the page claimed but was not trusted with (see decideArticleIdentity). */
  canonical_claim: ColumnType<string | null, string | null | undefined, string | null>;
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

/**
 * A public incident id that no longer names a live incident. Ids are never reused and never answer 404 once
 * given out: a merged id points at the incident that absorbed it, a withdrawn one is a tombstone (HTTP 410).
 */
export interface RetiredIncidentTable {
  /** The retired public id (once `incidents.id`). */
  id: number;
  fate: 'merged' | 'withdrawn';
  /** For "merged": the absorbing incident; kept pointing at a live or withdrawn id, never at a merged one. */
  merged_into: number | null;
  /** One sentence for people: why the id was retired, and by which pipeline version. */
  reason: string;
  /** The incident's merged fields when it was retired (JSON, IncidentCore without the id). */
  last_known: string;
  retired_at: Timestamp;
}

/** The readings a withdrawn incident had, so its tombstone can name them and a later re-reading revive it. */
export interface RetiredIncidentReportTable {
  incident_id: number;
  /** No foreign key: the tombstone must outlive any change to the articles table. */
  article_id: number;
  reading: string; // JSON Incident, as in reports.reading
}

export type JobState = 'queued' | 'claimed' | 'done' | 'failed';

/** One document's processing: queued when received, claimed by a worker, done or failed (with the reason). */
export interface JobTable {
  id: Generated<number>;
  document_id: number;
  state: JobState;
  attempts: ColumnType<number, number | undefined, number>;
  /** "host:pid" of the worker holding the claim, so a dead worker's claims can be taken back at once. */
  claimed_by: string | null;
  lease_until: Timestamp | null;
  error: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

/** A feed, sitemap or page that `sitrep watch` polls, with what happened the last time. */
export interface WatchedSourceTable {
  id: Generated<number>;
  url: string;
  kind: 'feed' | 'sitemap' | 'page';
  interval_minutes: number;
  etag: string | null;
  last_modified: string | null;
  last_checked_at: Timestamp | null;
  last_success_at: Timestamp | null;
  last_error: string | null;
  last_error_at: Timestamp | null;
  /** A word for the last outcome: "ok", "not-modified", or the failure reason ("timeout", "robots-disallowed"…). */
  last_status: string | null;
  consecutive_failures: ColumnType<number, number | undefined, number>;
  items_seen: ColumnType<number, number | undefined, number>;
  documents_added: ColumnType<number, number | undefined, number>;
  next_check_at: Timestamp;
  created_at: Timestamp;
}

export interface Database {
  documents: DocumentTable;
  articles: ArticleTable;
  incidents: IncidentTable;
  reports: ReportTable;
  sources: SourceTable;
  report_sources: ReportSourceTable;
  retired_incidents: RetiredIncidentTable;
  retired_incident_reports: RetiredIncidentReportTable;
  jobs: JobTable;
  watched_sources: WatchedSourceTable;
}

export type Db = Kysely<Database>;
