import type { Actor } from '../../domain/access/actor.js'
import { addWorkingDays, toLondonDate, type LocalDate } from '../../domain/calendar/index.js'
import {
  findContact,
  findContactForReferral,
  type ContactRecord,
} from '../../data/repositories/front-door-repository.js'
import { findUserByEmail, toActor } from '../../data/repositories/identity-repository.js'
import type { Db } from '../../data/database.js'
import type { RequestContext } from '../audit-service.js'
import { fixedClock } from '../clock.js'
import { listEarlyHelpServices } from '../early-help-service.js'
import type { ServiceDeps } from '../index.js'
import { calendar } from '../referral-service.js'
import { confirmPerson, linkHousehold, personChecks } from '../front-door/checks-service.js'
import { proposeDecision, secondScreenDecision, settleDecision } from '../front-door/decision-service.js'
import { recordPhoneFeedback, respondToFeedback } from '../front-door/feedback-service.js'
import type { DemoReferral } from './demo-referral-builders.js'
import { LATER_REFERRALS } from './demo-referral-families-later.js'
import { EARLIER_REFERRALS } from './demo-referral-families.js'
import { londonTime, workingDaysBefore } from './demo-referrals.js'
import { DEMO_SCREENING, type PlannedScreen, type ScreeningPlan, type When } from './demo-screening-plan.js'

// The front door's work on the demo's older contacts, done through the same services a screener's
// browser uses, so the queue, decisions, statutory referrals, feedback, deadlines, people,
// households and audit trail are what real use leaves behind. Every step has its own clock, set
// to a working-hours time shortly after the contact arrived and before its decision was due.

type SeedServiceDeps = Omit<ServiceDeps, 'sessionTtlHours'>

const MINUTE = 60_000
const REFERRALS: readonly DemoReferral[] = [...EARLIER_REFERRALS, ...LATER_REFERRALS]

/** The contact made for a demo referral, found by when its referrer started it and who they are. */
export async function findDemoContact(db: Db, key: string, seedDay: LocalDate): Promise<ContactRecord | undefined> {
  const referral = REFERRALS.find(r => r.key === key)
  if (!referral) return undefined
  const row = await db
    .selectFrom('referral')
    .innerJoin('app_user', 'app_user.id', 'referral.recorded_by_user_id')
    .select('referral.id')
    .where('app_user.email', '=', referral.by)
    .where('referral.created_at', '=', londonTime(workingDaysBefore(seedDay, referral.daysAgo), referral.at))
    .where('referral.status', '=', 'submitted')
    .executeTakeFirst()
  return row && findContactForReferral(db, row.id)
}

/**
 * Screens the demo's older contacts as planned in demo-screening-plan.ts, oldest first. Expects
 * the demo referrals; throws if any step is refused or a rule fires other than as planned, since
 * that means the demo data no longer fits the rules.
 */
export async function seedDemoScreening(deps: SeedServiceDeps, now: Date): Promise<void> {
  const seedDay = toLondonDate(now)
  for (const plan of DEMO_SCREENING) {
    const contact = await findDemoContact(deps.db, plan.key, seedDay)
    if (!contact) throw new Error(`Demo screening ${plan.key}: no contact for that demo referral`)
    await screenContact(deps, plan, contact, now)
  }
}

async function screenContact(base: SeedServiceDeps, plan: ScreeningPlan, contact: ContactRecord, now: Date) {
  const fail = (what: string, detail: unknown) =>
    new Error(`Demo screening ${plan.key}: ${what} was refused: ${JSON.stringify(detail)}`)
  const unplanned = (what: string) => new Error(`Demo screening ${plan.key}: ${what}, not as planned`)
  let last = contact.receivedAt
  /** A service call's dependencies with the clock at the step's time, which must come after the last step. */
  const at = (when: When, what: string, beforeDue = false) => {
    const day = addWorkingDays(calendar, toLondonDate(contact.receivedAt), when.day)
    const time = londonTime(day, when.at)
    const late = (beforeDue && time >= contact.decisionDueAt) || time >= now
    if (time <= last || late) {
      throw new Error(`Demo screening ${plan.key}: ${what} at ${time.toISOString()} is out of order or too late`)
    }
    last = time
    const clock = fixedClock(time)
    // The screening services never read the session length; it is set only to complete the type.
    const deps: ServiceDeps = { ...base, clock, sessionTtlHours: 0 }
    return { deps, clock }
  }
  const actorFor = async (email: string): Promise<[Actor, RequestContext]> => {
    const user = await findUserByEmail(base.db, email)
    if (!user) throw new Error(`Demo screening ${plan.key}: no demo user ${email}`)
    const actor = toActor(user)
    return [actor, { actor, correlationId: 'seed-demo' }]
  }
  const version = async () => (await findContact(base.db, contact.id))!.version

  // Checks: everyone on the contact is new to the front door, so each becomes a person on record.
  {
    const { deps, clock } = at(plan.checks.when, 'checks', true)
    const [actor, ctx] = await actorFor(plan.checks.by)
    const { checks } = await personChecks(deps, ctx, actor, contact.id)
    for (const check of checks) {
      clock.advance(2 * MINUTE)
      const linked = await confirmPerson(deps, ctx, actor, contact.id, await version(), check.person.id, {
        kind: 'new',
      })
      if (!linked.ok) throw fail(`checking ${check.person.contentId}`, linked.error)
    }
    if (plan.checks.household) {
      clock.advance(MINUTE)
      const household = await linkHousehold(deps, ctx, actor, contact.id, await version())
      if (!household.ok) throw fail('linking the household', household.error)
    }
    last = clock.now()
  }

  const { proposal, secondScreen, settlement } = plan
  let status: ContactRecord['status']
  {
    const { deps } = at(proposal.when, 'the proposal', true)
    const [actor, ctx] = await actorFor(proposal.by)
    const service = proposal.earlyHelpService && (await serviceId(deps, proposal.earlyHelpService, plan.key))
    const proposed = await proposeDecision(deps, ctx, actor, contact.id, await version(), {
      ...screen(proposal),
      indicatorCodes: proposal.indicatorCodes,
      feedbackText: proposal.feedbackText,
      earlyHelpServiceId: service || undefined,
    })
    if (!proposed.ok) throw fail('the proposal', proposed.error)
    status = proposed.value.status
  }

  if (status === 'awaiting-second-screen') {
    if (!secondScreen) throw unplanned('a double-screening rule fired')
    const { deps } = at(secondScreen.when, 'the second screen', true)
    const [actor, ctx] = await actorFor(secondScreen.by)
    const screened = await secondScreenDecision(deps, ctx, actor, contact.id, await version(), screen(secondScreen))
    if (!screened.ok) throw fail('the second screen', screened.error)
    status = screened.value.status
  } else if (secondScreen && !secondScreen.ifSampled) {
    throw unplanned('no double-screening rule fired')
  }

  if (status === 'awaiting-manager') {
    if (!settlement) throw unplanned('the second screener disagreed')
    const { deps } = at(settlement.when, 'the settlement', true)
    const [actor, ctx] = await actorFor(settlement.by)
    const settled = await settleDecision(deps, ctx, actor, contact.id, await version(), {
      ...screen(settlement),
      feedbackText: settlement.feedbackText,
    })
    if (!settled.ok) throw fail('the settlement', settled.error)
    status = settled.value.status
  } else if (settlement) {
    throw unplanned('the second screener agreed')
  }
  if (status !== 'decided') throw unplanned(`the contact is left ${status}`)

  const feedback = plan.feedback
  if (feedback?.kind === 'given-by-phone') {
    const { deps } = at(feedback.when, 'phone feedback')
    const [actor, ctx] = await actorFor(feedback.by)
    if (!(await recordPhoneFeedback(deps, ctx, actor, contact.id)))
      throw unplanned('there was no phone feedback to give')
  } else if (feedback?.kind === 'accepted') {
    const { deps } = at(feedback.when, 'accepting the feedback')
    const referrer = REFERRALS.find(r => r.key === plan.key)!.by
    const [actor, ctx] = await actorFor(referrer)
    const answered = await respondToFeedback(deps, ctx, actor, contact.referralId, { kind: 'accepted' })
    if (!answered.ok) throw fail('accepting the feedback', answered.error)
  }
}

/** What a screener's form sends for an outcome, a level and the reasons. */
const screen = (s: PlannedScreen) => ({ outcome: s.outcome, level: String(s.level), rationale: s.rationale })

async function serviceId(deps: ServiceDeps, name: string, key: string): Promise<string> {
  const service = (await listEarlyHelpServices(deps, {})).find(s => s.name === name)
  if (!service) throw new Error(`Demo screening ${key}: no early help service called ${name}`)
  return service.id
}
