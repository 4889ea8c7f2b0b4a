import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import type { Actor } from '../../../domain/access/actor.js'
import { actorFor } from '../../../../test/support/actors.js'
import { assertGovukErrors, html } from '../../../../test/support/html.js'
import { checkEveryone, submitContact, testCtx as ctx, useRules } from '../../../../test/support/front-door.js'
import { startTestApp, TEST_NOW, type TestApp } from '../../../../test/support/test-app.js'
import { testBackends } from '../../../../test/support/test-db.js'
import { signedInSession, type WebSession } from '../../../../test/support/web-session.js'
import { proposeDecision } from '../../../services/front-door/decision-service.js'
import {
  raiseDisagreement,
  respondAtStage,
  escalateDisagreement,
} from '../../../services/disagreement/disagreement-service.js'
import { paths } from '../../paths.js'

// The manager's "Change the decision" page: the new decision, the disagreement closed as
// "Decision changed", errors that keep what was typed, and nobody else may use it.

const MARK = 'mark.jennings@csc.northbridge.example'
const SAM = 'sam.taylor@csc.northbridge.example'

for (const backend of testBackends()) {
  describe(`changing a decision through a disagreement, on the web (${backend})`, () => {
    let t: TestApp
    let hannah: Actor, sam: Actor
    let markWeb: WebSession, samWeb: WebSession
    before(async () => {
      t = await startTestApp(backend)
      hannah = await actorFor(t.deps.db, 'hannah.ward@hv.northbridge.example')
      sam = await actorFor(t.deps.db, SAM)
      markWeb = await signedInSession(t.app, MARK)
      samWeb = await signedInSession(t.app, SAM)
      await useRules(t.deps, [])
    })
    after(() => t.close())

    test('errors keep the reasons typed; a valid change closes the disagreement as decision changed', async () => {
      t.clock.set(TEST_NOW)
      const contact = await submitContact(t.deps, hannah)
      const { version } = await checkEveryone(t.deps, sam, contact.id)
      const decided = await proposeDecision(t.deps, ctx, sam, contact.id, version, {
        outcome: 'no-further-action',
        level: '1',
        indicatorCodes: ['FE-HOUSING-01'],
        rationale: 'Universal services meet the needs.',
        feedbackText: 'Thank you for your referral.',
      })
      assert.ok(decided.ok)
      const raised = await raiseDisagreement(t.deps, ctx, hannah, {
        raisedVia: 'referrer-feedback',
        referralId: contact.referralId,
        answers: { subject: 'decision', reasons: 'Third time.', outcomeWanted: 'Assessment', immediateRisk: 'no' },
      })
      assert.ok(raised.ok)
      const responded = await respondAtStage(t.deps, ctx, sam, raised.value.id, raised.value.version, {
        response: 'It stands.',
      })
      assert.ok(responded.ok)
      const escalated = await escalateDisagreement(t.deps, ctx, hannah, raised.value.id, responded.value.version, {
        reason: 'Please look again.',
      })
      assert.ok(escalated.ok)
      const url = paths.changeDecision(contact.id, raised.value.id)
      const page = html((await markWeb.get(paths.disagreement(raised.value.id))).body)
      assert.equal(
        page.querySelector('#change-heading + p + a')?.getAttribute('href'),
        url,
        'the manager is offered it',
      )
      const samPage = html((await samWeb.get(paths.disagreement(raised.value.id))).body)
      assert.equal(samPage.querySelector('a[href*="change-decision"]'), null, 'a practitioner is not')

      assert.equal((await samWeb.get(url)).statusCode, 303, 'a practitioner is sent back to the disagreement')
      const form = await markWeb.get(url)
      assert.equal(form.statusCode, 200)
      const v = String(escalated.value.version)
      const missing = await markWeb.post(url, { version: v, rationale: 'The pattern meets the threshold.' })
      assert.equal(missing.statusCode, 400)
      assertGovukErrors(missing.body, { outcome: /Select/, level: /Select/ })
      assert.equal(html(missing.body).querySelector('#rationale')?.textContent, 'The pattern meets the threshold.')

      const csrf = await markWeb.csrfFrom(url)
      const done = await markWeb.post(url, {
        version: v,
        outcome: 'assessment',
        level: '3',
        rationale: 'The pattern meets the threshold.',
      })
      assert.equal(done.statusCode, 303)
      assert.equal(done.headers.location, paths.disagreement(raised.value.id))
      const row = await t.deps.db
        .selectFrom('disagreement')
        .select(['state', 'outcome', 'new_decision_id'])
        .where('id', '=', raised.value.id)
        .executeTakeFirstOrThrow()
      assert.deepEqual([row.state, row.outcome], ['closed', 'decision-changed'])
      assert.ok(row.new_decision_id)
      const again = await markWeb.post(url, { version: v, outcome: 'assessment', level: '3', rationale: 'x' }, { csrf })
      assert.notEqual(again.statusCode, 303, 'a closed disagreement cannot change the decision again')
      assert.ok(again.statusCode < 500)
    })
  })
}
