import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import { assertGovukErrors, html, text } from '../../../../test/support/html.js'
import { startTestApp, type TestApp } from '../../../../test/support/test-app.js'
import { testBackends } from '../../../../test/support/test-db.js'
import { signedInSession, webSession, type WebSession } from '../../../../test/support/web-session.js'
import { DEMO_PASSWORD } from '../../../services/demo-seed.js'

const HANNAH = 'hannah.ward@hv.northbridge.example' // referrer (health visitor)
const DAN = 'dan.price@police.northbridge.example' // referrer (police)
const SAM = 'sam.taylor@csc.northbridge.example' // front door practitioner (CSC)
const BETH = 'beth.lawson@partnership.northbridge.example' // partnership manager

const GUIDANCE = '/guidance/escalation'
const WELCOME = '/guidance/escalation?welcome=1'
const CHECK = '/guidance/escalation/check'
const RESULTS = '/guidance/escalation/check/results'

const ALL_RIGHT = {
  'stage-1-response-time': '3',
  'immediate-risk': 'protect-first',
  'not-a-complaint': 'no-healthy',
  'no-response': 'next-stage',
  'who-responds': 'stage-2',
}

const h1 = (body: string) => text(html(body).querySelector('h1'))

/** The rows of one card, as [key, value] pairs. */
function cardRows(body: string, id: string): string[][] {
  const card = html(body).querySelector(`#${id}`)
  assert.ok(card, `a card #${id}`)
  return card
    .querySelectorAll('.govuk-summary-list__row')
    .map(row => [
      text(row.querySelector('.govuk-summary-list__key')),
      text(row.querySelector('.govuk-summary-list__value')),
    ])
}
const value = (rows: string[][], key: string) => rows.find(([k]) => k === key)?.[1]

for (const backend of testBackends()) {
  describe(`escalation self-check and first sign-in (${backend})`, () => {
    let t: TestApp
    let hannah: WebSession
    before(async () => {
      t = await startTestApp(backend)
      hannah = await signedInSession(t.app, HANNAH)
    })
    after(() => t.close())

    const signIn = async (email: string) => {
      const session = webSession(t.app)
      const res = await session.post('/sign-in', { email, password: DEMO_PASSWORD })
      assert.equal(res.statusCode, 303)
      return { session, location: res.headers.location }
    }
    const attempts = async (email: string) =>
      t.deps.db
        .selectFrom('training_completion as c')
        .innerJoin('app_user as u', 'u.id', 'c.user_id')
        .select(['c.score', 'c.policy_version', 'c.answers'])
        .where('u.email', '=', email)
        .orderBy('c.seq')
        .execute()

    test('a police officer’s first sign-in opens the guidance with a welcome, and only the first', async () => {
      const first = await signIn(DAN)
      assert.equal(first.location, WELCOME)
      const page = await first.session.get(first.location!)
      assert.equal(page.statusCode, 200)
      const welcome = html(page.body).querySelector('#welcome')
      assert.ok(welcome, 'a welcome panel')
      assert.equal(
        text(welcome.querySelector('h2.govuk-notification-banner__heading')),
        'Before you start: 3 minutes on how to challenge a decision',
      )
      assert.deepEqual(
        welcome.querySelectorAll('a.govuk-button').map(a => [text(a), a.getAttribute('href')]),
        [
          ['Check what you know', CHECK],
          ['Continue to Threshold', '/'],
        ],
      )
      assert.ok(
        html(page.body).querySelector(`.govuk-service-navigation a[href="${GUIDANCE}"][aria-current="page"]`),
        'it stays in the navigation, as the current page',
      )
      assert.equal((await first.session.get('/')).headers.location, '/my-referrals', 'Continue goes to their page')

      await first.session.get('/sign-out')
      const again = await signIn(DAN)
      assert.equal(again.location, '/', 'the second sign-in goes straight to their landing page')
    })

    test('children’s social care and the partnership are not sent to the welcome, and never see it', async () => {
      for (const email of [SAM, BETH]) {
        const { session, location } = await signIn(email)
        assert.equal(location, '/', email)
        const page = await session.get(WELCOME)
        assert.equal(html(page.body).querySelector('#welcome'), null, `no welcome for ${email}`)
      }
    })

    test('the check asks five questions as radios, built from the policy in force', async () => {
      const res = await hannah.get(CHECK)
      assert.equal(res.statusCode, 200)
      assert.equal(h1(res.body), 'Check what you know')
      const doc = html(res.body)
      const legends = doc.querySelectorAll('fieldset legend').map(l => text(l))
      assert.deepEqual(legends, [
        '1. How many working days does the front door have to respond at stage 1?',
        '2. A child is at immediate risk. What do you do first?',
        '3. Is challenging a decision the same as making a complaint?',
        '4. No response arrives by the deadline. What do you do?',
        '5. Who responds to your disagreement at stage 2 (Line managers)?',
      ])
      assert.equal(doc.querySelectorAll('input[type="radio"][name="stage-1-response-time"]').length, 4)
      assert.equal(doc.querySelector('input[name="policyVersion"]')?.getAttribute('value'), '1')
      assert.equal(doc.querySelectorAll('input[type="radio"]:checked').length, 0)
    })

    test('unanswered questions are each named in the error summary, and the answers given are kept', async () => {
      const { 'immediate-risk': _i, 'who-responds': _w, ...some } = ALL_RIGHT
      const res = await hannah.post(CHECK, { ...some, 'no-response': 'let-it-go', policyVersion: '1' })
      assert.equal(res.statusCode, 400)
      assertGovukErrors(res.body, {
        'immediate-risk': 'Select an answer to question 2: what to do first when a child is at immediate risk',
        'who-responds': 'Select an answer to question 5: who responds at stage 2',
      })
      assert.equal(html(res.body).querySelectorAll('.govuk-error-summary a').length, 2)
      const checked = html(res.body)
        .querySelectorAll('input[type="radio"][checked]')
        .map(i => [i.getAttribute('name'), i.getAttribute('value')])
      assert.deepEqual(checked, [
        ['stage-1-response-time', '3'],
        ['not-a-complaint', 'no-healthy'],
        ['no-response', 'let-it-go'],
      ])
      assert.equal((await attempts(HANNAH)).length, 0, 'nothing recorded')
    })

    test('an answer that is not one of the options counts as no answer', async () => {
      const res = await hannah.post(CHECK, { ...ALL_RIGHT, 'not-a-complaint': 'maybe', policyVersion: '1' })
      assert.equal(res.statusCode, 400)
      assertGovukErrors(res.body, {
        'not-a-complaint': 'Select an answer to question 3: whether challenging a decision is a complaint',
      })
    })

    test('before any attempt, the results send you to the check', async () => {
      const res = await hannah.get(RESULTS)
      assert.equal(res.statusCode, 303)
      assert.equal(res.headers.location, CHECK)
    })

    test('a completed check is recorded whatever the score, and the results explain every answer', async () => {
      const res = await hannah.post(CHECK, {
        ...ALL_RIGHT,
        'stage-1-response-time': '2',
        'not-a-complaint': 'yes-complaint',
        policyVersion: '1',
      })
      assert.equal(res.statusCode, 303)
      assert.equal(res.headers.location, RESULTS)
      assert.deepEqual(
        (await attempts(HANNAH)).map(a => [a.score, a.policy_version]),
        [[3, 1]],
      )

      const page = await hannah.get(RESULTS)
      assert.equal(page.statusCode, 200)
      const doc = html(page.body)
      assert.equal(text(doc.querySelector('.govuk-panel__title')), 'You have completed the check')
      assert.equal(text(doc.querySelector('.govuk-panel__body')), 'You got 3 out of 5 right')
      assert.equal(doc.querySelectorAll('.govuk-summary-card').length, 5)

      const first = cardRows(page.body, 'question-1')
      assert.equal(value(first, 'Question'), 'How many working days does the front door have to respond at stage 1?')
      assert.equal(value(first, 'Your answer'), '2 working days')
      assert.equal(value(first, 'Result'), 'Not right')
      assert.equal(value(first, 'The right answer'), '3 working days')
      assert.match(value(first, 'Why') ?? '', /the response is due within 3 working days/)

      const second = cardRows(page.body, 'question-2')
      assert.equal(value(second, 'Result'), 'Right')
      assert.equal(value(second, 'The right answer'), undefined)
      assert.match(value(second, 'Why') ?? '', new RegExp(`call the front door on ${t.config.frontDoorPhone}`))

      assert.deepEqual(
        doc.querySelectorAll('#reread + ul a').map(a => [text(a), a.getAttribute('href')]),
        [
          ['Stage 1: Practitioner to practitioner', `${GUIDANCE}#stage-1`],
          ['Why challenge matters', `${GUIDANCE}#why`],
        ],
      )
    })

    test('the guidance says when the check was completed; another attempt is kept too', async () => {
      const guidance = await hannah.get(GUIDANCE)
      assert.equal(
        text(html(guidance.body).querySelector('#check-completed')),
        'You completed the check on 26 November 2026. See your results.',
      )
      const res = await hannah.post(CHECK, { ...ALL_RIGHT, policyVersion: '1' })
      assert.equal(res.statusCode, 303)
      assert.deepEqual(
        (await attempts(HANNAH)).map(a => a.score),
        [3, 5],
      )
      const page = await hannah.get(RESULTS)
      assert.equal(text(html(page.body).querySelector('.govuk-panel__body')), 'You got 5 out of 5 right')
      assert.equal(html(page.body).querySelector('#reread'), null)
    })
  })
}
