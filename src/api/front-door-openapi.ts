import { z } from 'zod'
import { QUEUE_ASSIGNED_FILTERS, QUEUE_FLAG_LABELS } from '../domain/front-door/queue.js'
import { SCREENING_STATES } from '../domain/screening/index.js'
import {
  assignmentRequestSchema,
  checksResponseSchema,
  commandResponseSchema,
  contactResponseSchema,
  feedbackAnswerRequestSchema,
  linkRequestSchema,
  proposalRequestSchema,
  queueResponseSchema,
  referralFeedbackResponseSchema,
  screenersResponseSchema,
  secondScreenRequestSchema,
  settlementRequestSchema,
  versionRequestSchema,
} from './front-door-schema.js'

// The front door and feedback parts of the OpenAPI document, from the zod schemas the routes use.

const FRONT_DOOR = 'Front door'
const FEEDBACK = 'Feedback'

export const frontDoorTags = [
  {
    name: FRONT_DOOR,
    description:
      'Screening contacts: the queue, assigning, person checks, proposing a decision, the blind second screen and settlement. For front door practitioners and managers; everyone else gets 404.',
  },
  { name: FEEDBACK, description: 'The decision as the referrer is told it, and their answer: accept or disagree.' },
]

export const json = (schema: z.ZodType, io: 'input' | 'output') => {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io })
  return io === 'output' ? (open(rest) as Record<string, unknown>) : rest
}

/**
 * Responses may gain fields in later versions, so their objects are left open, and a date-time's
 * format says enough without the generator's long pattern.
 */
function open(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(open)
  if (!node || typeof node !== 'object') return node
  const entries = Object.entries(node).filter(
    ([key, value]) =>
      !(key === 'additionalProperties' && value === false) &&
      !(key === 'pattern' && (node as { format?: unknown }).format === 'date-time'),
  )
  return Object.fromEntries(entries.map(([key, value]) => [key, open(value)]))
}

export const frontDoorSchemas = {
  StaleProblem: {
    allOf: [
      { $ref: '#/components/schemas/Problem' },
      {
        type: 'object',
        required: ['current'],
        properties: {
          current: {
            type: 'object',
            description: 'Where the contact is now',
            required: ['status', 'version'],
            properties: { status: { type: 'string', enum: [...SCREENING_STATES] }, version: { type: 'integer' } },
          },
        },
      },
    ],
  },
  AssignmentRequest: json(assignmentRequestSchema, 'input'),
  VersionRequest: json(versionRequestSchema, 'input'),
  LinkRequest: json(linkRequestSchema, 'input'),
  ProposalRequest: json(proposalRequestSchema, 'input'),
  SecondScreenRequest: json(secondScreenRequestSchema, 'input'),
  SettlementRequest: json(settlementRequestSchema, 'input'),
  FeedbackAnswerRequest: json(feedbackAnswerRequestSchema, 'input'),
  FrontDoorQueue: json(queueResponseSchema, 'output'),
  Screeners: json(screenersResponseSchema, 'output'),
  Contact: json(contactResponseSchema, 'output'),
  ContactChecks: json(checksResponseSchema, 'output'),
  CommandResult: json(commandResponseSchema, 'output'),
  ReferralFeedback: json(referralFeedbackResponseSchema, 'output'),
}

const ref = (name: keyof typeof frontDoorSchemas) => ({ $ref: `#/components/schemas/${name}` })
const problem = (description: string, schema = 'Problem') => ({
  description,
  content: { 'application/problem+json': { schema: { $ref: `#/components/schemas/${schema}` } } },
})
const ok = (description: string, schema: keyof typeof frontDoorSchemas) => ({
  description,
  content: { 'application/json': { schema: ref(schema) } },
})
const body = (schema: keyof typeof frontDoorSchemas) => ({
  required: true,
  content: { 'application/json': { schema: ref(schema) } },
})
const uuidParam = (name: string, description: string) => ({
  name,
  in: 'path',
  required: true,
  description,
  schema: { type: 'string', format: 'uuid' },
})
const contactId = uuidParam('id', 'The contact')
const unauthorised = problem('No token, or a token that is not valid')
const notFound = problem('No such contact, or the caller is not on the front door')
const stale = problem(
  'Someone changed the contact since your last read: `current` says where it is now',
  'StaleProblem',
)
const badShape = problem('The body is not in the right shape: each wrong field is listed')

/** A POST that changes a contact, with the responses every such command shares. */
function command(
  operationId: string,
  summary: string,
  request: keyof typeof frontDoorSchemas,
  extra: Record<string, unknown>,
  parameters: unknown[] = [contactId],
  description?: string,
) {
  return {
    post: {
      tags: [FRONT_DOOR],
      operationId,
      summary,
      ...(description ? { description } : {}),
      parameters,
      requestBody: body(request),
      responses: { '400': badShape, '401': unauthorised, '404': notFound, '409': stale, ...extra },
    },
  }
}

const refused = problem('Refused: `detail` says why in plain English (for example, four eyes)')
const decisionSteps = {
  '422': problem('The decision breaks a rule (for example no rationale, or a child not yet checked): each is listed'),
  '403': refused,
}

export const frontDoorPaths = {
  '/front-door/contacts': {
    get: {
      tags: [FRONT_DOOR],
      operationId: 'listFrontDoorContacts',
      summary: 'The front door queue: every open contact, overdue first',
      parameters: [
        { name: 'assigned', in: 'query', schema: { type: 'string', enum: [...QUEUE_ASSIGNED_FILTERS] } },
        { name: 'flag', in: 'query', schema: { type: 'string', enum: Object.keys(QUEUE_FLAG_LABELS) } },
        { name: 'status', in: 'query', schema: { type: 'string', enum: [...SCREENING_STATES] } },
      ],
      responses: { '200': ok('The queue', 'FrontDoorQueue'), '401': unauthorised, '404': notFound },
    },
  },
  '/front-door/screeners': {
    get: {
      tags: [FRONT_DOOR],
      operationId: 'listScreeners',
      summary: 'Who a contact can be assigned to',
      responses: { '200': ok('Front door screeners', 'Screeners'), '401': unauthorised, '404': notFound },
    },
  },
  '/front-door/contacts/{id}': {
    get: {
      tags: [FRONT_DOOR],
      operationId: 'getFrontDoorContact',
      summary: 'One contact: its state, version, people and decision',
      description:
        'While a second screen is awaited the proposal is withheld (`decision.blind`) from everyone but its proposer, so the second screener decides without knowing the first view. Once final, the decision and the feedback are shown in full.',
      parameters: [contactId],
      responses: { '200': ok('The contact', 'Contact'), '401': unauthorised, '404': notFound },
    },
  },
  '/front-door/contacts/{id}/assignment': command(
    'assignContact',
    'Assign the contact to a screener',
    'AssignmentRequest',
    {
      '200': ok('Assigned', 'CommandResult'),
      '422': problem('The assignee is not on the front door'),
    },
  ),
  '/front-door/contacts/{id}/checks': {
    get: {
      tags: [FRONT_DOOR],
      operationId: 'getContactChecks',
      summary: 'Person checks: each person on the contact with the people on record who may be them',
      parameters: [contactId],
      responses: { '200': ok('The checks', 'ContactChecks'), '401': unauthorised, '404': notFound },
    },
  },
  '/front-door/contacts/{id}/people/{referralPersonId}/link': command(
    'linkPerson',
    'Confirm who a person on the contact is: a match on record, or a new person',
    'LinkRequest',
    { '200': ok('Linked', 'CommandResult'), '403': refused },
    [contactId, uuidParam('referralPersonId', 'The person on the contact (`people[].id`)')],
  ),
  '/front-door/contacts/{id}/household': command(
    'linkHousehold',
    'Link everyone checked on the contact as one household',
    'VersionRequest',
    { '200': ok('Linked', 'CommandResult'), '403': refused },
  ),
  '/front-door/contacts/{id}/decision': command(
    'proposeDecision',
    'Propose a decision',
    'ProposalRequest',
    {
      '201': ok('Proposed: `status` says whether it is final or needs a second screen', 'CommandResult'),
      ...decisionSteps,
    },
    [contactId],
    "The partnership's double-screening rules decide whether a second screen is needed.",
  ),
  '/front-door/contacts/{id}/second-screen': command(
    'secondScreenDecision',
    'Second screen a proposed decision, blind',
    'SecondScreenRequest',
    { '200': ok('Recorded: final if it agrees, else waiting for a manager', 'CommandResult'), ...decisionSteps },
    [contactId],
    'Nobody second screens their own proposal (403).',
  ),
  '/front-door/contacts/{id}/settlement': command(
    'settleDecision',
    'Settle a decision waiting for a manager: the screeners disagree, or repeat contacts need review (front door managers)',
    'SettlementRequest',
    { '200': ok('Settled and final', 'CommandResult'), ...decisionSteps },
    [contactId],
    'The manager is neither of the two screeners (403).',
  ),
  '/front-door/contacts/{id}/phone-feedback': {
    post: {
      tags: [FEEDBACK],
      operationId: 'recordPhoneFeedback',
      summary: 'Record that the decision was given to the referrer by phone',
      parameters: [contactId],
      responses: {
        '200': { description: 'Recorded', content: { 'application/json': { schema: { type: 'object' } } } },
        '401': unauthorised,
        '404': problem('No such contact, no feedback yet, or the caller is not on the front door'),
        '409': problem('The feedback was already sent by email or given by phone'),
      },
    },
  },
  '/referrals/{id}/feedback': {
    get: {
      tags: [FEEDBACK],
      operationId: 'getReferralFeedback',
      summary: 'The feedback on a referral once its decision is final',
      parameters: [uuidParam('id', 'The referral')],
      responses: {
        '200': ok('The feedback', 'ReferralFeedback'),
        '401': unauthorised,
        '404': problem('No referral with this id that the caller may see, or no feedback yet'),
      },
    },
  },
  '/referrals/{id}/feedback/response': {
    post: {
      tags: [FEEDBACK],
      operationId: 'answerFeedback',
      summary: 'The referrer accepts the decision or disagrees with it',
      parameters: [uuidParam('id', 'The referral')],
      requestBody: body('FeedbackAnswerRequest'),
      responses: {
        '201': ok('Answered', 'ReferralFeedback'),
        '400': badShape,
        '401': unauthorised,
        '404': problem('No referral of yours with feedback on it'),
        '409': problem('Already accepted or disagreed with'),
        '422': problem('A disagreement needs a reason'),
      },
    },
  },
}
