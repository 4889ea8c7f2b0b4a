// The OpenAPI 3.1 document, built as data so each later journey adds its own paths.
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
      },
    },
    paths: {
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
    },
  }
}
