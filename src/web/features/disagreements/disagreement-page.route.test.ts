import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import { actorFor } from '../../../../test/support/actors.js'
import { decidedReferral, disagreeWithFeedback } from '../../../../test/support/disagreement-fixtures.js'
import { testCtx as ctx, useRules } from '../../../../test/support/front-door.js'
import { assertGovukErrors, html, text } from '../../../../test/support/html.js'
import { useRepeatContactRules } from '../../../../test/support/repeat-contact.js'
import { startTestApp, TEST_NOW, type TestApp } from '../../../../test/support/test-app.js'
import { testBackends } from '../../../../test/support/test-db.js'
import { signedInSession, type WebSession } from '../../../../test/support/web-session.js'
import type { Actor } from '../../../domain/access/actor.js'
import { DISAGREEMENT_OUTCOME_TEXT } from '../../../domain/disagreement/index.js'
import { respondAtStage } from '../../../services/disagreement/disagreement-service.js'
import { paths } from '../../paths.js'

// A professional disagreement's page: Hannah Ward (health visitor) disagrees with Sam Taylor's
// "no further action"; Sam responds, Hannah takes it to the line managers, Mark Jennings
// responds, Hannah accepts and Mark records the outcome. All fictional.

const HANNAH = 'hannah.ward@hv.northbridge.example'
const GRACE = 'grace.okafor@school.northbridge.example'
const SAM = 'sam.taylor@csc.northbridge.example'
const MARK = 'mark.jennings@csc.northbridge.example'

const rowValue = (body: string, key: string) =>
  text(
    html(body)
      .querySelectorAll('#summary .govuk-summary-list__row')
      .find(r => text(r.querySelector('.govuk-summary-list__key')) === key)
      ?.querySelector('.govuk-summary-list__value'),
  )
const timeline = (body: string) =>
  html(body)
    .querySelectorAll('#timeline > li')
    .map(li => text(li))
const formFor = (body: string, page: string) => html(body).querySelector(`form[action$="/${page}"]`)
const versionIn = (body: string) => html(body).querySelector('input[name="version"]')?.getAttribute('value') ?? ''

for (const backend of testBackends()) {
  describe(`a professional disagreement's page (${backend})`, () => {
    let t: TestApp
    let hannahActor: Actor, samActor: Actor
    let hannah: WebSession, sam: WebSession, mark: WebSession

    before(async () => {
      t = await startTestApp(backend)
      hannahActor = await actorFor(t.deps.db, HANNAH)
      samActor = await actorFor(t.deps.db, SAM)
      await useRules(t.deps, [])
      await useRepeatContactRules(t.deps, [])
      hannah = await signedInSession(t.app, HANNAH)
      sam = await signedInSession(t.app, SAM)
      mark = await signedInSession(t.app, MARK)
    })
    after(() => t.close())

    /** Hannah's disagreement with Sam's decision, raised from her feedback on Thursday 26 November 2026. */
    async function raised() {
      t.clock.set(TEST_NOW)
      const contact = await decidedReferral(t.deps, hannahActor, samActor)
      const d = await disagreeWithFeedback(t.deps, hannahActor, contact.referralId)
      return { contact, d, url: paths.disagreement(d.id) }
    }
    const stateOf = async (id: string) =>
      t.deps.db
        .selectFrom('disagreement')
        .select(['stage', 'state', 'version'])
        .where('id', '=', id)
        .executeTakeFirstOrThrow()
    /** Posts one of the page's forms with the version the page shows now. */
    async function act(who: WebSession, url: string, page: string, form: Record<string, string> = {}) {
      const body = (await who.get(url)).body
      assert.ok(formFor(body, page), `the ${page} form is on the page`)
      return who.post(`${url}/${page}`, { version: versionIn(body), ...form }, { csrf: await who.csrfFrom(url) })
    }

    test('shows what it is about, where it is, who responds by when, and only the forms the viewer may use', async () => {
      const { contact, d, url } = await raised()
      const page = await hannah.get(url)
      assert.equal(page.statusCode, 200)
      assert.equal(rowValue(page.body, 'Reference'), d.reference)
      assert.equal(rowValue(page.body, 'What it is about'), 'A decision about a referral')
      assert.equal(rowValue(page.body, 'Raised by'), 'Hannah Ward (Referrer), Northbridge Community Health Visiting')
      assert.equal(rowValue(page.body, 'Stage'), 'Stage 1 of 5: Practitioner to practitioner')
      assert.match(rowValue(page.body, 'Who responds'), /The practitioner who made the decision/)
      assert.equal(rowValue(page.body, 'Response due'), 'By the end of 1 December 2026 (3 working days left)')
      assert.equal(rowValue(page.body, 'Escalation policy'), 'Version 1')
      const stages = html(page.body)
        .querySelectorAll('.govuk-task-list__item')
        .map(li => text(li))
      assert.equal(stages.length, 5)
      assert.match(stages[0]!, /Stage 1: Practitioner to practitioner.*Current stage/)
      assert.match(stages[1]!, /Not reached/)
      assert.match(timeline(page.body)[0]!, /Raised at stage 1 \(Practitioner to practitioner\).*by Hannah Ward/)
      assert.ok(html(page.body).querySelector(`a[href="/referrals/${contact.referralId}"]`), 'her referral is linked')
      assert.ok(formFor(page.body, 'note'), 'the raiser may add a note')
      for (const page_ of ['respond', 'accept', 'escalate', 'close']) {
        assert.equal(formFor(page.body, page_), null, `no ${page_} form for the raiser before a response`)
      }
      const samPage = (await sam.get(url)).body
      assert.ok(formFor(samPage, 'respond'))
      assert.equal(formFor(samPage, 'escalate'), null)
      assert.ok(
        html(samPage).querySelector(`a[href="/front-door/contacts/${contact.contactId}"]`),
        'the contact is linked for the front door',
      )
    })

    test('someone from another agency gets "not found", for the page and its forms', async () => {
      const { url } = await raised()
      const grace = await signedInSession(t.app, GRACE)
      assert.equal((await grace.get(url)).statusCode, 404)
      const posted = await grace.post(
        `${url}/note`,
        { version: '1', note: 'x' },
        { csrf: await grace.csrfFrom('/referrals/new') },
      )
      assert.equal(posted.statusCode, 404)
      assert.equal((await grace.get(`/disagreements/not-a-uuid`)).statusCode, 404)
    })

    test('respond: a blank response is an error; a response is shown; a stale form gets "someone else changed this"', async () => {
      const { d, url } = await raised()
      const stalePage = (await hannah.get(url)).body
      const blank = await act(sam, url, 'respond', { response: '   ' })
      assert.equal(blank.statusCode, 400)
      assertGovukErrors(blank.body, { response: 'Enter your response' })
      const sent = await act(sam, url, 'respond', { response: 'Looked again with my manager.\nThe decision stands.' })
      assert.equal(sent.statusCode, 303)
      assert.equal(sent.headers.location, `${url}?done=responded`)
      const after = (await sam.get(String(sent.headers.location))).body
      assert.match(text(html(after).querySelector('.govuk-notification-banner')), /Your response was sent/)
      assert.match(
        timeline(after).at(-1)!,
        /Responded at stage 1.*by Sam Taylor.*Looked again with my manager\. The decision stands\./,
      )
      assert.equal((await stateOf(d.id)).state, 'responded')

      // Hannah's note form was loaded before Sam responded.
      const stale = await hannah.post(
        `${url}/note`,
        { version: versionIn(stalePage), note: 'Phoned Sam.' },
        { csrf: await hannah.csrfFrom(url) },
      )
      assert.equal(stale.statusCode, 409)
      assert.equal(text(html(stale.body).querySelector('h1')), 'Someone else changed this disagreement')
      assert.match(text(html(stale.body).querySelector('main')), /Status now Responded/)
      assert.equal((await stateOf(d.id)).version, d.version + 1, 'nothing was saved')
    })

    test('escalate: names the next stage; a reason is needed; it moves to stage 2', async () => {
      const { d, url } = await raised()
      assert.ok((await respondAtStage(t.deps, ctx, samActor, d.id, d.version, { response: 'The decision stands.' })).ok)
      const page = (await hannah.get(url)).body
      assert.match(
        text(html(page).querySelector('#actions')),
        /Take it to stage 2: Line managers.*Front door team manager will have 3 working days to respond/,
      )
      assert.ok(formFor(page, 'accept'))
      const blank = await act(hannah, url, 'escalate', { reason: '' })
      assert.equal(blank.statusCode, 400)
      assertGovukErrors(blank.body, { reason: 'Enter why you are taking this to the next stage' })
      const sent = await act(hannah, url, 'escalate', { reason: 'The response did not look at the missed weighing.' })
      assert.equal(sent.statusCode, 303)
      assert.deepEqual(await stateOf(d.id), { stage: 2, state: 'open', version: d.version + 2 })
      const after = (await hannah.get(String(sent.headers.location))).body
      assert.match(text(html(after).querySelector('.govuk-notification-banner')), /now at stage 2: Line managers/)
      assert.match(
        timeline(after).at(-1)!,
        /Taken from stage 1 to stage 2 \(Line managers\).*The response did not look at the missed weighing\./,
      )
      assert.match(
        html(after)
          .querySelectorAll('.govuk-task-list__item')
          .map(li => text(li))[0]!,
        /Taken to the next stage/,
      )
    })

    test('accept, then close with an outcome; each side reads the outcome written for it', async () => {
      const { d, url } = await raised()
      assert.ok(
        (await respondAtStage(t.deps, ctx, samActor, d.id, d.version, { response: 'We will visit together.' })).ok,
      )
      assert.equal((await act(hannah, url, 'accept')).statusCode, 303)
      assert.equal((await stateOf(d.id)).state, 'resolved')

      const samPage = (await sam.get(url)).body
      const outcomes = html(samPage)
        .querySelectorAll('input[name="outcome"]')
        .map(i => i.getAttribute('value'))
      assert.deepEqual(outcomes, [
        'decision-upheld',
        'joint-plan-agreed',
        'referred-to-moderation',
        'referred-to-learning',
      ])
      const change = html(samPage).querySelector('#actions a[href*="change-decision"]')
      assert.equal(change, null, 'only a front door manager changes the decision')
      const blank = await act(sam, url, 'close', { reasons: '' })
      assert.equal(blank.statusCode, 400)
      assertGovukErrors(blank.body, { outcome: 'Select the outcome', reasons: 'Enter the reasons for the outcome' })
      const closed = await act(sam, url, 'close', { outcome: 'joint-plan-agreed', reasons: 'Joint visit on Monday.' })
      assert.equal(closed.statusCode, 303)
      assert.equal((await stateOf(d.id)).state, 'closed')

      const forHannah = (await hannah.get(url)).body
      const outcome = text(html(forHannah).querySelector('#outcome'))
      assert.match(outcome, /Outcome: Joint plan agreed/)
      assert.ok(outcome.includes(DISAGREEMENT_OUTCOME_TEXT['joint-plan-agreed'].forRaiser))
      assert.match(outcome, /Joint visit on Monday\./)
      assert.equal(html(forHannah).querySelectorAll('#actions form').length, 0, 'nothing more to do once closed')
      assert.match(timeline(forHannah).at(-1)!, /Closed: Joint plan agreed.*by Sam Taylor/)
      const forMark = text(html((await mark.get(url)).body).querySelector('#outcome'))
      assert.ok(forMark.includes(DISAGREEMENT_OUTCOME_TEXT['joint-plan-agreed'].forResponder))
    })

    test('notes: a blank note is an error; a note joins the timeline', async () => {
      const { url } = await raised()
      const blank = await act(sam, url, 'note', { note: '' })
      assert.equal(blank.statusCode, 400)
      assertGovukErrors(blank.body, { note: 'Enter what was discussed or agreed' })
      const noted = await act(sam, url, 'note', { note: 'Phoned Hannah; meeting on Monday.' })
      assert.equal(noted.statusCode, 303)
      assert.match(
        timeline((await hannah.get(url)).body).at(-1)!,
        /Note at stage 1.*by Sam Taylor.*Phoned Hannah; meeting on Monday\./,
      )
    })

    test('every form carries CSRF and the version; a post without the token is refused', async () => {
      const { url } = await raised()
      const forms = html((await sam.get(url)).body).querySelectorAll('#actions form')
      assert.ok(forms.length >= 2)
      for (const form of forms) {
        assert.ok(form.querySelector('input[name="_csrf"]'), `${form.getAttribute('action')} has _csrf`)
        assert.ok(form.querySelector('input[name="version"]'), `${form.getAttribute('action')} has the version`)
      }
      const forged = await sam.post(`${url}/note`, { version: '1', note: 'x' }, { csrf: null })
      assert.equal(forged.statusCode, 403)
    })
  })
}
