import assert from 'node:assert/strict'
import { before, test } from 'node:test'
import { actorFor } from '../test/support/actors.js'
import {
  closeWithDecisionChanged,
  decidedReferral,
  disagreeWithFeedback,
  I_DISAGREE,
  raise,
} from '../test/support/disagreement-fixtures.js'
import { useRules } from '../test/support/front-door.js'
import { TEST_NOW } from '../test/support/test-app.js'
import { browserSuiteOnBackends, demoUser, pathOf, signInByTyping } from './support/app.js'
import { checkAccessibility, screenshot, withPage } from './support/browser.js'
import { oneLine } from './support/referral-journey.js'

// Hannah Ward, health visitor, raised a disagreement about information sharing for Ava
// Okonkwo-Byrne a week ago (now overdue), and disagreed with the no-further-action decision on
// her referral, which the managers changed to an assessment. A senior manager raised a third about
// Ava at stage 3, because she may be at immediate risk. All fictional.

const FAMILY_NAMES = /Ava|Okonkwo|Brien|Daniel|Chloe/

browserSuiteOnBackends('my disagreements, the escalation tracker and the child page in a browser', (env, backend) => {
  const refs = { overdue: '', changed: '', urgent: '' }
  let avaId = ''

  before(async () => {
    const app = env.app
    const [hannah, sam, mark, lou] = await Promise.all(
      ['Hannah Ward', 'Sam Taylor', 'Mark Jennings', 'Lou Harper'].map(n => actorFor(app.deps.db, demoUser(n).email)),
    )
    await useRules(app.deps, [])
    try {
      // Thursday 19 November: the referral is decided no further action, and Hannah raises a
      // disagreement about information sharing for Ava, due by the end of Tuesday 24th.
      app.clock.set(new Date('2026-11-19T10:00:00Z'))
      const referral = await decidedReferral(app.deps, hannah!, sam!)
      avaId = referral.childIds[0]!
      const overdue = await raise(app.deps, hannah!, {
        raisedVia: 'practitioner',
        referralId: referral.referralId,
        answers: { ...I_DISAGREE, subject: 'information-sharing' },
      })
      refs.overdue = overdue.reference
      // Today she disagrees with the decision from her feedback, and the managers change it.
      app.clock.set(TEST_NOW)
      const d = await disagreeWithFeedback(app.deps, hannah!, referral.referralId)
      refs.changed = d.reference
      await closeWithDecisionChanged(app.deps, { referrer: hannah!, practitioner: sam!, manager: mark! }, d)
      const urgent = await raise(app.deps, lou!, {
        raisedVia: 'practitioner',
        personId: avaId,
        answers: { ...I_DISAGREE, subject: 'plan-not-progressing', immediateRisk: 'yes', startAtStage: '3' },
      })
      refs.urgent = urgent.reference
    } finally {
      app.clock.set(TEST_NOW)
    }
  })

  test('a health visitor finds My disagreements in the navigation: open, overdue, and closed with the outcome', () =>
    withPage(env.browser, async ({ page }) => {
      await signInByTyping(page, env.app, demoUser('Hannah Ward').email)
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My disagreements' }).click()
      await page.waitForURL(u => u.pathname === '/my-disagreements')
      assert.equal(oneLine((await page.locator('h1').textContent()) ?? ''), 'My disagreements')
      assert.equal(
        oneLine((await page.locator('#to-respond').textContent()) ?? ''),
        'Nothing is waiting for your response.',
      )
      const open = (await page.locator('#raised-open tbody tr').allTextContents()).map(oneLine)
      assert.equal(open.length, 1)
      assert.match(open[0]!, new RegExp(`${refs.overdue}.*Overdue by 2 working days`))
      const closed = (await page.locator('#raised-closed tbody tr').allTextContents()).map(oneLine)
      assert.equal(closed.length, 1)
      assert.match(closed[0]!, new RegExp(`${refs.changed}.*Closed.*Decision changed`))
      await screenshot(page, `my-disagreements-${backend}`)
      await checkAccessibility(page, 'my disagreements')
    }))

  test('the partnership manager tracks every open disagreement by pseudonym, filters by stage, and sees no names', () =>
    withPage(env.browser, async ({ page }) => {
      await signInByTyping(page, env.app, demoUser('Beth Lawson').email)
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Escalation tracker' }).click()
      await page.waitForURL(u => u.pathname === '/disagreements/tracker')
      assert.equal(oneLine((await page.locator('h1').textContent()) ?? ''), 'Escalation tracker')
      const main = (await page.locator('main').textContent()) ?? ''
      assert.doesNotMatch(main, FAMILY_NAMES, 'no child or family member is named')
      const rows = page.locator('#tracker tbody tr')
      // The demo seeds open disagreements of its own; this file's are found by reference.
      const row = (ref: string) => page.locator('#tracker tbody tr', { hasText: ref })
      assert.match(oneLine((await row(refs.overdue).textContent()) ?? ''), /Overdue/)
      assert.match(oneLine((await row(refs.urgent).locator('td').nth(1).textContent()) ?? ''), /^Child [0-9A-Z]{6}$/)
      const all = await rows.allTextContents()
      const firstNotOverdue = all.findIndex(r => !/Overdue/.test(r))
      assert.ok(
        all.slice(firstNotOverdue === -1 ? all.length : firstNotOverdue).every(r => !/Overdue/.test(r)),
        'overdue first',
      )
      assert.equal(await page.locator('#tracker a[href^="/people/"]').count(), 0)
      await screenshot(page, `escalation-tracker-${backend}`)
      await checkAccessibility(page, 'escalation tracker')

      await page.getByLabel('Stage', { exact: true }).selectOption('3')
      await page.getByRole('button', { name: 'Filter disagreements' }).click()
      await page.waitForURL(u => u.searchParams.get('stage') === '3')
      assert.equal(await rows.count(), 1)
      assert.match(oneLine((await rows.nth(0).textContent()) ?? ''), new RegExp(`^${refs.urgent}.*Immediate risk`))
      await checkAccessibility(page, 'escalation tracker, filtered')

      // Only stages with something open are offered; a stage with nothing open says so.
      await page.goto(env.app.url('/disagreements/tracker?stage=4'))
      assert.equal(
        oneLine((await page.locator('#tracker').textContent()) ?? ''),
        'No open disagreements match this filter.',
      )
      await checkAccessibility(page, 'escalation tracker, nothing matches')
    }))

  test("the front door manager follows a pseudonym to the child's page and sees the changed decision", () =>
    withPage(env.browser, async ({ page }) => {
      await signInByTyping(page, env.app, demoUser('Mark Jennings').email)
      await page.goto(env.app.url('/disagreements/tracker?stage=3'))
      await page.locator('#tracker a[href^="/people/"]').first().click()
      await page.waitForURL(u => u.pathname === `/people/${avaId}`)
      const section = page.locator('#disagreements tbody tr')
      assert.equal(await section.count(), 3)
      const texts = (await section.allTextContents()).map(oneLine)
      assert.ok(
        texts.some(t => new RegExp(`${refs.changed}.*Decision changed`).test(t)),
        texts.join('\n'),
      )
      assert.equal(
        await page.getByRole('button', { name: 'Raise a disagreement about this child' }).getAttribute('href'),
        `/disagreements/new?person=${avaId}`,
      )
      await screenshot(page, `person-disagreements-${backend}`)
      await checkAccessibility(page, 'person page with disagreements')
    }))

  test('a referrer is refused the tracker', () =>
    withPage(env.browser, async ({ page }) => {
      await signInByTyping(page, env.app, demoUser('Hannah Ward').email)
      const res = await page.goto(env.app.url('/disagreements/tracker'))
      assert.equal(res?.status(), 403)
      assert.equal(pathOf(page), '/disagreements/tracker')
      assert.equal(oneLine((await page.locator('h1').textContent()) ?? ''), 'You cannot do that')
      await checkAccessibility(page, 'escalation tracker, refused')
    }))
})
