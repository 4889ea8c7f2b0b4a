import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import type { DatabaseHandle } from '../../data/db.js'
import { SEED_TIME } from '../../../test/support/templates.js'
import { openTestDatabase, testBackends } from '../../../test/support/test-db.js'
import { GRACE, JO, SAMIR } from './demo-referral-builders.js'
import { PRIYA } from './demo-screening-plan.js'

// The 'demo' template is built by seedDemo, so it holds the demo's professional disagreements.

for (const backend of testBackends()) {
  describe(`demo disagreements (${backend})`, () => {
    let h: DatabaseHandle
    before(async () => {
      h = await openTestDatabase(backend, 'demo')
    })
    after(() => h.close())

    const byRaiser = async () =>
      h.db
        .selectFrom('disagreement as d')
        .innerJoin('app_user as u', 'u.id', 'd.raised_by_user_id')
        .select(['u.email', 'd.raised_via', 'd.stage', 'd.state', 'd.outcome', 'd.stage_due_at', 'd.about_agency_id'])
        .orderBy('d.reference')
        .execute()

    test('three disagreements: one overdue at stage 2, one closed with a joint plan, one waiting for the school', async () => {
      const rows = await byRaiser()
      assert.deepEqual(
        rows.map(r => [r.email, r.raised_via, r.stage, r.state, r.outcome]),
        [
          [JO, 'referrer-feedback', 2, 'open', null],
          [SAMIR, 'practitioner', 1, 'closed', 'joint-plan-agreed'],
          [PRIYA, 'csc-about-partner', 1, 'open', null],
        ],
      )
      assert.ok(rows[0]!.stage_due_at < SEED_TIME, "the managers' response to Jo is overdue")
      const school = await h.db
        .selectFrom('app_user')
        .select('agency_id')
        .where('email', '=', GRACE)
        .executeTakeFirstOrThrow()
      assert.equal(rows[2]!.about_agency_id, school.agency_id)
      assert.ok(rows[2]!.stage_due_at > SEED_TIME, 'the school still has time')
    })

    test("every step is on the timeline, and Jo's feedback records her disagreement", async () => {
      const events = await h.db
        .selectFrom('disagreement_event as e')
        .innerJoin('disagreement as d', 'd.id', 'e.disagreement_id')
        .select(['d.reference', 'e.type'])
        .orderBy('d.reference')
        .orderBy('e.seq')
        .execute()
      const types = (i: number) => {
        const refs = [...new Set(events.map(e => e.reference))]
        return events.filter(e => e.reference === refs[i]).map(e => e.type)
      }
      assert.deepEqual(types(0), ['raised', 'responded', 'escalated'])
      assert.deepEqual(types(1), ['raised', 'responded', 'accepted', 'closed'])
      assert.deepEqual(types(2), ['raised'])
      const jo = await h.db
        .selectFrom('feedback as f')
        .innerJoin('app_user as u', 'u.id', 'f.recipient_user_id')
        .select('f.response')
        .where('u.email', '=', JO)
        .execute()
      assert.ok(jo.some(f => f.response === 'disagreed'))
    })
  })
}
