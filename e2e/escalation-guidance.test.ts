import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { Page } from 'playwright-core'
import { DEFAULT_ESCALATION_POLICY } from '../src/domain/disagreement/index.js'
import { currentEscalationPolicy } from '../src/services/escalation-policy-service.js'
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

  test('a police officer’s first sign-in: the welcome, the self-check with an error, then the results, all passing axe', () =>
    withPage(env.browser, async ({ page }) => {
      await signInByTyping(page, env.app, demoUser('PC Dan Price').email)
      assert.equal(pathOf(page), '/guidance/escalation')
      const welcome = page.locator('#welcome')
      assert.equal(
        squash(await welcome.locator('h2.govuk-notification-banner__heading').textContent()),
        'Before you start: 3 minutes on how to challenge a decision',
      )
      await welcome.getByRole('button', { name: 'Continue to Threshold' }).waitFor()
      await checkAccessibility(page, 'escalation guidance, first sign-in welcome')

      await welcome.getByRole('button', { name: 'Check what you know' }).click()
      await page.waitForURL(u => u.pathname === '/guidance/escalation/check')
      assert.equal(await h1(page), 'Check what you know')
      assert.equal(await page.locator('fieldset').count(), 5)
      await screenshot(page, `escalation-check-${backend}`)
      await checkAccessibility(page, 'escalation self-check')

      // The questions follow the policy in force, whichever version an earlier test published.
      const inForce = await currentEscalationPolicy(env.app.deps.db, env.app.clock.now())
      const stage1Days = `${inForce.policy.stages[0]!.respondWithinWorkingDays} working days`
      const question = (n: number) => page.locator('fieldset').nth(n - 1)
      await question(1).getByLabel(stage1Days, { exact: true }).check()
      await question(3)
        .getByLabel(/No: challenge between professionals/)
        .check()
      await question(4).getByLabel('Take it to the next stage and say why').check()
      const response = page.waitForResponse(r => r.request().method() === 'POST')
      const loaded = page.waitForEvent('load')
      await page.getByRole('button', { name: 'See my results' }).click()
      const [res] = await Promise.all([response, loaded])
      assert.equal(res.status(), 400)
      assert.match(await page.title(), /^Error: Check what you know about challenging a decision/)
      await page.locator('.govuk-error-summary:focus').waitFor()
      assert.deepEqual((await page.locator('.govuk-error-summary a').allTextContents()).map(squash), [
        'Select an answer to question 2: what to do first when a child is at immediate risk',
        'Select an answer to question 5: who responds at stage 2',
      ])
      assert.equal(await question(1).getByLabel(stage1Days, { exact: true }).isChecked(), true, 'answers kept')
      assert.equal(await question(4).getByLabel('Take it to the next stage and say why').isChecked(), true)
      await screenshot(page, `escalation-check-errors-${backend}`)
      await checkAccessibility(page, 'escalation self-check, with errors')
      await page.locator('.govuk-error-summary a').first().click()
      assert.equal(await focusedId(page), 'immediate-risk')

      await question(2)
        .getByLabel(/Act to protect the child/)
        .check()
      await question(5).getByLabel('Service manager or head of service for the front door').check()
      await page.getByRole('button', { name: 'See my results' }).click()
      await page.waitForURL(u => u.pathname === '/guidance/escalation/check/results')
      assert.equal(squash(await page.locator('.govuk-panel__title').textContent()), 'You have completed the check')
      assert.equal(squash(await page.locator('.govuk-panel__body').textContent()), 'You got 4 out of 5 right')
      const fifth = page.locator('#question-5')
      assert.match(squash(await fifth.textContent()), /Not right/)
      assert.match(squash(await fifth.textContent()), /The right answer Front door team manager/)
      assert.equal(squash(await page.locator('#reread + ul').textContent()), 'Stage 2: Line managers')
      await screenshot(page, `escalation-check-results-${backend}`)
      await checkAccessibility(page, 'escalation self-check results')

      await page.getByRole('button', { name: 'Continue to Threshold' }).click()
      await page.waitForURL(u => u.pathname === '/my-referrals')
      await page.goto(env.app.url('/guidance/escalation'))
      assert.match(
        squash(await page.locator('#check-completed').textContent()),
        /^You completed the check on \d+ \w+ \d{4}\./,
      )
      assert.equal(await page.locator('#welcome').count(), 0, 'the welcome is for the first sign-in only')
    }))
})
