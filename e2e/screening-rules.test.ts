import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { Page } from 'playwright-core'
import { demoUser, pathOf, signInByTyping, browserSuiteOnBackends } from './support/app.js'
import { checkAccessibility, screenshot, withPage } from './support/browser.js'

const h1 = async (page: Page) => ((await page.locator('h1').textContent()) ?? '').trim()
const squash = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim()
const focusedId = async (page: Page) => (await page.locator(':focus').getAttribute('id')) ?? ''

/** The Status row of one rule's summary card. */
const ruleStatus = async (page: Page, ruleId: string) =>
  squash(
    await page
      .locator(`#rule-${ruleId} .govuk-summary-list__row`)
      .filter({ hasText: 'Status' })
      .locator('.govuk-summary-list__value')
      .textContent(),
  )

browserSuiteOnBackends('screening rules in a browser', (env, backend) => {
  test('a partnership manager reads the rules, is shown broken JSON, then turns a rule off and publishes', () =>
    withPage(env.browser, async ({ page }) => {
      await signInByTyping(page, env.app, demoUser('Beth Lawson').email)
      await page
        .getByRole('navigation', { name: 'Main' })
        .getByRole('link', { name: 'Screening rules', exact: true })
        .click()
      await page.waitForURL(u => u.pathname === '/front-door/screening-rules')
      assert.equal(await h1(page), 'Screening rules')
      assert.equal(await page.locator('#double-screening-cards .govuk-summary-card').count(), 5)
      assert.equal(await page.locator('#repeat-contact-cards .govuk-summary-card').count(), 4)
      assert.equal(await ruleStatus(page, 'random-nfa-sample'), 'On')
      await screenshot(page, `screening-rules-${backend}`)
      await checkAccessibility(page, 'screening rules')

      await page.getByRole('button', { name: 'Change the rules' }).click()
      await page.waitForURL(u => u.pathname === '/front-door/screening-rules/edit')
      assert.equal(await h1(page), 'Change the double-screening rules')
      await checkAccessibility(page, 'change the screening rules')

      const box = page.getByLabel('Double-screening rules (JSON)')
      const original = await box.inputValue()
      const broken = original.replace('"enabled": true', '"enabled": true,,')
      await box.fill(broken)
      const response = page.waitForResponse(r => r.request().method() === 'POST')
      const loaded = page.waitForEvent('load')
      await page.getByRole('button', { name: 'Publish version 2' }).click()
      const [res] = await Promise.all([response, loaded])
      assert.equal(res.status(), 400)
      assert.match(await page.title(), /^Error: Change the double-screening rules/)
      await page.locator('.govuk-error-summary:focus').waitFor()
      const link = page.locator('.govuk-error-summary a')
      assert.match((await link.textContent()) ?? '', /Correct the JSON on line 6, column 21/)
      assert.equal(await box.inputValue(), broken)
      await screenshot(page, `screening-rules-error-${backend}`)
      await checkAccessibility(page, 'change the screening rules, broken JSON')
      await link.click()
      assert.equal(await focusedId(page), 'rules-json')

      // Put it right, switch the random sample off, and publish.
      const rules = JSON.parse(original) as Array<{ id: string; enabled: boolean }>
      rules.find(r => r.id === 'random-nfa-sample')!.enabled = false
      await box.fill(JSON.stringify(rules, null, 2))
      await page.getByRole('button', { name: 'Publish version 2' }).click()
      await page.waitForURL(u => u.pathname === '/front-door/screening-rules' && u.search === '?published=2')
      assert.equal(
        squash(
          await page.locator('.govuk-notification-banner--success .govuk-notification-banner__heading').textContent(),
        ),
        'Version 2 of the rules published',
      )
      assert.match(
        squash(await page.locator('#double-screening-version').textContent()),
        /^Version 2, published .* by Beth Lawson$/,
      )
      assert.equal(await ruleStatus(page, 'random-nfa-sample'), 'Off')
      assert.equal(await ruleStatus(page, 'repeat-contact'), 'On')
      await screenshot(page, `screening-rules-published-${backend}`)
      await checkAccessibility(page, 'screening rules, version 2 just published')

      // The partnership setting, on the same page.
      await page.getByRole('group', { name: 'Record every contact as a referral?' }).getByLabel('Yes').check()
      await page.getByRole('button', { name: 'Save setting' }).click()
      await page.waitForURL(u => u.pathname === '/front-door/screening-rules' && u.search === '?saved=setting')
      assert.equal(
        squash(await page.locator('.govuk-notification-banner__heading').textContent()),
        'Setting saved: every contact is now recorded as a referral',
      )
      await checkAccessibility(page, 'screening rules, setting saved')
    }))

  test('a partnership manager changes the repeat-contact rules on the same kind of page', () =>
    withPage(env.browser, async ({ page }) => {
      await signInByTyping(page, env.app, demoUser('Beth Lawson').email)
      await page.goto(env.app.url('/front-door/screening-rules'))
      await page.getByRole('button', { name: 'Change the repeat-contact rules' }).click()
      await page.waitForURL(u => u.pathname === '/front-door/screening-rules/repeat-contact/edit')
      assert.equal(await h1(page), 'Change the repeat-contact rules')
      await checkAccessibility(page, 'change the repeat-contact rules')

      const box = page.getByLabel('Repeat-contact rules (JSON)')
      const rules = JSON.parse(await box.inputValue()) as Array<{ id: string; enabled: boolean }>
      await box.fill('[{"id": "Not valid"}]')
      const response = page.waitForResponse(r => r.request().method() === 'POST')
      await page.getByRole('button', { name: 'Publish version 2' }).click()
      assert.equal((await response).status(), 400)
      await page.locator('.govuk-error-summary:focus').waitFor()
      await checkAccessibility(page, 'change the repeat-contact rules, with problems')

      rules.find(r => r.id === 're-referral')!.enabled = false
      await box.fill(JSON.stringify(rules, null, 2))
      await page.getByRole('button', { name: 'Publish version 2' }).click()
      await page.waitForURL(u => u.pathname === '/front-door/screening-rules' && u.search === '?repeat-published=2')
      assert.equal(
        squash(await page.locator('.govuk-notification-banner__heading').textContent()),
        'Version 2 of the repeat-contact rules published',
      )
      await screenshot(page, `repeat-contact-rules-published-${backend}`)
      await checkAccessibility(page, 'screening rules, repeat-contact version 2 just published')
    }))

  test('a practitioner reads the rules but is offered no changes', () =>
    withPage(env.browser, async ({ page }) => {
      await signInByTyping(page, env.app, demoUser('Sam Taylor').email)
      await page.goto(env.app.url('/front-door/screening-rules'))
      assert.equal(await h1(page), 'Screening rules')
      assert.equal(await page.getByRole('button', { name: 'Change the rules' }).count(), 0)
      assert.equal(await page.getByRole('button', { name: 'Save setting' }).count(), 0)
      await checkAccessibility(page, 'screening rules, practitioner')
    }))

  test('the setting changes with JavaScript turned off', () =>
    withPage(
      env.browser,
      async ({ page }) => {
        await signInByTyping(page, env.app, demoUser('Beth Lawson').email)
        await page.goto(env.app.url('/front-door/screening-rules'))
        const setting = page.locator('#contacts-as-referrals + .govuk-summary-list .govuk-summary-list__value')
        assert.equal(squash(await setting.textContent()), 'Yes')
        await page.getByRole('group', { name: 'Record every contact as a referral?' }).getByLabel('No').check()
        await page.getByRole('button', { name: 'Save setting' }).click()
        await page.waitForURL(u => u.pathname === '/front-door/screening-rules' && u.search === '?saved=setting')
        assert.equal(pathOf(page), '/front-door/screening-rules')
        assert.equal(
          squash(await page.locator('.govuk-notification-banner__heading').textContent()),
          'Setting saved: only contacts accepted for a social work response are now recorded as referrals',
        )
        assert.equal(squash(await setting.textContent()), 'No')
      },
      { javaScriptEnabled: false },
    ))
})
