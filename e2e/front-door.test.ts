import assert from 'node:assert/strict'
import { test } from 'node:test'
import { toLondonDate } from '../src/domain/calendar/index.js'
import { addMonths } from '../src/domain/referral/validation-support.js'
import { okonkwoByrneReferral } from '../src/domain/referral/referral-personas.js'
import { proposeDecision } from '../src/services/front-door/decision-service.js'
import { actorFor } from '../test/support/actors.js'
import { checkEveryone, submitContact, testCtx } from '../test/support/front-door.js'
import { browserSuiteOnBackends, demoUser, signInByTyping, type SuiteEnv } from './support/app.js'
import { checkAccessibility, h1, screenshot, submitAndWait, withPage } from './support/browser.js'

/** A baby known from an earlier contact that was decided, and a new contact about the same baby. */
async function babyWithHistory(env: SuiteEnv) {
  const deps = env.app.deps
  const hannah = await actorFor(deps.db, demoUser('Hannah Ward').email)
  const claire = await actorFor(deps.db, demoUser('Claire Moss').email)
  const priya = await actorFor(deps.db, demoUser('Priya Shah').email)
  const content = okonkwoByrneReferral(toLondonDate(deps.clock.now()))
  const baby = {
    ...content.children[0]!,
    givenName: 'Rosie',
    dateOfBirth: addMonths(toLondonDate(deps.clock.now()), -4),
  }
  const earlier = await submitContact(deps, claire, { ...content, children: [baby] })
  const { version } = await checkEveryone(deps, priya, earlier.id)
  const decided = await proposeDecision(deps, testCtx, priya, earlier.id, version, {
    outcome: 'assessment',
    level: '3',
    indicatorCodes: content.concerns.indicatorCodes,
    rationale: 'Earlier concerns about feeding.',
    feedbackText: 'A social worker will assess.',
  })
  assert.ok(decided.ok, JSON.stringify(!decided.ok && decided.error))
  // The same baby, typed a little differently: a short form of the mother's surname is not used here,
  // but the NHS number and date of birth are the same.
  const later = await submitContact(deps, hannah, { ...content, children: [{ ...baby, givenName: 'Rosie-May' }] })
  return later
}

browserSuiteOnBackends('the front door in a browser', (env, backend) => {
  test('a contact is matched, its history seen, "no further action" proposed, blindly second screened, and the referrer answers', () =>
    withPage(env.browser, async ({ page }) => {
      const contact = await babyWithHistory(env)

      await signInByTyping(page, env.app, demoUser('Sam Taylor').email)
      await page.waitForURL(u => u.pathname === '/front-door')
      assert.equal(await h1(page), 'Front door queue')
      await checkAccessibility(page, 'front door queue')
      await page.goto(env.app.url('/front-door?flag=overdue'))
      assert.ok((await page.locator('tbody tr').count()) > 0, 'overdue contacts surface on the queue')
      assert.equal(await page.getByText(contact.reference).count(), 0, 'a new contact is not overdue')
      await page.goto(env.app.url('/front-door'))
      await page.getByRole('link', { name: contact.reference }).click()
      await page.waitForURL(u => u.pathname === `/front-door/contacts/${contact.id}`)
      await checkAccessibility(page, 'contact')

      await page.getByRole('button', { name: 'Check who they are' }).click()
      await checkAccessibility(page, 'checks')
      const babyMatch = page.getByRole('radio', { name: /Rosie .*: Strong match/ })
      await babyMatch.check()
      assert.equal(await submitAndWait(page, 'Confirm Rosie-May Okonkwo-Byrne'), 303)
      while ((await page.getByRole('radio', { name: /Record a new person|Strong match/ }).count()) > 0) {
        await page.getByRole('radio').first().check()
        await page.locator('form:has(input[name="match"]) button').first().click()
        await page.waitForLoadState('load')
      }
      await screenshot(page, `front-door-checks-${backend}`)

      await page.getByRole('link', { name: 'Rosie Okonkwo-Byrne' }).first().click()
      assert.equal(await h1(page), 'Rosie Okonkwo-Byrne')
      assert.ok((await page.locator('table tbody tr').count()) >= 2, 'both contacts are in the history')
      await checkAccessibility(page, 'person history')

      await page.goto(env.app.url(`/front-door/contacts/${contact.id}/decision`))
      assert.equal(await submitAndWait(page, 'Continue'), 400)
      await page.locator('.govuk-error-summary:focus').waitFor()
      await checkAccessibility(page, 'decision with errors')
      await page.getByRole('radio', { name: 'No further action' }).check()
      await page.getByRole('radio', { name: /^Level 1/ }).check()
      await page.getByLabel('Rationale').fill('Health visiting is seeing the family weekly; needs are met.')
      assert.equal(await submitAndWait(page, 'Continue'), 200)
      assert.equal(await h1(page), 'Word the feedback to the referrer')
      await checkAccessibility(page, 'feedback wording')
      const box = page.getByLabel('Feedback to the referrer')
      await box.fill(
        (await box.inputValue()).replace(/\[Explain why[^\]]*\]/, 'Weekly weighing shows Rosie is gaining.'),
      )
      await page.getByRole('button', { name: 'Propose this decision' }).click()
      await page.waitForURL(u => u.pathname === `/front-door/contacts/${contact.id}`)
      await page.getByText('You proposed this decision. A double-screening rule fired').waitFor()
      assert.equal(await page.getByRole('button', { name: 'Do the second screen' }).count(), 0, 'no self-approval')

      await page.context().clearCookies()
      await signInByTyping(page, env.app, demoUser('Priya Shah').email)
      await page.goto(env.app.url(`/front-door/contacts/${contact.id}`))
      assert.equal(await page.getByText('Health visiting is seeing the family weekly').count(), 0, 'blind')
      await page.getByRole('button', { name: 'Do the second screen' }).click()
      await checkAccessibility(page, 'second screen')
      await page.getByRole('radio', { name: 'No further action' }).check()
      await page.getByRole('radio', { name: /^Level 1/ }).check()
      await page.getByLabel('Your rationale').fill('Agree: universal services meet the needs.')
      await page.getByRole('button', { name: 'Save my second screen' }).click()
      await page.waitForURL(u => u.pathname === `/front-door/contacts/${contact.id}`)
      await page.getByText('Babies and children under 2').first().waitFor()
      await screenshot(page, `front-door-decided-${backend}`)
      await checkAccessibility(page, 'decided contact')

      await page.context().clearCookies()
      await signInByTyping(page, env.app, demoUser('Hannah Ward').email)
      await page.goto(env.app.url(`/referrals/${contact.referralId}`))
      await page.getByRole('heading', { name: 'The front door’s decision' }).waitFor()
      await page.getByText('Weekly weighing shows Rosie is gaining.').waitFor()
      await page
        .getByText(/challenge (it|our decision) through the safeguarding partnership's escalation policy/)
        .waitFor()
      await checkAccessibility(page, 'referrer feedback')
      await page.getByRole('button', { name: 'I disagree' }).click()
      // The questions themselves, their errors and axe are covered in e2e/disagreements.test.ts.
      await page.getByRole('radio', { name: 'No', exact: true }).check()
      assert.equal(await submitAndWait(page, 'Continue'), 303)
      await page.getByLabel('Why do you disagree?').fill('Rosie has lost weight since my visit.')
      await page.getByLabel('What do you want to happen?').fill('A social work assessment')
      await page.getByRole('button', { name: 'Send my disagreement' }).click()
      await page
        .getByText(/Disagreement raised/)
        .first()
        .waitFor()
      await screenshot(page, `front-door-disagreed-${backend}`)
    }))
})
