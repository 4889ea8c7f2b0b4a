import type { Actor } from '../../domain/access/actor.js'
import type { LocalDate } from '../../domain/calendar/index.js'
import type { DecisionProblem } from '../../domain/front-door/decision-input.js'
import {
  checkScreeningCommand,
  type ManagerReviewReason,
  type ScreeningCommand,
  type ScreeningRoute,
  type ScreeningState,
} from '../../domain/screening/index.js'
import { ageInMonths } from '../../domain/screening/age.js'
import { fail, type Result } from '../../domain/shared/result.js'
import type { DecisionRecord } from '../../data/repositories/decision-repository.js'
import type { ContactRecord } from '../../data/repositories/front-door-repository.js'
import { appendReferralEvent } from '../../data/repositories/referral-repository.js'
import type { Db } from '../../data/database.js'
import { audit, type RequestContext } from '../audit-service.js'
import type { ServiceDeps } from '../index.js'
import { notifyFrontDoorManagers } from './notify-managers.js'
import { loadScreening, screeningActor, type Screening } from './screening-context.js'

// What every screening command shares: one transaction that locks the contact and checks its
// version, the domain's check of the command (lifecycle, role, four eyes), the event and audit
// row, and the email to the managers when a decision waits for them.

export type ScreeningError =
  | { kind: 'invalid'; problems: DecisionProblem[] }
  | { kind: 'stale'; current: ContactRecord }
  | { kind: 'refused'; reason: string }
  | { kind: 'checks-incomplete'; reason: string }

export type ScreeningDone = { status: ContactRecord['status']; decisionId: string }

type Step = (trx: Db, s: Screening, now: Date) => Promise<Result<ScreeningDone, ScreeningError>>

export async function inScreening(
  deps: ServiceDeps,
  actor: Actor,
  contactId: string,
  expectedVersion: number,
  step: Step,
): Promise<Result<ScreeningDone, ScreeningError>> {
  return deps.db.transaction().execute(async trx => {
    const s = await loadScreening(trx, actor, contactId, { forUpdate: true })
    if (s.contact.version !== expectedVersion) return fail({ kind: 'stale' as const, current: s.contact })
    return step(trx, s, deps.clock.now())
  })
}

export function check(s: Screening, command: ScreeningCommand, actor: Actor, route: ScreeningRoute) {
  const checked = checkScreeningCommand(s.contact.status, command, screeningActor(actor), {
    proposedByUserId: s.decision?.proposedByUserId,
    secondScreenedByUserId: s.decision?.secondScreen?.byUserId,
    ...route,
  })
  return checked.ok ? checked : fail({ kind: 'refused' as const, reason: checked.error.reason })
}

export const NO_ROUTE: ScreeningRoute = { secondScreenRequired: false }

/** The decision row's status for the contact's next state. */
export const decisionStatus = (next: ScreeningState): DecisionRecord['status'] =>
  next === 'decided' ? 'final' : next === 'awaiting-second-screen' ? 'awaiting-second-screen' : 'awaiting-manager'

export function childFacts(s: Screening, today: LocalDate) {
  return s.people
    .filter(p => p.role === 'child')
    .map(p => {
      if (!p.dateOfBirth) return { unborn: p.expectedDate !== null, name: p.givenName ?? undefined }
      const months = ageInMonths(p.dateOfBirth as LocalDate, today)
      return months < 0
        ? { unborn: true, name: p.givenName ?? undefined }
        : { unborn: false, ageInMonths: months, name: p.givenName ?? undefined }
    })
}

export async function record(
  trx: Db,
  deps: ServiceDeps,
  ctx: RequestContext,
  actor: Actor,
  s: Screening,
  type: string,
  data: Record<string, unknown>,
): Promise<void> {
  const now = deps.clock.now()
  await appendReferralEvent(trx, {
    referralId: s.referral.id,
    type,
    occurredAt: now,
    actorUserId: actor.userId,
    data,
  })
  await audit(trx, deps.clock, ctx, {
    action: `contact.${type}`,
    subjectType: 'contact',
    subjectId: s.contact.id,
    details: data,
  })
}

/** Tells the front door managers a decision is waiting for them to settle or review. No child data. */
export async function notifyManagers(
  trx: Db,
  s: Screening,
  now: Date,
  reason: ManagerReviewReason,
  screenerIds: string[],
) {
  const subject =
    reason === 'screeners-disagree'
      ? `Screeners disagree on ${s.referral.reference}: a manager must settle it`
      : `Repeat contacts on ${s.referral.reference}: a manager must review the decision`
  const action = reason === 'screeners-disagree' ? 'settle it' : 'review it'
  await notifyFrontDoorManagers(trx, {
    kind: 'decision-needs-settling',
    subject,
    bodyText: `${subject}.\n\nSign in to Threshold and open the front door queue to ${action}.`,
    relatedType: 'contact',
    relatedId: s.contact.id,
    now,
    except: screenerIds,
  })
}
