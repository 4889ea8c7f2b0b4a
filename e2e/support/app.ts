import assert from 'node:assert/strict'
import type { AddressInfo } from 'node:net'
import { after, before, describe } from 'node:test'
import type { Browser, Page } from 'playwright-core'
import { landingPageFor } from '../../src/domain/access/landing.js'
import type { Role } from '../../src/domain/access/roles.js'
import { DEMO_PASSWORD, DEMO_USERS, type DemoUser } from '../../src/services/demo-seed.js'
import { startTestApp, type TestApp } from '../../test/support/test-app.js'
import { testBackends, type Backend } from '../../test/support/test-db.js'
import { browserSuite, launchBrowser, setAccessibilityChecks } from './browser.js'

export type BrowserApp = TestApp & { baseUrl: string; url: (path: string) => string }

/** The app on a fresh clone of the demo database, listening on a free local port. */
export async function startBrowserApp(backend: Backend): Promise<BrowserApp> {
  // Tests type wrong passwords on purpose; keep the sign-in limiter out of the way.
  const t = await startTestApp(backend, { env: { SIGN_IN_RATE_LIMIT_MAX: '1000' } })
  try {
    await t.app.listen({ port: 0, host: '127.0.0.1' })
  } catch (error) {
    await t.close()
    throw error
  }
  const { port } = t.app.server.address() as AddressInfo
  const baseUrl = `http://127.0.0.1:${port}`
  return { ...t, baseUrl, url: path => `${baseUrl}${path}` }
}

export function demoUser(name: string): DemoUser {
  const user = DEMO_USERS.find(u => u.name === name)
  assert.ok(user, `no demo user called ${name}`)
  return user
}

/** Where the domain rule says a user with these roles starts. */
export function expectedLanding(roles: readonly Role[]): string {
  const page = landingPageFor({ userId: 'e2e', agencyId: 'e2e', agencyKind: 'partnership', roles })
  assert.ok(page, `roles ${roles.join(', ')} have no landing page`)
  return `/${page}`
}

export const pathOf = (page: Page): string => new URL(page.url()).pathname

/** Types into the sign-in form as a person would, then waits for the page it ends on. */
export async function signInByTyping(page: Page, app: BrowserApp, email: string, password = DEMO_PASSWORD) {
  await page.goto(app.url('/sign-in'))
  await page.getByLabel('Email address', { exact: true }).fill(email)
  await page.getByLabel('Password', { exact: true }).fill(password)
  const loaded = page.waitForEvent('load')
  await page.getByRole('button', { name: 'Sign in', exact: true }).click()
  await loaded
}

/** Submits the sign-in form expecting it back (with errors); returns the response status. */
export async function submitSignInExpectingErrors(page: Page, email: string, password: string) {
  await page.getByLabel('Email address', { exact: true }).fill(email)
  await page.getByLabel('Password', { exact: true }).fill(password)
  const response = page.waitForResponse(
    r => r.request().method() === 'POST' && new URL(r.url()).pathname === '/sign-in',
  )
  const loaded = page.waitForEvent('load')
  await page.getByRole('button', { name: 'Sign in', exact: true }).click()
  const [res] = await Promise.all([response, loaded])
  return res.status()
}

export type SuiteEnv = { browser: Browser; app: BrowserApp }

/**
 * The shape every browser test file shares: one browser per file, and for each database
 * backend one app on a fresh demo clone. `env` is filled in before the tests run.
 */
export function browserSuiteOnBackends(name: string, tests: (env: SuiteEnv, backend: Backend) => void): void {
  browserSuite(name, () => {
    let browser: Browser | undefined
    before(async () => {
      browser = await launchBrowser()
    })
    after(() => browser?.close())
    for (const backend of testBackends()) {
      describe(backend, () => {
        const env = {} as SuiteEnv
        before(async () => {
          env.browser = browser!
          env.app = await startBrowserApp(backend)
          setAccessibilityChecks(backend === 'postgres' || testBackends().length === 1)
        })
        after(() => env.app?.close())
        tests(env, backend)
      })
    }
  })
}
