import assert from 'node:assert/strict'
import type { Actor } from '../../src/domain/access/actor.js'
import { toLondonDate } from '../../src/domain/calendar/index.js'
import type { DoubleScreeningRule } from '../../src/domain/screening/index.js'
import { okonkwoByrneReferral } from '../../src/domain/referral/referral-personas.js'
import type { ReferralContent } from '../../src/domain/referral/referral-content.js'
import { findContactForReferral } from '../../src/data/repositories/front-door-repository.js'
import { findCurrentRuleset, insertRuleset } from '../../src/data/repositories/screening-settings-repository.js'
import type { ServiceDeps } from '../../src/services/index.js'
import { submitWholeReferral } from '../../src/services/referral-submission-service.js'
import { confirmPerson, personChecks } from '../../src/services/front-door/checks-service.js'

// Shared steps for front door tests: a fresh contact, its people checked, and rules set.

export const testCtx = { actor: null, correlationId: 'test' }

/** Submits a referral as `referrer` and returns its contact. */
export async function submitContact(deps: ServiceDeps, referrer: Actor, content?: ReferralContent) {
  const submitted = await submitWholeReferral(
    deps,
    testCtx,
    referrer,
    content ?? okonkwoByrneReferral(toLondonDate(deps.clock.now())),
    undefined,
  )
  assert.ok(submitted.ok, JSON.stringify(!submitted.ok && submitted.error))
  const contact = await findContactForReferral(deps.db, submitted.value.referralId)
  assert.ok(contact)
  return contact
}

/** Confirms every person on the contact: as the given person ids in order, or as new people. */
export async function checkEveryone(deps: ServiceDeps, screener: Actor, contactId: string, matchTo: string[] = []) {
  const { screening, checks } = await personChecks(deps, testCtx, screener, contactId)
  let version = screening.contact.version
  const personIds: string[] = []
  for (const [i, check] of checks.entries()) {
    const match = matchTo[i]
    const linked = await confirmPerson(
      deps,
      testCtx,
      screener,
      contactId,
      version,
      check.person.id,
      match ? { kind: 'match', personId: match } : { kind: 'new' },
    )
    assert.ok(linked.ok, JSON.stringify(!linked.ok && linked.error))
    personIds.push(linked.value.personId)
    version++
  }
  return { version, personIds }
}

/** Publishes these rules as the next version, so a test controls what fires. */
export async function useRules(deps: ServiceDeps, rules: DoubleScreeningRule[]): Promise<void> {
  const current = await findCurrentRuleset(deps.db)
  const saved = await insertRuleset(deps.db, {
    version: (current?.version ?? 0) + 1,
    rules,
    publishedAt: deps.clock.now(),
    publishedBy: null,
  })
  assert.ok(saved)
}

/** A rule that fires for every no-further-action decision about any child under 18. */
export const ALWAYS_SECOND_SCREEN_NFA: DoubleScreeningRule = {
  id: 'test-any-child-nfa',
  name: 'Any child, no further action',
  description: 'Test rule',
  enabled: true,
  condition: { kind: 'young-child', maxAgeMonths: 216, includeUnborn: true, outcomes: ['no-further-action'] },
}
