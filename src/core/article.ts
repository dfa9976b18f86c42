// The Article: what the extract stage reads out of a page, in the shape CONTRACT.md promises to outside tools.
import { z } from 'zod';

export const ArticleImageSchema = z.object({
  /** Absolute URL when the page's base is known, else as written in the page. */
  src: z.string(),
  alt: z.string().nullable(),
  caption: z.string().nullable(),
  /** Photographer or agency, split off the caption ("Credit: AP" gives "AP"). */
  credit: z.string().nullable(),
});
export type ArticleImage = z.infer<typeof ArticleImageSchema>;

export const ArticleSchema = z.object({
  /**
   * Canonical URL if the page states one, else the URL the page was fetched from. Read through the pipeline
   * (analyze, ingest), a canonical URL off the fetched URL's site is not taken (ingest's decideArticleIdentity).
   */
  url: z.string().nullable(),
  title: z.string(),
  byline: z.string().nullable(),
  publisher: z.string().nullable(),
  /** ISO 8601, with the offset when the page states one. */
  published: z.string().nullable(),
  /** BCP 47 tag such as "en". */
  language: z.string().nullable(),
  section: z.string().nullable(),
  /** The page's own topics, in page order, without duplicates. */
  tags: z.array(z.string()),
  /** Body paragraphs joined by a blank line. */
  text: z.string(),
  paragraphs: z.array(z.string()),
  images: z.array(ArticleImageSchema),
});
export type Article = z.infer<typeof ArticleSchema>;
