import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import type { Actor } from '../../domain/access/actor.js'
import { findDecisionForContact } from '../../data/repositories/decision-repository.js'
import { listDeadlines } from '../../data/repositories/deadline-repository.js'
import { listDisagreementEvents } from '../../data/repositories/disagreement-repository.js'
import type { NotificationKind } from '../../data/tables/notification.table.js'
import { actorFor } from '../../../test/support/actors.js'
import { checkEveryone, submitContact, testCtx as ctx, useRules } from '../../../test/support/front-door.js'
import { startTestApp, TEST_NOW, type TestApp } from '../../../test/support/test-app.js'
import { testBackends } from '../../../test/support/test-db.js'
import { NotFoundError } from '../errors.js'
import { proposeDecision } from '../front-door/decision-service.js'
import {
  acceptResponse,
  addNote,
  closeDisagreement,
  escalateDisagreement,
  raiseDisagreement,
  respondAtStage,
} from './disagreement-service.js'
import { listMyDisagreements, listOpenDisagreements, viewDisagreement } from './disagreement-views.js'

// The health visitor's case (issue 5): a decision she disagrees with, raised from her
// feedback, worked through the stages of Northbridge's escalation policy to a recorded outcome.

const nfa = {
  outcome: 'no-further-action',
  level: '1',
  indicatorCodes: ['FE-HOUSING-01'],
  rationale: 'Universal services are meeting the needs described.',
  feedbackText: 'Thank you. The health visiting service can continue to support the family.',
}
const iDisagree = {
  subject: 'decision',
  reasons: 'This is my third contact about the family in four months and the baby is not being seen.',
  outcomeWanted: 'A social work assessment',
  immediateRisk: 'no',
}

for (const backend of testBackends()) {
  describe(`professional disagreements (${backend})`, () => {
    let t: TestApp
    let hannah: Actor, claire: Actor, grace: Actor, sam: Actor, mark: Actor, lou: Actor, beth: Actor
    before(async () => {
      t = await startTestApp(backend)
      const as = (email: string) => actorFor(t.deps.db, email)
      hannah = await as('hannah.ward@hv.northbridge.example')
      claire = await as('claire.moss@hv.northbridge.example')
      grace = await as('grace.okafor@school.northbridge.example')
      sam = await as('sam.taylor@csc.northbridge.example')
      mark = await as('mark.jennings@csc.northbridge.example')
      lou = await as('lou.harper@csc.northbridge.example')
      beth = await as('beth.lawson@partnership.northbridge.example')
      await useRules(t.deps, [])
    })
    after(() => t.close())

    /** Hannah's referral, decided no further action by Sam on Thursday 26 November 2026. */
    const decided = async () => {
      t.clock.set(TEST_NOW)
      const contact = await submitContact(t.deps, hannah)
      const { version } = await checkEveryone(t.deps, sam, contact.id)
      assert.ok((await proposeDecision(t.deps, ctx, sam, contact.id, version, nfa)).ok)
      return contact
    }
    const raise = async (answers: Record<string, unknown> = iDisagree) => {
      const contact = await decided()
      const raised = await raiseDisagreement(t.deps, ctx, hannah, {
        raisedVia: 'referrer-feedback',
        referralId: contact.referralId,
        answers,
      })
      assert.ok(raised.ok, JSON.stringify(!raised.ok && raised.error))
      return { contact, d: raised.value }
    }
    const sent = async (kind: NotificationKind, disagreementId: string) =>
      (
        await t.deps.db
          .selectFrom('notification')
          .select('recipient_user_id')
          .where('kind', '=', kind)
          .where('related_id', '=', disagreementId)
          .execute()
      ).map(r => r.recipient_user_id)

    test('raised from feedback: stage 1, a reference, the practitioners told, three reminders written', async () => {
      const { contact, d } = await raise()
      assert.match(d.reference, /^D-2026-\d{6}$/)
      assert.equal(d.referralId, contact.referralId)
      assert.equal(d.contactId, contact.id)
      assert.equal(d.stage, 1)
      assert.equal(d.state, 'open')
      // Thursday + 3 working days: Friday, Monday, Tuesday 1 December.
      assert.equal(d.stageDueAt.toISOString(), '2026-12-01T23:59:59.999Z')
      const told = await sent('disagreement-stage-entered', d.id)
      assert.ok(told.includes(sam.userId), 'the front door practitioners are asked to respond')
      assert.ok(!told.includes(hannah.userId) && !told.includes(mark.userId))
      assert.deepEqual(await sent('disagreement-immediate-risk', d.id), [])
      const clocks = await listDeadlines(t.deps.db, 'disagreement', d.id)
      assert.deepEqual(
        clocks.map(c => [c.kind, c.status]),
        [
          ['stage-reminder-before', 'pending'],
          ['stage-deadline', 'pending'],
          ['stage-overdue-offer-next', 'pending'],
        ],
      )
      const mine = await listMyDisagreements(t.deps, hannah)
      assert.equal(mine.find(m => m.id === d.id)?.myPart, 'raised')
      const toRespond = (await listMyDisagreements(t.deps, sam)).find(m => m.id === d.id)
      assert.equal(toRespond?.myPart, 'to-respond')
      assert.deepEqual(toRespond?.daysLeft, { overdue: false, workingDaysLeft: 3 })
    })

    test('the rules hold: no escalation before the deadline, no answering your own, no stale writes', async () => {
      const { d } = await raise()
      const early = await escalateDisagreement(t.deps, ctx, hannah, d.id, d.version, { reason: 'No reply yet' })
      assert.equal(!early.ok && early.error.kind, 'refused')
      const own = await respondAtStage(t.deps, ctx, hannah, d.id, d.version, { response: 'I agree with myself' })
      assert.equal(!own.ok && own.error.kind, 'refused')
      assert.match(!own.ok && own.error.kind === 'refused' ? own.error.reason : '', /someone else must respond/)
      const noted = await addNote(t.deps, ctx, sam, d.id, d.version, { note: 'Phoned Hannah; meeting on Monday.' })
      assert.ok(noted.ok)
      const stale = await respondAtStage(t.deps, ctx, sam, d.id, d.version, { response: 'Upheld.' })
      assert.equal(!stale.ok && stale.error.kind, 'stale')
      assert.equal(!stale.ok && stale.error.kind === 'stale' && stale.error.current.version, d.version + 1)
      const blank = await respondAtStage(t.deps, ctx, sam, d.id, noted.value.version, { response: ' ' })
      assert.equal(!blank.ok && blank.error.kind, 'invalid')
    })

    test("another agency's referrer cannot see it; the raiser's agency lead and the partnership can", async () => {
      const { d } = await raise()
      await assert.rejects(viewDisagreement(t.deps, ctx, grace, d.id), NotFoundError)
      await assert.rejects(addNote(t.deps, ctx, grace, d.id, d.version, { note: 'x' }), NotFoundError)
      for (const who of [hannah, claire, sam, mark, lou, beth]) {
        assert.equal((await viewDisagreement(t.deps, ctx, who, d.id)).disagreement.id, d.id)
      }
      const view = await viewDisagreement(t.deps, ctx, sam, d.id)
      assert.equal(view.can.respond, true)
      assert.equal(view.can.escalate, false)
      await assert.rejects(listOpenDisagreements(t.deps, hannah))
    })

    test('responded, accepted, closed: the outcome goes to both sides in writing', async () => {
      const { d } = await raise()
      const responded = await respondAtStage(t.deps, ctx, sam, d.id, d.version, { response: 'Upheld: see reasons.' })
      assert.ok(responded.ok)
      assert.deepEqual(await sent('disagreement-responded', d.id), [hannah.userId])
      const pending = (await listDeadlines(t.deps.db, 'disagreement', d.id)).filter(c => c.status === 'pending')
      assert.deepEqual(pending, [], 'no reminders after a response')
      const accepted = await acceptResponse(t.deps, ctx, hannah, d.id, responded.value.version)
      assert.ok(accepted.ok)
      assert.equal(accepted.value.state, 'resolved')
      const ownOutcome = await closeDisagreement(t.deps, ctx, hannah, d.id, accepted.value.version, {
        outcome: 'decision-upheld',
        reasons: 'x',
      })
      assert.equal(!ownOutcome.ok && ownOutcome.error.kind, 'refused')
      const closed = await closeDisagreement(t.deps, ctx, sam, d.id, accepted.value.version, {
        outcome: 'decision-upheld',
        reasons: 'Universal services are meeting the needs.',
      })
      assert.ok(closed.ok)
      assert.equal(closed.value.state, 'closed')
      assert.equal(closed.value.outcome, 'decision-upheld')
      assert.deepEqual((await sent('disagreement-outcome', d.id)).sort(), [hannah.userId, sam.userId].sort())
      const types = (await listDisagreementEvents(t.deps.db, d.id)).map(e => e.type)
      assert.deepEqual(types, ['raised', 'responded', 'accepted', 'closed'])
    })

    test("closing with 'decision changed' needs a new decision on the contact", async () => {
      const { contact, d } = await raise()
      const responded = await respondAtStage(t.deps, ctx, sam, d.id, d.version, { response: 'We will assess.' })
      assert.ok(responded.ok)
      const v = responded.value.version
      const outcome = { outcome: 'decision-changed', reasons: 'The pattern of contacts meets the threshold.' }
      const missing = await closeDisagreement(t.deps, ctx, sam, d.id, v, outcome)
      assert.deepEqual(!missing.ok && missing.error.kind === 'invalid' && missing.error.problems.map(p => p.field), [
        'newDecisionId',
      ])
      const unknown = await closeDisagreement(t.deps, ctx, sam, d.id, v, {
        ...outcome,
        newDecisionId: '00000000-0000-4000-8000-000000000000',
      })
      assert.equal(!unknown.ok && unknown.error.kind, 'invalid')
      const challenged = (await findDecisionForContact(t.deps.db, contact.id))!
      const same = await closeDisagreement(t.deps, ctx, sam, d.id, v, { ...outcome, newDecisionId: challenged.id })
      assert.equal(!same.ok && same.error.kind, 'invalid', 'not the decision that was challenged')
      const closed = await closeDisagreement(t.deps, ctx, sam, d.id, v, {
        outcome: 'joint-plan-agreed',
        reasons: 'A plan.',
      })
      assert.ok(closed.ok, JSON.stringify(!closed.ok && closed.error))
      const after = await addNote(t.deps, ctx, sam, d.id, closed.value.version, { note: 'Late note' })
      assert.equal(!after.ok && after.error.kind, 'refused')
    })

    test('immediate risk starts at stage 3, alerts the duty manager at once and tells the partnership', async () => {
      const notAtRisk = await raiseDisagreement(t.deps, ctx, hannah, {
        raisedVia: 'practitioner',
        answers: { ...iDisagree, startAtStage: '3' },
      })
      assert.equal(!notAtRisk.ok && notAtRisk.error.kind, 'invalid')
      const { d } = await raise({ ...iDisagree, immediateRisk: 'yes', startAtStage: '3' })
      assert.equal(d.stage, 3)
      assert.equal(d.immediateRisk, true)
      // Stage 3 allows 5 working days: Friday 27 November to Thursday 3 December.
      assert.equal(d.stageDueAt.toISOString(), '2026-12-03T23:59:59.999Z')
      assert.ok((await sent('disagreement-immediate-risk', d.id)).includes(mark.userId))
      assert.ok((await sent('disagreement-stage-entered', d.id)).includes(lou.userId))
      assert.ok((await sent('disagreement-partnership-notice', d.id)).includes(beth.userId))
      const tracked = await listOpenDisagreements(t.deps, beth)
      assert.ok(tracked.some(i => i.id === d.id && i.stage === 3 && i.immediateRisk))
    })
  })
}
