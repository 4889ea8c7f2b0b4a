import type { Actor } from '../../domain/access/actor.js'
import { isPartnerAgencyKind } from '../../domain/access/roles.js'
import {
  canRaiseDisagreement,
  canRespondToFeedback,
  canViewPersonHistory,
  canViewReferral,
  isFrontDoor,
} from '../../domain/access/permissions.js'
import { toLondonDate } from '../../domain/calendar/index.js'
import {
  immediateRiskAlertMessage,
  stageDeadline,
  startingStage,
  validateRaise,
  type RaisedBy,
} from '../../domain/disagreement/index.js'
import type { FieldProblem } from '../../domain/referral/validation-support.js'
import { fail, ok, type Result } from '../../domain/shared/result.js'
import type { Db } from '../../data/database.js'
import { listActiveUsersWithRole } from '../../data/repositories/deadline-repository.js'
import {
  insertDisagreement,
  nextDisagreementReference,
  type DisagreementRecord,
} from '../../data/repositories/disagreement-repository.js'
import { findContactForReferral } from '../../data/repositories/front-door-repository.js'
import { findDecisionForContact } from '../../data/repositories/decision-repository.js'
import { getPerson } from '../../data/repositories/person-repository.js'
import { findAgency } from '../../data/repositories/identity-repository.js'
import { findReferral } from '../../data/repositories/referral-repository.js'
import type { RequestContext } from '../audit-service.js'
import { currentEscalationPolicy } from '../escalation-policy-service.js'
import { ForbiddenError, NotFoundError } from '../errors.js'
import type { ServiceDeps } from '../index.js'
import { calendar, isUuid } from '../referral-service.js'
import { enterStage, notifyAll, recordDisagreementEvent, stageOf } from './disagreement-parties.js'

// Raising a professional disagreement (issue 5 §2): from the referrer's feedback, by any
// practitioner from a referral or child page, or by children's social care about a partner
// agency. It starts at stage 1, or later when a child is at immediate risk, and the duty
// manager is alerted at once.

export type DisagreementError =
  | { kind: 'invalid'; problems: FieldProblem[] }
  | { kind: 'stale'; current: DisagreementRecord }
  | { kind: 'refused'; reason: string }

export type DisagreementResult = Result<DisagreementRecord, DisagreementError>

export type DisagreementDeps = Pick<ServiceDeps, 'db' | 'clock' | 'contactPoints'>

export type RaiseDisagreementInput = Readonly<{
  raisedVia: RaisedBy
  /** The referral disagreed about; required when raised from the referrer's feedback. */
  referralId?: string
  /** The child it is about, from a child page. */
  personId?: string
  /** Children's social care disagreeing with a partner agency: that agency, which responds. */
  aboutAgencyId?: string
  /** The "I disagree" answers, as the form or the API sent them (see validateRaise). */
  answers: unknown
}>

export async function raiseDisagreement(
  deps: DisagreementDeps,
  ctx: RequestContext,
  actor: Actor,
  input: RaiseDisagreementInput,
): Promise<DisagreementResult> {
  return deps.db.transaction().execute(trx => raiseDisagreementIn(trx, deps, ctx, actor, input))
}

/**
 * raiseDisagreement inside a transaction the caller already holds, so that answering feedback
 * with "I disagree" and raising the disagreement commit together.
 */
export async function raiseDisagreementIn(
  trx: Db,
  deps: DisagreementDeps,
  ctx: RequestContext,
  actor: Actor,
  input: RaiseDisagreementInput,
): Promise<DisagreementResult> {
  if (!canRaiseDisagreement(actor)) throw new ForbiddenError('Raising a professional disagreement')
  if (input.raisedVia === 'csc-about-partner' && actor.agencyKind !== 'childrens_social_care') {
    throw new ForbiddenError("Only children's social care raises a disagreement about a partner agency")
  }
  let referralId: string | null = null
  let contactId: string | null = null
  let challengedDecisionId: string | null = null
  if (input.referralId !== undefined || input.raisedVia === 'referrer-feedback') {
    const referral =
      input.referralId && isUuid(input.referralId) ? await findReferral(trx, input.referralId) : undefined
    const allowed =
      referral &&
      (input.raisedVia === 'referrer-feedback'
        ? canRespondToFeedback(actor, referral)
        : canViewReferral(actor, referral) || isFrontDoor(actor))
    if (!referral || !allowed) throw new NotFoundError('No such referral')
    referralId = referral.id
    contactId = (await findContactForReferral(trx, referral.id))?.id ?? null
    if (contactId) challengedDecisionId = (await findDecisionForContact(trx, contactId))?.id ?? null
  }
  if (input.personId !== undefined) {
    // Only those who may open a child's record name one, and it must be on record.
    const known = isUuid(input.personId) && canViewPersonHistory(actor) && (await getPerson(trx, input.personId))
    if (!known) throw new NotFoundError('No such child')
  }
  const aboutAgency = await partnerAgencyProblem(trx, input)

  const now = deps.clock.now()
  const { version: policyVersion, policy } = await currentEscalationPolicy(trx, now)
  const answers = validateRaise(input.answers, policy)
  // Every problem at once: the agency question and the disagreement questions together.
  if (!answers.ok || aboutAgency.problem) {
    return fail({
      kind: 'invalid',
      problems: [...(aboutAgency.problem ? [aboutAgency.problem] : []), ...(answers.ok ? [] : answers.error)],
    })
  }
  const raise = answers.value
  const stage = stageOf(policy, startingStage(raise))

  const d = await insertDisagreement(trx, {
    reference: await nextDisagreementReference(trx, Number(toLondonDate(now).slice(0, 4))),
    referralId,
    contactId,
    personId: input.personId ?? null,
    raisedByUserId: actor.userId,
    raisedByAgencyId: actor.agencyId,
    raisedVia: input.raisedVia,
    aboutAgencyId: aboutAgency.id,
    challengedDecisionId,
    subject: raise.subject,
    reasons: raise.reasons,
    evidence: raise.evidence ?? null,
    outcomeWanted: raise.outcomeWanted,
    immediateRisk: raise.immediateRisk,
    policyVersion,
    stage: stage.number,
    stageEnteredAt: now,
    stageDueAt: stageDeadline(calendar, now, stage),
    now,
  })
  await recordDisagreementEvent(trx, deps, ctx, actor, d, 'raised', {
    raisedVia: d.raisedVia,
    aboutAgencyId: d.aboutAgencyId,
    subject: d.subject,
    immediateRisk: d.immediateRisk,
    policyVersion,
    referralId,
    stageDueAt: d.stageDueAt.toISOString(),
  })
  await enterStage(trx, deps, d, stage, now)
  if (d.immediateRisk) {
    // The duty manager hears at once, whatever stage it starts at: protection never waits.
    const managers = (
      await listActiveUsersWithRole(trx, { role: 'front_door_manager', agencyKind: 'childrens_social_care' })
    ).filter(m => m.userId !== actor.userId)
    await notifyAll(
      trx,
      deps,
      d,
      managers,
      {
        kind: 'disagreement-immediate-risk',
        subject: `Urgent: disagreement ${d.reference}, a child may be at immediate risk`,
        message: immediateRiskAlertMessage(d.reference),
      },
      now,
    )
  }
  return ok(d)
}

/** CSC names the partner agency it disagrees with; nobody else names one. */
async function partnerAgencyProblem(
  db: Db,
  input: RaiseDisagreementInput,
): Promise<{ id: string | null; problem?: FieldProblem }> {
  if (input.raisedVia !== 'csc-about-partner') {
    if (input.aboutAgencyId !== undefined) {
      return {
        id: null,
        problem: { field: 'aboutAgencyId', message: "Only children's social care names a partner agency here" },
      }
    }
    return { id: null }
  }
  const id = input.aboutAgencyId ?? ''
  const agency = isUuid(id) ? await findAgency(db, id) : undefined
  if (!agency || !isPartnerAgencyKind(agency.kind)) {
    return { id: null, problem: { field: 'aboutAgencyId', message: 'Select the agency you disagree with' } }
  }
  return { id: agency.id }
}
