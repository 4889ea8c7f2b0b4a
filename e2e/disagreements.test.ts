import assert from 'node:assert/strict'
import { test } from 'node:test'
import { IMMEDIATE_RISK_GUIDANCE } from '../src/domain/disagreement/index.js'
import { proposeDecision } from '../src/services/front-door/decision-service.js'
import { actorFor } from '../test/support/actors.js'
import { NO_FURTHER_ACTION } from '../test/support/disagreement-fixtures.js'
import { checkEveryone, submitContact, testCtx, useRules } from '../test/support/front-door.js'
import { useRepeatContactRules } from '../test/support/repeat-contact.js'
import { browserSuiteOnBackends, demoUser, pathOf, signInByTyping, type SuiteEnv } from './support/app.js'
import { checkAccessibility, h1, screenshot, submitAndWait, withPage } from './support/browser.js'

const squash = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim()

/** Hannah Ward's referral, decided "no further action" by Sam Taylor: her feedback waits for an answer. */
async function decidedReferral(env: SuiteEnv) {
  const deps = env.app.deps
  await useRules(deps, [])
  await useRepeatContactRules(deps, [])
  const hannah = await actorFor(deps.db, demoUser('Hannah Ward').email)
  const sam = await actorFor(deps.db, demoUser('Sam Taylor').email)
  const contact = await submitContact(deps, hannah)
  const { version } = await checkEveryone(deps, sam, contact.id)
  const decided = await proposeDecision(deps, testCtx, sam, contact.id, version, NO_FURTHER_ACTION)
  assert.ok(decided.ok, JSON.stringify(!decided.ok && decided.error))
  return contact
}

browserSuiteOnBackends('professional disagreements in a browser', (env, backend) => {
  test('a health visitor disagrees from her feedback, the front door responds, and she takes it to stage 2', () =>
    withPage(env.browser, async ({ page }) => {
      const contact = await decidedReferral(env)

      await signInByTyping(page, env.app, demoUser('Hannah Ward').email)
      await page.goto(env.app.url(`/referrals/${contact.referralId}`))
      await page.getByRole('button', { name: 'I disagree' }).click()
      await page.waitForURL(u => u.pathname === `/referrals/${contact.referralId}/disagree`)
      assert.match(await h1(page), /Is a child at immediate risk of harm\?$/)
      await checkAccessibility(page, 'immediate risk question')
      assert.equal(await submitAndWait(page, 'Continue'), 400)
      await page.locator('.govuk-error-summary:focus').waitFor()
      await checkAccessibility(page, 'immediate risk question with an error')

      // "Yes" shows what to do now before anything else, and offers a later stage.
      await page.getByRole('radio', { name: 'Yes', exact: true }).check()
      assert.equal(await submitAndWait(page, 'Continue'), 303)
      assert.equal(new URL(page.url()).search, '?risk=yes')
      assert.equal(await h1(page), IMMEDIATE_RISK_GUIDANCE.heading)
      assert.equal(await page.getByRole('radio', { name: /^Stage \d/ }).count(), 5)
      await checkAccessibility(page, 'the questions, with immediate risk')
      await page.getByRole('link', { name: /Change/ }).click()
      await page.waitForURL(u => u.search === '')
      await page.getByRole('radio', { name: 'No', exact: true }).check()
      assert.equal(await submitAndWait(page, 'Continue'), 303)
      assert.equal(await h1(page), 'Tell us why you disagree')
      assert.equal(await page.getByRole('radio', { name: /^Stage \d/ }).count(), 0, 'no stage question without risk')
      assert.ok(await page.getByRole('radio', { name: 'A decision about a referral' }).isChecked())
      await checkAccessibility(page, 'the questions')

      await page.getByLabel('What evidence do you have? (optional)').fill('Missed weighing on 3 and 17 November.')
      assert.equal(await submitAndWait(page, 'Send my disagreement'), 400)
      await page.locator('.govuk-error-summary:focus').waitFor()
      assert.equal(
        await page.getByLabel('What evidence do you have? (optional)').inputValue(),
        'Missed weighing on 3 and 17 November.',
      )
      await checkAccessibility(page, 'the questions with errors')
      await page.getByLabel('Why do you disagree?').fill('This is my third contact in four months.')
      await page.getByLabel('What do you want to happen?').fill('A social work assessment')
      assert.equal(await submitAndWait(page, 'Send my disagreement'), 303)
      assert.match(pathOf(page), /^\/disagreements\/[0-9a-f-]{36}\/raised$/)
      assert.match(
        squash(await page.locator('.govuk-panel').innerText()),
        /Disagreement raised Your reference D-\d{4}-\d{6}/,
      )
      await page.getByText('must respond within 3 working days').waitFor()
      await checkAccessibility(page, 'disagreement raised')
      await page.getByRole('link', { name: 'View your disagreement' }).click()
      const disagreementPath = pathOf(page)
      await page.getByRole('heading', { name: 'Timeline' }).waitFor()
      await checkAccessibility(page, 'disagreement, as the raiser')

      await page.context().clearCookies()
      await signInByTyping(page, env.app, demoUser('Sam Taylor').email)
      await page.goto(env.app.url(disagreementPath))
      assert.equal(await submitAndWait(page, 'Send my response'), 400)
      await page.locator('.govuk-error-summary:focus').waitFor()
      await checkAccessibility(page, 'respond with an error')
      await page
        .getByLabel('Your response')
        .fill('I looked again with my manager. The family is known to health visiting.')
      assert.equal(await submitAndWait(page, 'Send my response'), 303)
      await page.getByText('Your response was sent').waitFor()
      await checkAccessibility(page, 'disagreement, responded')

      await page.context().clearCookies()
      await signInByTyping(page, env.app, demoUser('Hannah Ward').email)
      await page.goto(env.app.url(disagreementPath))
      await page.getByRole('heading', { name: 'Take it to stage 2: Line managers' }).waitFor()
      await page
        .getByLabel('Why are you taking this to stage 2?')
        .fill('The response does not mention the missed weighing.')
      assert.equal(await submitAndWait(page, 'Take it to stage 2'), 303)
      await page.getByText('This disagreement is now at stage 2: Line managers').waitFor()
      assert.equal(
        squash(await page.locator('#timeline > li').last().locator('h3').textContent()),
        'Taken from stage 1 to stage 2 (Line managers)',
      )
      await checkAccessibility(page, 'disagreement, at stage 2')
      await screenshot(page, `disagreement-page-${backend}`)
    }))

  test("children's social care raises one about a partner agency", () =>
    withPage(env.browser, async ({ page }) => {
      await signInByTyping(page, env.app, demoUser('Sam Taylor').email)
      await page.goto(env.app.url('/disagreements/new?about=partner'))
      await page.getByRole('radio', { name: 'No', exact: true }).check()
      assert.equal(await submitAndWait(page, 'Continue'), 303)
      await page.getByRole('radio', { name: 'Information sharing' }).check()
      await page.getByLabel('Why do you disagree?').fill('The school has not shared its attendance records.')
      await page.getByLabel('What do you want to happen?').fill('Share the records this week.')
      assert.equal(await submitAndWait(page, 'Send my disagreement'), 400)
      await page.locator('.govuk-error-summary:focus').waitFor()
      await checkAccessibility(page, 'about a partner agency, with an error')
      await page.getByLabel('Which agency do you disagree with?').selectOption({ label: 'Northbridge Primary School' })
      assert.equal(await submitAndWait(page, 'Send my disagreement'), 303)
      await page.getByRole('link', { name: 'View your disagreement' }).click()
      await page.getByText('Northbridge Primary School').first().waitFor()
      await checkAccessibility(page, 'disagreement about a partner agency')
    }))
})
