import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import type { Actor } from '../../domain/access/actor.js'
import type { NotificationKind } from '../../data/tables/notification.table.js'
import { actorFor } from '../../../test/support/actors.js'
import { testCtx as ctx } from '../../../test/support/front-door.js'
import { startTestApp, TEST_NOW, type TestApp } from '../../../test/support/test-app.js'
import { testBackends } from '../../../test/support/test-db.js'
import { ForbiddenError, NotFoundError } from '../errors.js'
import { escalateDisagreement, raiseDisagreement, respondAtStage } from './disagreement-service.js'
import { listMyDisagreements, viewDisagreement } from './disagreement-views.js'

// Children's social care disagrees with a partner agency's action (issue 5 §2): the partner
// agency responds, level for level, and CSC's own staff do not answer their own challenge.

const answers = {
  subject: 'information-sharing',
  reasons: 'Health visiting has not shared the outcome of the last two home visits we asked about.',
  outcomeWanted: 'The visit notes shared this week',
  immediateRisk: 'no',
}

for (const backend of testBackends()) {
  describe(`a disagreement about a partner agency (${backend})`, () => {
    let t: TestApp
    let hannah: Actor, claire: Actor, grace: Actor, sam: Actor, mark: Actor
    before(async () => {
      t = await startTestApp(backend)
      const as = (email: string) => actorFor(t.deps.db, email)
      hannah = await as('hannah.ward@hv.northbridge.example')
      claire = await as('claire.moss@hv.northbridge.example')
      grace = await as('grace.okafor@school.northbridge.example')
      sam = await as('sam.taylor@csc.northbridge.example')
      mark = await as('mark.jennings@csc.northbridge.example')
    })
    after(() => t.close())

    const told = async (kind: NotificationKind, id: string) =>
      (
        await t.deps.db
          .selectFrom('notification')
          .select('recipient_user_id')
          .where('kind', '=', kind)
          .where('related_id', '=', id)
          .execute()
      ).map(r => r.recipient_user_id)

    test('the partner agency responds at each stage; CSC staff do not', async () => {
      t.clock.set(TEST_NOW)
      const raised = await raiseDisagreement(t.deps, ctx, sam, {
        raisedVia: 'csc-about-partner',
        aboutAgencyId: hannah.agencyId,
        answers,
      })
      assert.ok(raised.ok, JSON.stringify(!raised.ok && raised.error))
      const d = raised.value
      assert.equal(d.aboutAgencyId, hannah.agencyId)
      const stage1 = await told('disagreement-stage-entered', d.id)
      assert.ok(stage1.includes(hannah.userId), 'the health visiting practitioners are asked')
      assert.ok(!stage1.includes(mark.userId) && !stage1.includes(claire.userId))

      const asHannah = await viewDisagreement(t.deps, ctx, hannah, d.id)
      assert.equal(asHannah.can.respond, true)
      assert.equal((await viewDisagreement(t.deps, ctx, mark, d.id)).can.respond, false, 'CSC does not answer itself')
      await assert.rejects(viewDisagreement(t.deps, ctx, grace, d.id), NotFoundError)
      assert.equal((await listMyDisagreements(t.deps, hannah)).find(m => m.id === d.id)?.myPart, 'to-respond')
      const byMark = await respondAtStage(t.deps, ctx, mark, d.id, d.version, { response: 'Fine.' })
      assert.equal(!byMark.ok && byMark.error.kind, 'refused')

      t.clock.set(new Date('2026-12-02T10:00:00Z'))
      const escalated = await escalateDisagreement(t.deps, ctx, sam, d.id, d.version, {
        reason: 'No reply in three working days.',
      })
      assert.ok(escalated.ok, JSON.stringify(!escalated.ok && escalated.error))
      const stage2 = await told('disagreement-stage-entered', d.id)
      assert.ok(stage2.includes(claire.userId), "the agency's designated safeguarding lead is asked at stage 2")
      assert.ok(!stage2.includes(mark.userId))
      const answered = await respondAtStage(t.deps, ctx, claire, d.id, escalated.value.version, {
        response: 'The notes are attached to the referral now.',
      })
      assert.ok(answered.ok)
    })

    test('CSC must name a partner agency, and only CSC may', async () => {
      t.clock.set(TEST_NOW)
      for (const aboutAgencyId of [undefined, sam.agencyId, 'not-an-id']) {
        const r = await raiseDisagreement(t.deps, ctx, sam, {
          raisedVia: 'csc-about-partner',
          ...(aboutAgencyId ? { aboutAgencyId } : {}),
          answers,
        })
        assert.ok(!r.ok && r.error.kind === 'invalid', String(aboutAgencyId))
        assert.deepEqual(
          r.error.problems.map(p => p.field),
          ['aboutAgencyId'],
        )
      }
      await assert.rejects(
        raiseDisagreement(t.deps, ctx, hannah, {
          raisedVia: 'csc-about-partner',
          aboutAgencyId: grace.agencyId,
          answers,
        }),
        ForbiddenError,
      )
      const practitioner = await raiseDisagreement(t.deps, ctx, hannah, {
        raisedVia: 'practitioner',
        aboutAgencyId: grace.agencyId,
        answers,
      })
      assert.equal(!practitioner.ok && practitioner.error.kind, 'invalid')
    })
  })
}
