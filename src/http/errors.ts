// The one place errors become HTTP answers: known errors keep their status and message, others become 500s.
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { isSitrepError } from '../core/errors.js';
import { errorPage } from './web/pages.js';

/** Fastify error handler: JSON for the API, an HTML page for the web app. */
export function handleError(error: FastifyError | Error, request: FastifyRequest, reply: FastifyReply) {
  let status = 500;
  let message = `internal error (request ${request.id})`;
  if (isSitrepError(error)) {
    status = error.status;
    message = error.message;
  } else if ('validation' in error && error.validation) {
    status = 400;
    message = error.message;
  } else if ('statusCode' in error && typeof error.statusCode === 'number' && error.statusCode < 500) {
    status = error.statusCode;
    message = error.message;
  }
  if (status >= 500) request.log.error({ err: error }, 'request failed');
  const isApi = request.url.startsWith('/api/');
  void reply.status(status);
  if (isApi) return reply.send({ error: { status, message, requestId: request.id } });
  return reply.type('text/html; charset=utf-8').send(errorPage(status, message).value);
}
