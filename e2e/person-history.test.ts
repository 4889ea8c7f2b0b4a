import assert from 'node:assert/strict'
import { before, test } from 'node:test'
import { findUserByEmail, toActor } from '../src/data/repositories/identity-repository.js'
import { createHousehold, setPersonHousehold } from '../src/data/repositories/person-repository.js'
import type { Actor } from '../src/domain/access/actor.js'
import { toLondonDate } from '../src/domain/calendar/index.js'
import { okonkwoByrneReferral } from '../src/domain/referral/referral-personas.js'
import { confirmPerson, personChecks } from '../src/services/front-door/checks-service.js'
import { submitWholeReferral } from '../src/services/referral-submission-service.js'
import { TEST_NOW } from '../test/support/test-app.js'
import { browserSuiteOnBackends, demoUser, pathOf, signInByTyping, type BrowserApp } from './support/app.js'
import { checkAccessibility, screenshot, withPage } from './support/browser.js'
import { oneLine } from './support/referral-journey.js'

// Ava Okonkwo-Byrne (born 26 July 2020) was referred by the health visitor in March and by
// her school today; the practitioner opens her history. All fictional.

const AVA_BORN = '2020-07-26'
const ctx = { actor: null, correlationId: 'e2e-person-history' }

async function actor(app: BrowserApp, email: string): Promise<Actor> {
  const user = await findUserByEmail(app.deps.db, email)
  assert.ok(user, email)
  return toActor(user)
}

/** A referral about Ava from `email` at `at`, with Ava linked to `avaId` (or new when null). */
async function referAva(app: BrowserApp, email: string, at: string, avaId: string | null) {
  app.clock.set(new Date(at))
  try {
    const content = okonkwoByrneReferral(toLondonDate(app.clock.now()))
    content.children[0]!.dateOfBirth = AVA_BORN
    const sent = await submitWholeReferral(app.deps, ctx, await actor(app, email), content, undefined)
    assert.ok(sent.ok, JSON.stringify(!sent.ok && sent.error))
    const contact = await app.deps.db
      .selectFrom('contact')
      .select('id')
      .where('referral_id', '=', sent.value.referralId)
      .executeTakeFirstOrThrow()
    const sam = await actor(app, demoUser('Sam Taylor').email)
    const { screening, checks } = await personChecks(app.deps, ctx, sam, contact.id)
    const ava = checks.find(c => c.person.givenName === 'Ava')
    assert.ok(ava)
    const choice = avaId ? { kind: 'match' as const, personId: avaId } : { kind: 'new' as const }
    const linked = await confirmPerson(app.deps, ctx, sam, contact.id, screening.contact.version, ava.person.id, choice)
    assert.ok(linked.ok)
    return { personId: linked.value.personId, referralId: sent.value.referralId, reference: sent.value.reference }
  } finally {
    app.clock.set(TEST_NOW)
  }
}

browserSuiteOnBackends('person history in a browser', (env, backend) => {
  const ava = { id: '', first: { referralId: '', reference: '' }, second: { referralId: '', reference: '' } }
  before(async () => {
    const first = await referAva(env.app, demoUser('Hannah Ward').email, '2026-03-10T10:00:00Z', null)
    const second = await referAva(env.app, demoUser('Grace Okafor').email, TEST_NOW.toISOString(), first.personId)
    assert.equal(second.personId, first.personId)
    Object.assign(ava, { id: first.personId, first, second })
  })

  test("a practitioner reads a child's chronology with her age at each contact and opens a past referral", () =>
    withPage(env.browser, async ({ page }) => {
      assert.equal(demoUser('Sam Taylor').email, 'sam.taylor@csc.northbridge.example')
      await signInByTyping(page, env.app, 'sam.taylor@csc.northbridge.example', 'northbridge-demo')
      await page.goto(env.app.url(`/people/${ava.id}`))
      assert.equal(oneLine((await page.locator('h1').textContent()) ?? ''), 'Ava Okonkwo-Byrne')
      assert.match(await page.title(), /^Person history – Threshold/)

      const agencies = (await page.locator('#referring-agencies li').allTextContents()).map(oneLine)
      assert.deepEqual(agencies, ['Northbridge Community Health Visiting (1)', 'Northbridge Primary School (1)'])

      const table = page.getByRole('table')
      const rows = table.locator('tbody tr')
      assert.equal(await rows.count(), 2)
      const cells = async (i: number) => (await rows.nth(i).locator('td').allTextContents()).map(oneLine)
      const [today, march] = [await cells(0), await cells(1)]
      assert.deepEqual(today.slice(0, 4), [
        '26 November 2026',
        ava.second.reference,
        'Northbridge Primary School',
        '6 years',
      ])
      assert.deepEqual(march.slice(0, 4), [
        '10 March 2026',
        ava.first.reference,
        'Northbridge Community Health Visiting',
        '5 years',
      ])
      await screenshot(page, `person-history-${backend}`)
      await checkAccessibility(page, 'person history')

      await page.getByRole('link', { name: ava.first.reference, exact: true }).click()
      await page.waitForURL(u => u.pathname === `/referrals/${ava.first.referralId}`)
      assert.equal(oneLine((await page.locator('h1').textContent()) ?? ''), `Referral ${ava.first.reference}`)

      await page.goBack()
      await page.waitForURL(u => u.pathname === `/people/${ava.id}`)
      assert.equal(pathOf(page), `/people/${ava.id}`)
    }))

  test('the household page, and a person with no household, pass axe too', () =>
    withPage(env.browser, async ({ page }) => {
      await signInByTyping(page, env.app, demoUser('Priya Shah').email)
      // Ava is not linked to a household in this test: the page says so.
      await page.goto(env.app.url(`/people/${ava.id}`))
      assert.equal(oneLine((await page.locator('#no-household').textContent()) ?? ''), 'Not linked to a household.')

      const householdId = await linkAvaToHousehold(env.app, ava.id)
      await page.goto(env.app.url(`/households/${householdId}`))
      assert.equal(oneLine((await page.locator('h1').textContent()) ?? ''), 'Household history')
      assert.equal(await page.locator('#chronology tbody tr').count(), 2)
      await checkAccessibility(page, 'household history')
      await page.locator('#household-members').getByRole('link', { name: 'Ava Okonkwo-Byrne' }).click()
      await page.waitForURL(u => u.pathname === `/people/${ava.id}`)
    }))

  test('a referrer cannot open the history: page not found', () =>
    withPage(env.browser, async ({ page }) => {
      await signInByTyping(page, env.app, demoUser('Hannah Ward').email)
      const res = await page.goto(env.app.url(`/people/${ava.id}`))
      assert.equal(res?.status(), 404)
      assert.equal(oneLine((await page.locator('h1').textContent()) ?? ''), 'Page not found')
      await checkAccessibility(page, 'person history, not found')
    }))
})

/** A household with Ava in it, made directly: the checks journey has its own tests. */
async function linkAvaToHousehold(app: BrowserApp, personId: string): Promise<string> {
  const householdId = await createHousehold(app.deps.db, { createdAt: TEST_NOW, createdByUserId: null })
  await setPersonHousehold(app.deps.db, personId, householdId)
  return householdId
}
