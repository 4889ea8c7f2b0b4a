import type { Actor } from '../../domain/access/actor.js'
import { toLondonDate } from '../../domain/calendar/index.js'
import {
  validateProposal,
  validateSecondScreen,
  validateSettlement,
  type DecisionProblem,
  type RawDecisionInput,
} from '../../domain/front-door/decision-input.js'
import {
  checkScreeningCommand,
  evaluateDoubleScreening,
  sampleDraw,
  screensAgree,
  type ScreeningCommand,
} from '../../domain/screening/index.js'
import { ageInMonths } from '../../domain/screening/age.js'
import { fail, ok, type Result } from '../../domain/shared/result.js'
import type { LocalDate } from '../../domain/calendar/index.js'
import {
  insertDecision,
  recordSecondScreen,
  recordSettlement,
  type DecisionRecord,
} from '../../data/repositories/decision-repository.js'
import { updateContact, type ContactRecord } from '../../data/repositories/front-door-repository.js'
import { appendReferralEvent } from '../../data/repositories/referral-repository.js'
import type { Db } from '../../data/database.js'
import { audit, type RequestContext } from '../audit-service.js'
import type { ServiceDeps } from '../index.js'
import { listEarlyHelpServices } from '../early-help-service.js'
import { currentThresholdDocument } from '../threshold-document-service.js'
import { finaliseDecision } from './finalise-decision.js'
import { notifyFrontDoorManagers } from './notify-managers.js'
import {
  currentRules,
  loadScreening,
  priorContactDates,
  sampleSeed,
  screeningActor,
  type Screening,
} from './screening-context.js'

// Proposing a decision, the blind second screen and the manager's settlement. Each is one
// transaction that locks the contact, checks its version (a stale form changes nothing), asks
// the domain whether the command is allowed, and records the event and the audit row.

export type ScreeningError =
  | { kind: 'invalid'; problems: DecisionProblem[] }
  | { kind: 'stale'; current: ContactRecord }
  | { kind: 'refused'; reason: string }
  | { kind: 'checks-incomplete'; reason: string }

export type ScreeningDone = { status: ContactRecord['status']; decisionId: string }

type Step = (trx: Db, s: Screening, now: Date) => Promise<Result<ScreeningDone, ScreeningError>>

async function inScreening(
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

function check(s: Screening, command: ScreeningCommand, actor: Actor, secondScreenRequired = false) {
  const checked = checkScreeningCommand(s.contact.status, command, screeningActor(actor), {
    proposedByUserId: s.decision?.proposedByUserId,
    secondScreenedByUserId: s.decision?.secondScreen?.byUserId,
    secondScreenRequired,
  })
  return checked.ok ? checked : fail({ kind: 'refused' as const, reason: checked.error.reason })
}

function childFacts(s: Screening, today: LocalDate) {
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

export async function proposeDecision(
  deps: ServiceDeps,
  ctx: RequestContext,
  actor: Actor,
  contactId: string,
  expectedVersion: number,
  raw: RawDecisionInput,
): Promise<Result<ScreeningDone, ScreeningError>> {
  const document = await currentThresholdDocument(deps)
  const services = await listEarlyHelpServices(deps, {})
  const input = validateProposal(raw, {
    knownIndicatorCodes: new Set(document.indicators.map(i => i.code)),
    knownServiceIds: new Set(services.map(x => x.id)),
  })
  return inScreening(deps, actor, contactId, expectedVersion, async (trx, s, now) => {
    if (!input.ok) return fail({ kind: 'invalid', problems: input.error })
    const unchecked = s.people.filter(p => p.role === 'child' && !p.personId)
    if (unchecked.length > 0) {
      return fail({ kind: 'checks-incomplete', reason: 'Check who each child is before you propose a decision' })
    }
    const today = toLondonDate(now)
    const { version: rulesetVersion, rules } = await currentRules(trx, now)
    const draw = sampleDraw(await sampleSeed(trx, now), s.contact.id)
    const screening = evaluateDoubleScreening(
      rules,
      {
        outcome: input.value.outcome,
        decidedLevel: input.value.level,
        referrerLevel: s.referral.content.referrerView.level,
        children: childFacts(s, today),
        today,
        priorContactDates: await priorContactDates(trx, s, now),
        sourceCode: s.contact.sourceCode,
        indicatorCodes: [
          ...new Set([...(s.referral.content.concerns.indicatorCodes ?? []), ...input.value.indicatorCodes]),
        ],
      },
      draw,
    )
    const next = check(s, 'propose', actor, screening.required)
    if (!next.ok) return next
    const decisionId = await insertDecision(trx, {
      contactId: s.contact.id,
      status: screening.required ? 'awaiting-second-screen' : 'final',
      thresholdDocumentVersion: document.version,
      rulesetVersion,
      proposedByUserId: actor.userId,
      proposedAt: now,
      ...input.value,
      rulesFired: screening.fired,
      sampleDraw: draw,
    })
    await updateContact(trx, s.contact.id, s.contact.version, {
      status: next.value,
      ...(screening.required
        ? {}
        : { decidedAt: now, finalOutcome: input.value.outcome, finalLevel: input.value.level }),
    })
    await record(trx, deps, ctx, actor, s, 'decision-proposed', {
      decisionId,
      outcome: input.value.outcome,
      level: input.value.level,
      rulesFired: screening.fired.map(f => f.ruleId),
      sampleDraw: draw,
    })
    if (!screening.required) await finaliseDecision(trx, deps, ctx, { screening: s, decisionId, actor, now })
    return ok({ status: next.value, decisionId })
  })
}

export async function secondScreenDecision(
  deps: ServiceDeps,
  ctx: RequestContext,
  actor: Actor,
  contactId: string,
  expectedVersion: number,
  raw: RawDecisionInput,
): Promise<Result<ScreeningDone, ScreeningError>> {
  const input = validateSecondScreen(raw)
  return inScreening(deps, actor, contactId, expectedVersion, async (trx, s, now) => {
    const decision = s.decision
    // The four-eyes and state checks run before the form is read, so a refusal is never hidden.
    const allowed = check(s, 'second-screen-agree', actor, true)
    if (!allowed.ok) return allowed
    if (!input.ok) return fail({ kind: 'invalid', problems: input.error })
    const agrees = screensAgree(decision!, input.value)
    const next = check(s, agrees ? 'second-screen-agree' : 'second-screen-disagree', actor, true)
    if (!next.ok) return next
    await recordSecondScreen(trx, decision!.id, { ...input.value, byUserId: actor.userId, at: now, agrees })
    await updateContact(trx, s.contact.id, s.contact.version, {
      status: next.value,
      ...(agrees ? { decidedAt: now, finalOutcome: input.value.outcome, finalLevel: input.value.level } : {}),
    })
    await record(trx, deps, ctx, actor, s, 'decision-second-screened', {
      decisionId: decision!.id,
      agrees,
      outcome: input.value.outcome,
      level: input.value.level,
    })
    if (agrees) await finaliseDecision(trx, deps, ctx, { screening: s, decisionId: decision!.id, actor, now })
    else await notifyManagers(trx, s, now, [decision!.proposedByUserId, actor.userId])
    return ok({ status: next.value, decisionId: decision!.id })
  })
}

export async function settleDecision(
  deps: ServiceDeps,
  ctx: RequestContext,
  actor: Actor,
  contactId: string,
  expectedVersion: number,
  raw: RawDecisionInput,
): Promise<Result<ScreeningDone, ScreeningError>> {
  const input = validateSettlement(raw)
  return inScreening(deps, actor, contactId, expectedVersion, async (trx, s, now) => {
    const next = check(s, 'settle', actor, true)
    if (!next.ok) return next
    if (!input.ok) return fail({ kind: 'invalid', problems: input.error })
    const decision = s.decision!
    await recordSettlement(trx, decision.id, {
      outcome: input.value.outcome,
      level: input.value.level,
      reason: input.value.rationale,
      feedbackText: input.value.feedbackText,
      byUserId: actor.userId,
      at: now,
    })
    await updateContact(trx, s.contact.id, s.contact.version, {
      status: next.value,
      decidedAt: now,
      finalOutcome: input.value.outcome,
      finalLevel: input.value.level,
    })
    await record(trx, deps, ctx, actor, s, 'decision-settled', {
      decisionId: decision.id,
      outcome: input.value.outcome,
      level: input.value.level,
    })
    await finaliseDecision(trx, deps, ctx, { screening: s, decisionId: decision.id, actor, now })
    return ok({ status: next.value, decisionId: decision.id })
  })
}

async function record(
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

/** Tells the front door managers a disagreement is waiting for them to settle. No child data. */
async function notifyManagers(trx: Db, s: Screening, now: Date, screenerIds: string[]) {
  const subject = `Screeners disagree on ${s.referral.reference}: a manager must settle it`
  await notifyFrontDoorManagers(trx, {
    kind: 'decision-needs-settling',
    subject,
    bodyText: `${subject}.\n\nSign in to Threshold and open the front door queue to settle it.`,
    relatedType: 'contact',
    relatedId: s.contact.id,
    now,
    except: screenerIds,
  })
}

export type { DecisionRecord }
