import { z } from 'zod'
import { disagreementPaths, disagreementSchemas, disagreementTags } from './disagreements-openapi.js'
import { frontDoorPaths, frontDoorSchemas, frontDoorTags } from './front-door-openapi.js'
import { referralRequestSchema } from './referral-schema.js'

// The OpenAPI 3.1 document, built as data so each later journey adds its own paths. Request
// schemas come from the same zod schemas that check requests, so the two cannot drift.
const problem = {
  type: 'object',
  required: ['title', 'status'],
  properties: {
    type: { type: 'string' },
    title: { type: 'string' },
    status: { type: 'integer' },
    detail: { type: 'string' },
    errors: {
      type: 'array',
      items: {
        type: 'object',
        required: ['field', 'message'],
        properties: { field: { type: 'string' }, message: { type: 'string' } },
      },
    },
  },
}

const problemResponse = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
})

export function openApiDocument(options: { partnershipName: string; serverUrl: string }) {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Threshold API',
      version: '1.0.0',
      description: `The front door API of ${options.partnershipName}: referrals, decisions and professional disagreements for agencies' own systems and case management systems.`,
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: [{ url: `${options.serverUrl}/api/v1` }],
    security: [{ bearerAuth: [] }],
    tags: [...frontDoorTags, ...disagreementTags],
    components: {
      securitySchemes: {
        bearerAuth: {
          type: 'http',
          scheme: 'bearer',
          description: 'An API token from `threshold token create --user EMAIL`.',
        },
      },
      schemas: {
        Problem: problem,
        ReferralRequest: withoutDialect(z.toJSONSchema(referralRequestSchema, { io: 'input' })),
        ReferralSubmitted: {
          type: 'object',
          required: ['id', 'reference', 'status', 'decisionDueAt', 'quality'],
          properties: {
            id: { type: 'string', format: 'uuid' },
            reference: { type: 'string', examples: ['R-2026-000123'] },
            status: { type: 'string', enum: ['submitted'] },
            decisionDueAt: { type: 'string', format: 'date-time' },
            quality: {
              type: 'object',
              properties: {
                score: { type: 'integer', minimum: 0, maximum: 100 },
                prompts: {
                  type: 'array',
                  items: { type: 'object', properties: { code: { type: 'string' }, text: { type: 'string' } } },
                },
              },
            },
          },
        },
        Me: {
          type: 'object',
          required: ['user', 'agency', 'roles'],
          properties: {
            user: {
              type: 'object',
              required: ['id', 'email', 'displayName'],
              properties: {
                id: { type: 'string', format: 'uuid' },
                email: { type: 'string' },
                displayName: { type: 'string' },
              },
            },
            agency: {
              type: 'object',
              required: ['id', 'name', 'kind'],
              properties: {
                id: { type: 'string', format: 'uuid' },
                name: { type: 'string' },
                kind: { type: 'string' },
              },
            },
            roles: { type: 'array', items: { type: 'string' } },
          },
        },
        ...frontDoorSchemas,
        ...disagreementSchemas,
      },
    },
    paths: {
      '/referrals': {
        post: {
          operationId: 'submitReferral',
          summary: 'Submit a whole referral; it becomes a contact on the front door queue',
          description:
            'Validated by the same rules as the web journey. Send an Idempotency-Key header so that a retry returns the first result instead of making a second referral.',
          parameters: [
            {
              name: 'Idempotency-Key',
              in: 'header',
              required: false,
              schema: { type: 'string', maxLength: 200 },
              description: 'Any unique string per referral, such as a UUID from your system',
            },
          ],
          requestBody: {
            required: true,
            content: { 'application/json': { schema: { $ref: '#/components/schemas/ReferralRequest' } } },
          },
          responses: {
            '201': {
              description: 'Submitted (or, for a repeated Idempotency-Key, the first submission again)',
              content: { 'application/json': { schema: { $ref: '#/components/schemas/ReferralSubmitted' } } },
            },
            '400': problemResponse('The body is not a referral: each wrong field is listed'),
            '401': problemResponse('No token, or a token that is not valid'),
            '403': problemResponse('The account cannot make referrals'),
            '409': problemResponse('The Idempotency-Key was already used for a different referral'),
            '422': problemResponse('The referral breaks a rule (for example a missing date of birth): each is listed'),
          },
        },
      },
      '/referrals/{id}': {
        get: {
          operationId: 'getReferral',
          summary: 'A referral the caller may see',
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } }],
          responses: {
            '200': { description: 'The referral', content: { 'application/json': { schema: { type: 'object' } } } },
            '401': problemResponse('No token, or a token that is not valid'),
            '404': problemResponse('No referral with this id that the caller may see'),
          },
        },
      },
      '/me': {
        get: {
          operationId: 'getMe',
          summary: 'The calling user, their agency and roles',
          responses: {
            '200': {
              description: 'The caller',
              content: { 'application/json': { schema: { $ref: '#/components/schemas/Me' } } },
            },
            '401': problemResponse('No token, or a token that is not valid'),
          },
        },
      },
      ...frontDoorPaths,
      ...disagreementPaths,
    },
  }
}

// A schema inside an OpenAPI document takes the document's dialect, so the generator's own is dropped.
function withoutDialect(schema: Record<string, unknown>): Record<string, unknown> {
  const { $schema: _dialect, ...rest } = schema
  return rest
}
