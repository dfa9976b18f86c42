// The OpenAPI 3.1 description of /api/v1, served at /api/v1/openapi.json; schemas come from the zod types.
import { z } from 'zod';
import { ArticleSchema } from '../../core/article.js';
import {
  IncidentRecordSchema,
  IncidentTombstoneSchema,
  MergedIncidentRecordSchema,
} from '../../core/incident-record.js';

/** Builds the OpenAPI document once; the component schemas are generated from the same zod schemas we validate with. */
export function openApiDocument(version: string): Record<string, unknown> {
  const errorSchema = {
    type: 'object',
    properties: {
      error: {
        type: 'object',
        properties: {
          status: { type: 'integer' },
          message: { type: 'string' },
          requestId: { type: 'string' },
        },
      },
    },
  };
  const idParam = { name: 'id', in: 'path', required: true, schema: { type: 'integer', minimum: 1 } };
  const notFound = { description: 'Not found', content: { 'application/json': { schema: errorSchema } } };
  return {
    openapi: '3.1.0',
    info: { title: 'sitrep API', version, description: 'Sourced incident records read from news reports.' },
    paths: {
      '/api/v1/incidents': {
        get: {
          summary: 'Incidents, newest first',
          parameters: [
            {
              name: 'limit',
              in: 'query',
              schema: { type: 'integer', minimum: 1, maximum: 500, default: 50 },
            },
            { name: 'offset', in: 'query', schema: { type: 'integer', minimum: 0, default: 0 } },
            { name: 'since', in: 'query', schema: { type: 'string', format: 'date' } },
            {
              name: 'q',
              in: 'query',
              schema: { type: 'string' },
              description: 'full-text query over the reports',
            },
            { name: 'background', in: 'query', schema: { type: 'boolean', default: false } },
          ],
          responses: {
            200: {
              description: 'A page of incidents',
              content: {
                'application/json': {
                  schema: {
                    type: 'object',
                    properties: {
                      items: { type: 'array', items: { $ref: '#/components/schemas/IncidentRecord' } },
                      limit: { type: 'integer' },
                      offset: { type: 'integer' },
                    },
                  },
                },
              },
            },
            400: { description: 'Bad request', content: { 'application/json': { schema: errorSchema } } },
          },
        },
      },
      '/api/v1/incidents/{id}': {
        get: {
          summary: 'One incident with its reports, sources and evidence',
          description:
            'Incident ids are stable: reprocessing, relinking and upgrades keep them. An id whose incident was ' +
            'merged into another answers 200 with the surviving incident (its `id`), `mergedInto` (the same ' +
            'survivor id, after following every merge) and `requestedId`, and a Content-Location header; the web ' +
            'page /incidents/{id} answers 301 to the survivor. An id whose event no report tells any more ' +
            '(withdrawn) answers 410 with its tombstone. Only an id never given out answers 404.',
          parameters: [idParam],
          responses: {
            200: {
              description: 'The incident, or the incident the requested id was merged into',
              headers: {
                'Content-Location': {
                  description: "Only when the id was merged: the survivor's URL",
                  schema: { type: 'string' },
                },
              },
              content: {
                'application/json': {
                  schema: {
                    oneOf: [
                      { $ref: '#/components/schemas/IncidentRecord' },
                      { $ref: '#/components/schemas/MergedIncidentRecord' },
                    ],
                  },
                },
              },
            },
            404: notFound,
            410: {
              description: 'Withdrawn: no report tells this event any more',
              content: {
                'application/json': {
                  schema: {
                    type: 'object',
                    properties: {
                      error: errorSchema.properties.error,
                      tombstone: { $ref: '#/components/schemas/IncidentTombstone' },
                    },
                  },
                },
              },
            },
          },
        },
      },
      '/api/v1/articles/{id}': {
        get: {
          summary: 'One article as extracted',
          parameters: [idParam],
          responses: {
            200: {
              description: 'The article',
              content: { 'application/json': { schema: { $ref: '#/components/schemas/Article' } } },
            },
            404: notFound,
          },
        },
      },
    },
    components: {
      schemas: {
        IncidentRecord: z.toJSONSchema(IncidentRecordSchema, { target: 'openapi-3.0' }),
        MergedIncidentRecord: z.toJSONSchema(MergedIncidentRecordSchema, { target: 'openapi-3.0' }),
        IncidentTombstone: z.toJSONSchema(IncidentTombstoneSchema, { target: 'openapi-3.0' }),
        Article: z.toJSONSchema(ArticleSchema, { target: 'openapi-3.0' }),
      },
    },
  };
}
