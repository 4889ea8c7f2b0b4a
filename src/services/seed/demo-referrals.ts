import {
  addCalendarDays,
  endOfLondonDay,
  isWorkingDay,
  toLondonDate,
  type LocalDate,
} from '../../domain/calendar/index.js'
import type { ReferralContent } from '../../domain/referral/referral-content.js'
import { sectionsFor, type ReferralSection } from '../../domain/referral/referral-validation.js'
import { findUserByEmail, toActor } from '../../data/repositories/identity-repository.js'
import type { RequestContext } from '../audit-service.js'
import { fixedClock } from '../clock.js'
import type { ServiceDeps } from '../index.js'
import { calendar, saveDraft, startReferral } from '../referral-service.js'
import { submitReferral, submitWholeReferral } from '../referral-submission-service.js'
import type { DemoReferral, SeedDates } from './demo-referral-builders.js'
import { DRAFT_REFERRALS } from './demo-referral-drafts.js'
import { LATER_REFERRALS } from './demo-referral-families-later.js'
import { EARLIER_REFERRALS } from './demo-referral-families.js'

const DEMO_REFERRALS: readonly DemoReferral[] = [...EARLIER_REFERRALS, ...LATER_REFERRALS, ...DRAFT_REFERRALS]

// The demo's referrals, made through the same services a referrer's browser, a call handler
// or a police system would use, so every event, audit row, contact, deadline and
// acknowledgement is exactly what real use leaves behind. Each referral has its own clock, set
// to a working day in the three weeks before the seed, and moved on a few minutes per page.

const ctx: RequestContext = { actor: null, correlationId: 'seed-demo' }
const MINUTE = 60_000

/** The working day n working days before `day`, skipping weekends and bank holidays. */
export function workingDaysBefore(day: LocalDate, n: number): LocalDate {
  let date = day
  for (let left = n; left > 0;) {
    date = addCalendarDays(date, -1)
    if (isWorkingDay(calendar, date)) left--
  }
  return date
}

/** A London wall-clock time ("14:05") on a day. Seed times are in working hours, never at a clock change. */
export function londonTime(day: LocalDate, time: string): Date {
  const [hours = 0, minutes = 0] = time.split(':').map(Number)
  const midnight = endOfLondonDay(addCalendarDays(day, -1)).getTime() + 1
  return new Date(midnight + (hours * 60 + minutes) * MINUTE)
}

export type SeededReferrals = { submitted: string[]; drafts: string[] }

/**
 * Makes the demo's submitted referrals and drafts, oldest first so references run in date order.
 * Expects the demo users and the threshold document; throws if any referral is refused, since
 * that means the demo data no longer matches the rules.
 */
export async function seedDemoReferrals(
  deps: Omit<ServiceDeps, 'sessionTtlHours'>,
  now: Date,
): Promise<SeededReferrals> {
  const seedDay = toLondonDate(now)
  const planned = DEMO_REFERRALS.map(referral => ({
    referral,
    startedAt: londonTime(workingDaysBefore(seedDay, referral.daysAgo), referral.at),
  })).sort((a, b) => a.startedAt.getTime() - b.startedAt.getTime())
  const seeded: SeededReferrals = { submitted: [], drafts: [] }
  for (const { referral, startedAt } of planned) {
    const dates: SeedDates = {
      seedDay,
      today: toLondonDate(startedAt),
      workingDaysAgo: n => workingDaysBefore(seedDay, n),
    }
    const reference = await seedReferral(deps, referral, startedAt, referral.content(dates))
    if (reference === undefined) seeded.drafts.push(referral.key)
    else seeded.submitted.push(reference)
  }
  return seeded
}

/** One referral, page by page as its author would fill it in; its reference, or undefined for a draft. */
async function seedReferral(
  base: Omit<ServiceDeps, 'sessionTtlHours'>,
  referral: DemoReferral,
  startedAt: Date,
  content: ReferralContent,
): Promise<string | undefined> {
  const clock = fixedClock(startedAt)
  // The referral services never read the session length; it is set only to complete the type.
  const deps: ServiceDeps = { ...base, clock, sessionTtlHours: 0 }
  const user = await findUserByEmail(deps.db, referral.by)
  if (!user) throw new Error(`Demo referral ${referral.key}: no demo user ${referral.by}`)
  const actor = toActor(user)
  const refused = (error: unknown) => new Error(`Demo referral ${referral.key} was refused: ${JSON.stringify(error)}`)

  if (referral.channel === 'api') {
    // A partner system sends the whole referral at once, with the account's own details.
    const referrer = { name: user.displayName, email: user.email, agencyName: user.agency.name, ...content.referrer }
    const sent = await submitWholeReferral(deps, ctx, actor, { ...content, referrer }, `demo-${referral.key}`)
    if (!sent.ok) throw refused(sent.error)
    return sent.value.reference
  }

  const started = await startReferral(deps, ctx, actor, referral.channel)
  if (!started.ok) throw refused(started.error)
  const id = started.value.id
  let version = 1
  for (const [section, update] of pages(content, referral.channel, referral.draftSections)) {
    clock.advance((2 + (version % 3)) * MINUTE)
    const saved = await saveDraft(deps, ctx, actor, id, version, section, update)
    if (!saved.ok) throw refused(saved.error)
    version = saved.value.version
  }
  if (referral.draftSections) return undefined
  clock.advance(3 * MINUTE)
  const sent = await submitReferral(deps, ctx, actor, id)
  if (!sent.ok) throw refused(sent.error)
  return sent.value.reference
}

type Page = [ReferralSection, (draft: ReferralContent) => ReferralContent]

/** The saves the journey makes: a page per section, and one per child or adult added. */
function pages(content: ReferralContent, channel: 'web' | 'phone', only?: readonly ReferralSection[]): Page[] {
  // A call handler records who is calling before anything else.
  const order = sectionsFor(channel).sort((a, b) => (a === 'call' ? -1 : b === 'call' ? 1 : 0))
  return order
    .filter(section => only === undefined || only.includes(section))
    .flatMap((section): Page[] => {
      switch (section) {
        case 'immediate-danger':
          return [[section, draft => ({ ...draft, immediateDanger: content.immediateDanger })]]
        case 'children':
          return content.children.map(child => [section, draft => ({ ...draft, children: [...draft.children, child] })])
        case 'adults':
          return content.adults.map(adult => [section, draft => ({ ...draft, adults: [...draft.adults, adult] })])
        case 'concerns':
          return [[section, draft => ({ ...draft, concerns: content.concerns })]]
        case 'level':
          return [[section, draft => ({ ...draft, referrerView: content.referrerView })]]
        case 'consent':
          return [[section, draft => ({ ...draft, consent: content.consent })]]
        case 'referrer':
          return [[section, draft => ({ ...draft, referrer: { ...draft.referrer, ...content.referrer } })]]
        case 'call':
          return [[section, draft => ({ ...draft, call: content.call })]]
      }
    })
}
