import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { Page } from 'playwright-core'
import { DEFAULT_ESCALATION_POLICY } from '../src/domain/disagreement/index.js'
import { demoUser, pathOf, signInByTyping, browserSuiteOnBackends } from './support/app.js'
import { checkAccessibility, screenshot, withPage } from './support/browser.js'

const h1 = async (page: Page) => ((await page.locator('h1').textContent()) ?? '').trim()
const squash = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim()
const focusedId = async (page: Page) => (await page.locator(':focus').getAttribute('id')) ?? ''

/** The value of one row on a stage's summary card. */
const stageValue = async (page: Page, stage: number, key: string) =>
  squash(
    await page
      .locator(`#stage-${stage} .govuk-summary-list__row`)
      .filter({ hasText: key })
      .locator('.govuk-summary-list__value')
      .textContent(),
  )

browserSuiteOnBackends('escalation guidance in a browser', (env, backend) => {
  test('a health visitor finds how to challenge a decision from the navigation, and it passes axe', () =>
    withPage(env.browser, async ({ page }) => {
      await signInByTyping(page, env.app, demoUser('Hannah Ward').email)
      await page
        .getByRole('navigation', { name: 'Main' })
        .getByRole('link', { name: 'How to challenge a decision', exact: true })
        .click()
      await page.waitForURL(u => u.pathname === '/guidance/escalation')
      assert.equal(await h1(page), 'How to challenge a decision: the Northbridge escalation policy')
      await page.getByText('Call 999 if a child is in immediate danger').waitFor()
      assert.equal(await page.locator('.govuk-summary-card').count(), DEFAULT_ESCALATION_POLICY.stages.length)
      assert.equal(await stageValue(page, 1, 'Response time'), 'Within 3 working days')
      assert.equal(await stageValue(page, 5, 'Response time'), 'Within 10 working days')
      assert.equal(await page.getByRole('button', { name: 'Change the policy' }).count(), 0)
      await screenshot(page, `escalation-guidance-${backend}`)
      await checkAccessibility(page, 'escalation guidance')
    }))

  test('a partnership manager’s broken policy shows the GOV.UK error summary, keeps the text and passes axe', () =>
    withPage(env.browser, async ({ page }) => {
      await signInByTyping(page, env.app, demoUser('Beth Lawson').email)
      await page.goto(env.app.url('/guidance/escalation'))
      await page.getByRole('button', { name: 'Change the policy' }).click()
      await page.waitForURL(u => u.pathname === '/guidance/escalation/edit')
      assert.equal(await h1(page), 'Change the escalation policy')
      await checkAccessibility(page, 'change the escalation policy')

      const box = page.getByLabel('Escalation policy (JSON)')
      const original = await box.inputValue()
      const broken = original.replace('"respondWithinWorkingDays": 3', '"respondWithinWorkingDays": 0')
      await box.fill(broken)
      const response = page.waitForResponse(r => r.request().method() === 'POST')
      const loaded = page.waitForEvent('load')
      await page.getByRole('button', { name: 'Publish version 2' }).click()
      const [res] = await Promise.all([response, loaded])
      assert.equal(res.status(), 400)
      assert.match(await page.title(), /^Error: Change the escalation policy/)
      await page.locator('.govuk-error-summary:focus').waitFor()
      const link = page.locator('.govuk-error-summary a').first()
      assert.equal(
        squash(await link.textContent()),
        'Stage 1: respondWithinWorkingDays must be a whole number from 1 to 30',
      )
      assert.equal(await box.inputValue(), broken)
      await screenshot(page, `escalation-policy-error-${backend}`)
      await checkAccessibility(page, 'change the escalation policy, with errors')
      await link.click()
      assert.equal(await focusedId(page), 'policy-json')

      // Put it right, give stage 1 a day longer, and publish.
      const policy = JSON.parse(original) as { stages: Array<{ respondWithinWorkingDays: number }> }
      policy.stages[0]!.respondWithinWorkingDays = 4
      await box.fill(JSON.stringify(policy, null, 2))
      await page.getByRole('button', { name: 'Publish version 2' }).click()
      await page.waitForURL(u => u.pathname === '/guidance/escalation' && u.search === '?published=2')
      assert.equal(pathOf(page), '/guidance/escalation')
      assert.equal(
        squash(
          await page.locator('.govuk-notification-banner--success .govuk-notification-banner__heading').textContent(),
        ),
        'Version 2 of the escalation policy published',
      )
      assert.match(
        squash(await page.locator('.govuk-caption-l').textContent()),
        /^Version 2, published .* by Beth Lawson$/,
      )
      assert.equal(await stageValue(page, 1, 'Response time'), 'Within 4 working days')
      await checkAccessibility(page, 'escalation guidance, version 2 just published')
    }))
})
