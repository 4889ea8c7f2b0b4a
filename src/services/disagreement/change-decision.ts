import type { Actor } from '../../domain/access/actor.js'
import { canAuthoriseDecisions } from '../../domain/access/permissions.js'
import { toLondonDate } from '../../domain/calendar/index.js'
import { validateSecondScreen } from '../../domain/front-door/decision-input.js'
import { addMonths } from '../../domain/referral/validation-support.js'
import {
  isNoFurtherActionForReturns,
  isSocialWorkResponse,
  outcomeLabel,
  type DecisionOutcome,
} from '../../domain/screening/index.js'
import { fail, ok } from '../../domain/shared/result.js'
import type { Db } from '../../data/database.js'
import { insertDecision } from '../../data/repositories/decision-repository.js'
import { updateContact } from '../../data/repositories/front-door-repository.js'
import { appendReferralEvent } from '../../data/repositories/referral-repository.js'
import {
  findLatestReferralSince,
  insertStatutoryReferral,
  listStatutoryReferralsForContact,
  updateStatutoryReferralDecision,
} from '../../data/repositories/statutory-referral-repository.js'
import { audit, type RequestContext } from '../audit-service.js'
import {
  currentRules,
  loadScreening,
  recordsEveryContactAsReferral,
  type Screening,
} from '../front-door/screening-context.js'
import { currentThresholdDocument } from '../threshold-document-service.js'
import { recordOutcome } from './disagreement-outcome.js'
import { inDisagreement } from './disagreement-service.js'
import { recordDisagreementEvent } from './disagreement-parties.js'
import type { DisagreementDeps, DisagreementResult } from './disagreement-raise.js'

// A decision changed because someone challenged it (issue 5 §3, "decision changed"). A front
// door manager records the new decision on the contact, in the same transaction that closes the
// disagreement with that outcome and links the two. The old decision stays as it was: the
// referral's timeline and the child's chronology show both, and why it changed.

export const DECISION_CHANGED_EVENT = 'decision-changed'

export async function changeDecisionThroughDisagreement(
  deps: DisagreementDeps,
  ctx: RequestContext,
  actor: Actor,
  disagreementId: string,
  expectedVersion: number,
  raw: unknown,
): Promise<DisagreementResult> {
  const input = validateSecondScreen((raw ?? {}) as Parameters<typeof validateSecondScreen>[0])
  return inDisagreement(
    deps,
    actor,
    disagreementId,
    expectedVersion,
    // Still waiting for the responders: changing the decision is their response, and closes it.
    d => (d.state === 'open' ? 'respond' : 'close'),
    async (trx, l, now) => {
      if (!canAuthoriseDecisions(actor)) {
        return fail({ kind: 'refused', reason: 'Only a front door manager can change the decision.' })
      }
      if (!l.d.contactId || l.d.aboutAgencyId !== null) {
        return fail({ kind: 'refused', reason: 'This disagreement is not about a front door decision.' })
      }
      const s = await loadScreening(trx, actor, l.d.contactId, { forUpdate: true })
      const before = s.decision?.final
      if (!s.decision || !before)
        return fail({ kind: 'refused', reason: 'The contact has no final decision to change.' })
      if (!input.ok) return fail({ kind: 'invalid', problems: input.error })
      const { outcome, level, rationale } = input.value
      if (outcome === before.outcome && level === before.level) {
        return fail({
          kind: 'invalid',
          problems: [
            {
              field: 'outcome',
              message: `Choose a different decision: ${outcomeLabel(outcome)} at level ${level} is the decision already made. To keep it, record the outcome as "Decision upheld".`,
            },
          ],
        })
      }
      const { version: rulesetVersion } = await currentRules(trx, now)
      const document = await currentThresholdDocument({ db: trx })
      const decisionId = await insertDecision(trx, {
        contactId: s.contact.id,
        status: 'final',
        thresholdDocumentVersion: document.version,
        rulesetVersion,
        proposedByUserId: actor.userId,
        proposedAt: now,
        outcome,
        level,
        indicatorCodes: s.decision.indicatorCodes,
        rationale,
        feedbackText: rationale,
        earlyHelpServiceId: null,
        rulesFired: [],
        sampleDraw: 0,
      })
      const moved = await updateContact(trx, s.contact.id, s.contact.version, {
        finalOutcome: outcome,
        finalLevel: level,
      })
      if (!moved) throw new Error(`Contact ${s.contact.id} changed while locked`)
      await followNewDecision(trx, s, decisionId, outcome, actor, now)
      await appendReferralEvent(trx, {
        referralId: s.referral.id,
        type: DECISION_CHANGED_EVENT,
        occurredAt: now,
        actorUserId: actor.userId,
        data: {
          decisionId,
          previousDecisionId: s.decision.id,
          previousOutcome: before.outcome,
          previousLevel: before.level,
          outcome,
          level,
          disagreementId: l.d.id,
          disagreementReference: l.d.reference,
        },
      })
      await audit(trx, deps.clock, ctx, {
        action: 'contact.decision-changed',
        subjectType: 'contact',
        subjectId: s.contact.id,
        details: { decisionId, previousDecisionId: s.decision.id, outcome, disagreementId: l.d.id },
      })
      if (l.d.state === 'open') {
        await recordDisagreementEvent(trx, deps, ctx, actor, l.d, 'responded', { response: rationale }, { audit: {} })
      }
      return ok(
        await recordOutcome(trx, deps, ctx, actor, l, now, {
          outcome: 'decision-changed',
          reasons: rationale,
          newDecisionId: decisionId,
        }),
      )
    },
  )
}

/**
 * The statutory referral follows the new decision: each child gets one when it is now a social
 * work response (or the partnership records every contact), and a row that already exists moves
 * to the new decision.
 */
async function followNewDecision(
  trx: Db,
  s: Screening,
  decisionId: string,
  outcome: DecisionOutcome,
  actor: Actor,
  now: Date,
): Promise<void> {
  const existing = await listStatutoryReferralsForContact(trx, s.contact.id)
  for (const row of existing) {
    await updateStatutoryReferralDecision(trx, row.id, { decisionId, nfa: isNoFurtherActionForReturns(outcome) })
  }
  const wanted =
    isSocialWorkResponse(outcome) || (outcome !== 'already-open' && (await recordsEveryContactAsReferral(trx)))
  if (!wanted) return
  const referralDate = toLondonDate(now)
  const yearBefore = addMonths(referralDate, -12)
  for (const child of s.people.filter(p => p.role === 'child' && p.personId)) {
    if (existing.some(r => r.personId === child.personId)) continue
    const previous = await findLatestReferralSince(trx, child.personId!, yearBefore)
    await insertStatutoryReferral(trx, {
      contactId: s.contact.id,
      decisionId,
      personId: child.personId!,
      referralDate,
      cinSourceCode: s.contact.sourceCode,
      acceptedAt: now,
      acceptedByUserId: actor.userId,
      nfa: isNoFurtherActionForReturns(outcome),
      reReferral: previous !== undefined,
      previousReferralId: previous?.id ?? null,
    })
  }
}
