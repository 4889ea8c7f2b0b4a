import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import type { Actor } from '../../../domain/access/actor.js'
import { actorFor } from '../../../../test/support/actors.js'
import { assertGovukErrors, html, text } from '../../../../test/support/html.js'
import {
  ALWAYS_SECOND_SCREEN_NFA,
  checkEveryone,
  submitContact,
  useRules,
} from '../../../../test/support/front-door.js'
import { withoutRepeatContactRules } from '../../../../test/support/repeat-contact.js'
import { startTestApp, type TestApp } from '../../../../test/support/test-app.js'
import { testBackends } from '../../../../test/support/test-db.js'
import { signedInSession, type WebSession } from '../../../../test/support/web-session.js'

const SAM = 'sam.taylor@csc.northbridge.example'
const PRIYA = 'priya.shah@csc.northbridge.example'
const HANNAH = 'hannah.ward@hv.northbridge.example'
const GRACE = 'grace.okafor@school.northbridge.example'

const nfa = {
  outcome: 'no-further-action',
  level: '1',
  indicatorCodes: 'FE-HOUSING-01',
  rationale: 'Universal services meet the needs described.',
}

for (const backend of testBackends()) {
  describe(`front door pages (${backend})`, () => {
    let t: TestApp
    let hannah: Actor
    let sam: Actor
    let samWeb: WebSession
    before(async () => {
      t = await startTestApp(backend)
      // These tests submit the same family again and again; repeat contacts are tested on their own.
      await withoutRepeatContactRules(t.deps)
      hannah = await actorFor(t.deps.db, HANNAH)
      sam = await actorFor(t.deps.db, SAM)
      samWeb = await signedInSession(t.app, SAM)
    })
    after(() => t.close())

    const contactRow = (id: string) =>
      t.deps.db
        .selectFrom('contact')
        .select(['version', 'status', 'assigned_to_user_id'])
        .where('id', '=', id)
        .executeTakeFirstOrThrow()
    const version = async (id: string) => String((await contactRow(id)).version)
    const page = (id: string, p = '') => `/front-door/contacts/${id}${p ? `/${p}` : ''}`
    /** Posts a form that lives on the contact page, as the browser does. */
    const postFromContact = async (web: WebSession, id: string, p: string, form: Record<string, string>) =>
      web.post(page(id, p), form, { csrf: await web.csrfFrom(page(id)) })

    test('the queue lists open contacts, overdue first, and filters by assignee', async () => {
      const contact = await submitContact(t.deps, hannah)
      const res = await samWeb.get('/front-door')
      assert.equal(res.statusCode, 200)
      const rows = html(res.body).querySelectorAll('tbody tr')
      assert.ok(rows.length > 1)
      assert.match(text(rows[0]!), /Overdue by/, 'the seeded contacts are overdue and come first')
      assert.match(text(rows[rows.length - 1]!), new RegExp(contact.reference))

      const assigned = await postFromContact(samWeb, contact.id, 'assign', {
        assignee: 'me',
        version: await version(contact.id),
      })
      assert.equal(assigned.statusCode, 303)
      const mine = html((await samWeb.get('/front-door?assigned=me')).body)
      assert.deepEqual(
        mine.querySelectorAll('tbody tr td:first-child a').map(a => text(a)),
        [contact.reference],
      )
    })

    test('people from another agency, and referrers, cannot see the queue or a contact', async () => {
      const contact = await submitContact(t.deps, hannah)
      const grace = await signedInSession(t.app, GRACE)
      assert.equal((await grace.get('/front-door')).statusCode, 403)
      assert.equal((await grace.get(page(contact.id))).statusCode, 404)
      const hannahWeb = await signedInSession(t.app, HANNAH)
      assert.equal((await hannahWeb.get(page(contact.id))).statusCode, 404)
      assert.equal((await hannahWeb.get(page(contact.id, 'checks'))).statusCode, 404)
    })

    test('a stale form gets the "someone else changed this" page with the current state, and changes nothing', async () => {
      const contact = await submitContact(t.deps, hannah)
      const stale = await version(contact.id)
      await postFromContact(samWeb, contact.id, 'assign', { assignee: 'me', version: stale })
      const res = await postFromContact(samWeb, contact.id, 'assign', { assignee: '', version: stale })
      assert.equal(res.statusCode, 409)
      const doc = html(res.body)
      assert.equal(text(doc.querySelector('h1')), 'Someone else changed this contact')
      assert.match(text(doc.querySelector('main')), /Status now\s*Waiting for screening/)
      assert.equal((await contactRow(contact.id)).assigned_to_user_id, sam.userId, 'nothing overwritten')
    })

    test('proposing without a choice shows GOV.UK errors and keeps the rationale; the proposer cannot second screen', async () => {
      await useRules(t.deps, [ALWAYS_SECOND_SCREEN_NFA])
      const contact = await submitContact(t.deps, hannah)
      await checkEveryone(t.deps, sam, contact.id)
      const bad = await samWeb.post(page(contact.id, 'decision'), {
        rationale: 'Typed before the error',
        version: await version(contact.id),
      })
      assert.equal(bad.statusCode, 400)
      assertGovukErrors(bad.body, {
        outcome: 'Select the outcome of the decision',
        level: 'Select the threshold level you decided',
      })
      assert.match(bad.body, /Typed before the error/)

      const wording = await samWeb.post(page(contact.id, 'decision'), { ...nfa, version: await version(contact.id) })
      assert.equal(wording.statusCode, 200)
      const feedbackText = text(html(wording.body).querySelector('#feedbackText'))
      assert.match(feedbackText, /Food, warmth|housing|Housing/i)
      const proposed = await samWeb.post(page(contact.id, 'decision'), {
        ...nfa,
        step: 'confirm',
        feedbackText: feedbackText.replace(/\[Explain why[^\]]*\]/, 'Explained.'),
        version: await version(contact.id),
      })
      assert.equal(proposed.statusCode, 303)
      assert.equal((await contactRow(contact.id)).status, 'awaiting-second-screen')

      const self = await postFromContact(samWeb, contact.id, 'second-screen', {
        ...nfa,
        version: await version(contact.id),
      })
      assert.equal(self.statusCode, 403)
      assert.match(text(html(self.body).querySelector('.govuk-error-summary')), /You proposed this decision/)

      const priya = await signedInSession(t.app, PRIYA)
      const blind = await priya.get(page(contact.id, 'second-screen'))
      assert.equal(blind.statusCode, 200)
      assert.doesNotMatch(blind.body, /Universal services meet the needs described/, 'the first decision is hidden')
      const agreed = await priya.post(page(contact.id, 'second-screen'), { ...nfa, version: await version(contact.id) })
      assert.equal(agreed.statusCode, 303)
      assert.equal((await contactRow(contact.id)).status, 'decided')

      const hannahWeb = await signedInSession(t.app, HANNAH)
      const referral = html((await hannahWeb.get(`/referrals/${contact.referralId}`)).body)
      assert.match(text(referral.querySelector('#decision')), /Explained\./)
      const accepted = await hannahWeb.post(
        `/referrals/${contact.referralId}/feedback`,
        { response: 'accepted' },
        { csrf: await hannahWeb.csrfFrom(`/referrals/${contact.referralId}`) },
      )
      assert.equal(accepted.statusCode, 303)
      const after = html((await hannahWeb.get(`/referrals/${contact.referralId}`)).body)
      assert.match(text(after.querySelector('#decision')), /You accepted this decision/)
      assert.equal(after.querySelector('#decision form'), null, 'answered once')
    })
  })
}
