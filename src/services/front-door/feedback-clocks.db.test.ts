import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import type { Actor } from '../../domain/access/actor.js'
import { processDeadlineBatch } from '../../jobs/deadline-ticker.js'
import { findFeedbackForContact } from '../../data/repositories/feedback-repository.js'
import type { NotificationKind } from '../../data/tables/notification.table.js'
import { actorFor } from '../../../test/support/actors.js'
import { checkEveryone, submitContact, testCtx as ctx, useRules } from '../../../test/support/front-door.js'
import { withoutRepeatContactRules } from '../../../test/support/repeat-contact.js'
import { startTestApp, TEST_NOW, type TestApp } from '../../../test/support/test-app.js'
import { testBackends } from '../../../test/support/test-db.js'
import { deadlineHandlers } from '../deadline-handlers.js'
import { proposeDecision } from './decision-service.js'
import { recordPhoneFeedback, respondToFeedback } from './feedback-service.js'

const assessment = {
  outcome: 'assessment',
  level: '3',
  indicatorCodes: ['FE-HOUSING-01'],
  rationale: 'Needs an assessment.',
  feedbackText: 'A social worker will be in touch.',
}

for (const backend of testBackends()) {
  describe(`feedback clocks (${backend})`, () => {
    let t: TestApp
    let hannah: Actor
    let sam: Actor
    before(async () => {
      t = await startTestApp(backend)
      // These tests submit the same family again and again; repeat contacts are tested on their own.
      await withoutRepeatContactRules(t.deps)
      hannah = await actorFor(t.deps.db, 'hannah.ward@hv.northbridge.example')
      sam = await actorFor(t.deps.db, 'sam.taylor@csc.northbridge.example')
      await useRules(t.deps, [])
    })
    after(() => t.close())

    const decide = async () => {
      t.clock.set(TEST_NOW) // Thursday 26 November 2026, 10am
      const contact = await submitContact(t.deps, hannah)
      const { version } = await checkEveryone(t.deps, sam, contact.id)
      assert.ok((await proposeDecision(t.deps, ctx, sam, contact.id, version, assessment)).ok)
      return contact
    }
    const tick = () => processDeadlineBatch(t.deps, deadlineHandlers(t.deps), { batchSize: 100 })
    const sentAbout = async (kind: NotificationKind, relatedId: string) =>
      (
        await t.deps.db
          .selectFrom('notification')
          .select('id')
          .where('kind', '=', kind)
          .where('related_id', '=', relatedId)
          .execute()
      ).length

    test('unanswered feedback is chased once, two working days later, across the weekend', async () => {
      const contact = await decide()
      const feedback = (await findFeedbackForContact(t.deps.db, contact.id))!
      t.clock.set(new Date('2026-11-30T10:00:00Z')) // Monday morning: not yet due
      await tick()
      assert.equal(await sentAbout('feedback-chase', feedback.id), 0)
      t.clock.set(new Date('2026-12-01T00:00:01Z')) // due at the end of Monday, two working days after Thursday
      await tick()
      await tick()
      assert.equal(await sentAbout('feedback-chase', feedback.id), 1, 'exactly one reminder')
      assert.ok((await findFeedbackForContact(t.deps.db, contact.id))?.chasedAt)
    })

    test('answered feedback is not chased', async () => {
      const contact = await decide()
      const feedback = (await findFeedbackForContact(t.deps.db, contact.id))!
      t.clock.set(new Date('2026-11-27T09:00:00Z'))
      assert.ok((await respondToFeedback(t.deps, ctx, hannah, contact.referralId, { kind: 'accepted' })).ok)
      t.clock.set(new Date('2026-12-02T10:00:00Z'))
      await tick()
      assert.equal(await sentAbout('feedback-chase', feedback.id), 0)
    })

    test('a caller with no account gets feedback by phone; if it is not recorded in a working day, managers hear', async () => {
      const contact = await decideWithoutReferrerAccount()
      const feedback = (await findFeedbackForContact(t.deps.db, contact.id))!
      assert.equal(feedback.status, 'phone-required')
      assert.equal(feedback.recipientUserId, null)
      t.clock.set(new Date('2026-11-27T16:00:00Z'))
      await tick()
      assert.equal(await sentAbout('feedback-phone-overdue', feedback.id), 0, 'due by the end of the next working day')
      t.clock.set(new Date('2026-11-28T00:00:01Z'))
      await tick()
      assert.ok((await sentAbout('feedback-phone-overdue', feedback.id)) >= 1, 'front door managers are told')
      assert.equal(await sentAbout('decision-feedback', feedback.id), 0, 'nothing sent to an unverified address')
      assert.ok(await recordPhoneFeedback(t.deps, ctx, sam, contact.id))
      assert.equal((await findFeedbackForContact(t.deps.db, contact.id))?.status, 'given-by-phone')
    })

    /** As a phone call from someone with no account leaves it: no referring user to email. */
    async function decideWithoutReferrerAccount() {
      t.clock.set(TEST_NOW)
      const contact = await submitContact(t.deps, hannah)
      await t.deps.db
        .updateTable('referral')
        .set({ referred_by_user_id: null })
        .where('id', '=', contact.referralId)
        .execute()
      const { version } = await checkEveryone(t.deps, sam, contact.id)
      assert.ok((await proposeDecision(t.deps, ctx, sam, contact.id, version, assessment)).ok)
      return contact
    }
  })
}
