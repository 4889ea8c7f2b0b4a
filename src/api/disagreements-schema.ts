import { z } from 'zod'
import { ROLES } from '../domain/access/roles.js'
import {
  DISAGREEMENT_COMMANDS,
  DISAGREEMENT_OUTCOMES,
  DISAGREEMENT_STATES,
  DISAGREEMENT_SUBJECTS,
  RAISED_BY_KINDS,
  REMINDER_KINDS,
} from '../domain/disagreement/index.js'

// The JSON the professional disagreements API takes and gives. As for the front door, requests
// are checked for shape only (400); what is required and the rules (a later stage only when a
// child is at immediate risk…) are the domain's, with the web's messages, reported as 422. The
// response schemas type the presenters, so the OpenAPI document cannot drift from what is sent.

const text = z.string().max(10_000, { error: 'must be 10,000 characters or fewer' })
const id = z.string().min(1).max(100)
const required = (what: string) => `Required: ${what}`
const version = z
  .int()
  .min(1)
  .describe("The disagreement's version from your last read. If someone changed it since, nothing is saved (409).")

/** Raised from the referrer's feedback goes through POST /referrals/{id}/feedback/response instead. */
export const API_RAISED_VIA = ['practitioner', 'csc-about-partner'] as const

export const raiseRequestSchema = z
  .object({
    raisedVia: z
      .enum(API_RAISED_VIA)
      .describe(
        "`practitioner`: any practitioner, about a referral or a child. `csc-about-partner`: children's social care, about a partner agency's action.",
      ),
    referralId: id.optional().describe('The referral disagreed about, if any: one you can see'),
    personId: id.optional().describe('The child it is about, if any (a person id from the front door checks)'),
    aboutAgencyId: id.optional().describe('For `csc-about-partner`: the partner agency the disagreement is about'),
    subject: z.enum(DISAGREEMENT_SUBJECTS).optional().describe(required('what is disagreed with')),
    reasons: text.optional().describe(required('why you disagree')),
    evidence: text.optional().describe('What the disagreement rests on: dates, contacts, observations'),
    outcomeWanted: text.optional().describe(required('what you want to happen')),
    immediateRisk: z
      .boolean()
      .optional()
      .describe(
        required(
          'whether a child is at immediate risk of harm. If so, act to protect the child now: the duty manager is alerted at once',
        ),
      ),
    startAtStage: z
      .int()
      .optional()
      .describe('Only when a child is at immediate risk: start at this stage of the escalation policy instead of 1'),
  })
  .strict()

export const respondRequestSchema = z
  .object({ version, response: text.optional().describe(required('your response at this stage')) })
  .strict()

export const escalateRequestSchema = z
  .object({ version, reason: text.optional().describe(required('why you are taking it to the next stage')) })
  .strict()

export const acceptRequestSchema = z.object({ version }).strict()

export const noteRequestSchema = z
  .object({ version, note: text.optional().describe(required('what was discussed, agreed or sent')) })
  .strict()

export const closeRequestSchema = z
  .object({
    version,
    outcome: z.enum(DISAGREEMENT_OUTCOMES).optional().describe(required('the outcome')),
    reasons: text.optional().describe(required('the reasons for the outcome; both sides are sent them')),
    newDecisionId: id.optional().describe('Required for `decision-changed`: the new decision'),
  })
  .strict()

// Responses.

const dateTime = z.iso.datetime()
const userRef = z.object({ id: z.string(), name: z.string() })
const agencyRef = z.object({ id: z.string(), name: z.string() })

const daysLeft = z
  .object({
    overdue: z.boolean(),
    workingDays: z.int().describe('Working days left, the deadline day not counted; or how many it is overdue by'),
    text: z.string().describe('"Due today", "2 working days left", "Overdue by 1 working day"'),
  })
  .describe('Only while waiting for the responders; null otherwise')

const stage = z.object({
  number: z.int(),
  name: z.string(),
  description: z.string(),
  responders: z.object({ raiserSide: z.string(), responderSide: z.string() }),
  responderRoles: z.array(z.enum(ROLES)).describe('Who in Threshold responds at this stage'),
  respondWithinWorkingDays: z.int(),
  enteredAt: dateTime,
  dueAt: dateTime,
  daysLeft: daysLeft.nullable(),
})

const timelineEntry = z.object({
  type: z
    .string()
    .describe('raised, responded, escalated, accepted, note, closed or reminder; later versions may add more'),
  stage: z.int().describe('The stage it happened at'),
  at: dateTime,
  by: userRef.nullable().describe('Null when Threshold itself did it, such as a reminder'),
  text: z
    .string()
    .nullable()
    .describe('What was written: the response, the reason for escalating, the note, or the reasons for the outcome'),
  toStage: z.int().nullable().describe('For escalated: the stage it went to'),
  outcome: z.enum(DISAGREEMENT_OUTCOMES).nullable().describe('For closed'),
  reminder: z.enum(REMINDER_KINDS).nullable().describe('For reminder: which one'),
})

export const disagreementResponseSchema = z.object({
  id: z.string(),
  reference: z.string().describe('D-2026-000123'),
  state: z.enum(DISAGREEMENT_STATES),
  stateText: z.string(),
  version: z.int().describe('Send it with your next command'),
  raisedVia: z.enum(RAISED_BY_KINDS),
  raisedBy: userRef,
  raisedByAgency: agencyRef,
  aboutAgency: agencyRef
    .nullable()
    .describe("When children's social care disagrees with a partner agency: that agency"),
  referralId: z.string().nullable().describe('The referral it is about, when the caller may open it'),
  contactId: z.string().nullable().describe('Its front door contact, for the front door'),
  personId: z.string().nullable().describe("The child's record, for roles that may read children's histories"),
  subject: z.enum(DISAGREEMENT_SUBJECTS),
  reasons: z.string(),
  evidence: z.string().nullable(),
  outcomeWanted: z.string(),
  immediateRisk: z.boolean(),
  createdAt: dateTime,
  policyVersion: z.int().describe('The escalation policy version it started under and keeps'),
  lastStage: z.int(),
  stage,
  outcome: z
    .object({
      outcome: z.enum(DISAGREEMENT_OUTCOMES),
      label: z.string(),
      reasons: z.string(),
      newDecisionId: z.string().nullable(),
      closedAt: dateTime,
    })
    .nullable()
    .describe('Once closed'),
  allowedActions: z
    .array(z.enum(DISAGREEMENT_COMMANDS))
    .describe(
      'What the caller may do now: respond (POST …/responses), escalate (…/escalations), accept (…/acceptance), add-note (…/notes), close (…/closure)',
    ),
  timeline: z.array(timelineEntry).describe('Oldest first'),
})

const listItem = z.object({
  id: z.string(),
  reference: z.string(),
  stage: z.int(),
  stageName: z.string(),
  state: z.enum(DISAGREEMENT_STATES),
  subject: z.enum(DISAGREEMENT_SUBJECTS),
  raisedVia: z.enum(RAISED_BY_KINDS),
  raisedByAgencyName: z.string(),
  immediateRisk: z.boolean(),
  createdAt: dateTime,
  stageDueAt: dateTime,
  daysLeft: daysLeft.nullable(),
  overdue: z.boolean(),
})

export const myDisagreementsResponseSchema = z.object({
  items: z.array(
    listItem.extend({
      myPart: z.enum(['raised', 'to-respond']).describe('Raised by you, or waiting for your response'),
    }),
  ),
})

export const trackerResponseSchema = z.object({
  items: z
    .array(
      listItem.extend({
        ageInWorkingDays: z.int(),
        aboutAgencyName: z.string().nullable().describe("When children's social care disagrees with a partner agency"),
        children: z
          .array(
            z.object({
              pseudonym: z.string().describe('"Child 7F3KQ2": the same child has the same pseudonym everywhere'),
              personId: z.string().nullable().describe("The child's record: for roles with case access only"),
            }),
          )
          .describe('The children it is about, by pseudonym: never a name'),
        noChild: z
          .enum(['not-linked-yet', 'none-named'])
          .nullable()
          .describe('Why no child is listed: none linked to a record yet, or none named (a wider issue)'),
        caseLink: z
          .object({ referralId: z.string(), contactId: z.string().nullable() })
          .nullable()
          .describe('The referral and its contact: for roles with case access only'),
      }),
    )
    .describe('Every disagreement not yet closed, overdue first, then soonest due'),
  caseAccess: z.boolean().describe('Whether the caller sees case links and record ids, or pseudonyms only'),
})

export const disagreementCommandResponseSchema = z.object({
  id: z.string(),
  reference: z.string(),
  state: z.enum(DISAGREEMENT_STATES),
  stage: z.int(),
  stageDueAt: dateTime,
  version: z.int().describe("The disagreement's new version, for your next command"),
})

export type DisagreementResponse = z.output<typeof disagreementResponseSchema>
export type MyDisagreementsResponse = z.output<typeof myDisagreementsResponseSchema>
export type TrackerResponse = z.output<typeof trackerResponseSchema>
export type DisagreementCommandResponse = z.output<typeof disagreementCommandResponseSchema>
export type TimelineEntryResponse = DisagreementResponse['timeline'][number]
