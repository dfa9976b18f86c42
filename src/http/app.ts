// The Fastify application: web pages, the REST API and health check over one database handle.
import Fastify, { type FastifyInstance } from 'fastify';
import type { Db } from '../store/index.js';
import { openApiDocument } from './api/openapi.js';
import { registerIncidentRoutes } from './api/incidents.routes.js';
import { handleError } from './errors.js';
import { errorPage } from './web/pages.js';
import { registerWebRoutes } from './web/web.routes.js';

export interface AppDeps {
  db: Db;
  /** Public URL of the app, for links that leave it (e-mail). */
  baseUrl: string;
  /** pino options, or false for no request logging (tests). */
  logger: boolean | { level: string; stream?: NodeJS.WritableStream };
  version: string;
}

/** Builds the app; the caller listens (or uses `inject` in tests) and closes it. */
export function buildApp(deps: AppDeps): FastifyInstance {
  const app = Fastify({
    logger: deps.logger,
    bodyLimit: 1024 * 1024,
    requestTimeout: 30_000,
    // Request ids appear in 500 answers so a user's report can be matched to the log line.
    genReqId: () => Math.random().toString(36).slice(2, 10),
  });
  app.setErrorHandler(handleError);
  app.setNotFoundHandler((request, reply) => {
    void reply.status(404);
    if (request.url.startsWith('/api/')) {
      return reply.send({
        error: { status: 404, message: `no route ${request.method} ${request.url.split('?')[0]}` },
      });
    }
    return reply.type('text/html; charset=utf-8').send(errorPage(404, 'This page does not exist.').value);
  });
  app.addHook('onSend', (_request, reply, payload, done) => {
    // Article text comes from hostile pages: no script may run on ours, whatever slips through escaping.
    void reply.header(
      'content-security-policy',
      "default-src 'none'; img-src * data:; style-src 'unsafe-inline'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
    );
    void reply.header('x-content-type-options', 'nosniff');
    void reply.header('referrer-policy', 'no-referrer');
    done(null, payload);
  });

  app.get('/healthz', async () => {
    await deps.db.selectFrom('documents').select('id').limit(1).execute();
    return { status: 'ok' };
  });
  const openapi = openApiDocument(deps.version);
  app.get('/api/v1/openapi.json', () => openapi);
  registerIncidentRoutes(app, { db: deps.db });
  registerWebRoutes(app, { db: deps.db, baseUrl: deps.baseUrl });
  return app;
}
