import { DISAGREEMENT_STATES } from '../domain/disagreement/index.js'
import { json } from './front-door-openapi.js'
import {
  acceptRequestSchema,
  closeRequestSchema,
  disagreementCommandResponseSchema,
  disagreementResponseSchema,
  escalateRequestSchema,
  myDisagreementsResponseSchema,
  noteRequestSchema,
  raiseRequestSchema,
  respondRequestSchema,
  trackerResponseSchema,
} from './disagreements-schema.js'

// The professional disagreements part of the OpenAPI document, from the zod schemas the routes use.

const DISAGREEMENTS = 'Disagreements'

export const disagreementTags = [
  {
    name: DISAGREEMENTS,
    description:
      "Professional disagreements worked through the partnership's escalation policy: raise one, read it with its stage, clock and timeline, and respond, escalate, accept, add notes and record the outcome. A referrer disagreeing with a decision's feedback answers it with POST /referrals/{id}/feedback/response instead.",
  },
]

export const disagreementSchemas = {
  DisagreementStaleProblem: {
    allOf: [
      { $ref: '#/components/schemas/Problem' },
      {
        type: 'object',
        required: ['current'],
        properties: {
          current: {
            type: 'object',
            description: 'Where the disagreement is now',
            required: ['state', 'stage', 'version'],
            properties: {
              state: { type: 'string', enum: [...DISAGREEMENT_STATES] },
              stage: { type: 'integer' },
              version: { type: 'integer' },
            },
          },
        },
      },
    ],
  },
  RaiseDisagreementRequest: json(raiseRequestSchema, 'input'),
  DisagreementResponseRequest: json(respondRequestSchema, 'input'),
  DisagreementEscalationRequest: json(escalateRequestSchema, 'input'),
  DisagreementAcceptanceRequest: json(acceptRequestSchema, 'input'),
  DisagreementNoteRequest: json(noteRequestSchema, 'input'),
  DisagreementClosureRequest: json(closeRequestSchema, 'input'),
  Disagreement: json(disagreementResponseSchema, 'output'),
  MyDisagreements: json(myDisagreementsResponseSchema, 'output'),
  DisagreementTracker: json(trackerResponseSchema, 'output'),
  DisagreementCommandResult: json(disagreementCommandResponseSchema, 'output'),
}

type SchemaName = keyof typeof disagreementSchemas
const ref = (name: SchemaName) => ({ $ref: `#/components/schemas/${name}` })
const problem = (description: string, schema = 'Problem') => ({
  description,
  content: { 'application/problem+json': { schema: { $ref: `#/components/schemas/${schema}` } } },
})
const ok = (description: string, schema: SchemaName, headers?: Record<string, unknown>) => ({
  description,
  ...(headers ? { headers } : {}),
  content: { 'application/json': { schema: ref(schema) } },
})
const body = (schema: SchemaName) => ({ required: true, content: { 'application/json': { schema: ref(schema) } } })

const disagreementId = {
  name: 'id',
  in: 'path',
  required: true,
  description: 'The disagreement',
  schema: { type: 'string', format: 'uuid' },
}
const unauthorised = problem('No token, or a token that is not valid')
const notFound = problem('No such disagreement, or one the caller may not see (for example in another agency)')
const badShape = problem('The body is not in the right shape: each wrong field is listed')
const brokenRule = problem('The request breaks a rule (for example a blank response): each field is listed')
const refused = problem(
  'Refused: `detail` says why in plain English, for example responding to your own disagreement, escalating before the deadline while no response has come, or acting on a closed disagreement',
)
const stale = problem(
  'Someone changed the disagreement since your last read: `current` says where it is now',
  'DisagreementStaleProblem',
)

/** A POST that moves a disagreement on, with the responses every such command shares. */
/** `rules`: whether the command has rules of its own to break (422) beyond its version. */
function command(
  operationId: string,
  summary: string,
  request: SchemaName,
  created: boolean,
  description: string,
  rules = true,
) {
  return {
    post: {
      tags: [DISAGREEMENTS],
      operationId,
      summary,
      description: `${description} Send the \`version\` from your last read; the answer has the new one.`,
      parameters: [disagreementId],
      requestBody: body(request),
      responses: {
        [created ? '201' : '200']: ok('Done: where the disagreement is now', 'DisagreementCommandResult'),
        '400': badShape,
        '401': unauthorised,
        '403': refused,
        '404': notFound,
        '409': stale,
        ...(rules ? { '422': brokenRule } : {}),
      },
    },
  }
}

export const disagreementPaths = {
  '/disagreements': {
    post: {
      tags: [DISAGREEMENTS],
      operationId: 'raiseDisagreement',
      summary: 'Raise a professional disagreement',
      description:
        'It starts at stage 1 of the current escalation policy and keeps that policy version. When a child is at immediate risk (`immediateRisk: true`) protect the child first: the duty manager is alerted at once, and `startAtStage` may start it at a later stage. Send an Idempotency-Key header so that a retry returns the first result instead of raising it twice.',
      parameters: [
        {
          name: 'Idempotency-Key',
          in: 'header',
          required: false,
          schema: { type: 'string', maxLength: 200 },
          description: 'Any unique string per disagreement, such as a UUID from your system',
        },
      ],
      requestBody: body('RaiseDisagreementRequest'),
      responses: {
        '201': ok(
          'Raised (or, for a repeated Idempotency-Key, the same disagreement as it is now, with `Idempotent-Replayed: true`)',
          'DisagreementCommandResult',
          {
            Location: { description: 'The new disagreement', schema: { type: 'string' } },
            'Idempotent-Replayed': { description: '`true` when this is a retry', schema: { type: 'string' } },
          },
        ),
        '400': badShape,
        '401': unauthorised,
        '403': problem(
          "The account cannot raise disagreements, or only children's social care raises one about a partner agency",
        ),
        '409': problem('The Idempotency-Key was already used to raise a different disagreement'),
        '422': problem(
          'The disagreement breaks a rule (for example no reasons, or a later stage without immediate risk), or names a referral or child the caller cannot see: each field is listed',
        ),
      },
    },
    get: {
      tags: [DISAGREEMENTS],
      operationId: 'listMyDisagreements',
      summary: 'My disagreements: raised by me, or waiting for my response, soonest due first',
      parameters: [
        {
          name: 'mine',
          in: 'query',
          required: true,
          schema: { type: 'string', enum: ['true'] },
          description: 'Must be `true`; the partnership tracker is GET /disagreement-tracker',
        },
      ],
      responses: {
        '200': ok('The caller’s disagreements', 'MyDisagreements'),
        '400': problem('`mine=true` is missing'),
        '401': unauthorised,
        '403': problem('The account neither raises nor responds to disagreements'),
      },
    },
  },
  '/disagreement-tracker': {
    get: {
      tags: [DISAGREEMENTS],
      operationId: 'getDisagreementTracker',
      summary: 'The partnership escalation tracker: every open disagreement, overdue first',
      description:
        'For front door and senior managers in children’s social care and for the partnership business unit; everyone else gets 404. Children appear only as pseudonyms; record ids and case links only for roles with case access.',
      responses: { '200': ok('The tracker', 'DisagreementTracker'), '401': unauthorised, '404': notFound },
    },
  },
  '/disagreements/{id}': {
    get: {
      tags: [DISAGREEMENTS],
      operationId: 'getDisagreement',
      summary: 'One disagreement: its stage and clock, timeline, what the caller may do now, and its version',
      parameters: [disagreementId],
      responses: { '200': ok('The disagreement', 'Disagreement'), '401': unauthorised, '404': notFound },
    },
  },
  '/disagreements/{id}/responses': command(
    'respondToDisagreement',
    'Respond at the current stage (the stage’s responders)',
    'DisagreementResponseRequest',
    true,
    'The person who raised it is told and can accept the response or take it to the next stage.',
  ),
  '/disagreements/{id}/escalations': command(
    'escalateDisagreement',
    'Take it to the next stage, with a reason (the person who raised it)',
    'DisagreementEscalationRequest',
    true,
    'Allowed once there is a response, or once the stage’s deadline has passed without one.',
  ),
  '/disagreements/{id}/acceptance': command(
    'acceptDisagreementResponse',
    'Accept the response (the person who raised it)',
    'DisagreementAcceptanceRequest',
    false,
    'The disagreement is resolved; the outcome is recorded next.',
    false,
  ),
  '/disagreements/{id}/notes': command(
    'addDisagreementNote',
    'Log a discussion, meeting or message on the timeline',
    'DisagreementNoteRequest',
    true,
    'For the person who raised it, the responders and the partnership business unit.',
  ),
  '/disagreements/{id}/closure': command(
    'closeDisagreement',
    'Close it with a recorded outcome (a responder or the partnership business unit)',
    'DisagreementClosureRequest',
    false,
    'The written outcome goes to both sides. `decision-changed` links to the new decision (`newDecisionId`).',
  ),
}
