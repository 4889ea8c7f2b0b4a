import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import type { Browser, Page } from 'playwright-core'
import type { LandingPage } from '../src/domain/access/landing.js'
import { DEMO_AGENCIES, DEMO_USERS, type DemoUser } from '../src/services/demo-seed.js'
import { LANDING_CONTENT } from '../src/web/features/home/landing.presenter.js'
import { testBackends } from '../test/support/test-db.js'
import {
  demoUser,
  expectedLanding,
  pathOf,
  signInByTyping,
  startBrowserApp,
  submitSignInExpectingErrors,
  type BrowserApp,
} from './support/app.js'
import { browserSuite, checkAccessibility, launchBrowser, screenshot, withPage } from './support/browser.js'

// Written out by hand, so a wrong role-to-page mapping fails here rather than being mirrored.
const LANDS_ON: Record<string, string> = {
  'Hannah Ward': '/my-referrals',
  'Claire Moss': '/agency-referrals',
  'Grace Okafor': '/agency-referrals', // referrer and safeguarding lead: the lead's page wins
  'Sam Taylor': '/front-door',
  'Mark Jennings': '/front-door',
  'Lou Harper': '/escalations',
  'Dr Femi Adeyemi': '/moderation',
  'Beth Lawson': '/partnership',
  'Alex Morgan': '/administration',
  'Nadia Brooks': '/audit',
}

const SCREENSHOTS: Record<string, string> = {
  'Mark Jennings': 'front-door',
  'Nadia Brooks': 'audit',
  'Alex Morgan': 'administration',
}

const ASSETS = [
  '/stylesheets/govuk-frontend.min.css',
  '/public/threshold.css',
  '/javascripts/govuk-frontend.min.js',
  '/public/init.js',
]

// Their first sign-in: the demo table's and 404 tests below sign Hannah and Claire in again later.
const welcomedOnFirstSignIn = (user: DemoUser) =>
  !['childrens_social_care', 'partnership'].includes(DEMO_AGENCIES.find(a => a.key === user.agency)!.kind)

const h1 = async (page: Page) => ((await page.locator('h1').textContent()) ?? '').trim()
// CSS :focus rather than evaluated strings: the strict CSP (rightly) forbids eval in the page.
const focusedId = async (page: Page) => (await page.locator(':focus').getAttribute('id')) ?? ''

browserSuite('sign-in in a browser', () => {
  let browser: Browser
  before(async () => {
    browser = await launchBrowser()
  })
  after(() => browser?.close())

  test('every hand-written landing page belongs to a real demo user', () => {
    for (const name of Object.keys(LANDS_ON)) demoUser(name)
    assert.equal(LANDS_ON['Nadia Brooks'], expectedLanding(demoUser('Nadia Brooks').roles))
  })

  for (const backend of testBackends()) {
    describe(backend, () => {
      let app: BrowserApp
      before(async () => {
        app = await startBrowserApp(backend)
      })
      after(() => app?.close())

      for (const user of DEMO_USERS) {
        const expected = LANDS_ON[user.name] ?? expectedLanding(user.roles)
        test(`${user.name} (${user.roles.join(', ')}) signs in by typing, lands on ${expected}, signs out`, () =>
          withPage(browser, async ({ page }) => {
            await signInByTyping(page, app, user.email)
            if (welcomedOnFirstSignIn(user)) {
              // Partner agencies first see how to challenge a decision, once (issue 5 §6).
              assert.equal(pathOf(page), '/guidance/escalation', `${user.name} is welcomed on first sign-in`)
              await page.locator('#welcome').getByRole('button', { name: 'Continue to Threshold' }).click()
              await page.waitForURL(u => u.pathname !== '/guidance/escalation' && u.pathname !== '/')
            }
            assert.equal(pathOf(page), expected, `${user.name} landed on the wrong page`)
            assert.equal(pathOf(page), expectedLanding(user.roles), 'landingPageFor disagrees with the browser')
            const landing = expected.slice(1) as LandingPage
            assert.equal(await h1(page), LANDING_CONTENT[landing].title)
            assert.match((await page.locator('.govuk-caption-l').textContent()) ?? '', new RegExp(user.name))
            const shot = SCREENSHOTS[user.name] // taken first, so a failing page can be looked at
            if (shot) await screenshot(page, `${shot}-${backend}`)
            await checkAccessibility(page, `${expected} as ${user.name}`)

            await page.getByRole('link', { name: 'Sign out', exact: true }).click()
            await page.waitForURL(u => u.pathname === '/sign-in')
            const banner = page.locator('.govuk-notification-banner--success')
            assert.match((await banner.textContent()) ?? '', /You have signed out/)
            if (user === DEMO_USERS[0]) await checkAccessibility(page, 'sign-in page after signing out')
            await page.goto(app.url(expected))
            assert.equal(pathOf(page), '/sign-in', 'the session must be gone after signing out')
          }))
      }

      for (const name of ['Claire Moss', 'Hannah Ward']) {
        test(`the demo table's "Sign in" button signs in ${name} without typing`, () =>
          withPage(browser, async ({ page }) => {
            const user = demoUser(name)
            await page.goto(app.url('/sign-in'))
            assert.equal(await page.getByLabel('Email address', { exact: true }).inputValue(), '')
            const loaded = page.waitForEvent('load')
            await page.getByRole('button', { name: new RegExp(`^Sign in as ${user.name},`) }).click()
            await loaded
            if (pathOf(page) === '/guidance/escalation') {
              // Run on its own, this is their first sign-in: past the welcome to their landing page.
              const next = page.waitForEvent('load')
              await page.locator('#welcome').getByRole('button', { name: 'Continue to Threshold' }).click()
              await next
            }
            assert.equal(pathOf(page), LANDS_ON[name])
            assert.equal(await h1(page), LANDING_CONTENT[LANDS_ON[name]!.slice(1) as LandingPage].title)
          }))
      }

      test('the sign-in page runs GOV.UK Frontend under the strict CSP and passes axe', () =>
        withPage(browser, async ({ page }) => {
          const statuses = new Map<string, number>()
          page.on('response', r => statuses.set(new URL(r.url()).pathname, r.status()))
          const res = await page.goto(app.url('/sign-in'))
          assert.equal(res?.status(), 200)
          await page.waitForLoadState('load')
          await screenshot(page, `sign-in-${backend}`)
          for (const asset of ASSETS) assert.equal(statuses.get(asset), 200, `${asset} is served`)
          assert.match(res?.headers()['content-security-policy'] ?? '', /script-src 'self' 'nonce-/)
          await page.locator('body.govuk-frontend-supported').waitFor()
          // initAll() ran: the password input got its JS (the "Show" toggle).
          await page.locator('[data-module="govuk-password-input"][data-govuk-password-input-init]').waitFor()
          assert.equal(await page.getByRole('button', { name: 'Show password' }).isVisible(), true)
          assert.match(await page.title(), /^Sign in – Threshold – /)
          assert.equal(await page.locator('.threshold-demo-accounts tbody tr').count(), DEMO_USERS.length)
          await checkAccessibility(page, 'sign-in page')
        }))

      test('a wrong password shows the GOV.UK error summary, keeps the email and passes axe', () =>
        withPage(browser, async ({ page }) => {
          const hannah = demoUser('Hannah Ward')
          await page.goto(app.url('/sign-in'))
          assert.equal(await submitSignInExpectingErrors(page, hannah.email, 'not-the-password-1'), 400)
          await screenshot(page, `sign-in-error-${backend}`)
          assert.match(await page.title(), /^Error: Sign in – /)
          const summary = page.locator('.govuk-error-summary')
          assert.equal(
            ((await summary.locator('.govuk-error-summary__title').textContent()) ?? '').trim(),
            'There is a problem',
          )
          // GOV.UK Frontend moves focus to the summary, so screen readers hear it first.
          await page.locator('.govuk-error-summary:focus').waitFor()
          const link = summary.getByRole('link')
          assert.equal(await link.count(), 1)
          assert.equal(await link.getAttribute('href'), '#email')
          assert.match((await link.textContent()) ?? '', /Enter a correct email address and password/)
          assert.match((await page.locator('#email-error').textContent()) ?? '', /Error:/)
          assert.equal(await page.getByLabel('Email address', { exact: true }).inputValue(), hannah.email)
          assert.equal(await page.getByLabel('Password', { exact: true }).inputValue(), '')
          await checkAccessibility(page, 'sign-in, wrong password')
          await link.click()
          assert.equal(await focusedId(page), 'email', 'the summary link moves focus to the email field')
        }))

      test('an empty form shows both errors and passes axe', () =>
        withPage(browser, async ({ page }) => {
          await page.goto(app.url('/sign-in'))
          assert.equal(await submitSignInExpectingErrors(page, '', ''), 400)
          assert.match(await page.title(), /^Error: /)
          const links = page.locator('.govuk-error-summary a')
          assert.deepEqual(await links.evaluateAll(as => as.map(a => a.getAttribute('href'))), ['#email', '#password'])
          assert.deepEqual(
            (await links.allTextContents()).map(t => t.trim()),
            ['Enter your email address', 'Enter your password'],
          )
          assert.match((await page.locator('#password-error').textContent()) ?? '', /Enter your password/)
          await checkAccessibility(page, 'sign-in, empty form')
          await page.locator('.govuk-error-summary a[href="#password"]').click()
          assert.equal(await focusedId(page), 'password')
        }))

      test('the 404 and 403 pages pass axe', () =>
        withPage(browser, async ({ page }) => {
          await signInByTyping(page, app, demoUser('Hannah Ward').email)
          assert.equal(pathOf(page), '/my-referrals')
          const missing = await page.goto(app.url('/no-such-page'))
          assert.equal(missing?.status(), 404)
          assert.equal(await h1(page), 'Page not found')
          assert.match(await page.title(), /^Page not found – /)
          await checkAccessibility(page, '404 page')
          const refused = await page.goto(app.url('/front-door'))
          assert.equal(refused?.status(), 403, 'a referrer must not open the front door')
          assert.equal(await h1(page), 'You cannot do that')
          await checkAccessibility(page, '403 page')
        }))

      test('signing in and out works with JavaScript turned off', () =>
        withPage(
          browser,
          async ({ page }) => {
            await page.goto(app.url('/sign-in'))
            assert.equal(await page.locator('body.govuk-frontend-supported').count(), 0, 'JavaScript should be off')
            assert.equal(
              await submitSignInExpectingErrors(page, 'mark.jennings@csc.northbridge.example', 'wrong-1'),
              400,
            )
            assert.equal(await page.locator('.govuk-error-summary a[href="#email"]').count(), 1)
            await signInByTyping(page, app, demoUser('Mark Jennings').email)
            assert.equal(pathOf(page), '/front-door')
            assert.equal(await h1(page), 'Front door queue')
            await page.getByRole('link', { name: 'Sign out', exact: true }).click()
            await page.waitForURL(u => u.pathname === '/sign-in')
            assert.match((await page.locator('.govuk-notification-banner').textContent()) ?? '', /You have signed out/)
          },
          { javaScriptEnabled: false },
        ))
    })
  }
})
