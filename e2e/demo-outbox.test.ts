import assert from 'node:assert/strict'
import { before, test } from 'node:test'
import type { Page } from 'playwright-core'
import { createLogMailer } from '../src/jobs/notification-mailer.js'
import { processNotificationBatch } from '../src/jobs/notification-worker.js'
import { enqueueNotification } from '../src/services/notification-service.js'
import { demoUser, pathOf, signInByTyping, browserSuiteOnBackends } from './support/app.js'
import { checkAccessibility, screenshot, withPage } from './support/browser.js'

const h1 = async (page: Page) => ((await page.locator('h1').textContent()) ?? '').trim()

// A fictional acknowledgement, written the way the referral journey writes one.
const SUBJECT = 'Referral received: NB-2026-00042'
const BODY = [
  'Dear Hannah Ward,',
  '',
  'Thank you for your referral about Poppy Fairweather (born 3 March 2022), reference NB-2026-00042.',
  'The front door will decide what happens next within one working day.',
  '',
  'If you think a child is in immediate danger, call 999.',
  '',
  'Northbridge Children’s Services Front Door',
].join('\n')

browserSuiteOnBackends('demo outbox in a browser', (env, backend) => {
  before(async () => {
    await env.app.deps.db.deleteFrom('notification').execute()
  })

  test('the outbox, empty and with a message, and the message page pass axe', () =>
    withPage(env.browser, async ({ page }) => {
      const hannah = demoUser('Hannah Ward')
      await signInByTyping(page, env.app, hannah.email)
      await page.getByRole('link', { name: 'Demo outbox', exact: true }).click()
      await page.waitForURL(u => u.pathname === '/demo/outbox')
      assert.equal(await h1(page), 'Demo outbox')
      assert.match(await page.title(), /^Demo outbox – Threshold – /)
      assert.match((await page.locator('main').textContent()) ?? '', /No messages yet/)
      await screenshot(page, `demo-outbox-empty-${backend}`)
      await checkAccessibility(page, 'empty demo outbox')

      const id = await env.app.deps.db.transaction().execute(trx =>
        enqueueNotification(trx, {
          kind: 'referral-acknowledgement',
          toAddress: hannah.email,
          subject: SUBJECT,
          bodyText: BODY,
          relatedType: 'referral',
          relatedId: 'NB-2026-00042',
          now: env.app.clock.now(),
        }),
      )
      const silent = { info: () => {}, warn: () => {}, error: () => {} }
      await processNotificationBatch(env.app.deps, createLogMailer(silent))
      await page.reload()
      const rows = page.locator('tbody tr')
      assert.equal(await rows.count(), 1)
      assert.match((await rows.first().textContent()) ?? '', /Not emailed/)
      await screenshot(page, `demo-outbox-${backend}`)
      await checkAccessibility(page, 'demo outbox with a message')

      await page.getByRole('link', { name: SUBJECT, exact: true }).click()
      await page.waitForURL(u => u.pathname === `/demo/outbox/${id}`)
      assert.equal(await h1(page), 'Message')
      const paragraphs = (await page.locator('main p.govuk-body').allTextContents()).map(p => p.trim())
      assert.ok(paragraphs.includes('Dear Hannah Ward,'))
      assert.ok(paragraphs.includes('If you think a child is in immediate danger, call 999.'))
      // The two lines of the second paragraph stay on two lines.
      assert.equal(await page.locator('main p.govuk-body br').count(), 1)
      await screenshot(page, `demo-outbox-message-${backend}`)
      await checkAccessibility(page, 'demo outbox message')

      await page.getByRole('link', { name: 'Back to the demo outbox' }).click()
      await page.waitForURL(u => u.pathname === '/demo/outbox')
      assert.equal(pathOf(page), '/demo/outbox')
    }))
})
