import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { Page } from 'playwright-core'
import { NORTHBRIDGE_EARLY_HELP_SERVICES } from '../src/services/seed/northbridge-early-help.js'
import { browserSuiteOnBackends, demoUser, pathOf, signInByTyping } from './support/app.js'
import { checkAccessibility, screenshot, withPage } from './support/browser.js'

const h2 = async (page: Page) => ((await page.locator('#results-heading').textContent()) ?? '').trim()
const cardTitles = async (page: Page) =>
  (await page.locator('.govuk-summary-card__title').allTextContents()).map(t => t.trim())

/** Submits the search form as a person would and waits for the page it loads. */
async function search(page: Page, text: string, age: string): Promise<number> {
  await page.getByLabel('Search services').fill(text)
  await page.getByLabel('Child’s age in years').fill(age)
  const response = page.waitForResponse(r => new URL(r.url()).pathname === '/early-help')
  const loaded = page.waitForEvent('load')
  await page.getByRole('button', { name: 'Search', exact: true }).click()
  const [res] = await Promise.all([response, loaded])
  return res.status()
}

browserSuiteOnBackends('early help directory in a browser', (env, backend) => {
  test('a practitioner finds the directory, searches by words and age, and every state passes axe', () =>
    withPage(env.browser, async ({ page }) => {
      await signInByTyping(page, env.app, demoUser('Sam Taylor').email)
      await page
        .getByRole('navigation', { name: 'Main' })
        .getByRole('link', { name: 'Early help directory', exact: true })
        .click()
      await page.waitForURL(u => u.pathname === '/early-help')
      assert.equal(((await page.locator('h1').textContent()) ?? '').trim(), 'Early help directory')
      assert.equal((await cardTitles(page)).length, NORTHBRIDGE_EARLY_HELP_SERVICES.length)
      await screenshot(page, `early-help-directory-${backend}`)
      await checkAccessibility(page, 'early help directory')

      assert.equal(await search(page, 'parenting', '4'), 200)
      assert.equal(new URL(page.url()).search, '?q=parenting&age=4')
      assert.deepEqual(await cardTitles(page), ['Growing Together Parenting Programme'])
      assert.equal(await h2(page), '1 service for a child aged 4 matching ‘parenting’')
      await checkAccessibility(page, 'early help directory, search results')

      assert.equal(await search(page, 'trampoline', ''), 200)
      assert.equal(await h2(page), 'No services found')
      assert.equal(await page.locator('.govuk-summary-card').count(), 0)
      await screenshot(page, `early-help-directory-no-results-${backend}`)
      await checkAccessibility(page, 'early help directory, no results')

      assert.equal(await search(page, 'young carers', 'four'), 400)
      assert.match(await page.title(), /^Error: Early help directory/)
      await page.locator('.govuk-error-summary:focus').waitFor()
      assert.equal(await page.getByLabel('Search services').inputValue(), 'young carers')
      await checkAccessibility(page, 'early help directory, age error')
      await page.locator('.govuk-error-summary a').click()
      assert.equal(await page.locator(':focus').getAttribute('id'), 'age')

      await page.getByRole('link', { name: 'Clear search' }).click()
      await page.waitForURL(u => u.pathname === '/early-help' && u.search === '')
      assert.equal((await cardTitles(page)).length, NORTHBRIDGE_EARLY_HELP_SERVICES.length)
    }))

  test('searching works with JavaScript turned off', () =>
    withPage(
      env.browser,
      async ({ page }) => {
        await signInByTyping(page, env.app, demoUser('Hannah Ward').email)
        await page.goto(env.app.url('/early-help'))
        assert.equal(await search(page, 'bereavement domestic', ''), 200)
        assert.equal(pathOf(page), '/early-help')
        assert.equal(await h2(page), 'No services found')
        assert.equal(await search(page, 'domestic abuse', '9'), 200)
        assert.deepEqual(await cardTitles(page), ['Harbour Family Domestic Abuse Support'])
        const card = page.locator('.govuk-summary-card')
        assert.match((await card.textContent()) ?? '', /Phone: 01632 960105/)
        assert.equal(
          await card.getByRole('link', { name: 'families@harbour.northbridge.example' }).getAttribute('href'),
          'mailto:families@harbour.northbridge.example',
        )
      },
      { javaScriptEnabled: false },
    ))
})
