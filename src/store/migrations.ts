// Schema migrations, in code so they ship with the package; applied at every start, each exactly once.
import type { Database } from './database.js';
import { type Kysely, type Migration, type MigrationProvider, Migrator, sql } from 'kysely';

/** Every migration by name, applied in name order; exported so tests can build a database of an older version. */
export const migrations: Record<string, Migration> = {
  '0001_initial': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('documents')
        .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
        .addColumn('sha256', 'text', (c) => c.notNull().unique())
        .addColumn('url', 'text')
        .addColumn('source', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('charset', 'text')
        .addColumn('body', 'blob', (c) => c.notNull())
        .addColumn('size', 'integer', (c) => c.notNull())
        .addColumn('published_hint', 'text')
        .addColumn('title_hint', 'text')
        .addColumn('publisher_hint', 'text')
        .addColumn('fetched_at', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('error', 'text')
        .addColumn('pipeline_version', 'text')
        .execute();
      await db.schema.createIndex('documents_url').on('documents').column('url').execute();

      await db.schema
        .createTable('articles')
        .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
        .addColumn('document_id', 'integer', (c) => c.notNull().unique().references('documents.id'))
        .addColumn('url', 'text')
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('byline', 'text')
        .addColumn('publisher', 'text')
        .addColumn('published', 'text')
        .addColumn('language', 'text')
        .addColumn('section', 'text')
        .addColumn('tags', 'text', (c) => c.notNull())
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('paragraphs', 'text', (c) => c.notNull())
        .addColumn('images', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('incidents')
        .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
        .addColumn('background', 'integer', (c) => c.notNull())
        .addColumn('event_type', 'text', (c) => c.notNull())
        .addColumn('sub_event_type', 'text', (c) => c.notNull())
        .addColumn('date_start', 'text')
        .addColumn('date_end', 'text')
        .addColumn('date_precision', 'integer', (c) => c.notNull())
        .addColumn('location_name', 'text')
        .addColumn('admin1', 'text')
        .addColumn('country', 'text')
        .addColumn('iso3', 'text')
        .addColumn('lat', 'real')
        .addColumn('lon', 'real')
        .addColumn('geo_precision', 'integer')
        .addColumn('fatalities', 'integer')
        .addColumn('summary', 'text', (c) => c.notNull())
        .addColumn('actors', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('incidents_date').on('incidents').column('date_start').execute();

      await db.schema
        .createTable('reports')
        .addColumn('incident_id', 'integer', (c) => c.notNull().references('incidents.id'))
        .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id'))
        .addColumn('reading', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('reports_pk', ['incident_id', 'article_id'])
        .execute();
      await db.schema.createIndex('reports_article').on('reports').column('article_id').execute();

      await db.schema
        .createTable('sources')
        .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
        .addColumn('name', 'text', (c) => c.notNull().unique())
        .addColumn('kind', 'text', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('report_sources')
        .addColumn('incident_id', 'integer', (c) => c.notNull().references('incidents.id'))
        .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id'))
        .addColumn('source_id', 'integer', (c) => c.notNull().references('sources.id'))
        .addColumn('cited_by', 'text')
        .execute();
      await db.schema
        .createIndex('report_sources_incident')
        .on('report_sources')
        .column('incident_id')
        .execute();

      // Full-text search over articles; its rowid is the article id.
      await sql`create virtual table article_search using fts5(title, text, tokenize = 'unicode61 remove_diacritics 2')`.execute(
        db,
      );
    },
  },
  '0002_jobs_and_watched_sources': {
    async up(db: Kysely<unknown>) {
      // The durable work queue: a document is received (stored raw) and queued in one transaction, then
      // processed under a claim; results and the job's "done" are committed together, so a crash at any
      // moment leaves each document either untouched-and-queued or processed, never half or twice.
      await db.schema
        .createTable('jobs')
        .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
        .addColumn('document_id', 'integer', (c) => c.notNull().unique().references('documents.id'))
        .addColumn('state', 'text', (c) => c.notNull())
        .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('claimed_by', 'text')
        .addColumn('lease_until', 'text')
        .addColumn('error', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('jobs_state').on('jobs').columns(['state', 'id']).execute();

      await db.schema
        .createTable('watched_sources')
        .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
        .addColumn('url', 'text', (c) => c.notNull().unique())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('interval_minutes', 'integer', (c) => c.notNull())
        .addColumn('etag', 'text')
        .addColumn('last_modified', 'text')
        .addColumn('last_checked_at', 'text')
        .addColumn('last_success_at', 'text')
        .addColumn('last_error', 'text')
        .addColumn('last_error_at', 'text')
        .addColumn('last_status', 'text')
        .addColumn('consecutive_failures', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('items_seen', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('documents_added', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('next_check_at', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
    },
  },
  '0003_stable_incident_ids': {
    async up(db: Kysely<unknown>) {
      // Existing incident ids simply stay the stable public ids: `incidents.id` is AUTOINCREMENT, so SQLite
      // never hands out a deleted id again, and these tables remember what became of every retired one.
      await db.schema
        .createTable('retired_incidents')
        .addColumn('id', 'integer', (c) => c.primaryKey())
        .addColumn('fate', 'text', (c) => c.notNull())
        .addColumn('merged_into', 'integer')
        .addColumn('reason', 'text', (c) => c.notNull())
        .addColumn('last_known', 'text', (c) => c.notNull())
        .addColumn('retired_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('retired_incidents_merged_into')
        .on('retired_incidents')
        .column('merged_into')
        .execute();
      await db.schema
        .createTable('retired_incident_reports')
        .addColumn('incident_id', 'integer', (c) => c.notNull().references('retired_incidents.id'))
        .addColumn('article_id', 'integer', (c) => c.notNull())
        .addColumn('reading', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('retired_incident_reports_pk', ['incident_id', 'article_id'])
        .execute();
      await db.schema
        .createIndex('retired_incident_reports_article')
        .on('retired_incident_reports')
        .column('article_id')
        .execute();
    },
  },
  '0004_lookup_indexes': {
    // Every column a query looks rows up by (each checked with EXPLAIN QUERY PLAN): without them the lookups
    // of an import scan whole tables, and each document costs more the larger the store (articles.url: 0.06 ms
    // at 258 articles, 8 ms at 6,516).
    async up(db: Kysely<unknown>) {
      await db.schema.createIndex('articles_url').on('articles').column('url').execute();
      await db.schema.createIndex('articles_published').on('articles').columns(['published', 'id']).execute();
      // Link candidates: same event type, then a bounded date range (incident.repository findLinkCandidates).
      await db.schema
        .createIndex('incidents_type_date')
        .on('incidents')
        .columns(['event_type', 'date_start'])
        .execute();
      // The few incidents dated over a year, which the date_start bound above cannot reach; the expression
      // must match findLinkCandidates' own (LONG_SPAN_DAYS) for SQLite to use the index.
      await sql`create index incidents_long_span on incidents (event_type, date_end) where julianday(date_end) - julianday(date_start) > 366`.execute(
        db,
      );
      await db.schema
        .createIndex('report_sources_article')
        .on('report_sources')
        .column('article_id')
        .execute();
      await db.schema.createIndex('documents_fetched_at').on('documents').column('fetched_at').execute();
      await db.schema
        .createIndex('watched_sources_next_check')
        .on('watched_sources')
        .column('next_check_at')
        .execute();
    },
  },
  '0005_canonical_claims': {
    async up(db: Kysely<unknown>) {
      // A canonical URL a page claimed on another site than its own is not its identity; it is kept
      // beside the article so a reader sees that the page pretends to be another outlet's report.
      await db.schema.alterTable('articles').addColumn('canonical_claim', 'text').execute();
    },
  },
};

const provider: MigrationProvider = {
  getMigrations: () => Promise.resolve(migrations),
};

/** Brings the schema up to date; throws with the failing migration's name if one fails. */
export async function migrateToLatest(db: Kysely<Database>): Promise<void> {
  const migrator = new Migrator({ db, provider });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    const reason = error instanceof Error ? error.message : JSON.stringify(error);
    throw new Error(`database migration ${failed} failed: ${reason}`, {
      cause: error,
    });
  }
}
