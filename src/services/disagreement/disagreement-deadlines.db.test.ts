import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import type { Actor } from '../../domain/access/actor.js'
import { processDeadlineBatch } from '../../jobs/deadline-ticker.js'
import { listDeadlines } from '../../data/repositories/deadline-repository.js'
import { listDisagreementEvents } from '../../data/repositories/disagreement-repository.js'
import type { NotificationKind } from '../../data/tables/notification.table.js'
import { actorFor } from '../../../test/support/actors.js'
import { checkEveryone, submitContact, testCtx as ctx, useRules } from '../../../test/support/front-door.js'
import { startTestApp, TEST_NOW, type TestApp } from '../../../test/support/test-app.js'
import { testBackends } from '../../../test/support/test-db.js'
import { deadlineHandlers } from '../deadline-handlers.js'
import { proposeDecision } from '../front-door/decision-service.js'
import { escalateDisagreement, raiseDisagreement, respondAtStage } from './disagreement-service.js'
import { listOpenDisagreements } from './disagreement-views.js'

// A stage's clock in working days, and its reminders fired once each by the deadline ticker:
// before the deadline to the responders, at it to them and their manager, after it to the
// raiser with the offer of the next stage, and never once a response has come.

const nfa = {
  outcome: 'no-further-action',
  level: '1',
  indicatorCodes: ['FE-HOUSING-01'],
  rationale: 'Universal services are meeting the needs described.',
  feedbackText: 'Thank you. The health visiting service can continue to support the family.',
}
const iDisagree = {
  subject: 'decision',
  reasons: 'The baby has not been seen by anyone for six weeks.',
  outcomeWanted: 'A social work assessment',
  immediateRisk: 'no',
}

for (const backend of testBackends()) {
  describe(`disagreement reminders (${backend})`, () => {
    let t: TestApp
    let hannah: Actor, sam: Actor, mark: Actor, beth: Actor
    before(async () => {
      t = await startTestApp(backend)
      hannah = await actorFor(t.deps.db, 'hannah.ward@hv.northbridge.example')
      sam = await actorFor(t.deps.db, 'sam.taylor@csc.northbridge.example')
      mark = await actorFor(t.deps.db, 'mark.jennings@csc.northbridge.example')
      beth = await actorFor(t.deps.db, 'beth.lawson@partnership.northbridge.example')
      await useRules(t.deps, [])
    })
    after(() => t.close())

    const raiseAt = async (when: Date) => {
      t.clock.set(when)
      const contact = await submitContact(t.deps, hannah)
      const { version } = await checkEveryone(t.deps, sam, contact.id)
      assert.ok((await proposeDecision(t.deps, ctx, sam, contact.id, version, nfa)).ok)
      const raised = await raiseDisagreement(t.deps, ctx, hannah, {
        raisedVia: 'referrer-feedback',
        referralId: contact.referralId,
        answers: iDisagree,
      })
      assert.ok(raised.ok, JSON.stringify(!raised.ok && raised.error))
      return raised.value
    }
    const tick = () => processDeadlineBatch(t.deps, deadlineHandlers(t.deps), { batchSize: 100 })
    const sent = async (kind: NotificationKind, disagreementId: string) =>
      (
        await t.deps.db
          .selectFrom('notification')
          .select('recipient_user_id')
          .where('kind', '=', kind)
          .where('related_id', '=', disagreementId)
          .execute()
      ).map(r => r.recipient_user_id)
    const reminders = async (disagreementId: string) =>
      (await listDisagreementEvents(t.deps.db, disagreementId))
        .filter(e => e.type === 'reminder')
        .map(e => `${e.stage}:${String(e.data.kind)}`)

    test('each reminder fires once; after the deadline the raiser may take it to stage 2', async () => {
      const d = await raiseAt(TEST_NOW) // Thursday: stage 1 due by the end of Tuesday 1 December
      t.clock.set(new Date('2026-11-30T12:00:00Z'))
      await tick()
      assert.deepEqual(await reminders(d.id), [], 'nothing due on Monday')

      t.clock.set(new Date('2026-12-01T09:00:00Z')) // the morning of the deadline day
      await tick()
      await tick()
      assert.deepEqual(await reminders(d.id), ['1:stage-reminder-before'])
      const reminded = await sent('disagreement-reminder', d.id)
      assert.ok(reminded.includes(sam.userId) && !reminded.includes(mark.userId) && !reminded.includes(hannah.userId))
      const early = await escalateDisagreement(t.deps, ctx, hannah, d.id, d.version, { reason: 'No reply' })
      assert.equal(!early.ok && early.error.kind, 'refused', 'still due today')

      t.clock.set(new Date('2026-12-02T09:00:00Z')) // Wednesday: the deadline has passed
      await tick()
      await tick()
      assert.deepEqual(await reminders(d.id), [
        '1:stage-reminder-before',
        '1:stage-deadline',
        '1:stage-overdue-offer-next',
      ])
      const atDeadline = await sent('disagreement-deadline', d.id)
      assert.ok(atDeadline.includes(sam.userId) && atDeadline.includes(mark.userId), 'responders and their manager')
      assert.deepEqual(await sent('disagreement-overdue-offer', d.id), [hannah.userId])
      assert.equal((await sent('disagreement-reminder', d.id)).length, reminded.length, 'no second reminder')
      const tracked = await listOpenDisagreements(t.deps, beth)
      assert.equal(tracked[0]?.overdue, true, 'overdue first on the tracker')
      assert.ok(tracked.some(i => i.id === d.id && i.overdue))

      const escalated = await escalateDisagreement(t.deps, ctx, hannah, d.id, d.version, {
        reason: 'No response at stage 1 and the baby is still not being seen.',
      })
      assert.ok(escalated.ok, JSON.stringify(!escalated.ok && escalated.error))
      assert.equal(escalated.value.stage, 2)
      // Wednesday + 3 working days: Thursday, Friday, Monday 7 December.
      assert.equal(escalated.value.stageDueAt.toISOString(), '2026-12-07T23:59:59.999Z')
      assert.ok((await sent('disagreement-stage-entered', d.id)).includes(mark.userId), 'stage 2: the managers')
      const clocks = await listDeadlines(t.deps.db, 'disagreement', d.id)
      assert.deepEqual(
        clocks.filter(c => c.status === 'pending').map(c => c.kind),
        ['stage-reminder-before', 'stage-deadline', 'stage-overdue-offer-next'],
      )

      const responded = await respondAtStage(t.deps, ctx, mark, d.id, escalated.value.version, {
        response: 'We have looked again and will assess.',
      })
      assert.ok(responded.ok)
      t.clock.set(new Date('2026-12-09T09:00:00Z')) // well past stage 2's deadline
      await tick()
      assert.deepEqual(
        await reminders(d.id),
        ['1:stage-reminder-before', '1:stage-deadline', '1:stage-overdue-offer-next'],
        'nothing after a response',
      )
    })

    test('a reminder left over from an earlier stage does nothing', async () => {
      const d = await raiseAt(TEST_NOW)
      t.clock.set(new Date('2026-12-02T09:00:00Z'))
      // Claim nothing yet: escalate first, so the stage 1 rows are cancelled before the ticker sees them.
      const escalated = await escalateDisagreement(t.deps, ctx, hannah, d.id, d.version, { reason: 'No reply' })
      assert.ok(escalated.ok)
      await tick()
      assert.deepEqual(await reminders(d.id), [])
      const stage1 = (await listDeadlines(t.deps.db, 'disagreement', d.id)).slice(0, 3)
      assert.deepEqual(
        stage1.map(c => c.status),
        ['cancelled', 'cancelled', 'cancelled'],
      )
    })

    test('a stage that spans Christmas 2026 counts working days only', async () => {
      // Wednesday 23 December: Thursday 24 counts; Christmas Day, the weekend and the Boxing Day
      // substitute (Monday 28) do not; then Tuesday 29 and Wednesday 30.
      const d = await raiseAt(new Date('2026-12-23T10:00:00Z'))
      assert.equal(d.stageDueAt.toISOString(), '2026-12-30T23:59:59.999Z')
      const clocks = await listDeadlines(t.deps.db, 'disagreement', d.id)
      assert.deepEqual(
        clocks.map(c => [c.kind, c.dueAt.toISOString()]),
        [
          ['stage-reminder-before', '2026-12-30T00:00:00.000Z'],
          ['stage-deadline', '2026-12-30T23:59:59.999Z'],
          ['stage-overdue-offer-next', '2026-12-31T00:00:00.000Z'],
        ],
      )
      t.clock.set(new Date('2026-12-29T12:00:00Z'))
      await tick()
      assert.deepEqual(await reminders(d.id), [])
    })
  })
}
