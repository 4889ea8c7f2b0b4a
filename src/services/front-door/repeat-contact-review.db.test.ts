import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import type { Actor } from '../../domain/access/actor.js'
import { toLondonDate } from '../../domain/calendar/index.js'
import { onlyRule } from '../../domain/repeat-contact/test-support.js'
import { findDecisionForContact } from '../../data/repositories/decision-repository.js'
import { findFeedbackForContact } from '../../data/repositories/feedback-repository.js'
import { findContact } from '../../data/repositories/front-door-repository.js'
import { actorFor } from '../../../test/support/actors.js'
import {
  ALWAYS_SECOND_SCREEN_NFA,
  checkEveryone,
  submitContact,
  testCtx as ctx,
  useRules,
} from '../../../test/support/front-door.js'
import {
  NFA_DECISION,
  familyReferral,
  notificationBody,
  useRepeatContactRules,
} from '../../../test/support/repeat-contact.js'
import { startTestApp, type TestApp } from '../../../test/support/test-app.js'
import { testBackends } from '../../../test/support/test-db.js'
import { proposeDecision, secondScreenDecision, settleDecision } from './decision-service.js'
import { viewRepeatContactFlags } from './repeat-contact-flags-service.js'

// A contact with a repeat-contact flag no manager has reviewed never becomes final on a
// screener's word alone: the decision goes to a front door manager, four eyes hold, and the
// manager's decision records the review (issue 5 §4).

const nfa = NFA_DECISION
const advice = {
  outcome: 'information-and-advice',
  level: '2',
  rationale: 'Health visiting should lead an early help assessment; the pattern says this is not going away.',
  feedbackText: 'Thank you. Please lead an early help assessment with the family.',
}

for (const backend of testBackends()) {
  describe(`manager review of repeat contacts (${backend})`, () => {
    let t: TestApp
    let hannah: Actor
    let sam: Actor
    let priya: Actor
    let mark: Actor
    before(async () => {
      t = await startTestApp(backend)
      hannah = await actorFor(t.deps.db, 'hannah.ward@hv.northbridge.example')
      sam = await actorFor(t.deps.db, 'sam.taylor@csc.northbridge.example')
      priya = await actorFor(t.deps.db, 'priya.shah@csc.northbridge.example')
      mark = await actorFor(t.deps.db, 'mark.jennings@csc.northbridge.example')
      await useRepeatContactRules(t.deps, onlyRule('again-after-nfa'))
    })
    after(() => t.close())

    const version = async (id: string) => (await findContact(t.deps.db, id))!.version
    /** A family's first contact closed with no further action, and a second from Hannah a week later. */
    const flaggedContact = async (surname: string, start: string) => {
      await useRules(t.deps, [])
      t.clock.set(new Date(start))
      const first = await submitContact(t.deps, hannah, familyReferral(toLondonDate(t.clock.now()), surname))
      const checked = await checkEveryone(t.deps, sam, first.id)
      assert.ok((await proposeDecision(t.deps, ctx, sam, first.id, checked.version, nfa)).ok)
      t.clock.advance(7 * 86_400_000)
      const second = await submitContact(t.deps, hannah, familyReferral(toLondonDate(t.clock.now()), surname))
      const { version: v } = await checkEveryone(t.deps, sam, second.id, checked.personIds)
      assert.equal((await viewRepeatContactFlags(t.deps, sam, second.id)).flags.length, 1)
      return { contact: second, version: v }
    }

    test('a proposal that would be final goes to a manager, who changes it; the flag is reviewed and the referrer told', async () => {
      const { contact, version: v } = await flaggedContact('Fairbrother', '2027-02-01T10:00:00Z')
      const proposed = await proposeDecision(t.deps, ctx, sam, contact.id, v, nfa)
      assert.deepEqual(proposed.ok && proposed.value.status, 'awaiting-manager')
      const waiting = await findDecisionForContact(t.deps.db, contact.id)
      assert.equal(waiting?.status, 'awaiting-manager')
      assert.equal(waiting?.final, null, 'not final')
      assert.equal(await findFeedbackForContact(t.deps.db, contact.id), undefined, 'no feedback yet')

      const emails = await t.deps.db
        .selectFrom('notification')
        .select(['recipient_user_id', 'subject', 'body_text'])
        .where('related_id', '=', contact.id)
        .where('kind', '=', 'decision-needs-settling')
        .execute()
      assert.deepEqual(
        emails.map(e => [e.recipient_user_id, e.subject]),
        [[mark.userId, `Repeat contacts on ${contact.reference}: a manager must review the decision`]],
      )
      assert.doesNotMatch(emails[0]!.body_text, /Fairbrother|Poppy/)

      const bySam = await settleDecision(t.deps, ctx, sam, contact.id, await version(contact.id), nfa)
      assert.ok(!bySam.ok && bySam.error.kind === 'refused')
      assert.match(bySam.error.reason, /Only a front door manager/)

      const settled = await settleDecision(t.deps, ctx, mark, contact.id, await version(contact.id), advice)
      assert.deepEqual(settled.ok && settled.value.status, 'decided')
      const final = await findDecisionForContact(t.deps.db, contact.id)
      assert.deepEqual(final?.final && [final.final.outcome, final.final.level], ['information-and-advice', 2])
      const [flag] = (await viewRepeatContactFlags(t.deps, sam, contact.id)).flags
      assert.equal(flag?.status, 'reviewed')
      assert.deepEqual(flag!.review, {
        at: t.clock.now(),
        byUserId: mark.userId,
        decisionId: final!.id,
        outcome: 'decision-changed',
      })

      const feedback = await findFeedbackForContact(t.deps.db, contact.id)
      const email = await notificationBody(t.deps.db, 'decision-feedback', feedback!.id)
      assert.match(
        email.body,
        /You have contacted us about this child or family before\. Including this contact, that is twice in 7 days\./,
      )
      assert.match(email.body, /escalation policy: \S*\/guidance\/escalation/)
      assert.match(email.body, /Please lead an early help assessment/)
      assert.doesNotMatch(`${email.subject}\n${email.body}`, /Fairbrother|Poppy|Karen/)
    })

    test('a manager who proposed cannot review their own decision', async () => {
      const { contact, version: v } = await flaggedContact('Galbraith', '2027-03-01T10:00:00Z')
      const proposed = await proposeDecision(t.deps, ctx, mark, contact.id, v, nfa)
      assert.deepEqual(proposed.ok && proposed.value.status, 'awaiting-manager')
      const own = await settleDecision(t.deps, ctx, mark, contact.id, await version(contact.id), nfa)
      assert.ok(!own.ok && own.error.kind === 'refused')
      assert.equal(own.error.reason, 'You proposed this decision, so another manager must settle it.')
      assert.equal((await findContact(t.deps.db, contact.id))?.status, 'awaiting-manager')
    })

    test('an agreed second screen still waits for the manager, who agrees; the flag is reviewed as agreed', async () => {
      const { contact, version: v } = await flaggedContact('Hartigan', '2027-04-05T10:00:00Z')
      await useRules(t.deps, [ALWAYS_SECOND_SCREEN_NFA])
      const proposed = await proposeDecision(t.deps, ctx, sam, contact.id, v, nfa)
      assert.deepEqual(proposed.ok && proposed.value.status, 'awaiting-second-screen')
      const screened = await secondScreenDecision(t.deps, ctx, priya, contact.id, await version(contact.id), nfa)
      assert.deepEqual(screened.ok && screened.value.status, 'awaiting-manager')
      const decision = await findDecisionForContact(t.deps.db, contact.id)
      assert.equal(decision?.status, 'awaiting-manager')
      assert.equal(decision?.final, null)
      assert.equal(decision?.secondScreen?.byUserId, priya.userId)

      const settled = await settleDecision(t.deps, ctx, mark, contact.id, await version(contact.id), nfa)
      assert.deepEqual(settled.ok && settled.value.status, 'decided')
      const [flag] = (await viewRepeatContactFlags(t.deps, sam, contact.id)).flags
      assert.equal(flag?.review?.outcome, 'decision-agreed')
    })
  })
}
