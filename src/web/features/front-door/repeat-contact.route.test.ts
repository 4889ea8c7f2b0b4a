import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import type { Actor } from '../../../domain/access/actor.js'
import { toLondonDate } from '../../../domain/calendar/index.js'
import { onlyRule } from '../../../domain/repeat-contact/test-support.js'
import { proposeDecision } from '../../../services/front-door/decision-service.js'
import { actorFor } from '../../../../test/support/actors.js'
import { assertGovukErrors, html, text } from '../../../../test/support/html.js'
import { checkEveryone, submitContact, testCtx, useRules } from '../../../../test/support/front-door.js'
import { NFA_DECISION, familyReferral, useRepeatContactRules } from '../../../../test/support/repeat-contact.js'
import { startTestApp, type TestApp } from '../../../../test/support/test-app.js'
import { testBackends } from '../../../../test/support/test-db.js'
import { signedInSession, type WebSession } from '../../../../test/support/web-session.js'

// Repeat contacts on the front door's pages: the pattern on the queue, the flags on the contact
// with the contacts that triggered them, clearing a flag with a reason, and the manager's review.

const HANNAH = 'hannah.ward@hv.northbridge.example'
const SAM = 'sam.taylor@csc.northbridge.example'
const MARK = 'mark.jennings@csc.northbridge.example'

const nfa = NFA_DECISION

for (const backend of testBackends()) {
  describe(`repeat contacts on the front door pages (${backend})`, () => {
    let t: TestApp
    let hannah: Actor
    let sam: Actor
    let samWeb: WebSession
    let markWeb: WebSession
    before(async () => {
      t = await startTestApp(backend)
      hannah = await actorFor(t.deps.db, HANNAH)
      sam = await actorFor(t.deps.db, SAM)
      samWeb = await signedInSession(t.app, SAM)
      markWeb = await signedInSession(t.app, MARK)
      await useRules(t.deps, [])
      await useRepeatContactRules(t.deps, onlyRule('again-after-nfa'))
    })
    after(() => t.close())

    const page = (id: string, p = '') => `/front-door/contacts/${id}${p ? `/${p}` : ''}`
    const status = async (id: string) =>
      (await t.deps.db.selectFrom('contact').select('status').where('id', '=', id).executeTakeFirstOrThrow()).status
    const version = async (id: string) =>
      String(
        (await t.deps.db.selectFrom('contact').select('version').where('id', '=', id).executeTakeFirstOrThrow())
          .version,
      )

    /** Hannah's contact about a family, closed with no further action, then her second one: flagged. */
    const flagged = async (surname: string) => {
      const content = familyReferral(toLondonDate(t.clock.now()), surname)
      const first = await submitContact(t.deps, hannah, content)
      const checked = await checkEveryone(t.deps, sam, first.id)
      assert.ok((await proposeDecision(t.deps, testCtx, sam, first.id, checked.version, nfa)).ok)
      const second = await submitContact(t.deps, hannah, content)
      return { first, second, personIds: checked.personIds }
    }

    test('the queue shows the flag with the pattern in plain English, and filters on it', async () => {
      const { second } = await flagged('Ingleby')
      const queue = html((await samWeb.get('/front-door')).body)
      const row = queue
        .querySelectorAll('tbody tr')
        .find(r => text(r.querySelector('td:first-child a')) === second.reference)
      assert.ok(row, 'the flagged contact is on the queue')
      assert.match(text(row), /Repeat contact/)
      assert.equal(
        text(row.querySelector('.threshold-repeat-pattern')),
        '2nd contact on the same day; 1 previous no-further-action decision; referred by Northbridge Community Health Visiting twice',
      )
      const filtered = html((await samWeb.get('/front-door?flag=repeat-contact')).body)
      const references = filtered.querySelectorAll('tbody tr td:first-child a').map(a => text(a))
      assert.ok(references.includes(second.reference))
      assert.ok(
        references.every(r => r !== ''),
        'only flagged contacts',
      )
    })

    test('the contact page shows the flag and what triggered it; a manager clears it only with a reason', async () => {
      const { first, second } = await flagged('Jessop')
      const samPage = html((await samWeb.get(page(second.id))).body)
      const card = samPage.querySelector('[id^="flag-"]')
      assert.ok(card, 'a card for the flag')
      assert.equal(text(card.querySelector('.govuk-summary-card__title')), 'Contacted again after no further action')
      assert.match(text(card), /Waiting for a manager’s review/)
      const link = card.querySelector(`a[href="${page(first.id)}"]`)
      assert.equal(text(link), first.reference, 'the earlier contact, by reference')
      assert.equal(samPage.querySelector('form[action*="repeat-contact-flags"]'), null, 'no clear form for Sam')

      const flagId = card.getAttribute('id')!.slice('flag-'.length)
      const clear = page(second.id, `repeat-contact-flags/${flagId}/clear`)
      const refused = await samWeb.post(
        clear,
        { reason: 'Not the same child.' },
        { csrf: await samWeb.csrfFrom(page(second.id)) },
      )
      assert.equal(refused.statusCode, 403)

      const csrf = await markWeb.csrfFrom(page(second.id))
      const missing = await markWeb.post(clear, { reason: ' ' }, { csrf })
      assert.equal(missing.statusCode, 400)
      assertGovukErrors(missing.body, { [`reason-${flagId}`]: 'Enter why this flag can be cleared' })
      const short = await markWeb.post(clear, { reason: 'Dup' }, { csrf })
      assertGovukErrors(short.body, {
        [`reason-${flagId}`]: 'Enter why this flag can be cleared, in at least 10 characters',
      })
      assert.equal(html(short.body).querySelector(`textarea#reason-${flagId}`)?.textContent, 'Dup', 'kept')
      assert.match(text(html((await markWeb.get(page(second.id))).body).querySelector(`#flag-${flagId}`)), /Waiting/)

      const cleared = await markWeb.post(
        clear,
        { reason: 'Same visit as the earlier contact, already dealt with.' },
        { csrf },
      )
      assert.equal(cleared.statusCode, 303)
      assert.equal(cleared.headers.location, `${page(second.id)}#flag-${flagId}`)
      const after = html((await markWeb.get(page(second.id))).body).querySelector(`#flag-${flagId}`)
      assert.match(text(after), /Cleared/)
      assert.match(text(after), /Why it was cleared Same visit as the earlier contact, already dealt with\./)
      assert.match(text(after), /Mark Jennings/)
      assert.equal(
        html((await markWeb.get(page(second.id))).body).querySelector(`form[action="${clear}"]`),
        null,
        'no clear form once cleared',
      )
    })

    test('a proposal on a flagged contact goes to a manager, who sees the pattern and settles it', async () => {
      const { second, personIds } = await flagged('Kilbride')
      const { version: v } = await checkEveryone(t.deps, sam, second.id, personIds)
      const proposed = await samWeb.post(page(second.id, 'decision'), { ...nfa, step: 'confirm', version: String(v) })
      assert.equal(proposed.statusCode, 303)
      assert.equal(await status(second.id), 'awaiting-manager')

      const samView = html((await samWeb.get(page(second.id))).body)
      assert.ok(
        samView.querySelectorAll('.govuk-inset-text').some(inset => /repeat-contact pattern/.test(text(inset))),
        'the contact page says why it waits for a manager',
      )
      assert.equal(samView.querySelector(`a[href="${page(second.id, 'settle')}"]`), null, 'not for the proposer')
      const markView = html((await markWeb.get(page(second.id))).body)
      assert.equal(text(markView.querySelector(`a[href="${page(second.id, 'settle')}"]`)), 'Review the decision')

      const settle = html((await markWeb.get(page(second.id, 'settle'))).body)
      assert.equal(text(settle.querySelector('h1')), 'Review the decision')
      assert.match(
        text(settle.querySelector('main')),
        /2nd contact on the same day; 1 previous no-further-action decision/,
      )
      assert.equal(
        settle.querySelector('input[name="outcome"][value="no-further-action"]')?.getAttribute('checked'),
        '',
        'starts from the proposed decision',
      )
      const bySam = await samWeb.post(
        page(second.id, 'settle'),
        { ...nfa, version: await version(second.id) },
        {
          csrf: await samWeb.csrfFrom(page(second.id)),
        },
      )
      assert.equal(bySam.statusCode, 403)
      const settled = await markWeb.post(page(second.id, 'settle'), { ...nfa, version: await version(second.id) })
      assert.equal(settled.statusCode, 303)
      assert.equal(await status(second.id), 'decided')
      assert.match(
        text(html((await markWeb.get(page(second.id))).body).querySelector('[id^="flag-"]')),
        /Reviewed by a manager/,
      )
    })
  })
}
