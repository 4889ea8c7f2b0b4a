import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import { actorFor } from '../../../../test/support/actors.js'
import { decidedReferral } from '../../../../test/support/disagreement-fixtures.js'
import { useRules } from '../../../../test/support/front-door.js'
import { assertGovukErrors, html, text } from '../../../../test/support/html.js'
import { useRepeatContactRules } from '../../../../test/support/repeat-contact.js'
import { startTestApp, TEST_NOW, type TestApp } from '../../../../test/support/test-app.js'
import { testBackends } from '../../../../test/support/test-db.js'
import { signedInSession, type WebSession } from '../../../../test/support/web-session.js'
import type { Actor } from '../../../domain/access/actor.js'
import { DEFAULT_ESCALATION_POLICY, IMMEDIATE_RISK_GUIDANCE } from '../../../domain/disagreement/index.js'

// Raising a professional disagreement on the web: Hannah Ward (health visitor) from the feedback
// on her referral, Sam Taylor (front door) from a referral, and children's social care about a
// partner agency. All fictional.

const HANNAH = 'hannah.ward@hv.northbridge.example'
const GRACE = 'grace.okafor@school.northbridge.example'
const SAM = 'sam.taylor@csc.northbridge.example'
const UNKNOWN = '00000000-0000-4000-8000-00000000beef'

const answers = {
  subject: 'decision',
  reasons: 'This is my third contact about the family in four months.\r\nThe baby is not being seen.',
  evidence: 'Missed weighing on 3 and 17 November.',
  outcomeWanted: 'A social work assessment',
}

const location = (res: { headers: Record<string, unknown> }) => String(res.headers.location)
const disagreementIdFrom = (res: { headers: Record<string, unknown> }) => {
  const match = /^\/disagreements\/([0-9a-f-]{36})\/raised$/.exec(location(res))
  assert.ok(match, `redirected to the confirmation, not ${location(res)}`)
  return match[1]!
}

for (const backend of testBackends()) {
  describe(`raising a professional disagreement on the web (${backend})`, () => {
    let t: TestApp
    let hannahActor: Actor, samActor: Actor
    let hannah: WebSession, sam: WebSession

    before(async () => {
      t = await startTestApp(backend)
      hannahActor = await actorFor(t.deps.db, HANNAH)
      samActor = await actorFor(t.deps.db, SAM)
      await useRules(t.deps, [])
      await useRepeatContactRules(t.deps, [])
      hannah = await signedInSession(t.app, HANNAH)
      sam = await signedInSession(t.app, SAM)
    })
    after(() => t.close())

    /** Hannah's referral, decided no further action by Sam: her feedback is waiting for an answer. */
    async function decided() {
      t.clock.set(TEST_NOW)
      return decidedReferral(t.deps, hannahActor, samActor)
    }
    const row = (id: string) =>
      t.deps.db.selectFrom('disagreement').selectAll().where('id', '=', id).executeTakeFirstOrThrow()

    test('from the feedback: the risk question first, then the questions; errors keep what was typed', async () => {
      const { referralId } = await decided()
      const question = await hannah.get(`/referrals/${referralId}/disagree`)
      assert.equal(question.statusCode, 200)
      assert.match(
        text(html(question.body).querySelector('h1')),
        /^Referral R-\d{4}-\d{6} Is a child at immediate risk of harm\?$/,
      )
      assert.match(text(html(question.body).querySelector('main')), /healthy practice, not a complaint/)
      const unanswered = await hannah.post(`/referrals/${referralId}/disagree`, {})
      assert.equal(unanswered.statusCode, 400)
      assertGovukErrors(unanswered.body, { immediateRisk: 'Select yes if a child is at immediate risk of harm' })
      const answered = await hannah.post(`/referrals/${referralId}/disagree`, { immediateRisk: 'no' })
      assert.equal(answered.statusCode, 303)
      assert.equal(location(answered), `/referrals/${referralId}/disagree?risk=no`)

      const form = html((await hannah.get(location(answered))).body)
      assert.equal(form.querySelectorAll('input[name="startAtStage"]').length, 0, 'no stage question without risk')
      assert.equal(form.querySelector('input[name="subject"][checked]')?.getAttribute('value'), 'decision')
      assert.equal(
        form.querySelector('form[action*="/feedback"]')?.getAttribute('action'),
        `/referrals/${referralId}/feedback?risk=no`,
      )

      const csrf = await hannah.csrfFrom(location(answered))
      const bad = await hannah.post(
        `/referrals/${referralId}/feedback?risk=no`,
        { response: 'disagreed', subject: 'decision', reasons: '  ', evidence: answers.evidence, outcomeWanted: '' },
        { csrf },
      )
      assert.equal(bad.statusCode, 400)
      assertGovukErrors(bad.body, { reasons: 'Enter why you disagree', outcomeWanted: 'Enter what you want to happen' })
      assert.equal(text(html(bad.body).querySelector('#evidence')), answers.evidence, 'typed text is kept')
      assert.equal(html(bad.body).querySelector('input[name="subject"][checked]')?.getAttribute('value'), 'decision')
      const none = await t.deps.db
        .selectFrom('disagreement')
        .select('id')
        .where('referral_id', '=', referralId)
        .execute()
      assert.deepEqual(none, [], 'nothing is saved')

      const sent = await hannah.post(
        `/referrals/${referralId}/feedback?risk=no`,
        { response: 'disagreed', ...answers },
        { csrf },
      )
      assert.equal(sent.statusCode, 303)
      const id = disagreementIdFrom(sent)
      const saved = await row(id)
      assert.equal(saved.stage, 1)
      assert.equal(saved.raised_via, 'referrer-feedback')
      assert.equal(saved.reasons, answers.reasons.replace('\r\n', '\n'))
      assert.equal(saved.immediate_risk, false)

      const confirmation = html((await hannah.get(`/disagreements/${id}/raised`)).body)
      assert.match(
        text(confirmation.querySelector('.govuk-panel')),
        new RegExp(`Disagreement raised Your reference ${saved.reference}`),
      )
      const next = text(confirmation.querySelector('main'))
      assert.match(next, /stage 1: Practitioner to practitioner/)
      assert.match(next, /must respond within 3 working days: by the end of 1 December 2026 \(3 working days left\)/)

      const referral = html((await hannah.get(`/referrals/${referralId}`)).body)
      assert.match(text(referral.querySelector('#decision')), /You disagreed with this decision/)
      assert.equal(referral.querySelector('#decision form'), null, 'answered once')
      const again = await hannah.get(`/referrals/${referralId}/disagree`)
      assert.equal(again.statusCode, 303, 'the feedback cannot be answered twice')
    })

    test('immediate risk: what to do now comes first, and a later stage can be chosen', async () => {
      const { referralId } = await decided()
      const page = await hannah.get(`/referrals/${referralId}/disagree?risk=yes`)
      const body = page.body
      assert.ok(body.indexOf(IMMEDIATE_RISK_GUIDANCE.heading) > 0, 'the guidance is shown')
      assert.ok(body.indexOf(IMMEDIATE_RISK_GUIDANCE.steps[1]) < body.indexOf('<form method="post"'), 'before the form')
      const stages = html(body).querySelectorAll('input[name="startAtStage"]')
      assert.equal(stages.length, DEFAULT_ESCALATION_POLICY.stages.length)
      assert.equal(html(body).querySelector('input[name="startAtStage"][checked]')?.getAttribute('value'), '1')
      const sent = await hannah.post(
        `/referrals/${referralId}/feedback?risk=yes`,
        { response: 'disagreed', ...answers, startAtStage: '3' },
        { csrf: await hannah.csrfFrom(`/referrals/${referralId}/disagree?risk=yes`) },
      )
      assert.equal(sent.statusCode, 303)
      const saved = await row(disagreementIdFrom(sent))
      assert.equal(saved.stage, 3)
      assert.equal(saved.immediate_risk, true)
    })

    test('without immediate risk a stage cannot be chosen, even by editing the form', async () => {
      const { referralId } = await decided()
      const sent = await hannah.post(
        `/referrals/${referralId}/feedback?risk=no`,
        { response: 'disagreed', ...answers, startAtStage: '4' },
        { csrf: await hannah.csrfFrom(`/referrals/${referralId}/disagree?risk=no`) },
      )
      assert.equal(sent.statusCode, 303)
      assert.equal((await row(disagreementIdFrom(sent))).stage, 1)
    })

    test('"I accept this decision" still works', async () => {
      const { referralId } = await decided()
      const accepted = await hannah.post(
        `/referrals/${referralId}/feedback`,
        { response: 'accepted' },
        { csrf: await hannah.csrfFrom(`/referrals/${referralId}`) },
      )
      assert.equal(accepted.statusCode, 303)
      assert.match(
        text(html((await hannah.get(`/referrals/${referralId}`)).body).querySelector('#decision')),
        /You accepted/,
      )
    })

    test('a front door practitioner raises one from a referral; the address carries ids only', async () => {
      const { referralId } = await decided()
      const start = `/disagreements/new?referral=${referralId}`
      const question = await sam.get(start)
      assert.equal(question.statusCode, 200)
      assert.match(text(html(question.body).querySelector('.govuk-caption-l')), /^Referral /)
      const answered = await sam.post(start, { step: 'immediate-risk', immediateRisk: 'no' })
      assert.equal(location(answered), `${start}&risk=no`)
      const form = html((await sam.get(location(answered))).body)
      assert.equal(form.querySelector('input[name="subject"][checked]'), null, 'nothing chosen for them')
      const missing = await sam.post(location(answered), { reasons: 'x', outcomeWanted: 'y' })
      assert.equal(missing.statusCode, 400)
      assertGovukErrors(missing.body, { subject: 'Select what you disagree with' })
      const sent = await sam.post(location(answered), { ...answers, subject: 'threshold-level' })
      assert.equal(sent.statusCode, 303)
      const saved = await row(disagreementIdFrom(sent))
      assert.equal(saved.raised_via, 'practitioner')
      assert.equal(saved.referral_id, referralId)
      assert.equal(saved.subject, 'threshold-level')
    })

    test("from a child's page: linked to the child, with the child's page as the way back", async () => {
      const { childIds } = await decided()
      const start = `/disagreements/new?person=${childIds[0]}&risk=no`
      const form = html((await sam.get(start)).body)
      assert.equal(form.querySelector('.govuk-back-link')?.getAttribute('href'), `/people/${childIds[0]}`)
      const sent = await sam.post(start, { ...answers, subject: 'plan-not-progressing' })
      assert.equal(sent.statusCode, 303)
      const saved = await row(disagreementIdFrom(sent))
      assert.equal(saved.person_id, childIds[0])
      assert.equal(saved.referral_id, null)
      const hannahTries = await hannah.get(start)
      assert.equal(hannahTries.statusCode, 404, "a child's record is for those who may read it")
    })

    test("children's social care about a partner agency: which agency, then the questions", async () => {
      const start = '/disagreements/new?about=partner&risk=no'
      const form = html((await sam.get(start)).body)
      const options = form.querySelectorAll('#aboutAgencyId option').map(o => text(o))
      assert.ok(options.includes('Northbridge Police Public Protection Unit'))
      assert.ok(!options.some(o => /Children's Services|Safeguarding Children Partnership/.test(o)), 'partners only')
      const unchosen = await sam.post(start, { ...answers, subject: 'information-sharing', aboutAgencyId: '' })
      assert.equal(unchosen.statusCode, 400)
      assertGovukErrors(unchosen.body, { aboutAgencyId: 'Select the agency you disagree with' })
      assert.equal(
        html(unchosen.body).querySelector('#reasons')?.textContent.trim(),
        answers.reasons.replace('\r\n', '\n'),
      )
      const police = form
        .querySelectorAll('#aboutAgencyId option')
        .find(o => /Police/.test(text(o)))!
        .getAttribute('value')!
      const sent = await sam.post(start, { ...answers, subject: 'information-sharing', aboutAgencyId: police })
      assert.equal(sent.statusCode, 303)
      const saved = await row(disagreementIdFrom(sent))
      assert.equal(saved.raised_via, 'csc-about-partner')
      assert.equal(saved.about_agency_id, police)
    })

    test('who may raise from where: partners cannot raise about partners; unknown records are not found', async () => {
      assert.equal((await hannah.get('/disagreements/new?about=partner')).statusCode, 403)
      assert.equal((await hannah.get(`/disagreements/new?referral=${UNKNOWN}`)).statusCode, 404)
      assert.equal((await sam.get(`/disagreements/new?person=${UNKNOWN}`)).statusCode, 404)
      const { referralId } = await decided()
      const grace = await signedInSession(t.app, GRACE)
      assert.equal(
        (await grace.get(`/disagreements/new?referral=${referralId}`)).statusCode,
        404,
        "another agency's referral",
      )
      assert.equal((await grace.get(`/referrals/${referralId}/disagree`)).statusCode, 404)
    })

    test('every form carries a CSRF token, and a post without one is refused', async () => {
      const { referralId } = await decided()
      for (const url of [`/referrals/${referralId}/disagree`, `/referrals/${referralId}/disagree?risk=yes`]) {
        assert.ok(html((await hannah.get(url)).body).querySelector('form input[name="_csrf"]'), `${url} has _csrf`)
      }
      const forged = await hannah.post(
        `/referrals/${referralId}/feedback?risk=no`,
        { response: 'disagreed', ...answers },
        { csrf: null },
      )
      assert.equal(forged.statusCode, 403)
    })
  })
}
