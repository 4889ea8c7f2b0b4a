import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import type { Actor } from '../../domain/access/actor.js'
import { findDecisionForContact } from '../../data/repositories/decision-repository.js'
import { findContact } from '../../data/repositories/front-door-repository.js'
import { listStatutoryReferralsForContact } from '../../data/repositories/statutory-referral-repository.js'
import { actorFor } from '../../../test/support/actors.js'
import { NO_FURTHER_ACTION } from '../../../test/support/disagreement-fixtures.js'
import { checkEveryone, submitContact, testCtx as ctx, useRules } from '../../../test/support/front-door.js'
import { startTestApp, TEST_NOW, type TestApp } from '../../../test/support/test-app.js'
import { withoutRepeatContactRules } from '../../../test/support/repeat-contact.js'
import { testBackends } from '../../../test/support/test-db.js'
import { proposeDecision } from '../front-door/decision-service.js'
import { personHistory } from '../front-door/history-service.js'
import { changeDecisionThroughDisagreement } from './change-decision.js'
import { escalateDisagreement, raiseDisagreement, respondAtStage } from './disagreement-service.js'

// The managers change the decision because the health visitor challenged it (issue 5, Done
// when 7–8): the new decision is final, the children become statutory referrals, the
// disagreement closes as "decision changed" linked to it, and the chronology shows why.

const nfa = NO_FURTHER_ACTION
const assessment = {
  outcome: 'assessment',
  level: '3',
  rationale: 'Three contacts in four months with the same worries: the pattern meets the threshold for assessment.',
}

for (const backend of testBackends()) {
  describe(`changing a decision through a disagreement (${backend})`, () => {
    let t: TestApp
    let hannah: Actor, sam: Actor, mark: Actor
    before(async () => {
      t = await startTestApp(backend)
      hannah = await actorFor(t.deps.db, 'hannah.ward@hv.northbridge.example')
      sam = await actorFor(t.deps.db, 'sam.taylor@csc.northbridge.example')
      mark = await actorFor(t.deps.db, 'mark.jennings@csc.northbridge.example')
      await useRules(t.deps, [])
      // Each test refers the same family again; this file is about changing a decision, not repeat contacts.
      await withoutRepeatContactRules(t.deps)
    })
    after(() => t.close())

    /** Decided no further action, disagreed with, answered at stage 1 and taken to stage 2. */
    const atStage2 = async () => {
      t.clock.set(TEST_NOW)
      const contact = await submitContact(t.deps, hannah)
      const { version, personIds } = await checkEveryone(t.deps, sam, contact.id)
      assert.ok((await proposeDecision(t.deps, ctx, sam, contact.id, version, nfa)).ok)
      const raised = await raiseDisagreement(t.deps, ctx, hannah, {
        raisedVia: 'referrer-feedback',
        referralId: contact.referralId,
        answers: { subject: 'decision', reasons: 'Third contact.', outcomeWanted: 'Assessment', immediateRisk: 'no' },
      })
      assert.ok(raised.ok)
      const responded = await respondAtStage(t.deps, ctx, sam, raised.value.id, raised.value.version, {
        response: 'The decision stands.',
      })
      assert.ok(responded.ok)
      const escalated = await escalateDisagreement(t.deps, ctx, hannah, raised.value.id, responded.value.version, {
        reason: 'The pattern has not been looked at.',
      })
      assert.ok(escalated.ok, JSON.stringify(!escalated.ok && escalated.error))
      t.clock.set(new Date('2026-11-27T14:00:00Z'))
      return { contact, personIds, d: escalated.value }
    }

    test('the manager records an assessment: final, referred, linked, and on the chronology', async () => {
      const { contact, personIds, d } = await atStage2()
      const before = (await findDecisionForContact(t.deps.db, contact.id))!
      const changed = await changeDecisionThroughDisagreement(t.deps, ctx, mark, d.id, d.version, assessment)
      assert.ok(changed.ok, JSON.stringify(!changed.ok && changed.error))
      const closed = changed.value
      assert.deepEqual([closed.state, closed.outcome], ['closed', 'decision-changed'])
      const now = (await findDecisionForContact(t.deps.db, contact.id))!
      assert.notEqual(now.id, before.id)
      assert.equal(closed.newDecisionId, now.id)
      assert.deepEqual(now.final && [now.final.outcome, now.final.level], ['assessment', 3])
      const c = (await findContact(t.deps.db, contact.id))!
      assert.deepEqual([c.finalOutcome, c.finalLevel], ['assessment', 3])
      const referrals = await listStatutoryReferralsForContact(t.deps.db, contact.id)
      assert.ok(referrals.length >= 1 && referrals.every(r => !r.nfa))
      const events = await t.deps.db
        .selectFrom('referral_event')
        .select(['type', 'data'])
        .where('referral_id', '=', contact.referralId)
        .where('type', '=', 'decision-changed')
        .execute()
      assert.equal(events.length, 1)
      assert.equal((events[0]!.data as { previousOutcome: string }).previousOutcome, 'no-further-action')

      const childId = referrals[0]!.personId
      assert.ok(personIds.includes(childId))
      const history = await personHistory(t.deps, ctx, sam, childId)
      const entry = history.chronology.entries.find(e => e.contactId === contact.id)!
      assert.equal(entry.outcome, 'assessment')
      assert.equal(entry.changedThrough, d.reference)
      assert.equal(entry.disagreement?.outcome, 'decision-changed')
    })

    test('only a front door manager, never the same decision, never a stale form', async () => {
      const { d } = await atStage2()
      const bySam = await changeDecisionThroughDisagreement(t.deps, ctx, sam, d.id, d.version, assessment)
      assert.equal(!bySam.ok && bySam.error.kind, 'refused')
      const same = await changeDecisionThroughDisagreement(t.deps, ctx, mark, d.id, d.version, { ...nfa })
      assert.ok(!same.ok && same.error.kind === 'invalid', JSON.stringify(same))
      assert.match(same.error.problems[0]!.message, /Decision upheld/)
      const blank = await changeDecisionThroughDisagreement(t.deps, ctx, mark, d.id, d.version, {
        outcome: 'assessment',
      })
      assert.ok(!blank.ok && blank.error.kind === 'invalid')
      assert.deepEqual(blank.error.problems.map(p => p.field).sort(), ['level', 'rationale'])
      const stale = await changeDecisionThroughDisagreement(t.deps, ctx, mark, d.id, d.version - 1, assessment)
      assert.equal(!stale.ok && stale.error.kind, 'stale')
    })
  })
}
