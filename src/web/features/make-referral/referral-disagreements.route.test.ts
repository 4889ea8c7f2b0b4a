import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import type { Actor } from '../../../domain/access/actor.js'
import { respondToFeedback } from '../../../services/front-door/feedback-service.js'
import { actorFor } from '../../../../test/support/actors.js'
import {
  closeWithDecisionChanged,
  decidedReferral,
  I_DISAGREE,
  raise,
} from '../../../../test/support/disagreement-fixtures.js'
import { testCtx, useRules } from '../../../../test/support/front-door.js'
import { html, text } from '../../../../test/support/html.js'
import { useRepeatContactRules } from '../../../../test/support/repeat-contact.js'
import { startTestApp, type TestApp } from '../../../../test/support/test-app.js'
import { testBackends } from '../../../../test/support/test-db.js'
import { signedInSession } from '../../../../test/support/web-session.js'

// Hannah Ward, health visitor, answers "I disagree" to the front door's no-further-action
// decision on her Okonkwo-Byrne referral; her referral's page then shows the disagreement to her,
// to her agency's safeguarding lead and to the front door. All fictional.

const HANNAH = 'hannah.ward@hv.northbridge.example'
const CLAIRE = 'claire.moss@hv.northbridge.example'
const GRACE = 'grace.okafor@school.northbridge.example'
const SAM = 'sam.taylor@csc.northbridge.example'
const LOU = 'lou.harper@csc.northbridge.example'
const MARK = 'mark.jennings@csc.northbridge.example'
const PRIYA = 'priya.shah@csc.northbridge.example'

const page = async (t: TestApp, email: string, referralId: string) => {
  const res = await (await signedInSession(t.app, email)).get(`/referrals/${referralId}`)
  assert.equal(res.statusCode, 200, email)
  return html(res.body)
}

const rows = (doc: ReturnType<typeof html>) =>
  doc.querySelectorAll('#disagreements tbody tr').map(tr => tr.querySelectorAll('td').map(td => text(td)))

for (const backend of testBackends()) {
  describe(`professional disagreements on a referral's page (${backend})`, () => {
    let t: TestApp
    let hannah: Actor, sam: Actor, lou: Actor
    /** Decided, and Hannah has not answered the feedback yet. */
    let unanswered = ''
    /** Decided, and Hannah answered "I disagree". */
    let disagreed = ''
    const raised = { id: '', reference: '', version: 0 }

    before(async () => {
      t = await startTestApp(backend)
      hannah = await actorFor(t.deps.db, HANNAH)
      sam = await actorFor(t.deps.db, SAM)
      lou = await actorFor(t.deps.db, LOU)
      await useRules(t.deps, [])
      // The same family twice: no repeat-contact review, so both decisions are final at once.
      await useRepeatContactRules(t.deps, [])
      unanswered = (await decidedReferral(t.deps, hannah, sam)).referralId
      disagreed = (await decidedReferral(t.deps, hannah, sam)).referralId
      const answered = await respondToFeedback(t.deps, testCtx, hannah, disagreed, {
        kind: 'disagreed',
        answers: I_DISAGREE,
      })
      assert.ok(answered.ok && answered.value.disagreement, JSON.stringify(answered))
      Object.assign(raised, {
        id: answered.value.disagreement.id,
        reference: answered.value.disagreement.reference,
        version: answered.value.disagreement.version,
      })
    })
    after(() => t.close())

    test('the referrer sees her disagreement on her referral, linked from her answer and listed', async () => {
      const doc = await page(t, HANNAH, disagreed)
      assert.equal(text(doc.querySelector('#disagreements-heading')), 'Professional disagreements')
      assert.deepEqual(rows(doc), [
        [
          '26 November 2026 Northbridge Community Health Visiting',
          `${raised.reference} A decision about a referral`,
          'Stage 1: Practitioner to practitioner',
          '3 working days left',
        ],
      ])
      assert.ok(doc.querySelector(`#disagreements a[href="/disagreements/${raised.id}"]`))
      const answer = text(doc.querySelector('#feedback-response'))
      assert.equal(
        answer,
        `You disagreed with this decision on 26 November 2026, 10:00am and raised professional disagreement ${raised.reference}. Your reasons: ${I_DISAGREE.reasons}`,
      )
      assert.doesNotMatch(answer, /managers have been told/)
      assert.equal(doc.querySelector('#response-disagreement')?.getAttribute('href'), `/disagreements/${raised.id}`)
      assert.equal(doc.querySelector('#disagreements-hidden'), null)
    })

    test('a referrer from another agency cannot open the referral at all', async () => {
      const grace = await signedInSession(t.app, GRACE)
      for (const id of [disagreed, unanswered]) assert.equal((await grace.get(`/referrals/${id}`)).statusCode, 404)
    })

    test('a front door practitioner sees it too, and reads the answer as the referrer’s', async () => {
      const doc = await page(t, SAM, disagreed)
      assert.deepEqual(
        rows(doc).map(r => r[1]),
        [`${raised.reference} A decision about a referral`],
      )
      assert.equal(
        text(doc.querySelector('#feedback-response')),
        `The referrer disagreed with this decision on 26 November 2026, 10:00am and raised professional disagreement ${raised.reference}. Their reasons: ${I_DISAGREE.reasons}`,
      )
      assert.equal(doc.querySelector('#response-disagreement')?.getAttribute('href'), `/disagreements/${raised.id}`)
    })

    test('one the referrer may not open is counted, not shown', async () => {
      // A senior manager's own disagreement about the referral, started at stage 3 for immediate risk.
      const urgent = await raise(t.deps, lou, {
        raisedVia: 'practitioner',
        referralId: disagreed,
        answers: { ...I_DISAGREE, subject: 'plan-not-progressing', immediateRisk: 'yes', startAtStage: '3' },
      })
      const forHannah = await page(t, HANNAH, disagreed)
      assert.deepEqual(
        rows(forHannah).map(r => r[1]),
        [`${raised.reference} A decision about a referral`],
      )
      assert.equal(
        text(forHannah.querySelector('#disagreements-hidden')),
        'There is 1 more disagreement about this referral at a stage you cannot open.',
      )
      const forLou = await page(t, LOU, disagreed)
      assert.deepEqual(
        rows(forLou).map(r => r[1]),
        [`${urgent.reference} A plan that is not progressing`, `${raised.reference} A decision about a referral`],
        'newest first',
      )
    })

    test('while the referrer may still answer the feedback, "I disagree" is her way, not the raise button', async () => {
      const forHannah = await page(t, HANNAH, unanswered)
      assert.equal(forHannah.querySelector('#raise-disagreement'), null)
      assert.ok(forHannah.querySelector(`#decision a[href="/referrals/${unanswered}/disagree"]`))
      assert.equal(
        text(forHannah.querySelector('#disagreements')),
        'No professional disagreements have been raised about this referral.',
      )
      // Her agency's safeguarding lead and the front door cannot answer the feedback: they raise one.
      for (const email of [CLAIRE, SAM]) {
        const raiseButton = (await page(t, email, unanswered)).querySelector('#raise-disagreement')
        assert.equal(raiseButton?.getAttribute('href'), `/disagreements/new?referral=${unanswered}`, email)
        assert.equal(text(raiseButton), 'Raise a professional disagreement about this referral', email)
      }
    })

    test('once she has answered, the referrer may raise another from the referral', async () => {
      const raiseButton = (await page(t, HANNAH, disagreed)).querySelector('#raise-disagreement')
      assert.equal(raiseButton?.getAttribute('href'), `/disagreements/new?referral=${disagreed}`)
    })

    test('a practitioner who may no longer open it is told a disagreement was raised, without a link', async () => {
      // Sam answered at stage 1; at stage 2 the managers changed the decision, closing it.
      const mark = await actorFor(t.deps.db, MARK)
      await closeWithDecisionChanged(t.deps, { referrer: hannah, practitioner: sam, manager: mark }, raised)
      const doc = await page(t, PRIYA, disagreed)
      assert.equal(doc.querySelector('#response-disagreement'), null)
      assert.match(
        text(doc.querySelector('#feedback-response')),
        /^The referrer disagreed with this decision on .* and raised a professional disagreement\. Their reasons: /,
      )
      assert.equal(
        text(doc.querySelector('#disagreements-hidden')),
        'There are 2 more disagreements about this referral at a stage you cannot open.',
      )
      assert.ok(
        rows(await page(t, HANNAH, disagreed)).some(r => r[3] === 'Closed Decision changed'),
        'the referrer sees the outcome',
      )
    })
  })
}
