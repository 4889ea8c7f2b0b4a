import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import type { Actor } from '../../domain/access/actor.js'
import { findContact } from '../../data/repositories/front-door-repository.js'
import { listDeadlines } from '../../data/repositories/deadline-repository.js'
import { actorFor } from '../../../test/support/actors.js'
import {
  ALWAYS_SECOND_SCREEN_NFA,
  checkEveryone,
  submitContact,
  testCtx as ctx,
  useRules,
} from '../../../test/support/front-door.js'
import { withoutRepeatContactRules } from '../../../test/support/repeat-contact.js'
import { startTestApp, type TestApp } from '../../../test/support/test-app.js'
import { testBackends } from '../../../test/support/test-db.js'
import { proposeDecision, secondScreenDecision, settleDecision } from './decision-service.js'
import { feedbackForReferral, respondToFeedback } from './feedback-service.js'
import { findReferral } from '../../data/repositories/referral-repository.js'

const nfa = {
  outcome: 'no-further-action',
  level: '1',
  indicatorCodes: ['FE-HOUSING-01'],
  rationale: 'Universal services are meeting the needs described.',
  feedbackText: 'Thank you. The school nurse can support Ava.',
}

for (const backend of testBackends()) {
  describe(`front door decisions (${backend})`, () => {
    let t: TestApp
    let hannah: Actor
    let sam: Actor
    let priya: Actor
    let mark: Actor
    before(async () => {
      t = await startTestApp(backend)
      // These tests submit the same family again and again; repeat contacts are tested on their own.
      await withoutRepeatContactRules(t.deps)
      hannah = await actorFor(t.deps.db, 'hannah.ward@hv.northbridge.example')
      sam = await actorFor(t.deps.db, 'sam.taylor@csc.northbridge.example')
      priya = await actorFor(t.deps.db, 'priya.shah@csc.northbridge.example')
      mark = await actorFor(t.deps.db, 'mark.jennings@csc.northbridge.example')
    })
    after(() => t.close())

    const checkedChildren = (referralId: string) =>
      t.deps.db
        .selectFrom('referral_person')
        .select('person_id')
        .where('referral_id', '=', referralId)
        .where('role', '=', 'child')
        .execute()
    const version = async (contactId: string) => (await findContact(t.deps.db, contactId))!.version

    test('a rule sends no further action to a blind second screen; disagreement goes to a manager outside the pair', async () => {
      await useRules(t.deps, [ALWAYS_SECOND_SCREEN_NFA])
      const contact = await submitContact(t.deps, hannah)

      const early = await proposeDecision(t.deps, ctx, sam, contact.id, contact.version, nfa)
      assert.ok(!early.ok && early.error.kind === 'checks-incomplete', 'checks come before a decision')

      const { version: v1 } = await checkEveryone(t.deps, sam, contact.id)
      const proposed = await proposeDecision(t.deps, ctx, sam, contact.id, v1, nfa)
      assert.ok(proposed.ok, JSON.stringify(!proposed.ok && proposed.error))
      assert.equal(proposed.value.status, 'awaiting-second-screen')
      const row = await t.deps.db
        .selectFrom('decision')
        .selectAll()
        .where('id', '=', proposed.value.decisionId)
        .executeTakeFirstOrThrow()
      assert.deepEqual(
        (row.rules_fired as { ruleId: string }[]).map(r => r.ruleId),
        ['test-any-child-nfa'],
      )

      const v2 = await version(contact.id)
      const self = await secondScreenDecision(t.deps, ctx, sam, contact.id, v2, nfa)
      assert.ok(!self.ok && self.error.kind === 'refused')
      assert.match(self.error.reason, /You proposed this decision/)

      const stale = await secondScreenDecision(t.deps, ctx, priya, contact.id, v2 - 1, nfa)
      assert.ok(!stale.ok && stale.error.kind === 'stale')

      const second = await secondScreenDecision(t.deps, ctx, priya, contact.id, v2, {
        outcome: 'early-help',
        level: '2',
        rationale: 'The housing worries will grow without support.',
      })
      assert.ok(second.ok, JSON.stringify(!second.ok && second.error))
      assert.equal(second.value.status, 'awaiting-manager')

      const v3 = await version(contact.id)
      const settleInput = { ...nfa, rationale: 'Needs are met; the school nurse is involved.' }
      const bySam = await settleDecision(t.deps, ctx, sam, contact.id, v3, settleInput)
      assert.ok(!bySam.ok && bySam.error.kind === 'refused', 'a practitioner cannot settle')
      const settled = await settleDecision(t.deps, ctx, mark, contact.id, v3, settleInput)
      assert.ok(settled.ok, JSON.stringify(!settled.ok && settled.error))
      assert.equal(settled.value.status, 'decided')

      const decided = await findContact(t.deps.db, contact.id)
      assert.equal(decided?.finalOutcome, 'no-further-action')
      const clocks = await listDeadlines(t.deps.db, 'contact', contact.id)
      assert.deepEqual(
        clocks.map(d => d.status),
        ['cancelled'],
      )
      const referrals = await t.deps.db
        .selectFrom('statutory_referral')
        .select('id')
        .where('contact_id', '=', contact.id)
        .execute()
      assert.equal(referrals.length, 0, 'no further action is not a statutory referral by default')

      const referral = (await findReferral(t.deps.db, contact.referralId))!
      const seen = await feedbackForReferral(t.deps, hannah, referral)
      assert.equal(seen?.feedback.status, 'sent')
      assert.equal(seen?.canRespond, true)
      assert.match(
        seen!.feedback.bodyText,
        /challenge (it|our decision) through the safeguarding partnership's escalation policy/,
      )
      assert.match(seen!.feedback.bodyText, /Mark Jennings/)
      const sent = await t.deps.db
        .selectFrom('notification')
        .select(['kind', 'to_address'])
        .where('related_id', '=', seen!.feedback.id)
        .execute()
      assert.deepEqual(sent, [{ kind: 'decision-feedback', to_address: 'hannah.ward@hv.northbridge.example' }])
      const chase = await listDeadlines(t.deps.db, 'feedback', seen!.feedback.id)
      assert.deepEqual(
        chase.map(d => [d.kind, d.status]),
        [['feedback-chase', 'pending']],
      )

      const noReason = await respondToFeedback(t.deps, ctx, hannah, referral.id, {
        kind: 'disagreed',
        answers: { subject: 'decision', reasons: ' ', outcomeWanted: 'An assessment', immediateRisk: 'no' },
      })
      assert.ok(!noReason.ok && noReason.error.kind === 'invalid')
      assert.deepEqual(
        noReason.error.problems.map(p => p.field),
        ['reasons'],
      )
      assert.equal((await feedbackForReferral(t.deps, hannah, referral))?.feedback.response, null, 'nothing saved')
      assert.equal(
        await respondToFeedback(t.deps, ctx, sam, referral.id, { kind: 'accepted' }).catch(e => e.name),
        'NotFoundError',
      )
      const disagreed = await respondToFeedback(t.deps, ctx, hannah, referral.id, {
        kind: 'disagreed',
        answers: {
          subject: 'decision',
          reasons: 'The baby is not being fed.',
          outcomeWanted: 'An assessment',
          immediateRisk: 'no',
        },
      })
      assert.ok(disagreed.ok)
      assert.equal(disagreed.value.feedback.response?.kind, 'disagreed')
      assert.equal(disagreed.value.feedback.response?.reason, 'The baby is not being fed.')
      const raised = disagreed.value.disagreement
      assert.ok(raised)
      assert.deepEqual(
        [raised.stage, raised.state, raised.raisedVia, raised.referralId],
        [1, 'open', 'referrer-feedback', referral.id],
      )
      const again = await respondToFeedback(t.deps, ctx, hannah, referral.id, { kind: 'accepted' })
      assert.ok(!again.ok && again.error.kind === 'already-answered')
    })

    test('an assessment with no rule firing is final at once, and a second within 12 months is a re-referral', async () => {
      await useRules(t.deps, [])
      const assessment = { ...nfa, outcome: 'assessment', level: '3', feedbackText: 'A social worker will call you.' }
      const first = await submitContact(t.deps, hannah)
      const { version: v1, personIds } = await checkEveryone(t.deps, sam, first.id)
      const decided = await proposeDecision(t.deps, ctx, sam, first.id, v1, assessment)
      assert.ok(decided.ok, JSON.stringify(!decided.ok && decided.error))
      assert.equal(decided.value.status, 'decided')

      const second = await submitContact(t.deps, hannah)
      const { version: v2 } = await checkEveryone(t.deps, priya, second.id, personIds)
      // Ava's contact in the first test counts too: the matcher is sure she is the same child.
      assert.equal((await findContact(t.deps.db, second.id))?.repeatContactCount, 3)
      const again = await proposeDecision(t.deps, ctx, priya, second.id, v2, assessment)
      assert.ok(again.ok)
      const rows = await t.deps.db
        .selectFrom('statutory_referral')
        .select(['contact_id', 're_referral', 'nfa', 'cin_source_code'])
        .where('contact_id', 'in', [first.id, second.id])
        .execute()
      const children = (await checkedChildren(first.referralId)).length
      assert.ok(children >= 1)
      assert.equal(
        rows.filter(r => r.contact_id === first.id).length,
        children,
        'one referral per child, none for adults',
      )
      assert.equal(rows.filter(r => r.contact_id === second.id).length, children)
      assert.ok(rows.filter(r => r.contact_id === first.id).every(r => !r.re_referral && !r.nfa))
      assert.ok(rows.filter(r => r.contact_id === second.id).every(r => r.re_referral))
    })

    test('two screeners proposing at once: exactly one wins and the other is told it changed', async () => {
      await useRules(t.deps, [])
      const contact = await submitContact(t.deps, hannah)
      const { version: v } = await checkEveryone(t.deps, sam, contact.id)
      const results = await Promise.all([
        proposeDecision(t.deps, ctx, sam, contact.id, v, nfa),
        proposeDecision(t.deps, ctx, priya, contact.id, v, { ...nfa, outcome: 'assessment', level: '3' }),
      ])
      assert.equal(results.filter(r => r.ok).length, 1)
      const loser = results.find(r => !r.ok)
      assert.ok(loser && !loser.ok && loser.error.kind === 'stale')
      assert.equal(loser.error.current.status, 'decided')
      const decisions = await t.deps.db
        .selectFrom('decision')
        .select('id')
        .where('contact_id', '=', contact.id)
        .execute()
      assert.equal(decisions.length, 1, 'nothing was overwritten or doubled')
    })
  })
}
