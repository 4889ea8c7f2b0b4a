import assert from 'node:assert/strict'
import type { Locator, Page } from 'playwright-core'
import { findUserByEmail, toActor } from '../../src/data/repositories/identity-repository.js'
import type { ReferralContent } from '../../src/domain/referral/referral-content.js'
import { okonkwoByrneReferral } from '../../src/domain/referral/referral-personas.js'
import { loadDraft, saveDraft, startReferral, todayInLondon } from '../../src/services/referral-service.js'
import { demoUser, pathOf, signInByTyping, type BrowserApp } from './app.js'
import { checkAccessibility, type BrowserPage } from './browser.js'

// Driving the make-a-referral journey in a browser, as a person would: by labels, links and
// buttons. A Journey runs axe on every page it lands on and can prove that none was missed.

export const oneLine = (s: string): string => s.replace(/\s+/g, ' ').trim()
export const text = async (locator: Locator): Promise<string> => oneLine((await locator.textContent()) ?? '')
export const field = (page: Page, label: string): Promise<string> =>
  page.getByLabel(label, { exact: true }).inputValue()
export const dateBoxes = (page: Page, prefix: string): Promise<string[]> =>
  Promise.all(['day', 'month', 'year'].map(part => page.locator(`#${prefix}-${part}`).inputValue()))

export const WEB_SECTIONS = [
  'Is a child in immediate danger?',
  'The children',
  'Parents, carers and household',
  'Your concerns',
  'Your view of the level of need',
  'Consent and information sharing',
  'Your contact details',
]
export const CHECK = 'Check your answers and send the referral'

export class Journey {
  private readonly loads: string[] = []
  private readonly checked = new Set<number>()

  constructor(
    readonly page: Page,
    readonly app: BrowserApp,
  ) {
    page.on('load', () => this.loads.push(page.url()))
  }

  h1(): Promise<string> {
    return text(this.page.locator('h1'))
  }

  /** axe and the reflow check on the page just loaded, named after its heading unless told. */
  async arrive(label?: string): Promise<void> {
    const name = label ?? `"${await this.h1()}"`
    await checkAccessibility(this.page, name)
    this.checked.add(this.loads.length)
  }

  async goto(path: string, label?: string): Promise<number> {
    const res = await this.page.goto(this.app.url(path))
    await this.arrive(label)
    return res?.status() ?? 0
  }

  /** Clicks a link (or a link styled as a button) and waits for the page it opens. */
  async follow(link: Locator, label?: string): Promise<void> {
    const loaded = this.page.waitForEvent('load')
    await link.click()
    await loaded
    await this.arrive(label)
  }

  link(name: string): Locator {
    return this.page.getByRole('link', { name, exact: true })
  }

  /** govukButton with an href is a link with role="button". */
  button(name: string): Locator {
    return this.page.getByRole('button', { name, exact: true })
  }

  /** Presses a form's button; returns the status of the POST itself (303 on to the next page, 400 re-shown). */
  async submit(button = 'Save and continue', label?: string): Promise<number> {
    const response = this.page.waitForResponse(
      r => r.request().method() === 'POST' && r.request().isNavigationRequest(),
    )
    const loaded = this.page.waitForEvent('load')
    await this.button(button).click()
    const [res] = await Promise.all([response, loaded])
    await this.arrive(label)
    return res.status()
  }

  /** Every page load since the journey began went through axe. */
  assertEveryPageChecked(): void {
    const missed = this.loads.filter((_, i) => !this.checked.has(i + 1))
    assert.deepEqual(missed, [], 'pages loaded without an accessibility check')
  }
}

/**
 * For withPage: signs in as a demo user, then runs the test on a Journey, which checks every
 * page it lands on with axe and, at the end, proves that none was missed. The sign-in page is
 * checked by sign-in.test.ts.
 */
export const signedIn =
  (app: BrowserApp, name: string, fn: (j: Journey) => Promise<void>) =>
  async ({ page }: BrowserPage): Promise<void> => {
    await signInByTyping(page, app, demoUser(name).email)
    const j = new Journey(page, app)
    if (pathOf(page) === '/guidance/escalation') {
      // A partner agency's first sign-in shows how to challenge a decision (e2e/escalation-guidance.test.ts).
      await j.arrive(`first sign-in of ${name}`)
      await j.follow(page.getByRole('button', { name: 'Continue to Threshold' }))
    }
    await j.arrive(`landing page of ${name}`)
    await fn(j)
    j.assertEveryPageChecked()
  }

export const focusedId = async (page: Page): Promise<string> => (await page.locator(':focus').getAttribute('id')) ?? ''

/** From "My referrals" to the immediate danger question, answered "No", on the task list; returns the id. */
export async function startWebReferral(j: Journey): Promise<string> {
  await j.follow(j.button('Make a referral'))
  assert.equal(await j.h1(), 'Make a referral to children’s social care')
  assert.equal(await j.submit('Start a referral'), 303)
  assert.equal(await j.h1(), 'Is a child in immediate danger?')
  await j.page.getByLabel('No', { exact: true }).check()
  assert.equal(await j.submit(), 303)
  assert.equal(await j.h1(), 'Your referral')
  return new URL(j.page.url()).pathname.split('/')[2]!
}

/** Links in a list as [href, text]. */
export async function linksIn(links: Locator): Promise<[string, string][]> {
  const rows: [string, string][] = []
  for (const link of await links.all()) rows.push([(await link.getAttribute('href')) ?? '', await text(link)])
  return rows
}

/** The GOV.UK error summary: the title, and each link as [href, text]. */
export async function errorSummary(page: Page): Promise<{ title: string; links: [string, string][] }> {
  return { title: await page.title(), links: await linksIn(page.locator('.govuk-error-summary__list a')) }
}

/** Task list rows as "name: status", in order, both task lists on the page. */
export async function taskStatuses(page: Page): Promise<string[]> {
  const rows: string[] = []
  for (const item of await page.locator('.govuk-task-list__item').all()) {
    const name = await text(item.locator('.govuk-task-list__name-and-hint > :first-child'))
    rows.push(`${name}: ${await text(item.locator('.govuk-task-list__status'))}`)
  }
  return rows
}

export type ChildAnswers = {
  givenName?: string
  familyName?: string
  born?: boolean
  /** Day, month, year: the date of birth, or the due date when not born. */
  date?: [string, string, string]
  sex?: 'Female' | 'Male' | 'Not known'
  nhsNumber?: string
  line1?: string
  town?: string
  postcode?: string
  school?: string
}

/** Fills the child page; only the answers given are touched. */
export async function fillChild(page: Page, c: ChildAnswers): Promise<void> {
  const label = (name: string) => page.getByLabel(name, { exact: true })
  if (c.givenName !== undefined) await label('First name').fill(c.givenName)
  if (c.familyName !== undefined) await label('Last name').fill(c.familyName)
  if (c.born !== undefined) await label(c.born ? 'Yes' : 'No, the child is not born yet').check()
  if (c.date) {
    const prefix = c.born === false ? '#expectedDate' : '#dateOfBirth'
    for (const [i, part] of ['day', 'month', 'year'].entries()) await page.locator(`${prefix}-${part}`).fill(c.date[i]!)
  }
  if (c.sex) await label(c.sex).check()
  if (c.nhsNumber !== undefined) await label('NHS number (optional)').fill(c.nhsNumber)
  if (c.line1 !== undefined) await label('Address line 1').fill(c.line1)
  if (c.town !== undefined) await label('Town or city').fill(c.town)
  if (c.postcode !== undefined) await label('Postcode').fill(c.postcode)
  if (c.school !== undefined) await label('School, nursery or other setting (optional)').fill(c.school)
}

const radio = (page: Page, question: string, answer: string) =>
  page.getByRole('group', { name: question }).getByLabel(answer, { exact: true }).check()

export type AdultAnswers = {
  givenName: string
  familyName: string
  dateOfBirth?: [string, string, string]
  /** Child's name as shown → relationship label, e.g. "Mother". */
  relationships: Record<string, string>
  livesWithChildren: 'Yes' | 'No'
  parentalResponsibility?: 'Yes' | 'No' | 'Not known'
}

export async function fillAdult(page: Page, a: AdultAnswers): Promise<void> {
  await page.getByLabel('First name', { exact: true }).fill(a.givenName)
  await page.getByLabel('Last name', { exact: true }).fill(a.familyName)
  for (const [i, part] of ['day', 'month', 'year'].entries()) {
    if (a.dateOfBirth) await page.locator(`#dateOfBirth-${part}`).fill(a.dateOfBirth[i]!)
  }
  for (const [child, relationship] of Object.entries(a.relationships)) {
    await page.getByLabel(`Relationship to ${child}`, { exact: true }).selectOption({ label: relationship })
  }
  await radio(page, 'Do they live with the children?', a.livesWithChildren)
  if (a.parentalResponsibility) {
    await radio(page, 'Do they have parental responsibility?', a.parentalResponsibility)
  }
}

export type ConcernAnswers = {
  indicators: string[]
  description: string
  incidentDates?: string
  impactOnChild: string
  childsVoice?: string
  actionsTaken?: string
}

/** From the task list: both concern pages, back to the task list. */
export async function answerConcerns(j: Journey, section: string, c: ConcernAnswers): Promise<void> {
  await j.follow(j.link(section))
  for (const indicator of c.indicators) await j.page.getByLabel(indicator, { exact: true }).check()
  assert.equal(await j.submit(), 303)
  assert.equal(await j.h1(), 'Describe your concerns')
  const area = (label: RegExp) => j.page.getByRole('textbox', { name: label })
  await area(/^What happened, or what are you worried about\?/).fill(c.description)
  await area(/^When did it happen/).fill(c.incidentDates ?? '')
  await area(/^What is the impact on the child\?/).fill(c.impactOnChild)
  await area(/^What has the child said/).fill(c.childsVoice ?? '')
  await area(/^What has your agency already done\?/).fill(c.actionsTaken ?? '')
  assert.equal(await j.submit(), 303)
}

/** From the task list: level of need, consent and lawful basis, each back to the task list. */
export async function answerLevelAndConsent(j: Journey, levelSection: string, level: number, reason: string) {
  await j.follow(j.link(levelSection))
  await j.page.getByRole('radio', { name: new RegExp(`^Level ${level}:`) }).check()
  await j.page.getByLabel('Why do you think it is at this level? (optional)').fill(reason)
  assert.equal(await j.submit(), 303)

  await j.follow(j.link('Consent and information sharing'))
  await radio(j.page, 'Have the parents or carers been told about this referral?', 'No')
  await radio(j.page, 'Have they agreed to the referral?', 'Consent was not asked for')
  await j.page
    .getByRole('textbox', { name: /^If they were not told/ })
    .fill('Telling them could put the children and their mother at greater risk.')
  await radio(
    j.page,
    'What is your lawful basis for sharing this information?',
    'Public task: sharing is part of our safeguarding duties',
  )
  assert.equal(await j.submit(), 303)
}

/** Types into text inputs found by their exact labels. */
export async function fillFields(page: Page, fields: Record<string, string>): Promise<void> {
  for (const [label, value] of Object.entries(fields)) await page.getByLabel(label, { exact: true }).fill(value)
}

/**
 * A complete web draft made straight through the services, for tests whose subject starts at
 * "Check your answers": the persona referral, with the older child renamed so that each test
 * can find its own referral in "My referrals".
 */
export async function seedCompleteDraft(app: BrowserApp, email: string, givenName: string): Promise<string> {
  const user = await findUserByEmail(app.deps.db, email)
  assert.ok(user, `no user ${email}`)
  const actor = toActor(user)
  const ctx = { actor, correlationId: null }
  const started = await startReferral(app.deps, ctx, actor, 'web')
  assert.ok(started.ok)
  const draft = await loadDraft(app.deps, actor, started.value.id)
  const persona = okonkwoByrneReferral(todayInLondon(app.deps))
  const content: ReferralContent = {
    ...persona,
    children: persona.children.map(c => (c.id === 'child-ava' ? { ...c, givenName } : c)),
  }
  const saved = await saveDraft(app.deps, ctx, actor, draft.id, draft.version, 'children', () => content)
  assert.ok(saved.ok, 'the seeded draft was not saved')
  return draft.id
}

/** "My referrals" rows of one table as "children | reference | status" (reference only when sent). */
export async function myReferralRows(page: Page, caption: 'Drafts you have not sent yet' | 'Referrals you have sent') {
  const table = page.locator('table', { has: page.locator('caption', { hasText: caption }) })
  const rows: string[] = []
  for (const row of await table.locator('tbody tr').all()) {
    rows.push((await row.locator('td').allTextContents()).map(t => t.trim()).join(' | '))
  }
  return rows
}
