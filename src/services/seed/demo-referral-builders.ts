import type { LocalDate } from '../../domain/calendar/index.js'
import type {
  Address,
  AdultDetails,
  ChildDetails,
  Relationship,
  ReferralContent,
  Sex,
} from '../../domain/referral/referral-content.js'
import type { ReferralSection } from '../../domain/referral/referral-validation.js'
import { addMonths } from '../../domain/referral/validation-support.js'

// Building blocks for the families in the Northbridge demo's referrals. Everyone is fictional: telephone numbers
// are Ofcom drama numbers, NHS numbers are in the 999 test range, postcodes are in the made-up
// NB area and email addresses end in .example. Ages are counted from the day of the seed, so a
// family referred twice has the same dates of birth both times; what happened is dated from
// the day each referral was made.

export type SeedDates = {
  /** The day the demo was seeded. */
  seedDay: LocalDate
  /** The day this referral was made. */
  today: LocalDate
  /** The working day n working days before the seed. */
  workingDaysAgo: (n: number) => LocalDate
}

export type DemoReferral = {
  key: string
  /** The demo user who makes it, or who records it when it comes in by phone. */
  by: string
  channel: 'web' | 'phone' | 'api'
  /** When the referrer started: working days before the seed, at a London time. */
  daysAgo: number
  at: string
  /** A draft stops after these sections; anything without them is submitted. */
  draftSections?: readonly ReferralSection[]
  /** For web and API referrals only the job title and phone: the rest comes from the account. */
  content: (d: SeedDates) => ReferralContent
}

export const HANNAH = 'hannah.ward@hv.northbridge.example'
export const SAMIR = 'samir.chaudhry@gp.northbridge.example'
export const GRACE = 'grace.okafor@school.northbridge.example'
export const DAN = 'dan.price@police.northbridge.example'
export const RUTH = 'ruth.kelly@probation.northbridge.example'
export const MAREK = 'marek.nowak@housing.northbridge.example'
export const AISHA = 'aisha.rahman@earlyhelp.northbridge.example'
export const JO = 'jo.evans@familytrust.northbridge.example'
export const SAM = 'sam.taylor@csc.northbridge.example'

export const spoken = (date: LocalDate): string =>
  new Date(`${date}T12:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' })

export const born = (d: SeedDates, years: number, months = 0) => addMonths(d.seedDay, -(years * 12 + months))
export const home = (line1: string, postcode: string): Address => ({ line1, town: 'Northbridge', postcode })
export const as = (relationship: Relationship, ...childIds: string[]): Record<string, Relationship> =>
  Object.fromEntries(childIds.map(id => [id, relationship]))

export function child(
  id: string,
  name: string,
  dateOfBirth: string,
  sex: Sex,
  more: Partial<ChildDetails> = {},
): ChildDetails {
  const [givenName, familyName] = name.split('|')
  return { id, givenName, familyName, dateOfBirth, sex, ...more }
}

export function adult(
  id: string,
  name: string,
  relationships: Record<string, Relationship>,
  more: Partial<AdultDetails> = {},
): AdultDetails {
  const [givenName, familyName] = name.split('|')
  return { id, givenName, familyName, relationships, livesWithChildren: true, ...more }
}

export const PR = { parentalResponsibility: 'yes' } as const
export const AGREED = { parentsInformed: 'yes', consentGiven: 'yes', lawfulBasis: 'public-task' } as const

// Alfie Hughes and his parents, as Hannah Ward knows them; her second referral adds Ryan's details.
export const hughes = (d: SeedDates, ryanKnown: boolean) => {
  const flat = home('Flat 2, 7 Larch Close', 'NB2 6LR')
  return {
    children: [child('alfie', 'Alfie|Hughes', born(d, 0, 5), 'male', { nhsNumber: '999 102 3135', address: flat })],
    adults: [
      adult('kayleigh', 'Kayleigh|Hughes', as('mother', 'alfie'), {
        ...PR,
        dateOfBirth: born(d, 21, 4),
        address: flat,
      }),
      adult('ryan', 'Ryan|Doyle', as('father', 'alfie'), {
        address: flat,
        ...(ryanKnown
          ? { ...PR, dateOfBirth: born(d, 24, 9), notes: 'Named on the birth certificate. Works nights.' }
          : {}),
      }),
    ],
  }
}
