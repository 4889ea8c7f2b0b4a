import assert from 'node:assert/strict'
import { test } from 'node:test'
import { demoUser, pathOf, browserSuiteOnBackends } from './support/app.js'
import { screenshot, withPage } from './support/browser.js'
import {
  answerConcerns,
  CHECK,
  answerLevelAndConsent,
  errorSummary,
  fillChild,
  fillFields,
  type Journey,
  myReferralRows,
  seedCompleteDraft,
  signedIn,
  taskStatuses,
  text,
} from './support/referral-journey.js'

// Sending a referral: a double click or a re-post sends it once, a call handler cannot send a
// phone referral without telling the caller their rights, and a sent referral opens only for
// those allowed to see it. Drafts these tests start from are made through the services; the
// whole journey by hand is in make-referral.test.ts.

const REFERENCE = /^R-2026-\d{6}$/
const RIGHTS_MESSAGE =
  'Confirm you have told the caller they can ask to speak to a social worker and can challenge a decision'
const PHONE_SECTIONS = [
  'About the call and the caller’s rights',
  'Is a child in immediate danger?',
  'The children',
  'Parents, carers and household',
  'The caller’s concerns',
  'The caller’s view of the level of need',
  'Consent and information sharing',
  'The caller’s contact details',
]
const HANNAH = demoUser('Hannah Ward').email

/** The reference on the confirmation page. */
async function sentReference(j: Journey): Promise<string> {
  assert.equal(await text(j.page.locator('.govuk-panel__title')), 'Referral sent')
  const reference = await text(j.page.locator('.govuk-panel__body strong'))
  assert.match(reference, REFERENCE)
  return reference
}

/** "My referrals" has exactly one sent referral for this child, with this reference, and no draft. */
async function sentOnce(j: Journey, children: string, reference: string): Promise<void> {
  await j.goto('/my-referrals')
  const sent = (await myReferralRows(j.page, 'Referrals you have sent')).filter(r => r.startsWith(`${children} |`))
  assert.deepEqual(
    sent.map(r => r.split(' | ')[1]),
    [reference],
    `one sent referral for ${children}`,
  )
  const drafts = (await myReferralRows(j.page, 'Drafts you have not sent yet')).filter(r =>
    r.startsWith(`${children} |`),
  )
  assert.deepEqual(drafts, [])
}

browserSuiteOnBackends('sending a referral in a browser', (env, backend) => {
  test('double-clicking "Send the referral" sends it once', () =>
    withPage(
      env.browser,
      signedIn(env.app, 'Hannah Ward', async j => {
        const id = await seedCompleteDraft(env.app, HANNAH, 'Maisie')
        await j.goto(`/referrals/${id}/check-answers`)
        const posts: string[] = []
        j.page.on('request', r => {
          if (r.method() === 'POST') posts.push(new URL(r.url()).pathname)
        })
        const confirmed = j.page.waitForURL(u => u.pathname === `/referrals/${id}/confirmation`)
        await j.button('Send the referral').dblclick()
        await confirmed
        await j.arrive()
        // GOV.UK Frontend's preventDoubleClick drops the second click, under the strict CSP too.
        assert.deepEqual(posts, [`/referrals/${id}/check-answers`])
        await sentOnce(j, 'Maisie Okonkwo-Byrne, Unborn baby', await sentReference(j))
      }),
    ))

  test('posting "Send the referral" twice at once, and again from the old page, sends it once', () =>
    withPage(
      env.browser,
      signedIn(env.app, 'Hannah Ward', async j => {
        const id = await seedCompleteDraft(env.app, HANNAH, 'Ivy')
        await j.goto(`/referrals/${id}/check-answers`)
        // What a double click does without JavaScript, or a retry on a slow network: two posts racing.
        const csrf = await j.page.locator('form[action$="/check-answers"] input[name="_csrf"]').inputValue()
        const post = () =>
          j.page.request.post(env.app.url(`/referrals/${id}/check-answers`), { form: { _csrf: csrf }, maxRedirects: 0 })
        const both = await Promise.all([post(), post()])
        assert.deepEqual(
          both.map(r => [r.status(), r.headers().location]),
          [0, 1].map(() => [303, `/referrals/${id}/confirmation`]),
        )
        // The page still shows the button, as it would after pressing Back: sending again is harmless.
        assert.equal(await j.submit('Send the referral'), 303)
        assert.equal(pathOf(j.page), `/referrals/${id}/confirmation`)
        await sentOnce(j, 'Ivy Okonkwo-Byrne, Unborn baby', await sentReference(j))
      }),
    ))

  test('a phone referral cannot be sent until the caller has been told their rights', () =>
    withPage(
      env.browser,
      signedIn(env.app, 'Sam Taylor', async j => {
        const { page } = j
        assert.equal(pathOf(page), '/front-door')
        await j.follow(page.getByRole('button', { name: 'Record a phone referral' }))
        assert.equal(await j.submit('Start recording the call'), 303)
        assert.equal(await j.h1(), 'About the call')
        const id = pathOf(page).split('/')[2]!
        await screenshot(page, `phone-call-page-${backend}`)

        const group = (name: string) => page.getByRole('group', { name })
        await page.getByLabel('A professional', { exact: true }).check()
        await group('Which kind of agency are they from?').getByLabel('School', { exact: true }).check()
        await group('Did the caller ask to speak to a social worker?').getByLabel('No', { exact: true }).check()
        assert.equal(await j.submit(), 400, 'the rights are not confirmed')
        const error = await errorSummary(page)
        assert.match(error.title, /^Error: About the call/)
        assert.deepEqual(error.links, [['#rightsExplained', RIGHTS_MESSAGE]])
        assert.equal(await text(page.locator('#rightsExplained-error')), `Error: ${RIGHTS_MESSAGE}`)
        assert.equal(await page.getByLabel('School', { exact: true }).isChecked(), true, 'answers are kept')
        await screenshot(page, `phone-call-error-${backend}`)

        // Everything else answered; the rights still not confirmed.
        await j.follow(j.link('Back to the referral').first())
        assert.equal(await j.h1(), 'Phone referral')
        await j.follow(j.link('Is a child in immediate danger?'))
        await page.getByLabel('No', { exact: true }).check()
        assert.equal(await j.submit(), 303)
        await j.follow(j.link('The children'))
        await j.follow(j.button('Add a child'))
        await fillChild(page, {
          givenName: 'Amara',
          familyName: 'Osei',
          born: true,
          date: ['2', '6', '2015'],
          sex: 'Female',
        })
        assert.equal(await j.submit(), 303)
        await j.follow(j.button('Continue'))
        await answerConcerns(j, 'The caller’s concerns', {
          indicators: ['Emotional wellbeing and mental health'],
          description: 'Amara told her teacher she is scared to go home because her step-father drinks and shouts.',
          impactOnChild: 'Amara is anxious, has stopped eating lunch and cries when school ends.',
        })
        await answerLevelAndConsent(j, 'The caller’s view of the level of need', 3, 'Ongoing fear at home.')
        await j.follow(j.link('The caller’s contact details'))
        await fillFields(page, {
          'Full name': 'Daniel Hughes',
          'Job title (professionals only)': 'Head teacher',
          'Agency or organisation (professionals only)': 'Northbridge Academy',
          'Phone number': '01632 960 456',
          'Email address': 'd.hughes@academy.example.org',
        })
        assert.equal(await j.submit(), 303)
        assert.deepEqual(await taskStatuses(page), [
          `${PHONE_SECTIONS[0]}: In progress`,
          ...PHONE_SECTIONS.slice(1, 3).map(s => `${s}: Completed`),
          `${PHONE_SECTIONS[3]}: Not started`,
          ...PHONE_SECTIONS.slice(4).map(s => `${s}: Completed`),
          `${CHECK}: Cannot start yet`,
        ])
        assert.equal(await j.link(CHECK).count(), 0, 'check answers cannot be started')

        // Going round the task list: check answers says what is wrong, and sending is refused.
        const rightsLink = [`/referrals/${id}/call#rightsExplained`, RIGHTS_MESSAGE]
        assert.equal(await j.goto(`/referrals/${id}/check-answers`), 200)
        const banner = page.locator('.govuk-notification-banner li a')
        assert.deepEqual([[await banner.getAttribute('href'), await text(banner)]], [rightsLink])
        assert.equal(await j.submit('Send the referral'), 400, 'the referral must not be sent')
        const refused = await errorSummary(page)
        assert.match(refused.title, /^Error: /)
        assert.deepEqual(refused.links, [rightsLink])
        // The error's link leads to the question; the page opening at all shows it is still a draft.
        await j.follow(page.locator('.govuk-error-summary__list a'))
        assert.equal(pathOf(page), `/referrals/${id}/call`)
        assert.equal(await j.h1(), 'About the call')
        await page
          .getByRole('checkbox', { name: /^I have told the caller they can ask to speak to a social worker/ })
          .check()
        assert.equal(await j.submit(), 303)
        assert.equal((await taskStatuses(page)).at(-1), `${CHECK}: Not started`)
        await j.follow(j.link(CHECK))
        const rights = page.locator('.govuk-summary-list__row', {
          has: page.getByText('Rights explained', { exact: true }),
        })
        assert.match(
          await text(rights),
          /Yes, the caller was told they can speak to a social worker and challenge a decision/,
        )
        assert.equal(await j.submit('Send the referral'), 303)
        const reference = await sentReference(j)
        assert.match(await text(page.locator('main')), new RegExp(`Give the caller the reference ${reference}\\.`))
      }),
    ))

  test('a sent referral opens for the agency’s safeguarding lead and is "Page not found" to another agency', async () => {
    const sentId = await seedCompleteDraft(env.app, HANNAH, 'Leo')
    const draftId = await seedCompleteDraft(env.app, HANNAH, 'Noah')
    let reference = ''
    await withPage(
      env.browser,
      signedIn(env.app, 'Hannah Ward', async j => {
        await j.goto(`/referrals/${sentId}/check-answers`)
        assert.equal(await j.submit('Send the referral'), 303)
        reference = await sentReference(j)
      }),
    )
    await withPage(
      env.browser,
      signedIn(env.app, 'Grace Okafor', async j => {
        for (const path of [`/referrals/${sentId}`, `/referrals/${sentId}/confirmation`, `/referrals/${draftId}`]) {
          assert.equal(await j.goto(path), 404, `${path} must be hidden from another agency`)
          assert.equal(await j.h1(), 'Page not found')
          assert.doesNotMatch(await text(j.page.locator('main')), /Okonkwo-Byrne|R-2026/)
        }
      }),
    )
    await withPage(
      env.browser,
      signedIn(env.app, 'Claire Moss', async j => {
        assert.equal(await j.goto(`/referrals/${sentId}`), 200)
        assert.equal(await j.h1(), `Referral ${reference}`)
        const cards = await j.page.locator('.govuk-summary-card__title').allTextContents()
        assert.ok(cards.map(c => c.trim()).includes('Leo Okonkwo-Byrne'), 'the lead sees the children')
        assert.equal(await j.page.getByRole('link', { name: /^Change/ }).count(), 0, 'read-only once sent')
        assert.equal(await j.goto(`/referrals/${draftId}`), 404, 'a colleague’s draft stays private')
      }),
    )
  })
})
