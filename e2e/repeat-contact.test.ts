import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { Page } from 'playwright-core'
import { toLondonDate } from '../src/domain/calendar/index.js'
import { onlyRule } from '../src/domain/repeat-contact/test-support.js'
import { proposeDecision } from '../src/services/front-door/decision-service.js'
import { actorFor } from '../test/support/actors.js'
import { checkEveryone, submitContact, testCtx, useRules } from '../test/support/front-door.js'
import { NFA_DECISION, familyReferral, useRepeatContactRules } from '../test/support/repeat-contact.js'
import { browserSuiteOnBackends, demoUser, signInByTyping, type SuiteEnv } from './support/app.js'
import { checkAccessibility, screenshot, withPage } from './support/browser.js'

// Repeat contacts in a browser (issue 5 §4): the pattern on the queue, the flag on the contact
// with a manager's "clear this flag" form and its error, and the manager's review of a decision.

const h1 = async (page: Page) => ((await page.locator('h1').textContent()) ?? '').trim()
const squash = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim()

async function submitAndWait(page: Page, button: string): Promise<number> {
  const response = page.waitForResponse(r => r.request().method() === 'POST')
  const loaded = page.waitForEvent('load')
  await page.getByRole('button', { name: button }).click()
  const [res] = await Promise.all([response, loaded])
  return res.status()
}

const nfa = NFA_DECISION

/** Hannah refers a family, it is closed with no further action, and she refers them again: flagged. */
async function flaggedContact(env: SuiteEnv, surname: string) {
  const deps = env.app.deps
  const hannah = await actorFor(deps.db, demoUser('Hannah Ward').email)
  const sam = await actorFor(deps.db, demoUser('Sam Taylor').email)
  await useRules(deps, [])
  await useRepeatContactRules(deps, onlyRule('again-after-nfa'))
  const content = familyReferral(toLondonDate(deps.clock.now()), surname)
  const first = await submitContact(deps, hannah, content)
  const checked = await checkEveryone(deps, sam, first.id)
  assert.ok((await proposeDecision(deps, testCtx, sam, first.id, checked.version, nfa)).ok)
  const second = await submitContact(deps, hannah, content)
  return { first, second, sam, personIds: checked.personIds }
}

browserSuiteOnBackends('repeat contacts in a browser', (env, backend) => {
  test('a manager sees the pattern on the queue and the flag on the contact, and must give a reason to clear it', () =>
    withPage(env.browser, async ({ page }) => {
      const { first, second } = await flaggedContact(env, 'Lockwood')
      await signInByTyping(page, env.app, demoUser('Mark Jennings').email)
      await page.goto(env.app.url('/front-door?flag=repeat-contact'))
      const row = page.locator('tbody tr', { has: page.getByRole('link', { name: second.reference }) })
      assert.match(
        squash(await row.locator('.threshold-repeat-pattern').textContent()),
        /^2nd contact on the same day; 1 previous no-further-action decision; referred by Northbridge Community Health Visiting twice$/,
      )
      await screenshot(page, `repeat-contact-queue-${backend}`)
      await checkAccessibility(page, 'queue filtered to repeat contacts')

      await row.getByRole('link', { name: second.reference }).click()
      await page.getByRole('heading', { name: 'Repeat contacts' }).waitFor()
      const card = page.locator('.govuk-summary-card', { hasText: 'Contacted again after no further action' })
      assert.equal(await card.getByRole('link', { name: first.reference }).count(), 1, 'the triggering contact')
      await checkAccessibility(page, 'contact with a repeat-contact flag')

      assert.equal(await submitAndWait(page, 'Clear this flag'), 400)
      await page.locator('.govuk-error-summary:focus').waitFor()
      assert.match(await page.title(), /^Error: /)
      await screenshot(page, `repeat-contact-clear-error-${backend}`)
      await checkAccessibility(page, 'clear a flag without a reason')

      await page
        .getByLabel(/Why can this flag be cleared\?/)
        .fill('A different incident, already assessed: see the earlier contact.')
      assert.equal(await submitAndWait(page, 'Clear this flag'), 303)
      await card.locator('.govuk-tag', { hasText: 'Cleared' }).waitFor()
      await checkAccessibility(page, 'contact with a cleared flag')
    }))

  test('a proposal on a flagged contact waits for a manager, who reviews it with the pattern in view', () =>
    withPage(env.browser, async ({ page }) => {
      const { second, sam, personIds } = await flaggedContact(env, 'Merriman')
      const { version } = await checkEveryone(env.app.deps, sam, second.id, personIds)
      const proposed = await proposeDecision(env.app.deps, testCtx, sam, second.id, version, nfa)
      assert.deepEqual(proposed.ok && proposed.value.status, 'awaiting-manager')

      await signInByTyping(page, env.app, demoUser('Mark Jennings').email)
      await page.goto(env.app.url(`/front-door/contacts/${second.id}`))
      await page.getByText(/part of a repeat-contact pattern/).waitFor()
      await page.getByRole('button', { name: 'Review the decision' }).click()
      await page.waitForURL(u => u.pathname === `/front-door/contacts/${second.id}/settle`)
      assert.equal(await h1(page), 'Review the decision')
      await page
        .locator('.threshold-repeat-pattern', {
          hasText: '2nd contact on the same day; 1 previous no-further-action decision',
        })
        .waitFor()
      await checkAccessibility(page, 'review the decision')

      assert.equal(await submitAndWait(page, 'Review the decision'), 400)
      await page.locator('.govuk-error-summary:focus').waitFor()
      await checkAccessibility(page, 'review the decision, with errors')

      await page.getByLabel('Your reasons').fill('Agreed: no further action, and the health visitor keeps weighing.')
      assert.equal(await submitAndWait(page, 'Review the decision'), 303)
      await page.getByText('Reviewed by a manager').waitFor()
      await screenshot(page, `repeat-contact-reviewed-${backend}`)
      await checkAccessibility(page, 'decided contact, flag reviewed')
    }))
})
