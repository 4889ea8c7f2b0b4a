import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import { assertGovukErrors, html, text } from '../../../../test/support/html.js'
import { startTestApp, TEST_NOW, type TestApp } from '../../../../test/support/test-app.js'
import { testBackends } from '../../../../test/support/test-db.js'
import { signedInSession, type WebSession } from '../../../../test/support/web-session.js'
import { DEFAULT_ESCALATION_POLICY } from '../../../domain/disagreement/index.js'
import { currentEscalationPolicy } from '../../../services/escalation-policy-service.js'

const HANNAH = 'hannah.ward@hv.northbridge.example' // referrer (health visitor)
const BETH = 'beth.lawson@partnership.northbridge.example' // partnership manager

const GUIDANCE = '/guidance/escalation'
const EDIT = '/guidance/escalation/edit'

const h1 = (body: string) => text(html(body).querySelector('h1'))
const texts = (body: string, selector: string) =>
  html(body)
    .querySelectorAll(selector)
    .map(el => text(el))

/** The rows of one stage's summary card, as [key, value] pairs. */
function stageRows(body: string, stage: number): string[][] {
  const card = html(body).querySelector(`#stage-${stage}`)
  assert.ok(card, `a card for stage ${stage}`)
  return card
    .querySelectorAll('.govuk-summary-list__row')
    .map(row => [
      text(row.querySelector('.govuk-summary-list__key')),
      text(row.querySelector('.govuk-summary-list__value')),
    ])
}

const value = (rows: string[][], key: string) => rows.find(([k]) => k === key)?.[1]

/** The JSON in the box, with one change, as a manager would type it. */
function edited(json: string, change: (stages: any[]) => void): string {
  const policy = JSON.parse(json)
  change(policy.stages)
  return JSON.stringify(policy, null, 2)
}

for (const backend of testBackends()) {
  describe(`escalation guidance pages (${backend})`, () => {
    let t: TestApp
    let hannah: WebSession
    let beth: WebSession
    before(async () => {
      t = await startTestApp(backend)
      hannah = await signedInSession(t.app, HANNAH)
      beth = await signedInSession(t.app, BETH)
    })
    after(() => t.close())

    const editBox = async () => {
      const res = await beth.get(EDIT)
      assert.equal(res.statusCode, 200)
      return html(res.body).querySelector('textarea#policy-json')?.textContent ?? ''
    }

    test('a referrer reads every stage in plain words, with who responds and the working days', async () => {
      const res = await hannah.get(GUIDANCE)
      assert.equal(res.statusCode, 200)
      assert.equal(h1(res.body), 'How to challenge a decision: the Northbridge escalation policy')
      assert.match(
        text(html(res.body).querySelector('.govuk-caption-l')),
        /^Version 1: the policy every partnership starts with, in force since \d{1,2} [A-Z][a-z]+ 2026$/,
      )
      assert.ok(
        html(res.body).querySelector(`.govuk-service-navigation a[href="${GUIDANCE}"][aria-current="page"]`),
        'the navigation has How to challenge a decision, marked as the current page',
      )
      const main = text(html(res.body).querySelector('main'))
      assert.match(main, /It is not a complaint/)
      assert.match(main, /Call 999 if a child is in immediate danger/)
      assert.match(main, new RegExp(`call the front door on ${t.config.frontDoorPhone}`))

      assert.deepEqual(
        texts(res.body, '.govuk-summary-card__title'),
        DEFAULT_ESCALATION_POLICY.stages.map(s => `Stage ${s.number}: ${s.name}`),
      )
      for (const stage of DEFAULT_ESCALATION_POLICY.stages) {
        const rows = stageRows(res.body, stage.number)
        assert.equal(value(rows, 'Who raises it'), stage.responders.raiserSide)
        assert.equal(value(rows, 'Who responds'), stage.responders.responderSide)
        assert.equal(value(rows, 'Response time'), `Within ${stage.respondWithinWorkingDays} working days`)
        assert.match(value(rows, 'How to contact them') ?? '', /^Through the disagreement in Threshold/)
      }
      assert.match(value(stageRows(res.body, 2), 'How to contact them') ?? '', new RegExp(t.config.frontDoorPhone))
      assert.doesNotMatch(value(stageRows(res.body, 5), 'How to contact them') ?? '', /call the front door/)
      assert.equal(value(stageRows(res.body, 1), 'When to raise it'), 'Within 2 working days of the decision')
      assert.equal(value(stageRows(res.body, 2), 'When to raise it'), undefined)
      assert.equal(value(stageRows(res.body, 1), 'Partnership told'), 'No')
      assert.match(value(stageRows(res.body, 3), 'Partnership told') ?? '', /^Yes/)
      assert.match(main, /This is version 1 of the policy, in force since \d{1,2} [A-Z][a-z]+ 2026\./)
      assert.equal(html(res.body).querySelector(`a[href="${EDIT}"]`), null, 'no Change the policy for Hannah')
    })

    test('a referrer cannot change the policy', async () => {
      assert.equal((await hannah.get(EDIT)).statusCode, 403)
      const csrf = await hannah.csrfFrom('/referrals/new')
      const typed = JSON.stringify(DEFAULT_ESCALATION_POLICY)
      assert.equal((await hannah.post(EDIT, { 'policy-json': typed, version: '1' }, { csrf })).statusCode, 403)
      assert.equal((await currentEscalationPolicy(t.deps.db, TEST_NOW)).version, 1)
    })

    test('the edit page starts from the policy in force, as JSON, with the version it started from', async () => {
      assert.deepEqual(JSON.parse(await editBox()), JSON.parse(JSON.stringify(DEFAULT_ESCALATION_POLICY)))
      const res = await beth.get(EDIT)
      assert.equal(h1(res.body), 'Change the escalation policy')
      assert.equal(html(res.body).querySelector('input[name="version"]')?.getAttribute('value'), '1')
      assert.match(text(html(res.body).querySelector('button.govuk-button')), /^Publish version 2$/)
      const page = await beth.get(GUIDANCE)
      assert.ok(html(page.body).querySelector(`a[href="${EDIT}"]`), 'Change the policy for Beth')
    })

    test('a policy that breaks the rules comes back with every problem, keeping what was typed', async () => {
      const typed = edited(await editBox(), stages => {
        stages[1].respondWithinWorkingDays = 0
        stages[3].name = '<b>Strategic</b>'
        stages[4].notifyPartnershipOnEntry = 'yes'
      })
      const res = await beth.post(EDIT, { 'policy-json': typed, version: '1' })
      assert.equal(res.statusCode, 400)
      assertGovukErrors(res.body, {
        'policy-json': /Stage 2: respondWithinWorkingDays must be a whole number from 1 to 30/,
      })
      assert.deepEqual(texts(res.body, '.govuk-error-summary a'), [
        'Stage 2: respondWithinWorkingDays must be a whole number from 1 to 30',
        'Stage 5: notifyPartnershipOnEntry must be true or false',
      ])
      assert.equal(html(res.body).querySelector('textarea#policy-json')?.textContent, typed)
      assert.doesNotMatch(res.body, /<b>Strategic<\/b>/, 'what was typed is escaped')
      assert.equal((await currentEscalationPolicy(t.deps.db, TEST_NOW)).version, 1)
    })

    test('broken JSON says where it breaks, keeping what was typed', async () => {
      const typed = (await editBox()).replace('"number": 2,', '"number": 2,,')
      const res = await beth.post(EDIT, { 'policy-json': typed, version: '1' })
      assert.equal(res.statusCode, 400)
      assertGovukErrors(res.body, { 'policy-json': /Correct the JSON on line \d+, column \d+/ })
      assert.equal(html(res.body).querySelector('textarea#policy-json')?.textContent, typed)
    })

    test('a partnership manager gives stage 2 more time: version 2 is shown to everyone', async () => {
      const typed = edited(await editBox(), stages => {
        stages[1].respondWithinWorkingDays = 4
      })
      const res = await beth.post(EDIT, { 'policy-json': typed, version: '1' })
      assert.equal(res.statusCode, 303)
      assert.equal(res.headers.location, `${GUIDANCE}?published=2`)

      const page = await beth.get(`${GUIDANCE}?published=2`)
      assert.equal(
        text(html(page.body).querySelector('.govuk-notification-banner--success .govuk-notification-banner__heading')),
        'Version 2 of the escalation policy published',
      )
      assert.equal(
        text(html(page.body).querySelector('.govuk-caption-l')),
        'Version 2, published 26 November 2026 by Beth Lawson',
      )
      assert.equal(value(stageRows(page.body, 2), 'Response time'), 'Within 4 working days')

      const read = await hannah.get(GUIDANCE)
      assert.match(text(html(read.body).querySelector('.govuk-caption-l')), /^Version 2, /)
      assert.equal(value(stageRows(read.body, 2), 'Response time'), 'Within 4 working days')
      assert.equal(html(read.body).querySelector('.govuk-notification-banner'), null)
      assert.equal((await currentEscalationPolicy(t.deps.db, TEST_NOW)).version, 2)
    })

    test('an edit started before someone else published is refused clearly, and nothing typed is lost', async () => {
      const typed = edited(await editBox(), stages => {
        stages[0].respondWithinWorkingDays = 2
      })
      const res = await beth.post(EDIT, { 'policy-json': typed, version: '1' })
      assert.equal(res.statusCode, 400)
      assertGovukErrors(res.body, {
        'policy-json': /Someone else published version 2 of the policy while you were editing/,
      })
      assert.equal(html(res.body).querySelector('textarea#policy-json')?.textContent, typed)
      assert.equal(html(res.body).querySelector('input[name="version"]')?.getAttribute('value'), '2')
    })

    test('publishing the policy already in force is refused', async () => {
      const res = await beth.post(EDIT, { 'policy-json': await editBox(), version: '2' })
      assert.equal(res.statusCode, 400)
      assertGovukErrors(res.body, {
        'policy-json': 'Change the policy before publishing: it is the same as version 2',
      })
    })
  })
}
