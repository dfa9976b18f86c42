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
  /**
   * Public URL of the app, for links that leave it (e-mail). Null: `http://HOST:PORT` of the socket the app
   * listens on, so the links follow `--port` (and a port 0 the system chose).
   */
  baseUrl: string | null;
  /** The host name the app listens on, for the links when `baseUrl` is null. Default `localhost`. */
  host?: string;
  /** pino options, or false for no request logging (tests). */
  logger: boolean | { level: string; stream?: { write(line: string): void } };
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
  const { baseUrl } = deps;
  registerWebRoutes(app, {
    db: deps.db,
    baseUrl: () => baseUrl ?? servedBaseUrl(app, deps.host ?? 'localhost'),
  });
  return app;
}

/** The URL a reader on this machine reaches the app at; a wildcard host (0.0.0.0, ::) is shown as localhost. */
function servedBaseUrl(app: FastifyInstance, host: string): string {
  const address = app.server.address();
  const port = address !== null && typeof address === 'object' ? address.port : undefined;
  const name = host === '0.0.0.0' || host === '::' || host === '' ? 'localhost' : host;
  const bracketed = name.includes(':') && !name.startsWith('[') ? `[${name}]` : name;
  return port === undefined ? `http://${bracketed}` : `http://${bracketed}:${port}`;
}
