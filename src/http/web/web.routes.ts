// Routes of the server-rendered web app.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { SitrepError } from '../../core/errors.js';
import type { IncidentRecord } from '../../core/incident-record.js';
import { getIncidentRecord, listIncidentRecords, lookupIncident } from '../../pipeline/index.js';
import {
  getArticle,
  listArticles,
  listIncidentIdsForArticle,
  searchIncidentIds,
  type Db,
} from '../../store/index.js';
import { html } from './html.js';
import { layout } from './layout.js';
import { articlePage, feedPage, incidentPage, withdrawnIncidentPage } from './pages.js';

const PAGE_SIZE = 50;
const IdParams = z.object({ id: z.coerce.number().int().positive() });
const FeedQuery = z.object({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  q: z.string().max(200).optional(),
});

/** `baseUrl` is asked at each request: the port is known only once the app listens. */
export function registerWebRoutes(app: FastifyInstance, deps: { db: Db; baseUrl: () => string }): void {
  const { db } = deps;

  app.get('/', async (request, reply) => {
    const query = parseOr400(FeedQuery, request.query);
    const offset = (query.page - 1) * PAGE_SIZE;
    let records: IncidentRecord[];
    if (query.q) {
      const ids = await searchIncidentIds(db, query.q, PAGE_SIZE + 1, offset);
      records = (await Promise.all(ids.map((id) => getIncidentRecord(db, id)))).filter(
        (r): r is IncidentRecord => r !== undefined,
      );
    } else {
      records = await listIncidentRecords(db, { limit: PAGE_SIZE + 1, offset });
    }
    const hasNext = records.length > PAGE_SIZE;
    return reply
      .type('text/html; charset=utf-8')
      .send(feedPage(records.slice(0, PAGE_SIZE), { number: query.page, hasNext }).value);
  });

  // A merged id is permanent (it never becomes live again), so 301 is right and browsers may cache it; the
  // target is the final survivor, never another alias. A withdrawn id explains itself with 410 Gone.
  app.get('/incidents/:id', async (request, reply) => {
    const { id } = parseOr400(IdParams, request.params);
    const found = await lookupIncident(db, id);
    switch (found.kind) {
      case 'live':
        return reply.type('text/html; charset=utf-8').send(incidentPage(found.record).value);
      case 'merged':
        return reply.redirect(`/incidents/${found.record.id}`, 301);
      case 'withdrawn':
        return reply
          .status(410)
          .type('text/html; charset=utf-8')
          .send(withdrawnIncidentPage(found.tombstone).value);
      case 'unknown':
        throw new SitrepError('not_found', `no incident ${id}`);
    }
  });

  app.get('/articles', async (_request, reply) => {
    const articles = await listArticles(db, 200);
    const page = layout(
      'Articles',
      html`<h1>Articles</h1><ol class="incidents">${articles.map(
        (a) =>
          html`<li><h2><a href="/articles/${a.id}">${a.title}</a></h2><div class="muted">${a.publisher ?? ''} ${a.published?.slice(0, 10) ?? ''}</div></li>`,
      )}</ol>`,
    );
    return reply.type('text/html; charset=utf-8').send(page.value);
  });

  app.get('/articles/:id', async (request, reply) => {
    const { id } = parseOr400(IdParams, request.params);
    const article = await getArticle(db, id);
    if (!article) throw new SitrepError('not_found', `no article ${id}`);
    const ids = await listIncidentIdsForArticle(db, id);
    const incidents = (await Promise.all(ids.map((i) => getIncidentRecord(db, i)))).filter(
      (r): r is IncidentRecord => r !== undefined,
    );
    return reply.type('text/html; charset=utf-8').send(articlePage(article, incidents, deps.baseUrl()).value);
  });
}

/** Parses route input with a zod schema; a mismatch is the client's error (400), named by field. */
export function parseOr400<T>(schema: z.ZodType<T>, value: unknown): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new SitrepError(
      'bad_request',
      `invalid ${issue?.path.join('.') || 'request'}: ${issue?.message ?? ''}`,
    );
  }
  return parsed.data;
}
