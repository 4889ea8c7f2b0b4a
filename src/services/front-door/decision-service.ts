import type { Actor } from '../../domain/access/actor.js'
import { toLondonDate } from '../../domain/calendar/index.js'
import {
  validateProposal,
  validateSecondScreen,
  validateSettlement,
  type RawDecisionInput,
} from '../../domain/front-door/decision-input.js'
import { evaluateDoubleScreening, sampleDraw, screensAgree } from '../../domain/screening/index.js'
import { fail, ok, type Result } from '../../domain/shared/result.js'
import {
  insertDecision,
  recordSecondScreen,
  recordSettlement,
  type DecisionRecord,
} from '../../data/repositories/decision-repository.js'
import { updateContact } from '../../data/repositories/front-door-repository.js'
import type { RequestContext } from '../audit-service.js'
import type { ServiceDeps } from '../index.js'
import { listEarlyHelpServices } from '../early-help-service.js'
import { currentThresholdDocument } from '../threshold-document-service.js'
import { finaliseDecision } from './finalise-decision.js'
import {
  evaluateRepeatContactIn,
  recordRepeatContactReview,
  repeatContactReviewNeeded,
} from './repeat-contact-service.js'
import { currentRules, priorContactDates, sampleSeed } from './screening-context.js'
import {
  check,
  childFacts,
  decisionStatus,
  inScreening,
  NO_ROUTE,
  notifyManagers,
  record,
  type ScreeningDone,
  type ScreeningError,
} from './screening-steps.js'

// Proposing a decision, the blind second screen and the manager's settlement. Each is one
// transaction that locks the contact, checks its version (a stale form changes nothing), asks
// the domain whether the command is allowed, and records the event and the audit row. Repeat
// contacts are evaluated again as a decision is proposed or second screened: while a flag waits
// for review, a decision that would be final goes to a manager instead (issue 5 §4), and the
// manager's settlement records the review.

export type { ScreeningDone, ScreeningError }

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
    const allowed = check(s, 'propose', actor, NO_ROUTE)
    if (!allowed.ok) return allowed
    await evaluateRepeatContactIn(trx, deps, ctx, s.contact.id, 'proposal', now)
    const managerReviewRequired = await repeatContactReviewNeeded(trx, s.contact.id)
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
    const next = check(s, 'propose', actor, { secondScreenRequired: screening.required, managerReviewRequired })
    if (!next.ok) return next
    const decided = next.value === 'decided'
    const decisionId = await insertDecision(trx, {
      contactId: s.contact.id,
      status: decisionStatus(next.value),
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
      ...(decided ? { decidedAt: now, finalOutcome: input.value.outcome, finalLevel: input.value.level } : {}),
    })
    await record(trx, deps, ctx, actor, s, 'decision-proposed', {
      decisionId,
      outcome: input.value.outcome,
      level: input.value.level,
      rulesFired: screening.fired.map(f => f.ruleId),
      sampleDraw: draw,
      ...(next.value === 'awaiting-manager' ? { managerReview: 'repeat-contact' } : {}),
    })
    if (decided) await finaliseDecision(trx, deps, ctx, { screening: s, decisionId, actor, now })
    else if (next.value === 'awaiting-manager') await notifyManagers(trx, s, now, 'repeat-contact', [actor.userId])
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
    const allowed = check(s, 'second-screen-agree', actor, { secondScreenRequired: true })
    if (!allowed.ok) return allowed
    if (!input.ok) return fail({ kind: 'invalid', problems: input.error })
    await evaluateRepeatContactIn(trx, deps, ctx, s.contact.id, 'second-screen', now)
    const managerReviewRequired = await repeatContactReviewNeeded(trx, s.contact.id)
    const agrees = screensAgree(decision!, input.value)
    const next = check(s, agrees ? 'second-screen-agree' : 'second-screen-disagree', actor, {
      secondScreenRequired: true,
      managerReviewRequired,
    })
    if (!next.ok) return next
    const decided = next.value === 'decided'
    await recordSecondScreen(trx, decision!.id, {
      ...input.value,
      byUserId: actor.userId,
      at: now,
      status: decided ? 'final' : 'awaiting-manager',
    })
    await updateContact(trx, s.contact.id, s.contact.version, {
      status: next.value,
      ...(decided ? { decidedAt: now, finalOutcome: input.value.outcome, finalLevel: input.value.level } : {}),
    })
    await record(trx, deps, ctx, actor, s, 'decision-second-screened', {
      decisionId: decision!.id,
      agrees,
      outcome: input.value.outcome,
      level: input.value.level,
      ...(agrees && !decided ? { managerReview: 'repeat-contact' } : {}),
    })
    if (decided) await finaliseDecision(trx, deps, ctx, { screening: s, decisionId: decision!.id, actor, now })
    else {
      const reason = agrees ? 'repeat-contact' : 'screeners-disagree'
      await notifyManagers(trx, s, now, reason, [decision!.proposedByUserId, actor.userId])
    }
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
    // A proposal that needed no second screen reached the manager for its repeat contacts.
    const next = check(s, 'settle', actor, { secondScreenRequired: (s.decision?.rulesFired.length ?? 0) > 0 })
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
    // The manager has seen the pattern: the flags waiting for review are reviewed with this decision.
    const reviewed = await recordRepeatContactReview(trx, s.contact.id, {
      at: now,
      byUserId: actor.userId,
      decisionId: decision.id,
      outcome: screensAgree(decision, input.value) ? 'decision-agreed' : 'decision-changed',
    })
    await record(trx, deps, ctx, actor, s, 'decision-settled', {
      decisionId: decision.id,
      outcome: input.value.outcome,
      level: input.value.level,
      ...(reviewed > 0 ? { repeatContactFlagsReviewed: reviewed } : {}),
    })
    await finaliseDecision(trx, deps, ctx, { screening: s, decisionId: decision.id, actor, now })
    return ok({ status: next.value, decisionId: decision.id })
  })
}

export type { DecisionRecord }
