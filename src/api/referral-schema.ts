import { z } from 'zod'
import { LAWFUL_BASES, RELATIONSHIPS, SEXES, type ReferralContent } from '../domain/referral/referral-content.js'

// The JSON shape of a referral. zod checks types and shape only; the rules (required fields,
// real dates, NHS check digits…) are the same domain rules as the web journey.

const text = z.string().max(10_000, { error: 'must be 10,000 characters or fewer' })
const address = z
  .object({ line1: text.optional(), line2: text.optional(), town: text.optional(), postcode: text.optional() })
  .strict()

const child = z
  .object({
    id: z.string().min(1).max(100).optional(),
    givenName: text.optional(),
    familyName: text.optional(),
    otherNames: text.optional(),
    unborn: z.boolean().optional(),
    dateOfBirth: z.string().optional(),
    expectedDate: z.string().optional(),
    sex: z.enum(SEXES).optional(),
    nhsNumber: z.string().max(20).optional(),
    address: address.optional(),
    schoolOrSetting: text.optional(),
    needs: text.optional(),
  })
  .strict()

const adult = z
  .object({
    id: z.string().min(1).max(100).optional(),
    givenName: text.optional(),
    familyName: text.optional(),
    dateOfBirth: z.string().optional(),
    address: address.optional(),
    livesWithChildren: z.boolean().optional(),
    relationships: z.record(z.string(), z.enum(RELATIONSHIPS)).optional(),
    parentalResponsibility: z.enum(['yes', 'no', 'not-known']).optional(),
    notes: text.optional(),
  })
  .strict()

export const referralRequestSchema = z
  .object({
    immediateDanger: z.enum(['yes', 'no']).optional(),
    children: z.array(child).max(20),
    adults: z.array(adult).max(30).default([]),
    concerns: z
      .object({
        indicatorCodes: z.array(z.string()).max(100).optional(),
        description: text.optional(),
        incidentDates: text.optional(),
        impactOnChild: text.optional(),
        childsVoice: text.optional(),
        actionsTaken: text.optional(),
      })
      .strict(),
    referrerView: z
      .object({
        level: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]).optional(),
        reason: text.optional(),
      })
      .strict(),
    consent: z
      .object({
        parentsInformed: z.enum(['yes', 'no']).optional(),
        consentGiven: z.enum(['yes', 'no', 'not-sought']).optional(),
        reason: text.optional(),
        lawfulBasis: z.enum(LAWFUL_BASES).optional(),
      })
      .strict(),
    referrer: z
      .object({
        name: text.optional(),
        jobTitle: text.optional(),
        agencyName: text.optional(),
        phone: z.string().max(40).optional(),
        email: z.string().max(320).optional(),
      })
      .strict(),
  })
  .strict()

export type ReferralRequest = z.infer<typeof referralRequestSchema>

/** Children and adults without an id get one from their position, so relationships can refer to them. */
export function toReferralContent(request: ReferralRequest): ReferralContent {
  return {
    ...request,
    children: request.children.map((c, i) => ({ ...c, id: c.id ?? `child-${i + 1}` })),
    adults: request.adults.map((a, i) => ({ ...a, id: a.id ?? `adult-${i + 1}` })),
  }
}

/** 'children.0.dateOfBirth' → 'children[0].dateOfBirth', the way API clients write paths. */
export function fieldPath(path: PropertyKey[]): string {
  return path.reduce<string>(
    (out, part) => (typeof part === 'number' ? `${out}[${part}]` : out ? `${out}.${String(part)}` : String(part)),
    '',
  )
}
