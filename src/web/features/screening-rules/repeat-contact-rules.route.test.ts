import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import { assertGovukErrors, html, text } from '../../../../test/support/html.js'
import { cardRows, rowValue } from '../../../../test/support/summary-cards.js'
import { startTestApp, TEST_NOW, type TestApp } from '../../../../test/support/test-app.js'
import { testBackends } from '../../../../test/support/test-db.js'
import { signedInSession, type WebSession } from '../../../../test/support/web-session.js'
import { DEFAULT_REPEAT_CONTACT_RULES } from '../../../domain/repeat-contact/index.js'
import { currentRepeatContactRules } from '../../../services/front-door/repeat-contact-rules-service.js'
import { currentRules } from '../../../services/front-door/screening-context.js'

// The repeat-contact rules live on the screening rules page and share its JSON edit page.

const SAM = 'sam.taylor@csc.northbridge.example' // front door practitioner
const BETH = 'beth.lawson@partnership.northbridge.example' // partnership manager

const RULES = '/front-door/screening-rules'
const EDIT = '/front-door/screening-rules/repeat-contact/edit'

const rowsOf = (body: string, ruleId: string) => cardRows(body, `#repeat-rule-${ruleId}`)
const value = rowValue

for (const backend of testBackends()) {
  describe(`repeat-contact rules pages (${backend})`, () => {
    let t: TestApp
    let sam: WebSession
    let beth: WebSession
    before(async () => {
      t = await startTestApp(backend)
      sam = await signedInSession(t.app, SAM)
      beth = await signedInSession(t.app, BETH)
    })
    after(() => t.close())

    const editBox = async () => {
      const res = await beth.get(EDIT)
      assert.equal(res.statusCode, 200)
      return html(res.body).querySelector('textarea#rules-json')?.textContent ?? ''
    }

    test('a practitioner reads the repeat-contact rules in plain words, and cannot change them', async () => {
      const res = await sam.get(RULES)
      assert.equal(res.statusCode, 200)
      const doc = html(res.body)
      assert.deepEqual(
        doc.querySelectorAll('#repeat-contact-cards .govuk-summary-card__title').map(el => text(el)),
        DEFAULT_REPEAT_CONTACT_RULES.map(r => r.name),
      )
      assert.match(
        text(doc.querySelector('#repeat-contact-version')),
        /^Version 1: the rules every partnership starts with/,
      )
      const nfa = rowsOf(res.body, 'again-after-nfa')
      assert.equal(value(nfa, 'Status'), 'On')
      assert.equal(
        value(nfa, 'Contacted again'),
        'Within 30 days after an earlier contact was closed with no further action or information and advice',
      )
      assert.equal(value(nfa, 'Who from'), 'The same referrer or the same agency')
      assert.equal(
        value(rowsOf(res.body, 'several-agencies'), 'Agencies'),
        "2 or more agencies about the same child in 90 days, this contact's included",
      )
      assert.equal(doc.querySelector(`a[href="${EDIT}"]`), null)
      assert.equal((await sam.get(EDIT)).statusCode, 403)
      const csrf = await sam.csrfFrom('/front-door/phone-referral')
      assert.equal((await sam.post(EDIT, { 'rules-json': '[]', version: '1' }, { csrf })).statusCode, 403)
    })

    test('a partnership manager is shown each problem, then switches a rule off and publishes version 2', async () => {
      const page = await beth.get(RULES)
      assert.equal(text(html(page.body).querySelector(`a[href="${EDIT}"]`)), 'Change the repeat-contact rules')
      const edit = html((await beth.get(EDIT)).body)
      assert.equal(text(edit.querySelector('h1')), 'Change the repeat-contact rules')
      assert.equal(text(edit.querySelector('label[for="rules-json"]')), 'Repeat-contact rules (JSON)')
      assert.match(text(edit.querySelector('.govuk-details')), /again-after-nfa/)
      assert.match(text(edit.querySelector('.govuk-details')), /flags name the rule that raised them by id/)
      const original = await editBox()
      assert.deepEqual(JSON.parse(original), DEFAULT_REPEAT_CONTACT_RULES)

      const rules = JSON.parse(original)
      rules[0].condition.minContacts = 1
      const wrong = JSON.stringify(rules, null, 2)
      const bad = await beth.post(EDIT, { 'rules-json': wrong, version: '1' })
      assert.equal(bad.statusCode, 400)
      assertGovukErrors(bad.body, { 'rules-json': 'Rule 1: minContacts must be a whole number from 2 to 100' })
      assert.equal(html(bad.body).querySelector('textarea#rules-json')?.textContent, wrong)

      rules[0].condition.minContacts = 3
      rules.find((r: { id: string }) => r.id === 're-referral').enabled = false
      const published = await beth.post(EDIT, { 'rules-json': JSON.stringify(rules, null, 2), version: '1' })
      assert.equal(published.statusCode, 303)
      assert.equal(published.headers.location, `${RULES}?repeat-published=2#repeat-contact-rules`)
      const after = await beth.get(`${RULES}?repeat-published=2`)
      assert.equal(
        text(html(after.body).querySelector('.govuk-notification-banner__heading')),
        'Version 2 of the repeat-contact rules published',
      )
      assert.match(
        text(html(after.body).querySelector('#repeat-contact-version')),
        /^Version 2, published .* by Beth Lawson$/,
      )
      assert.equal(value(rowsOf(after.body, 're-referral'), 'Status'), 'Off')

      const inForce = await currentRepeatContactRules(t.deps.db, TEST_NOW)
      assert.equal(inForce.version, 2)
      assert.equal(inForce.rules.find(r => r.id === 're-referral')?.enabled, false)
      assert.equal((await currentRules(t.deps.db, TEST_NOW)).version, 1, 'the double-screening rules are untouched')

      const same = await beth.post(EDIT, { 'rules-json': await editBox(), version: '2' })
      assertGovukErrors(same.body, {
        'rules-json': 'Change the rules before publishing: they are the same as version 2',
      })
    })
  })
}
