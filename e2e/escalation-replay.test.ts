import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { Page } from 'playwright-core'
import { toLondonDate } from '../src/domain/calendar/index.js'
import { processDeadlineBatch } from '../src/jobs/deadline-ticker.js'
import { deadlineHandlers } from '../src/services/deadline-handlers.js'
import { proposeDecision, settleDecision } from '../src/services/front-door/decision-service.js'
import { actorFor } from '../test/support/actors.js'
import { checkEveryone, submitContact, testCtx, useRules } from '../test/support/front-door.js'
import { familyReferral, NFA_DECISION } from '../test/support/repeat-contact.js'
import { browserSuiteOnBackends, demoUser, pathOf, signInByTyping, type SuiteEnv } from './support/app.js'
import { checkAccessibility, h1, screenshot, submitAndWait, withPage } from './support/browser.js'

// Issue 5, "Done when": the case behind the service, replayed. A health visitor refers a child
// three times. The first two end in no further action; the second is flagged as a repeat
// contact and a manager must review it. On the third she says "I disagree". Stage 1 passes its
// deadline over Christmas (bank holidays on 25 and 28 December 2026), the reminder fires once,
// she takes it to stage 2, and the front door manager changes the decision to an assessment,
// which the child's chronology then shows. Everyone is fictional.

const at = (iso: string) => new Date(iso)

async function as(page: Page, env: SuiteEnv, name: string, path: string) {
  await page.context().clearCookies()
  await signInByTyping(page, env.app, demoUser(name).email)
  await page.goto(env.app.url(path))
}

browserSuiteOnBackends('the escalation case, end to end', (env, backend) => {
  test('three contacts, a repeat-contact review, "I disagree", a missed deadline, stage 2 and a changed decision', () =>
    withPage(env.browser, async ({ page }) => {
      const { deps, clock } = env.app
      const hannah = await actorFor(deps.db, demoUser('Hannah Ward').email)
      const sam = await actorFor(deps.db, demoUser('Sam Taylor').email)
      const mark = await actorFor(deps.db, demoUser('Mark Jennings').email)
      await useRules(deps, [])
      const family = familyReferral(toLondonDate(at('2026-11-26T10:00:00Z')), 'Ashworth')

      // 1–2. Hannah refers Poppy; Sam decides no further action in the browser; the feedback offers escalation.
      clock.set(at('2026-11-26T10:00:00Z'))
      const first = await submitContact(deps, hannah, family)
      const checked = await checkEveryone(deps, sam, first.id)
      clock.set(at('2026-11-26T11:00:00Z'))
      await as(page, env, 'Sam Taylor', `/front-door/contacts/${first.id}/decision`)
      await page.getByRole('radio', { name: 'No further action' }).check()
      await page.getByRole('radio', { name: /^Level 1/ }).check()
      await page.getByLabel('Rationale').fill('Universal services are meeting the needs described.')
      assert.equal(await submitAndWait(page, 'Continue'), 200)
      const box = page.getByLabel('Feedback to the referrer')
      await box.fill((await box.inputValue()).replace(/\[Explain why[^\]]*\]/, 'Health visiting can continue.'))
      assert.equal(await submitAndWait(page, 'Propose this decision'), 303)
      await as(page, env, 'Hannah Ward', `/referrals/${first.referralId}`)
      await page
        .getByText(/challenge (it|our decision) through the safeguarding partnership's escalation policy/)
        .waitFor()
      await checkAccessibility(page, 'first feedback, offering escalation')

      // 3. She contacts again: the repeat-contact rule fires on arrival and the manager must review.
      clock.set(at('2026-12-07T09:30:00Z'))
      const second = await submitContact(deps, hannah, family)
      await as(page, env, 'Mark Jennings', '/front-door?flag=repeat-contact')
      const row = page.locator('tbody tr', { has: page.getByRole('link', { name: second.reference }) })
      assert.match(await row.locator('.threshold-repeat-pattern').innerText(), /2nd contact in .*no-further-action/)
      await checkAccessibility(page, 'queue with the repeat-contact pattern')
      const recheck = await checkEveryone(deps, sam, second.id, checked.personIds)
      clock.set(at('2026-12-07T10:30:00Z'))
      const proposed = await proposeDecision(deps, testCtx, sam, second.id, recheck.version, NFA_DECISION)
      assert.equal(proposed.ok && proposed.value.status, 'awaiting-manager', 'a manager must review it')
      clock.set(at('2026-12-07T11:00:00Z'))
      await page.goto(env.app.url(`/front-door/contacts/${second.id}/settle`))
      assert.equal(await h1(page), 'Review the decision')
      await page.getByLabel('Your reasons').fill('Agreed for now; health visiting to keep weighing weekly.')
      assert.equal(await submitAndWait(page, 'Review the decision'), 303)
      await page.getByText('Reviewed by a manager').waitFor()

      // The third contact, decided no further action again after a manager's review.
      clock.set(at('2026-12-22T09:00:00Z'))
      const third = await submitContact(deps, hannah, family)
      const again = await checkEveryone(deps, sam, third.id, checked.personIds)
      clock.set(at('2026-12-22T10:00:00Z'))
      const p3 = await proposeDecision(deps, testCtx, sam, third.id, again.version, NFA_DECISION)
      assert.ok(p3.ok && p3.value.status === 'awaiting-manager')
      clock.set(at('2026-12-22T11:00:00Z'))
      const { version: v3 } = await deps.db
        .selectFrom('contact')
        .select('version')
        .where('id', '=', third.id)
        .executeTakeFirstOrThrow()
      const settled = await settleDecision(deps, testCtx, mark, third.id, v3, {
        ...NFA_DECISION,
        rationale: 'Reviewed with the pattern in view: no further action.',
      })
      assert.ok(settled.ok, JSON.stringify(!settled.ok && settled.error))

      // 4. On the third, she says "I disagree". The feedback tells her she has raised this before.
      clock.set(at('2026-12-23T09:30:00Z'))
      await as(page, env, 'Hannah Ward', `/referrals/${third.referralId}`)
      await page
        .getByText(/You have contacted us about this child or family before/)
        .first()
        .waitFor()
      await page.getByRole('button', { name: 'I disagree' }).click()
      await page.getByRole('radio', { name: 'No', exact: true }).check()
      assert.equal(await submitAndWait(page, 'Continue'), 303)
      await page
        .getByLabel('Why do you disagree?')
        .fill('This is my third contact in four weeks and Poppy is losing weight.')
      await page.getByLabel('What do you want to happen?').fill('A social work assessment')
      assert.equal(await submitAndWait(page, 'Send my disagreement'), 303)
      await page
        .getByText(/Disagreement raised/)
        .first()
        .waitFor()
      // Three working days, not counting Christmas Day or the Boxing Day bank holiday on Monday 28th.
      await page
        .getByText(/30 December 2026/)
        .first()
        .waitFor()
      await checkAccessibility(page, 'disagreement raised')
      await page.getByRole('link', { name: 'View your disagreement' }).click()
      const disagreementPath = pathOf(page)
      const disagreementId = disagreementPath.split('/').pop()!

      // 5–6. Stage 1 passes its deadline. The ticker fires each reminder once, however often it runs.
      clock.set(at('2026-12-31T09:00:00Z'))
      const handlers = deadlineHandlers(deps)
      await processDeadlineBatch(deps, handlers, { batchSize: 100 })
      await processDeadlineBatch(deps, handlers, { batchSize: 100 })
      const sent = await deps.db
        .selectFrom('notification')
        .select(['kind', 'recipient_user_id'])
        .where('related_id', '=', disagreementId)
        .where('kind', 'in', ['disagreement-reminder', 'disagreement-deadline', 'disagreement-overdue-offer'])
        .execute()
      assert.deepEqual(
        sent.filter(n => n.kind === 'disagreement-overdue-offer').map(n => n.recipient_user_id),
        [hannah.userId],
        'Hannah is offered the next stage once',
      )
      assert.equal(sent.filter(n => n.kind === 'disagreement-deadline' && n.recipient_user_id === sam.userId).length, 1)

      clock.set(at('2026-12-31T10:00:00Z'))
      // A week later her session has long expired: she signs in again.
      await as(page, env, 'Hannah Ward', disagreementPath)
      await page.getByRole('heading', { name: 'Take it to stage 2: Line managers' }).waitFor()
      await page
        .getByLabel('Why are you taking this to stage 2?')
        .fill('Nobody has responded and Poppy is still losing weight.')
      assert.equal(await submitAndWait(page, 'Take it to stage 2'), 303)
      await page.getByText('This disagreement is now at stage 2: Line managers').waitFor()
      await checkAccessibility(page, 'disagreement at stage 2')

      // 7. The front door manager changes the decision to an assessment.
      clock.set(at('2027-01-04T10:00:00Z'))
      await as(page, env, 'Mark Jennings', disagreementPath)
      await page.getByRole('button', { name: 'Change the decision' }).click()
      assert.equal(await h1(page), 'Change the decision')
      assert.match(await page.locator('.govuk-caption-l').first().innerText(), new RegExp(`Contact ${third.reference}`))
      await checkAccessibility(page, 'change the decision')
      assert.equal(await submitAndWait(page, 'Change the decision'), 400)
      await checkAccessibility(page, 'change the decision, with errors')
      await page.getByRole('radio', { name: 'Child and family assessment (section 17)' }).check()
      await page.getByRole('radio', { name: /^Level 3/ }).check()
      await page
        .getByLabel('Why the decision has changed')
        .fill('Three contacts in four weeks with the same worries: the pattern meets the threshold for assessment.')
      assert.equal(await submitAndWait(page, 'Change the decision'), 303)
      await page.getByText('Decision changed').first().waitFor()
      await screenshot(page, `escalation-replay-closed-${backend}`)
      await checkAccessibility(page, 'disagreement closed, decision changed')

      // 8. The outcome is on the child's chronology.
      await page.goto(env.app.url(`/people/${checked.personIds[0]}`))
      const latest = page.locator('#chronology tbody tr', { has: page.getByRole('link', { name: third.reference }) })
      await latest.getByText('Child and family assessment (section 17)').waitFor()
      await latest.getByText(/Changed after professional disagreement D-\d{4}-\d{6}/).waitFor()
      await screenshot(page, `escalation-replay-chronology-${backend}`)
      await checkAccessibility(page, 'chronology with the changed decision')
    }))
})
