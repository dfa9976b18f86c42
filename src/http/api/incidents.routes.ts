// REST API v1: incidents and articles as JSON, in CONTRACT.md's shapes.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { SitrepError } from '../../core/errors.js';
import type { IncidentRecord, MergedIncidentRecord } from '../../core/incident-record.js';
import { getIncidentRecord, listIncidentRecords, lookupIncident } from '../../pipeline/index.js';
import { getArticle, searchIncidentIds, type Db } from '../../store/index.js';
import { parseOr400 } from '../web/web.routes.js';

const ListQuery = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).max(10_000_000).default(0),
  since: z.iso.date().optional(),
  q: z.string().max(200).optional(),
  background: z.enum(['true', 'false']).default('false'),
});
const IdParams = z.object({ id: z.coerce.number().int().positive() });

export function registerIncidentRoutes(app: FastifyInstance, deps: { db: Db }): void {
  const { db } = deps;

  app.get('/api/v1/incidents', async (request) => {
    const query = parseOr400(ListQuery, request.query);
    let items: IncidentRecord[];
    if (query.q) {
      const ids = await searchIncidentIds(db, query.q, query.limit, query.offset);
      items = (await Promise.all(ids.map((id) => getIncidentRecord(db, id)))).filter(
        (r): r is IncidentRecord => r !== undefined,
      );
    } else {
      items = await listIncidentRecords(db, {
        limit: query.limit,
        offset: query.offset,
        since: query.since,
        includeBackground: query.background === 'true',
      });
    }
    return { items, limit: query.limit, offset: query.offset };
  });

  // An id merged into another answers 200 with the survivor's record, `mergedInto` and `requestedId`, rather
  // than 301: HTTP clients follow a 301 silently and would lose the news that the id changed, and a client
  // that does not follow redirects would get no record at all. Content-Location names the survivor's URL.
  // A withdrawn id answers 410 Gone with its tombstone; only an id never given out answers 404.
  app.get('/api/v1/incidents/:id', async (request, reply) => {
    const { id } = parseOr400(IdParams, request.params);
    const found = await lookupIncident(db, id);
    switch (found.kind) {
      case 'live':
        return found.record;
      case 'merged': {
        void reply.header('content-location', `/api/v1/incidents/${found.record.id}`);
        const body: MergedIncidentRecord = {
          ...found.record,
          mergedInto: found.record.id,
          requestedId: found.requestedId,
        };
        return body;
      }
      case 'withdrawn':
        return reply.status(410).send({
          error: { status: 410, message: `incident ${id} was withdrawn`, requestId: request.id },
          tombstone: found.tombstone,
        });
      case 'unknown':
        throw new SitrepError('not_found', `no incident ${id}`);
    }
  });

  app.get('/api/v1/articles/:id', async (request) => {
    const { id } = parseOr400(IdParams, request.params);
    const article = await getArticle(db, id);
    if (!article) throw new SitrepError('not_found', `no article ${id}`);
    return article;
  });
}
