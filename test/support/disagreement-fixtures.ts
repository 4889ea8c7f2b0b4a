import assert from 'node:assert/strict'
import type { Actor } from '../../src/domain/access/actor.js'
import type { ServiceDeps } from '../../src/services/index.js'
import { changeDecisionThroughDisagreement } from '../../src/services/disagreement/change-decision.js'
import {
  escalateDisagreement,
  raiseDisagreement,
  respondAtStage,
} from '../../src/services/disagreement/disagreement-service.js'
import { proposeDecision } from '../../src/services/front-door/decision-service.js'
import { checkEveryone, submitContact, testCtx } from './front-door.js'

// Professional disagreements for list and page tests: a referral decided no further action, a
// disagreement raised about it, and one closed with the decision changed. All fictional.

export const NO_FURTHER_ACTION = {
  outcome: 'no-further-action',
  level: '1',
  indicatorCodes: ['FE-HOUSING-01'],
  rationale: 'Universal services are meeting the needs described.',
  feedbackText: 'Thank you. The health visiting service can continue to support the family.',
}

export const I_DISAGREE = {
  subject: 'decision',
  reasons: 'This is my third contact about the family in four months and the baby is not being seen.',
  outcomeWanted: 'A social work assessment',
  immediateRisk: 'no',
}

/** The referrer's Okonkwo-Byrne referral, everyone on it recorded as new people, decided no further action. */
export async function decidedReferral(deps: ServiceDeps, referrer: Actor, screener: Actor) {
  const contact = await submitContact(deps, referrer)
  const { version } = await checkEveryone(deps, screener, contact.id)
  const decided = await proposeDecision(deps, testCtx, screener, contact.id, version, NO_FURTHER_ACTION)
  assert.ok(decided.ok, JSON.stringify(!decided.ok && decided.error))
  const children = await deps.db
    .selectFrom('referral_person')
    .select('person_id')
    .where('referral_id', '=', contact.referralId)
    .where('role', '=', 'child')
    .execute()
  return { contactId: contact.id, referralId: contact.referralId, childIds: children.map(c => c.person_id!).sort() }
}

export async function raise(deps: ServiceDeps, by: Actor, input: Parameters<typeof raiseDisagreement>[3]) {
  const raised = await raiseDisagreement(deps, testCtx, by, input)
  assert.ok(raised.ok, JSON.stringify(!raised.ok && raised.error))
  return raised.value
}

/** The referrer disagrees with the decision from her feedback. */
export async function disagreeWithFeedback(deps: ServiceDeps, referrer: Actor, referralId: string) {
  return raise(deps, referrer, { raisedVia: 'referrer-feedback', referralId, answers: I_DISAGREE })
}

export const ASSESSMENT = {
  outcome: 'assessment',
  level: '3',
  rationale: 'Three contacts in four months with the same worries: the pattern meets the threshold for assessment.',
}

/**
 * The practitioner upholds the decision at stage 1, the referrer takes it to stage 2, and the
 * front door manager changes the decision to an assessment, which closes the disagreement.
 */
export async function closeWithDecisionChanged(
  deps: ServiceDeps,
  people: { referrer: Actor; practitioner: Actor; manager: Actor },
  d: { id: string; version: number },
) {
  const responded = await respondAtStage(deps, testCtx, people.practitioner, d.id, d.version, {
    response: 'The decision stands.',
  })
  assert.ok(responded.ok, JSON.stringify(!responded.ok && responded.error))
  const escalated = await escalateDisagreement(deps, testCtx, people.referrer, d.id, responded.value.version, {
    reason: 'The pattern of contacts has not been looked at.',
  })
  assert.ok(escalated.ok, JSON.stringify(!escalated.ok && escalated.error))
  const changed = await changeDecisionThroughDisagreement(
    deps,
    testCtx,
    people.manager,
    d.id,
    escalated.value.version,
    ASSESSMENT,
  )
  assert.ok(changed.ok, JSON.stringify(!changed.ok && changed.error))
  return changed.value
}
