import { z } from 'zod'
import { QUEUE_FLAG_LABELS, type QueueFlag } from '../domain/front-door/queue.js'
import { DISAGREEMENT_SUBJECTS } from '../domain/disagreement/disagreement.js'
import { DECISION_OUTCOMES, SCREENING_STATES } from '../domain/screening/index.js'

// The JSON the front door API takes and gives. Requests are checked for shape only (400); the
// rules (a rationale is needed, indicators must be in the threshold document…) are the same
// domain rules as the web, reported as 422. The response schemas type the presenters, so the
// OpenAPI document and what the API really sends cannot drift apart.

const text = z.string().max(10_000, { error: 'must be 10,000 characters or fewer' })
const id = z.string().min(1).max(100)
const version = z
  .number()
  .int()
  .min(1)
  .describe("The contact's version from your last read. If someone changed it since, nothing is saved (409).")
const outcome = z.enum(DECISION_OUTCOMES)
const level = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)])

export const assignmentRequestSchema = z
  .object({
    version,
    assigneeUserId: id.nullable().describe('A front door screener, or null to leave the contact with nobody'),
  })
  .strict()

export const versionRequestSchema = z.object({ version }).strict()

export const linkRequestSchema = z
  .object({
    version,
    personId: id.optional().describe('The person on record this is, from the checks'),
    newPerson: z.literal(true).optional().describe('This is nobody on record: create a new person'),
  })
  .strict()
  .refine(b => (b.personId === undefined) !== (b.newPerson === undefined), {
    error: 'Send either personId or "newPerson": true',
    path: ['personId'],
  })
  .describe('Either the matching person on record (personId) or a new person (newPerson: true)')

export const proposalRequestSchema = z
  .object({
    version,
    outcome: outcome.optional(),
    level: level.optional(),
    indicatorCodes: z.array(id).max(100).optional().describe('Codes from the current threshold document'),
    rationale: text.optional(),
    feedbackText: text.optional().describe('What the referrer is told about the decision and why'),
    earlyHelpServiceId: id
      .nullable()
      .optional()
      .describe('A service from the early help directory; needed for early help'),
  })
  .strict()

export const secondScreenRequestSchema = z
  .object({ version, outcome: outcome.optional(), level: level.optional(), rationale: text.optional() })
  .strict()
  .describe('The second screener decides blind: the proposal is not shown until the second screen is recorded')

export const settlementRequestSchema = z
  .object({
    version,
    outcome: outcome.optional(),
    level: level.optional(),
    rationale: text.optional().describe('Why the decision is settled this way'),
    feedbackText: text.optional(),
  })
  .strict()

/** The professional disagreement questions (src/domain/disagreement validateRaise checks the rules, 422). */
export const disagreementAnswersSchema = z.object({
  subject: z
    .enum(DISAGREEMENT_SUBJECTS)
    .optional()
    .describe('What is disagreed with: a decision, a threshold level, information sharing, a plan, or a wider issue'),
  reasons: text.optional().describe('Why you disagree, and any evidence the decision may not have taken into account'),
  evidence: text.optional(),
  outcomeWanted: text.optional().describe('What you want to happen'),
  immediateRisk: z.boolean().optional().describe('Whether a child is at immediate risk of harm'),
  startAtStage: z
    .number()
    .int()
    .optional()
    .describe('Only when a child is at immediate risk: a later stage of the escalation policy to start at'),
})

export const feedbackAnswerRequestSchema = z
  .object({
    response: z.enum(['accepted', 'disagreed']),
    disagreement: disagreementAnswersSchema
      .strict()
      .optional()
      .describe('Needed when you disagree: it raises a professional disagreement at the first stage'),
  })
  .strict()

// Responses.

const dateTime = z.iso.datetime()
const userRef = z.object({ id: z.string(), name: z.string() })
const QUEUE_FLAGS = Object.keys(QUEUE_FLAG_LABELS) as [QueueFlag, ...QueueFlag[]]

export const queueResponseSchema = z.object({
  items: z.array(
    z.object({
      contactId: z.string(),
      referralId: z.string(),
      reference: z.string(),
      status: z.enum(SCREENING_STATES),
      channel: z.enum(['web', 'phone', 'api']),
      receivedAt: dateTime,
      decisionDueAt: dateTime,
      flags: z.array(z.enum(QUEUE_FLAGS)),
      immediateDanger: z.boolean(),
      repeatContactCount: z.int(),
      referrerName: z.string(),
      agencyName: z.string(),
      assignee: userRef.nullable(),
      children: z.array(z.object({ name: z.string(), age: z.string() })),
    }),
  ),
  total: z.int().describe('Open contacts before filtering'),
})

export const screenersResponseSchema = z.object({
  screeners: z.array(z.object({ id: z.string(), name: z.string(), isManager: z.boolean() })),
})

const contactPerson = z.object({
  id: z.string().describe('The person on this contact (referralPersonId)'),
  role: z.enum(['child', 'adult']),
  givenName: z.string().nullable(),
  familyName: z.string().nullable(),
  dateOfBirth: z.string().nullable(),
  expectedDate: z.string().nullable(),
  link: z
    .object({
      personId: z.string(),
      kind: z.enum(['matched', 'new-person']).nullable(),
      by: userRef.nullable(),
      at: dateTime.nullable(),
    })
    .nullable()
    .describe('The person on record this is, once checked; null until then'),
})

const proposal = z.object({
  outcome,
  level,
  indicatorCodes: z.array(z.string()),
  rationale: z.string(),
  feedbackText: z.string(),
  earlyHelpServiceId: z.string().nullable(),
  rulesFired: z.array(z.object({ ruleId: z.string(), name: z.string(), reason: z.string() })),
})

const decision = z.object({
  id: z.string(),
  status: z.enum(['awaiting-second-screen', 'awaiting-manager', 'final']),
  blind: z
    .boolean()
    .describe('True while a second screen is awaited and the caller is not the proposer: the proposal is withheld'),
  proposedBy: userRef,
  proposedAt: dateTime,
  thresholdDocumentVersion: z.int(),
  rulesetVersion: z.int(),
  proposal: proposal.nullable().describe('Null when blind'),
  secondScreen: z
    .object({ by: userRef, at: dateTime, outcome, level, rationale: z.string(), agrees: z.boolean() })
    .nullable(),
  settlement: z.object({ by: userRef, at: dateTime, reason: z.string() }).nullable(),
  final: z.object({ outcome, level, at: dateTime }).nullable(),
})

export const feedbackSchema = z.object({
  id: z.string(),
  audience: z.enum(['professional', 'public']),
  status: z.enum(['sent', 'phone-required', 'given-by-phone']),
  text: z.string(),
  createdAt: dateTime,
  dueAt: dateTime,
  sentAt: dateTime.nullable(),
  response: z
    .object({ kind: z.enum(['accepted', 'disagreed']), reason: z.string().nullable(), at: dateTime })
    .nullable(),
})

export const contactResponseSchema = z.object({
  id: z.string(),
  referralId: z.string(),
  reference: z.string(),
  status: z.enum(SCREENING_STATES),
  version: z.int(),
  receivedAt: dateTime,
  decisionDueAt: dateTime,
  decidedAt: dateTime.nullable(),
  immediateDanger: z.boolean(),
  repeatContactCount: z.int(),
  assignee: userRef.nullable(),
  people: z.array(contactPerson),
  decision: decision.nullable(),
  feedback: feedbackSchema.nullable().describe('Once the decision is final'),
})

export const checksResponseSchema = z.object({
  contactId: z.string(),
  status: z.enum(SCREENING_STATES),
  version: z.int(),
  people: z.array(
    contactPerson.extend({
      linkedPerson: z
        .object({
          id: z.string(),
          givenName: z.string().nullable(),
          familyName: z.string().nullable(),
          dateOfBirth: z.string().nullable(),
          householdId: z.string().nullable(),
        })
        .nullable(),
      matches: z
        .array(
          z.object({
            personId: z.string(),
            givenName: z.string().nullable(),
            familyName: z.string().nullable(),
            dateOfBirth: z.string().nullable(),
            band: z.enum(['strong', 'possible', 'weak']),
            score: z.number().describe('Evidence for the match in bits: higher is stronger'),
            reasons: z.array(z.string()),
          }),
        )
        .describe('People on record who may be this person, strongest first; empty once linked'),
    }),
  ),
})

export const commandResponseSchema = z.object({
  version: z.int().describe("The contact's new version, for your next request"),
  status: z.enum(SCREENING_STATES).optional(),
  decisionId: z.string().optional(),
  personId: z.string().optional(),
  householdId: z.string().optional(),
})

export const referralFeedbackResponseSchema = z.object({
  referralId: z.string(),
  feedback: feedbackSchema,
  canRespond: z.boolean().describe('True for the referrer until they accept or disagree'),
  disagreementId: z
    .string()
    .nullable()
    .optional()
    .describe('When the answer was "disagreed": the professional disagreement it raised'),
})

export type QueueResponse = z.output<typeof queueResponseSchema>
export type ContactResponse = z.output<typeof contactResponseSchema>
export type ChecksResponse = z.output<typeof checksResponseSchema>
export type FeedbackResponse = z.output<typeof feedbackSchema>
export type CommandResponse = z.output<typeof commandResponseSchema>
