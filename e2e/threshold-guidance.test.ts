import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { Page } from 'playwright-core'
import { NORTHBRIDGE_THRESHOLD_DOCUMENT } from '../src/services/seed/northbridge-threshold-document.js'
import { demoUser, pathOf, signInByTyping, browserSuiteOnBackends } from './support/app.js'
import { checkAccessibility, screenshot, withPage } from './support/browser.js'

const h1 = async (page: Page) => ((await page.locator('h1').textContent()) ?? '').trim()
const focusedId = async (page: Page) => (await page.locator(':focus').getAttribute('id')) ?? ''

browserSuiteOnBackends('threshold guidance in a browser', (env, backend) => {
  test('a referrer finds the guidance from the navigation, reads it and a level page, and both pass axe', () =>
    withPage(env.browser, async ({ page }) => {
      await signInByTyping(page, env.app, demoUser('Hannah Ward').email)
      await page
        .getByRole('navigation', { name: 'Main' })
        .getByRole('link', { name: 'Threshold guidance', exact: true })
        .click()
      await page.waitForURL(u => u.pathname === '/guidance/thresholds')
      assert.equal(await h1(page), 'Northbridge threshold guidance')
      await screenshot(page, `threshold-guidance-${backend}`)
      assert.equal(await page.locator('table.govuk-table').count(), NORTHBRIDGE_THRESHOLD_DOCUMENT.indicators.length)
      await checkAccessibility(page, 'threshold guidance')

      // The contents list jumps to a domain.
      await page.getByRole('navigation', { name: 'Contents' }).getByRole('link', { name: 'Parenting capacity' }).click()
      assert.equal(new URL(page.url()).hash, '#parenting-capacity')

      await page.getByRole('link', { name: 'Examples of level 3 for every indicator' }).click()
      await page.waitForURL(u => u.pathname === '/guidance/thresholds/levels/3')
      assert.equal(await h1(page), 'Level 3: Complex needs – targeted early help or child in need')
      await screenshot(page, `threshold-level-${backend}`)
      await checkAccessibility(page, 'threshold level 3')
      await page.getByRole('link', { name: /Next level/ }).click()
      await page.waitForURL(u => u.pathname === '/guidance/thresholds/levels/4')

      await page.goto(env.app.url('/guidance/thresholds/versions'))
      assert.equal(await h1(page), 'Threshold guidance versions')
      await checkAccessibility(page, 'threshold guidance versions')
    }))

  test('a partnership manager’s broken JSON shows the GOV.UK error summary, keeps the text and passes axe', () =>
    withPage(env.browser, async ({ page }) => {
      await signInByTyping(page, env.app, demoUser('Beth Lawson').email)
      await page.goto(env.app.url('/guidance/thresholds'))
      await page.getByRole('button', { name: 'Publish a new version' }).click()
      await page.waitForURL(u => u.pathname === '/guidance/thresholds/publish')
      await checkAccessibility(page, 'publish threshold guidance')

      const box = page.getByLabel('Threshold document (JSON)')
      const broken = (await box.inputValue()).replace('"levels": [', '"levels": [,')
      await box.fill(broken)
      const response = page.waitForResponse(r => r.request().method() === 'POST')
      const loaded = page.waitForEvent('load')
      await page.getByRole('button', { name: 'Publish version 2' }).click()
      const [res] = await Promise.all([response, loaded])
      assert.equal(res.status(), 400)
      assert.match(await page.title(), /^Error: Publish a new version/)
      await page.locator('.govuk-error-summary:focus').waitFor()
      await screenshot(page, `threshold-publish-error-${backend}`)
      const link = page.locator('.govuk-error-summary a')
      assert.match((await link.textContent()) ?? '', /Correct the JSON on line 3, column 14/)
      assert.equal(await box.inputValue(), broken)
      await checkAccessibility(page, 'publish threshold guidance, broken JSON')
      await link.click()
      assert.equal(await focusedId(page), 'document-json')

      // Put it right and publish: the guidance now shows version 2, and version 1 says it was replaced.
      await box.fill(broken.replace('"levels": [,', '"levels": [').replace('Universal', 'Universal services'))
      await page.getByRole('button', { name: 'Publish version 2' }).click()
      await page.waitForURL(u => u.pathname === '/guidance/thresholds' && u.search === '?published=2')
      const banner = page.locator('.govuk-notification-banner--success')
      assert.equal(
        ((await banner.locator('.govuk-notification-banner__heading').textContent()) ?? '').trim(),
        'Version 2 published',
      )
      assert.match((await page.locator('.govuk-caption-l').textContent()) ?? '', /^Version 2, published /)
      await checkAccessibility(page, 'threshold guidance, version 2 just published')
      await page.goto(env.app.url('/guidance/thresholds?version=1'))
      assert.match(
        (await page.locator('.govuk-warning-text').textContent()) ?? '',
        /This is version 1, which has been replaced/,
      )
      await screenshot(page, `threshold-old-version-${backend}`)
      await checkAccessibility(page, 'threshold guidance, version 1')
    }))

  test('the guidance reads the same with JavaScript turned off', () =>
    withPage(
      env.browser,
      async ({ page }) => {
        await signInByTyping(page, env.app, demoUser('Grace Okafor').email)
        await page.goto(env.app.url('/guidance/thresholds#FE-DOMESTIC-ABUSE-01'))
        assert.equal(pathOf(page), '/guidance/thresholds')
        const table = page.locator('#FE-DOMESTIC-ABUSE-01')
        assert.equal(await table.isVisible(), true)
        assert.match((await table.textContent()) ?? '', /coercive and controlling behaviour/)
      },
      { javaScriptEnabled: false },
    ))
})
