import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import { toLondonDate } from '../../../domain/calendar/index.js'
import { okonkwoByrneReferral } from '../../../domain/referral/referral-personas.js'
import { submitWholeReferral } from '../../../services/referral-submission-service.js'
import { createAgency, createUser } from '../../../services/user-service.js'
import { actorFor } from '../../../../test/support/actors.js'
import { assertGovukErrors, html, text } from '../../../../test/support/html.js'
import { startTestApp, type TestApp } from '../../../../test/support/test-app.js'
import { testBackends } from '../../../../test/support/test-db.js'
import { signedInSession, type WebSession } from '../../../../test/support/web-session.js'

const HANNAH = 'hannah.ward@hv.northbridge.example'
const GRACE = 'grace.okafor@school.northbridge.example'
const SAM = 'sam.taylor@csc.northbridge.example'

// The web journey through app.inject: forms, the GOV.UK error pattern, and who may see what.
for (const backend of testBackends()) {
  describe(`making a referral on the web (${backend})`, () => {
    let t: TestApp
    before(async () => {
      t = await startTestApp(backend)
    })
    after(() => t.close())

    const version = async (s: WebSession, url: string) =>
      html((await s.get(url)).body)
        .querySelector('input[name="version"]')
        ?.getAttribute('value') ?? ''
    const post = async (s: WebSession, url: string, form: Record<string, string>) =>
      s.post(url, { version: await version(s, url), ...form })
    const startDraft = async (s: WebSession, url = '/referrals/new') => {
      const res = await s.post(url, {})
      assert.equal(res.statusCode, 303)
      return String(res.headers.location).split('/')[2]!
    }
    const addChild = async (s: WebSession, id: string, form: Record<string, string>) =>
      post(s, `/referrals/${id}/children/new`, {
        born: 'yes',
        'dateOfBirth-day': '14',
        'dateOfBirth-month': '3',
        'dateOfBirth-year': '2020',
        sex: 'female',
        ...form,
      })

    test('a referrer starts a draft and is asked about immediate danger first', async () => {
      const s = await signedInSession(t.app, HANNAH)
      const start = await s.get('/referrals/new')
      assert.equal(start.statusCode, 200)
      const res = await s.post('/referrals/new', {})
      assert.match(String(res.headers.location), /^\/referrals\/[0-9a-f-]{36}\/immediate-danger$/)
    })

    test('"yes, a child is in immediate danger" interrupts with 999 and the out-of-hours number, and lets them carry on', async () => {
      const s = await signedInSession(t.app, HANNAH)
      const id = await startDraft(s)
      const res = await post(s, `/referrals/${id}/immediate-danger`, { immediateDanger: 'yes' })
      assert.equal(res.headers.location, `/referrals/${id}/immediate-danger/what-to-do-now`)
      const page = html((await s.get(String(res.headers.location))).body)
      assert.match(text(page.querySelector('h1')), /Call 999/)
      assert.match(text(page.querySelector('main')), new RegExp(t.config.outOfHoursNumber))
      assert.equal(page.querySelector(`a[href="/referrals/${id}"]`)?.textContent?.trim(), 'Continue with the referral')
    })

    test('an empty child form gets the GOV.UK error pattern with 400', async () => {
      const s = await signedInSession(t.app, HANNAH)
      const id = await startDraft(s)
      const res = await post(s, `/referrals/${id}/children/new`, {})
      assert.equal(res.statusCode, 400)
      assertGovukErrors(res.body, {
        givenName: /first name or last name/,
        born: /Select yes if the child has been born/,
        sex: /sex/,
      })
    })

    test('a wrong NHS number, postcode and future birth date each say how to fix them, and nothing typed is lost', async () => {
      const s = await signedInSession(t.app, HANNAH)
      const id = await startDraft(s)
      const res = await addChild(s, id, {
        givenName: 'Ava',
        nhsNumber: '123 456 7890',
        postcode: 'NOT A CODE',
        'dateOfBirth-year': '2099',
      })
      assert.equal(res.statusCode, 400)
      const doc = html(res.body)
      assert.match(text(doc.querySelector('#nhsNumber-error')), /NHS number/)
      assert.match(text(doc.querySelector('#postcode-error')), /postcode/i)
      assert.match(text(doc.querySelector('#dateOfBirth-error')), /past/)
      assert.equal(doc.querySelector('#nhsNumber')?.getAttribute('value'), '123 456 7890')
      assert.equal(doc.querySelector('#postcode')?.getAttribute('value'), 'NOT A CODE')
      // The re-shown form edits the child it saved, so sending it again does not add a second.
      const action = doc.querySelector('form[method="post"]')?.getAttribute('action') ?? ''
      assert.match(action, new RegExp(`/referrals/${id}/children/[0-9a-f-]{36}$`))
    })

    test('names with apostrophes, accents, hyphens and emoji are kept exactly; HTML is shown as text', async () => {
      const s = await signedInSession(t.app, HANNAH)
      const id = await startDraft(s)
      const given = 'Zoë-Anaïs 🌟'
      const family = "O'Brien-Ngọc"
      assert.equal((await addChild(s, id, { givenName: given, familyName: family })).statusCode, 303)
      const list = await s.get(`/referrals/${id}/children`)
      assert.match(text(html(list.body).querySelector('.govuk-summary-list')), new RegExp(`${given} ${family}`))
      await post(s, `/referrals/${id}/concerns/details`, {
        description: '<script>alert("x")</script> said <b>bold</b> things at home on Tuesday',
        impactOnChild: 'She is frightened to go home.',
      })
      const check = await s.get(`/referrals/${id}/check-answers`)
      assert.doesNotMatch(check.body, /<script>alert/)
      assert.match(check.body, /&lt;script&gt;alert/)
    })

    test('removing a child also removes the adults’ relationships to them', async () => {
      const s = await signedInSession(t.app, HANNAH)
      const id = await startDraft(s)
      await addChild(s, id, { givenName: 'Ava' })
      const childId = String(
        html((await s.get(`/referrals/${id}/children`)).body)
          .querySelector('a[href*="/remove"]')
          ?.getAttribute('href'),
      ).split('/')[4]!
      const adult = await post(s, `/referrals/${id}/adults/new`, {
        givenName: 'Chloe',
        [`relationship-${childId}`]: 'mother',
        livesWithChildren: 'yes',
        parentalResponsibility: 'yes',
      })
      assert.equal(adult.statusCode, 303)
      const removed = await post(s, `/referrals/${id}/children/${childId}/remove`, {})
      assert.equal(removed.statusCode, 303)
      const row = await t.deps.db
        .selectFrom('referral')
        .select('content')
        .where('id', '=', id)
        .executeTakeFirstOrThrow()
      const content = row.content as { children: unknown[]; adults: { relationships: Record<string, string> }[] }
      assert.equal(content.children.length, 0)
      assert.deepEqual(content.adults[0]!.relationships, {})
    })

    test('a stale form is refused with "someone else changed this", not saved over', async () => {
      const s = await signedInSession(t.app, HANNAH)
      const id = await startDraft(s)
      const stale = await version(s, `/referrals/${id}/level`)
      await s.post(`/referrals/${id}/level`, { version: stale, level: '2' })
      const res = await s.post(`/referrals/${id}/level`, { version: stale, level: '4' })
      assert.equal(res.statusCode, 409)
      assert.match(text(html(res.body).querySelector('h1')), /Someone else changed this/)
    })

    test('check your answers lists what is missing, with links to the pages that fix it, and sends nothing', async () => {
      const s = await signedInSession(t.app, HANNAH)
      const id = await startDraft(s)
      const res = await s.post(`/referrals/${id}/check-answers`, {})
      assert.equal(res.statusCode, 400)
      const summary = html(res.body).querySelector('.govuk-error-summary')
      assert.ok(summary?.querySelector(`a[href="/referrals/${id}/immediate-danger#immediateDanger"]`))
      assert.ok(summary?.querySelector(`a[href^="/referrals/${id}/children"]`))
      const row = await t.deps.db.selectFrom('referral').select('status').where('id', '=', id).executeTakeFirstOrThrow()
      assert.equal(row.status, 'draft')
      const contacts = await t.deps.db.selectFrom('contact').select('id').where('referral_id', '=', id).execute()
      assert.equal(contacts.length, 0)
    })

    test('another agency cannot open a draft or a sent referral: it is not found', async () => {
      const s = await signedInSession(t.app, HANNAH)
      const id = await startDraft(s)
      const grace = await signedInSession(t.app, GRACE)
      for (const url of [`/referrals/${id}`, `/referrals/${id}/children/new`, `/referrals/${id}/check-answers`]) {
        assert.equal((await grace.get(url)).statusCode, 404, url)
      }
      const post = await grace.post(
        `/referrals/${id}/level`,
        { version: '1', level: '1' },
        { csrf: await grace.csrfFrom('/referrals/new') },
      )
      assert.equal(post.statusCode, 404)
    })

    test('an agency safeguarding lead sees what their agency sent; a referrer cannot open that list', async () => {
      const hannahActor = await actorFor(t.deps.db, HANNAH)
      const sent = await submitWholeReferral(
        t.deps,
        { actor: null, correlationId: 't' },
        hannahActor,
        okonkwoByrneReferral(toLondonDate(t.clock.now())),
        undefined,
      )
      assert.ok(sent.ok)
      const claire = await signedInSession(t.app, 'claire.moss@hv.northbridge.example')
      const page = await claire.get('/agency-referrals')
      assert.equal(page.statusCode, 200)
      assert.ok(html(page.body).querySelector(`a[href="/referrals/${sent.value.referralId}"]`))
      assert.equal((await claire.get(`/referrals/${sent.value.referralId}`)).statusCode, 200)
      const grace = await signedInSession(t.app, GRACE)
      assert.equal(
        html((await grace.get('/agency-referrals')).body).querySelector(
          `a[href="/referrals/${sent.value.referralId}"]`,
        ),
        null,
      )
      assert.equal((await (await signedInSession(t.app, HANNAH)).get('/agency-referrals')).statusCode, 403)
    })

    test('only referrers start referrals and only the front door records phone referrals', async () => {
      const beth = await signedInSession(t.app, 'beth.lawson@partnership.northbridge.example')
      assert.equal((await beth.get('/referrals/new')).statusCode, 403)
      const hannah = await signedInSession(t.app, HANNAH)
      assert.equal((await hannah.get('/front-door/phone-referral')).statusCode, 403)
    })

    test('a phone referral starts with the call, and cannot be sent until the caller has been told their rights', async () => {
      const s = await signedInSession(t.app, SAM)
      const id = await startDraft(s, '/front-door/phone-referral')
      const withoutRights = await post(s, `/referrals/${id}/call`, {
        callerType: 'public',
        publicSourceCode: '1B',
        wantsToSpeakToSocialWorker: 'no',
      })
      assert.equal(withoutRights.statusCode, 400)
      assertGovukErrors(withoutRights.body, { rightsExplained: /told the caller/ })
      const send = await s.post(`/referrals/${id}/check-answers`, {})
      assert.equal(send.statusCode, 400)
      assert.ok(html(send.body).querySelector(`.govuk-error-summary a[href="/referrals/${id}/call#rightsExplained"]`))
      const tasks = html((await s.get(`/referrals/${id}`)).body)
      assert.equal(
        tasks.querySelector(`a[href="/referrals/${id}/check-answers"]`),
        null,
        'check and send cannot start yet',
      )
    })
  })
}

describe('making a referral before any threshold guidance is published', () => {
  test('the referral pages say Threshold is not ready yet (503), not a server error', async () => {
    const t = await startTestApp(testBackends()[0]!, { template: 'empty' })
    try {
      const ctx = { actor: null, correlationId: 't' }
      assert.ok((await createAgency(t.deps, ctx, { name: 'Riverside Health Visiting', kind: 'health_visiting' })).ok)
      const user = {
        email: 'new.hv@riverside.example',
        displayName: 'Ana Lima',
        agencyName: 'Riverside Health Visiting',
      }
      assert.ok((await createUser(t.deps, ctx, { ...user, roles: ['referrer'], password: 'a-long-password-1' })).ok)
      const s = await signedInSession(t.app, user.email, 'a-long-password-1')
      const started = await s.post('/referrals/new', {})
      assert.equal(started.statusCode, 303)
      const res = await s.get(String(started.headers.location))
      assert.equal(res.statusCode, 503)
      assert.match(text(html(res.body).querySelector('h1')), /not ready yet/)
    } finally {
      await t.close()
    }
  })
})
