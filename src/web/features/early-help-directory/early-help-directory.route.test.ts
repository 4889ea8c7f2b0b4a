import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import { assertGovukErrors, html, text } from '../../../../test/support/html.js'
import { startTestApp, type TestApp } from '../../../../test/support/test-app.js'
import { testBackends } from '../../../../test/support/test-db.js'
import { signedInSession, webSession, type WebSession } from '../../../../test/support/web-session.js'
import { DEMO_USERS } from '../../../services/demo-seed.js'
import { NORTHBRIDGE_EARLY_HELP_SERVICES } from '../../../services/seed/northbridge-early-help.js'

const HANNAH = 'hannah.ward@hv.northbridge.example' // referrer, health visitor
const SAM = 'sam.taylor@csc.northbridge.example' // front door practitioner

const cards = (body: string) => html(body).querySelectorAll('.govuk-summary-card')
const cardTitles = (body: string) => cards(body).map(c => text(c.querySelector('.govuk-summary-card__title')))
const heading = (body: string) => text(html(body).querySelector('#results-heading'))

for (const backend of testBackends()) {
  describe(`early help directory page (${backend})`, () => {
    let t: TestApp
    let hannah: WebSession
    let sam: WebSession
    before(async () => {
      t = await startTestApp(backend)
      hannah = await signedInSession(t.app, HANNAH)
      sam = await signedInSession(t.app, SAM)
    })
    after(() => t.close())

    test('lists every service as a summary card, from the navigation', async () => {
      const res = await sam.get('/early-help')
      assert.equal(res.statusCode, 200)
      const doc = html(res.body)
      assert.equal(text(doc.querySelector('h1')), 'Early help directory')
      assert.match(text(doc.querySelector('title')), /^Early help directory – Threshold/)
      assert.ok(
        doc.querySelector('.govuk-service-navigation a[href="/early-help"][aria-current="page"]'),
        'the navigation has the directory, marked as the current page',
      )
      assert.equal(heading(res.body), `${NORTHBRIDGE_EARLY_HELP_SERVICES.length} services`)
      assert.equal(cards(res.body).length, NORTHBRIDGE_EARLY_HELP_SERVICES.length)
      assert.equal(doc.querySelector('a[href="/early-help"].govuk-link'), null, 'no "Clear search" before a search')

      const hubs = cards(res.body).find(c => text(c.querySelector('h3')) === 'Northbridge Family Hubs')
      assert.ok(hubs)
      const rows = hubs
        .querySelectorAll('.govuk-summary-list__row')
        .map(r => [text(r.querySelector('dt')), text(r.querySelector('dd'))])
      assert.deepEqual(
        rows.map(([key]) => key),
        ['What it offers', 'Who it is for', 'Area', 'Ages', 'Contact'],
      )
      assert.deepEqual(rows[3], ['Ages', '0 to 25 years'])
      assert.equal(rows[2]?.[1], 'Northbridge-wide: hubs in Riverside, Eastgate and Northfield')
      assert.match(rows[4]?.[1] ?? '', /^Phone: 01632 960101 Email: familyhubs@earlyhelp\.northbridge\.example/)
      assert.ok(hubs.querySelector('a[href="mailto:familyhubs@earlyhelp.northbridge.example"]'))
      assert.ok(hubs.querySelector('a[href="https://familyhubs.northbridge.example"]'))
      const money = cards(res.body).find(c => text(c.querySelector('h3')) === 'Northbridge Family Money Advice')
      assert.match(text(money), /Ages All ages/)
    })

    test('every signed-in role has the directory in the navigation', async () => {
      for (const user of DEMO_USERS) {
        const session = await signedInSession(t.app, user.email)
        const res = await session.get('/guidance/thresholds')
        const link = html(res.body).querySelector('.govuk-service-navigation a[href="/early-help"]')
        assert.equal(text(link), 'Early help directory', user.name)
      }
    })

    test('signed out, the page sends you to sign in', async () => {
      const res = await webSession(t.app).get('/early-help')
      assert.equal(res.statusCode, 303)
      assert.equal(res.headers.location, '/sign-in')
    })

    test('search text narrows the list, keeps what was typed and offers to clear it', async () => {
      const res = await hannah.get('/early-help?q=young+carers')
      assert.equal(res.statusCode, 200)
      assert.deepEqual(cardTitles(res.body), ['Northbridge Young Carers Service'])
      assert.equal(heading(res.body), '1 service matching ‘young carers’')
      assert.equal(html(res.body).querySelector('input#q')?.getAttribute('value'), 'young carers')
      assert.equal(text(html(res.body).querySelector('a.govuk-link[href="/early-help"]')), 'Clear search')
    })

    test("the child's age keeps only services whose range includes it", async () => {
      const res = await hannah.get('/early-help?q=&age=17')
      assert.equal(res.statusCode, 200)
      const titles = cardTitles(res.body)
      assert.ok(titles.includes('Northbridge Youth Service'))
      assert.ok(titles.includes('Northbridge Family Money Advice'), 'no age range: any age')
      assert.ok(!titles.includes('Bump to Baby Peer Support'))
      assert.ok(!titles.includes('Growing Together Parenting Programme'))
      assert.match(heading(res.body), /^\d+ services for a child aged 17$/)
      assert.equal(html(res.body).querySelector('input#age')?.getAttribute('value'), '17')
    })

    test('no matches: says so, repeats the search, and suggests what to try', async () => {
      const res = await hannah.get('/early-help?q=trampoline&age=3')
      assert.equal(res.statusCode, 200)
      assert.equal(cards(res.body).length, 0)
      assert.equal(heading(res.body), 'No services found')
      assert.match(text(html(res.body)), /There are no services for a child aged 3 matching ‘trampoline’\./)
      assert.match(
        text(html(res.body).querySelector('.govuk-list--bullet')),
        /checking your spelling.*leaving the child’s age blank/,
      )
      const noAge = await hannah.get('/early-help?q=trampoline')
      assert.doesNotMatch(text(html(noAge.body).querySelector('.govuk-list--bullet')), /age/, 'no age to leave blank')
    })

    test('an age that is not a whole number from 0 to 25 is a GOV.UK error, keeping the input', async () => {
      const bad = await hannah.get('/early-help?q=parenting&age=four')
      assert.equal(bad.statusCode, 400)
      assertGovukErrors(bad.body, { age: 'Child’s age must be a whole number of years, like 4' })
      assert.equal(html(bad.body).querySelector('input#age')?.getAttribute('value'), 'four')
      assert.equal(html(bad.body).querySelector('input#q')?.getAttribute('value'), 'parenting')
      assert.equal(cards(bad.body).length, 0, 'no results under an error')

      const old = await hannah.get('/early-help?age=30')
      assert.equal(old.statusCode, 400)
      assertGovukErrors(old.body, { age: 'Child’s age must be between 0 and 25' })

      const long = await hannah.get(`/early-help?q=${'a'.repeat(101)}&age=-1`)
      assert.equal(long.statusCode, 400)
      assertGovukErrors(long.body, {
        q: 'Search must be 100 characters or fewer',
        age: 'Child’s age must be a whole number of years, like 4',
      })
    })

    test('a repeated parameter takes the first value rather than failing', async () => {
      const res = await hannah.get('/early-help?age=0&age=17')
      assert.equal(res.statusCode, 200)
      assert.match(heading(res.body), /for a child aged 0$/)
    })

    test('whatever a feed put in the database, only http(s) websites become links and text is escaped', async () => {
      await t.deps.db
        .insertInto('early_help_service')
        .values({
          external_id: 'route-test:hostile',
          source: 'open-referral-uk',
          name: 'Hostile <script>alert(1)</script> service',
          description: '<img src=x onerror=alert(1)>',
          eligibility: '',
          area: '',
          website: 'javascript:alert(1)',
          email: 'x@y.example" onmouseover="alert(1)',
          created_at: t.clock.now(),
          updated_at: t.clock.now(),
        })
        .execute()
      const res = await hannah.get('/early-help?q=hostile')
      assert.equal(res.statusCode, 200)
      const [card] = cards(res.body)
      assert.ok(card)
      assert.equal(card.querySelectorAll('script').length, 0)
      assert.equal(card.querySelectorAll('img').length, 0)
      assert.equal(card.querySelectorAll('a').length, 0, 'no javascript: or malformed mailto: links')
      assert.match(text(card), /Who it is for Not stated/)
      assert.match(text(card), /No contact details recorded/)
      assert.doesNotMatch(res.body, /<script>alert/)
    })
  })
}
