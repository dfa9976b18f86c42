// Articles: what the extract stage read out of each stored document, searchable by full text.
import { sql } from 'kysely';
import type { Article, ArticleImage } from '../core/article.js';
import type { Selectable } from 'kysely';
import type { ArticleTable, Db } from './database.js';

export interface StoredArticle extends Article {
  id: number;
  documentId: number;
  /** A canonical URL the page claimed, on another site than its own, that was not taken as its identity. */
  canonicalClaim: string | null;
}

/** Stores an article; `canonicalClaim` is the page's untrusted canonical URL, if it stated one. */
/** The columns an article's reading fills, the same for a first reading and a re-reading. */
function articleColumns(article: Article, canonicalClaim: string | null) {
  return {
    url: article.url,
    canonical_claim: canonicalClaim,
    title: article.title,
    byline: article.byline,
    publisher: article.publisher,
    published: article.published,
    language: article.language,
    section: article.section,
    tags: JSON.stringify(article.tags),
    text: article.text,
    paragraphs: JSON.stringify(article.paragraphs),
    images: JSON.stringify(article.images),
  };
}

export async function insertArticle(
  db: Db,
  documentId: number,
  article: Article,
  now: string,
  canonicalClaim: string | null = null,
): Promise<number> {
  const row = await db
    .insertInto('articles')
    .values({ document_id: documentId, ...articleColumns(article, canonicalClaim), created_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  await sql`insert into article_search (rowid, title, text) values (${row.id}, ${article.title}, ${article.text})`.execute(
    db,
  );
  return row.id;
}

export async function getArticle(db: Db, id: number): Promise<StoredArticle | undefined> {
  const row = await db.selectFrom('articles').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toArticle(row);
}

export async function listArticles(db: Db, limit: number, offset = 0): Promise<StoredArticle[]> {
  const rows = await db
    .selectFrom('articles')
    .selectAll()
    .orderBy('published', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .offset(offset)
    .execute();
  return rows.map(toArticle);
}

/** Maps an articles row to the domain object. */
export function toArticle(row: Selectable<ArticleTable>): StoredArticle {
  return {
    id: row.id,
    documentId: row.document_id,
    url: row.url,
    canonicalClaim: row.canonical_claim,
    title: row.title,
    byline: row.byline,
    publisher: row.publisher,
    published: row.published,
    language: row.language,
    section: row.section,
    tags: JSON.parse(row.tags) as string[],
    text: row.text,
    paragraphs: JSON.parse(row.paragraphs) as string[],
    images: JSON.parse(row.images) as ArticleImage[],
  };
}

/** The id of the article read from a document, if it has been processed. */
export async function getArticleIdForDocument(db: Db, documentId: number): Promise<number | undefined> {
  const row = await db
    .selectFrom('articles')
    .select('id')
    .where('document_id', '=', documentId)
    .executeTakeFirst();
  return row?.id;
}

/**
 * Replaces what was read out of a document with a new reading, keeping the article's id: pages, incident
 * reports and tombstones link to `/articles/:id`, and a re-reading must not break those links.
 */
export async function replaceArticle(
  db: Db,
  id: number,
  article: Article,
  canonicalClaim: string | null = null,
): Promise<void> {
  await db
    .updateTable('articles')
    .set(articleColumns(article, canonicalClaim))
    .where('id', '=', id)
    .execute();
  await sql`delete from article_search where rowid = ${id}`.execute(db);
  await sql`insert into article_search (rowid, title, text) values (${id}, ${article.title}, ${article.text})`.execute(
    db,
  );
}

/** Deletes an article and its search entry (its reports must be detached first). */
export async function deleteArticle(db: Db, id: number): Promise<void> {
  await sql`delete from article_search where rowid = ${id}`.execute(db);
  await db.deleteFrom('articles').where('id', '=', id).execute();
}
