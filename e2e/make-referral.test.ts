import assert from 'node:assert/strict'
import { test } from 'node:test'
import { findReferral } from '../src/data/repositories/referral-repository.js'
import { QUALITY_WEIGHTS } from '../src/domain/referral/referral-quality.js'
import { demoUser, pathOf, browserSuiteOnBackends } from './support/app.js'
import { screenshot, withPage } from './support/browser.js'
import {
  answerConcerns,
  answerLevelAndConsent,
  CHECK,
  dateBoxes,
  field,
  fillAdult,
  fillChild,
  fillFields,
  myReferralRows,
  oneLine,
  signedIn,
  startWebReferral,
  taskStatuses,
  text,
  WEB_SECTIONS,
  type ChildAnswers,
} from './support/referral-journey.js'

// A referrer's web referral in a real browser: from "My referrals" to sent and back, and a draft
// left half-way. Every page the journey lands on is checked with axe. Error states are in
// make-referral-errors.test.ts; sending twice, phone referrals and access in make-referral-sending.

const ZOE: ChildAnswers = {
  givenName: 'Zoë',
  familyName: 'Okonkwo-Byrne',
  born: true,
  date: ['14', '3', '2019'],
  sex: 'Female',
  line1: '14 Canal Row',
  town: 'Northbridge',
  postcode: 'nb1 4gh',
  school: 'Riverside Primary School, Year 2',
}
const UNBORN: ChildAnswers = { born: false, date: ['15', '3', '2027'], sex: 'Not known', line1: '14 Canal Row' }
const DESCRIPTION =
  'On 20 November Zoë told her teacher that Dad "threw a plate at Mum" 😟 and drew a picture she labelled <b>html</b>.\n' +
  "Chloe O'Brien is six months pregnant and had a bruise on her cheek when she collected Zoë from school."
browserSuiteOnBackends('making a referral in a browser', (env, backend) => {
  test('a referrer refers two siblings and their mother, sees the quality prompts, sends it and finds it in My referrals', () =>
    withPage(
      env.browser,
      signedIn(env.app, 'Hannah Ward', async j => {
        const { page } = j
        assert.equal(pathOf(page), '/my-referrals')
        const id = await startWebReferral(j)
        assert.deepEqual(await taskStatuses(page), [
          `${WEB_SECTIONS[0]}: Completed`,
          ...WEB_SECTIONS.slice(1, 6).map(s => `${s}: Not started`),
          // Pre-filled from the account (name, email, agency); job title and phone are still to give.
          'Your contact details: In progress',
          `${CHECK}: Cannot start yet`,
        ])

        await j.follow(j.link('The children'))
        await j.follow(j.button('Add a child'))
        await fillChild(page, ZOE)
        assert.equal(await j.submit(), 303)
        await j.follow(j.button('Add another child'))
        await fillChild(page, UNBORN)
        assert.equal(await j.submit(), 303)
        assert.deepEqual((await page.locator('.govuk-summary-list__row').allTextContents()).map(oneLine), [
          'Zoë Okonkwo-Byrne Born 14 March 2019 Change Zoë Okonkwo-Byrne Remove Zoë Okonkwo-Byrne',
          'Unborn baby Due 15 March 2027 Change Unborn baby Remove Unborn baby',
        ])
        await j.follow(j.button('Continue'))

        await j.follow(j.link('Parents, carers and household'))
        await j.follow(j.button('Add an adult'))
        await fillAdult(page, {
          givenName: 'Chloe',
          familyName: "O'Brien",
          dateOfBirth: ['3', '8', '1994'],
          relationships: { 'Zoë Okonkwo-Byrne': 'Mother', 'Unborn baby': 'Mother' },
          livesWithChildren: 'Yes',
          parentalResponsibility: 'Yes',
        })
        assert.equal(await j.submit(), 303)
        assert.equal(await text(page.locator('.govuk-summary-list__key')), "Chloe O'Brien")
        await j.follow(j.button('Continue'))

        await answerConcerns(j, 'Your concerns', {
          indicators: ['Domestic abuse', 'Emotional wellbeing and mental health'],
          description: DESCRIPTION,
          incidentDates: 'Most weekends since October',
          impactOnChild:
            'Zoë is tired and withdrawn in class, has stopped playing with friends and is frightened to go home.',
          childsVoice: '"I hide in the bathroom when Daddy shouts."',
          actionsTaken: 'Offered Chloe a referral to the domestic abuse service; she declined.',
        })
        await answerLevelAndConsent(j, 'Your view of the level of need', 3, 'Repeated domestic abuse affecting Zoë.')

        await j.follow(j.link('Your contact details'))
        assert.equal(await field(page, 'Full name'), 'Hannah Ward')
        assert.equal(await field(page, 'Email address'), demoUser('Hannah Ward').email)
        await fillFields(page, { 'Job title': 'Health visitor', 'Phone number': '01632 960 001' })
        assert.equal(await j.submit(), 303)

        assert.deepEqual(await taskStatuses(page), [
          ...WEB_SECTIONS.map(s => `${s}: Completed`),
          `${CHECK}: Not started`,
        ])
        assert.match(await text(page.locator('main')), /You have completed 7 of 7 sections/)
        await screenshot(page, `referral-task-list-${backend}`)

        await j.follow(j.link(CHECK))
        assert.equal(await j.h1(), 'Check your answers before sending the referral')
        await screenshot(page, `referral-check-answers-${backend}`)
        assert.equal(await page.locator('.govuk-notification-banner').count(), 0, 'nothing should be missing')
        // Only the NHS number is left out, so only its points are lost and it is the one prompt.
        const score = String(100 - QUALITY_WEIGHTS['nhs-number'])
        assert.equal(await text(page.locator('.threshold-quality__score')), score)
        const prompts = page.locator('.threshold-quality li a')
        assert.deepEqual(await prompts.allTextContents(), ["Give Zoë's NHS number if you know it"])
        assert.equal(await prompts.first().getAttribute('href'), `/referrals/${id}/children`)
        const cards = (await page.locator('.govuk-summary-card__title').allTextContents()).map(oneLine)
        assert.deepEqual(cards.slice(1, 4), ['Zoë Okonkwo-Byrne', 'Unborn baby', "Chloe O'Brien"])
        const what = page.locator('.govuk-summary-list__row', {
          has: page.getByText('What happened', { exact: true }),
        })
        // innerText renders the kept line breaks (<br>) as breaks, so paragraphs stay apart.
        assert.equal(oneLine(await what.locator('.govuk-summary-list__value').innerText()), oneLine(DESCRIPTION))
        assert.ok((await what.locator('.govuk-summary-list__value br').count()) > 0, 'the typed line break is kept')
        assert.equal(await page.locator('main b').count(), 0, 'typed HTML must be shown as text, not markup')
        const main = await text(page.locator('main'))
        assert.match(main, /Mother of Zoë Okonkwo-Byrne; Mother of Unborn baby/)
        assert.match(main, /14 Canal Row, Northbridge, NB1 4GH/, 'a valid postcode is tidied')

        assert.equal(await j.submit('Send the referral'), 303)
        assert.equal(await text(page.locator('.govuk-panel__title')), 'Referral sent')
        const reference = await text(page.locator('.govuk-panel__body strong'))
        assert.match(reference, /^R-2026-\d{6}$/)
        await screenshot(page, `referral-confirmation-${backend}`)
        const stored = await findReferral(env.app.deps.db, id)
        // Browsers send a textarea's line breaks as CRLF (HTML spec); everything else is as typed.
        const description = stored?.content.concerns.description?.replace(/\r\n/g, '\n')
        assert.equal(description, DESCRIPTION, 'free text is stored exactly as typed')
        assert.equal(stored?.content.adults[0]?.familyName, "O'Brien")

        await j.follow(j.link('Go to My referrals'))
        const sent = await myReferralRows(page, 'Referrals you have sent')
        assert.deepEqual(
          sent.filter(r => r.includes('Zoë')).map(r => r.split(' | ').slice(0, 3)),
          [['Zoë Okonkwo-Byrne, Unborn baby', reference, 'Sent – waiting for a decision']],
        )
        const drafts = await myReferralRows(page, 'Drafts you have not sent yet')
        assert.equal(drafts.filter(r => r.includes('Zoë')).length, 0, 'a sent referral is no longer a draft')
        await screenshot(page, `my-referrals-${backend}`)
        await j.follow(j.link('Zoë Okonkwo-Byrne, Unborn baby'))
        assert.equal(await j.h1(), `Referral ${reference}`)
        // innerText renders the kept line breaks (<br>) as breaks, so paragraphs stay apart.
        assert.equal(oneLine(await what.locator('.govuk-summary-list__value').innerText()), oneLine(DESCRIPTION))
        assert.ok((await what.locator('.govuk-summary-list__value br').count()) > 0, 'the typed line break is kept')
        assert.equal(await page.locator('main b').count(), 0)
      }),
    ))

  test('a draft left after adding a child waits in My referrals and carries on where it was left', () =>
    withPage(
      env.browser,
      signedIn(env.app, 'Hannah Ward', async j => {
        const { page } = j
        await startWebReferral(j)
        await j.follow(j.link('The children'))
        await j.follow(j.button('Add a child'))
        await fillChild(page, {
          givenName: 'Kofi',
          familyName: 'Mensah',
          born: true,
          date: ['2', '6', '2021'],
          sex: 'Male',
        })
        assert.equal(await j.submit(), 303)

        await j.follow(j.link('Home'))
        assert.equal(pathOf(page), '/my-referrals')
        const drafts = await myReferralRows(page, 'Drafts you have not sent yet')
        assert.deepEqual(
          drafts.filter(r => r.includes('Kofi')).map(r => r.split(' | ').slice(0, 2)),
          [['Kofi Mensah', 'Draft – not sent yet']],
        )
        assert.equal((await myReferralRows(page, 'Referrals you have sent')).filter(r => r.includes('Kofi')).length, 0)

        await j.follow(j.link('Kofi Mensah'))
        assert.equal(await j.h1(), 'Your referral')
        assert.deepEqual((await taskStatuses(page)).slice(0, 3), [
          'Is a child in immediate danger?: Completed',
          'The children: Completed',
          'Parents, carers and household: Not started',
        ])
        await j.follow(j.link('The children'))
        assert.match(await text(page.locator('.govuk-summary-list')), /^Kofi Mensah Born 2 June 2021/)
        await j.follow(j.link('Change Kofi Mensah'))
        assert.deepEqual([await field(page, 'First name'), await field(page, 'Last name')], ['Kofi', 'Mensah'])
        assert.deepEqual(await dateBoxes(page, 'dateOfBirth'), ['2', '6', '2021'])
        assert.equal(await page.getByLabel('Male', { exact: true }).isChecked(), true)

        // Carrying on: the next section is saved into the same draft.
        await j.follow(j.link('Back to the referral').first())
        await answerLevelAndConsent(j, 'Your view of the level of need', 2, 'Kofi needs support at home.')
        assert.match(await text(page.locator('main')), /You have completed 4 of 7 sections/)
      }),
    ))
})
