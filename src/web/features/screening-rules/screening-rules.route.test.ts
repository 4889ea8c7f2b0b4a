import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import { assertGovukErrors, html, text } from '../../../../test/support/html.js'
import { cardRows, rowValue } from '../../../../test/support/summary-cards.js'
import { startTestApp, TEST_NOW, type TestApp } from '../../../../test/support/test-app.js'
import { testBackends } from '../../../../test/support/test-db.js'
import { signedInSession, type WebSession } from '../../../../test/support/web-session.js'
import { DEFAULT_DOUBLE_SCREENING_RULES } from '../../../domain/screening/index.js'
import { currentRules, recordsEveryContactAsReferral } from '../../../services/front-door/screening-context.js'

const HANNAH = 'hannah.ward@hv.northbridge.example' // referrer
const SAM = 'sam.taylor@csc.northbridge.example' // front door practitioner
const BETH = 'beth.lawson@partnership.northbridge.example' // partnership manager

const RULES = '/front-door/screening-rules'
const EDIT = '/front-door/screening-rules/edit'
const SETTING = '/front-door/screening-rules/record-every-contact'

const h1 = (body: string) => text(html(body).querySelector('h1'))
const texts = (body: string, selector: string) =>
  html(body)
    .querySelectorAll(selector)
    .map(el => text(el))

/** The rows of one rule's summary card, as [key, value] pairs. */
const cardRowsOf = (body: string, ruleId: string) => cardRows(body, `#rule-${ruleId}`)
const value = rowValue

/** The JSON in the box, with one change, as a manager would type it. */
function edited(json: string, change: (rules: any[]) => void): string {
  const rules = JSON.parse(json)
  change(rules)
  return JSON.stringify(rules, null, 2)
}

for (const backend of testBackends()) {
  describe(`screening rules pages (${backend})`, () => {
    let t: TestApp
    let hannah: WebSession
    let sam: WebSession
    let beth: WebSession
    before(async () => {
      t = await startTestApp(backend)
      hannah = await signedInSession(t.app, HANNAH)
      sam = await signedInSession(t.app, SAM)
      beth = await signedInSession(t.app, BETH)
    })
    after(() => t.close())

    const editBox = async () => {
      const res = await beth.get(EDIT)
      assert.equal(res.statusCode, 200)
      return html(res.body).querySelector('textarea#rules-json')?.textContent ?? ''
    }

    test('a referrer cannot see or change the rules, and is not offered them', async () => {
      assert.equal((await hannah.get(RULES)).statusCode, 403)
      assert.equal((await hannah.get(EDIT)).statusCode, 403)
      const csrf = await hannah.csrfFrom('/referrals/new')
      assert.equal((await hannah.post(EDIT, { 'rules-json': '[]', version: '1' }, { csrf })).statusCode, 403)
      assert.equal(
        (await hannah.post(SETTING, { 'record-every-contact-as-referral': 'yes' }, { csrf })).statusCode,
        403,
      )
      const home = await hannah.get('/guidance/thresholds')
      assert.equal(html(home.body).querySelector(`.govuk-service-navigation a[href="${RULES}"]`), null)
    })

    test('a practitioner reads every rule in plain words, and the setting explained', async () => {
      const res = await sam.get(RULES)
      assert.equal(res.statusCode, 200)
      assert.equal(h1(res.body), 'Screening rules')
      assert.match(
        text(html(res.body).querySelector('#double-screening-version')),
        /^Version 1: the rules every partnership starts with, in force since \d{1,2} \w+ 2026$/,
      )
      assert.ok(
        html(res.body).querySelector(`.govuk-service-navigation a[href="${RULES}"][aria-current="page"]`),
        'the navigation has Screening rules, marked as the current page',
      )
      assert.deepEqual(
        texts(res.body, '#double-screening-cards .govuk-summary-card__title'),
        DEFAULT_DOUBLE_SCREENING_RULES.map(r => r.name),
      )
      assert.match(res.body, /5 of 5 rules are on\./)

      const young = cardRowsOf(res.body, 'young-child-nfa')
      assert.equal(value(young, 'Status'), 'On')
      assert.equal(value(young, 'Children'), 'Under 2 years old, and unborn babies')
      assert.equal(value(young, 'Outcomes'), 'No further action, information and advice')
      assert.equal(
        value(cardRowsOf(res.body, 'below-referrer-level'), "Referrer's view"),
        'The referrer said level 3 or 4',
      )
      assert.equal(
        value(cardRowsOf(res.body, 'repeat-contact'), 'Contacts'),
        '3 or more about the same child or household in 12 months, including this one',
      )
      const police = cardRowsOf(res.body, 'police-domestic-abuse-nfa')
      assert.equal(value(police, 'Sources'), 'Police (source 6)')
      assert.equal(value(police, 'Indicators'), 'Cites an indicator whose code starts FE-DOMESTIC-ABUSE')
      assert.equal(
        value(cardRowsOf(res.body, 'random-nfa-sample'), 'Sample'),
        'Fires for 10% of the remaining no further action decisions: those no other rule picked out',
      )

      const setting = text(html(res.body).querySelector('#contacts-as-referrals + .govuk-summary-list'))
      assert.equal(setting, 'Record every contact as a referral No')
      assert.match(text(html(res.body).querySelector('main')), /children in need \(CIN\) census/)
      assert.equal(html(res.body).querySelector(`a[href="${EDIT}"]`), null, 'no Change the rules for Sam')
      assert.equal(html(res.body).querySelector(`form[action="${SETTING}"]`), null, 'no setting form for Sam')
    })

    test('a practitioner cannot edit the rules or the setting', async () => {
      assert.equal((await sam.get(EDIT)).statusCode, 403)
      const csrf = await sam.csrfFrom('/front-door/phone-referral')
      const typed = JSON.stringify(DEFAULT_DOUBLE_SCREENING_RULES.map(r => ({ ...r, enabled: false })))
      assert.equal((await sam.post(EDIT, { 'rules-json': typed, version: '1' }, { csrf })).statusCode, 403)
      assert.equal((await sam.post(SETTING, { 'record-every-contact-as-referral': 'yes' }, { csrf })).statusCode, 403)
      assert.equal((await currentRules(t.deps.db, TEST_NOW)).version, 1)
      assert.equal(await recordsEveryContactAsReferral(t.deps.db), false)
    })

    test('the edit page starts from the rules in force, as JSON, with the version it started from', async () => {
      assert.deepEqual(JSON.parse(await editBox()), DEFAULT_DOUBLE_SCREENING_RULES)
      const res = await beth.get(EDIT)
      assert.equal(h1(res.body), 'Change the double-screening rules')
      assert.equal(html(res.body).querySelector('input[name="version"]')?.getAttribute('value'), '1')
      assert.ok(html(res.body).querySelector('button.govuk-button'), 'a publish button')
      assert.match(text(html(res.body).querySelector('button.govuk-button')), /^Publish version 2$/)
    })

    test('broken JSON comes back with the GOV.UK error pattern, keeping what was typed', async () => {
      const typed = (await editBox()).replace('"enabled": true', '"enabled": true,,')
      const res = await beth.post(EDIT, { 'rules-json': typed, version: '1' })
      assert.equal(res.statusCode, 400)
      assertGovukErrors(res.body, { 'rules-json': /Correct the JSON on line 6, column 21/ })
      assert.equal(html(res.body).querySelector('textarea#rules-json')?.textContent, typed)
    })

    test('rules that break the rules list every problem, safely escaped, keeping what was typed', async () => {
      const typed = edited(await editBox(), rules => {
        rules[0].condition.outcomes = ['<b>never</b>']
        rules[2].condition.minContacts = 1
      })
      const res = await beth.post(EDIT, { 'rules-json': typed, version: '1' })
      assert.equal(res.statusCode, 400)
      assertGovukErrors(res.body, { 'rules-json': /Rule 1: "<b>never<\/b>" in outcomes is not allowed/ })
      const problems = texts(res.body, '.govuk-error-summary a')
      assert.equal(problems.length, 2)
      assert.equal(problems[1], 'Rule 3: minContacts must be a whole number from 2 to 100')
      assert.doesNotMatch(res.body, /<b>never<\/b>/, 'what was typed is escaped')
      assert.equal(html(res.body).querySelector('textarea#rules-json')?.textContent, typed)
      assert.equal((await currentRules(t.deps.db, TEST_NOW)).version, 1)
    })

    test('a manager turns off the random sample: version 2 is in force for decisions from now on', async () => {
      const typed = edited(await editBox(), rules => {
        rules.find(r => r.id === 'random-nfa-sample').enabled = false
      })
      const res = await beth.post(EDIT, { 'rules-json': typed, version: '1' })
      assert.equal(res.statusCode, 303)
      assert.equal(res.headers.location, `${RULES}?published=2`)

      const page = await beth.get(`${RULES}?published=2`)
      assert.equal(
        text(html(page.body).querySelector('.govuk-notification-banner--success .govuk-notification-banner__heading')),
        'Version 2 of the rules published',
      )
      assert.equal(
        text(html(page.body).querySelector('#double-screening-version')),
        'Version 2, published 26 November 2026 by Beth Lawson',
      )
      assert.equal(value(cardRowsOf(page.body, 'random-nfa-sample'), 'Status'), 'Off')
      assert.match(page.body, /4 of 5 rules are on\./)
      assert.equal(
        html((await beth.get(`${RULES}?published=1`)).body).querySelector('.govuk-notification-banner'),
        null,
      )

      // The decision service reads the rules in force when a decision is proposed.
      const rules = await currentRules(t.deps.db, TEST_NOW)
      assert.equal(rules.version, 2)
      assert.equal(rules.rules.find(r => r.id === 'random-nfa-sample')?.enabled, false)
      assert.match(text(html((await sam.get(RULES)).body).querySelector('#double-screening-version')), /^Version 2, /)
    })

    test('an edit started before someone else published is refused clearly, and nothing typed is lost', async () => {
      const typed = edited(await editBox(), rules => {
        rules[2].condition.minContacts = 4
      })
      const res = await beth.post(EDIT, { 'rules-json': typed, version: '1' })
      assert.equal(res.statusCode, 400)
      assertGovukErrors(res.body, {
        'rules-json': /Someone else published version 2 of the rules while you were editing/,
      })
      assert.equal(html(res.body).querySelector('textarea#rules-json')?.textContent, typed)
      assert.equal(html(res.body).querySelector('input[name="version"]')?.getAttribute('value'), '2')
      assert.equal((await currentRules(t.deps.db, TEST_NOW)).version, 2)
    })

    test('publishing the rules already in force is refused', async () => {
      const res = await beth.post(EDIT, { 'rules-json': await editBox(), version: '2' })
      assert.equal(res.statusCode, 400)
      assertGovukErrors(res.body, {
        'rules-json': 'Change the rules before publishing: they are the same as version 2',
      })
    })

    test('a manager records every contact as a referral, and the page says so', async () => {
      const form = await beth.get(RULES)
      assert.equal(
        html(form.body)
          .querySelector('input[name="record-every-contact-as-referral"][value="no"]')
          ?.getAttribute('checked'),
        '',
      )
      const res = await beth.post(
        SETTING,
        { 'record-every-contact-as-referral': 'yes' },
        { csrf: await beth.csrfFrom(RULES) },
      )
      assert.equal(res.statusCode, 303)
      assert.equal(res.headers.location, `${RULES}?saved=setting`)
      assert.equal(await recordsEveryContactAsReferral(t.deps.db), true)

      const page = await beth.get(`${RULES}?saved=setting`)
      assert.equal(
        text(html(page.body).querySelector('.govuk-notification-banner__heading')),
        'Setting saved: every contact is now recorded as a referral',
      )
      assert.equal(
        text(html((await sam.get(RULES)).body).querySelector('#contacts-as-referrals + .govuk-summary-list')),
        'Record every contact as a referral Yes',
      )
    })

    test('saving the setting without an answer shows the GOV.UK error pattern', async () => {
      const res = await beth.post(SETTING, {}, { csrf: await beth.csrfFrom(RULES) })
      assert.equal(res.statusCode, 400)
      assertGovukErrors(res.body, {
        'record-every-contact-as-referral': 'Select yes if every contact should be recorded as a referral',
      })
      assert.equal(await recordsEveryContactAsReferral(t.deps.db), true)
    })
  })
}
