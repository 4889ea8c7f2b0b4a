import assert from 'node:assert/strict'
import { test } from 'node:test'
import { pathOf, browserSuiteOnBackends } from './support/app.js'
import { screenshot, withPage } from './support/browser.js'
import {
  CHECK,
  dateBoxes,
  errorSummary,
  field,
  fillChild,
  focusedId,
  linksIn,
  signedIn,
  taskStatuses,
  text,
  type ChildAnswers,
} from './support/referral-journey.js'

// The referral's error states in a real browser, each checked with axe: the GOV.UK error
// summary on the child page, answers kept when they are wrong, and "Check your answers" before
// the referral is complete.

browserSuiteOnBackends('referral errors in a browser', (env, backend) => {
  test('the child page shows GOV.UK errors and keeps what was typed; check answers lists what is missing', () =>
    withPage(
      env.browser,
      signedIn(env.app, 'Hannah Ward', async j => {
        const { page } = j
        await j.follow(j.button('Make a referral'))
        assert.equal(await j.submit('Start a referral'), 303)
        const id = pathOf(page).split('/')[2]!
        assert.equal(await j.submit(), 400, 'immediate danger unanswered')
        assert.deepEqual((await errorSummary(page)).links, [
          ['#immediateDanger', 'Select yes if a child is in immediate danger'],
        ])
        await j.follow(j.link('Back to the referral').first())
        await j.follow(j.link('The children'))
        await j.follow(j.button('Add a child'))

        assert.equal(await j.submit(), 400)
        const empty = await errorSummary(page)
        assert.match(empty.title, /^Error: /)
        assert.deepEqual(empty.links, [
          ['#givenName', "Enter the child's first name or last name"],
          ['#born', 'Select yes if the child has been born'],
          ['#sex', "Select the child's sex"],
        ])
        await page.locator('.govuk-error-summary:focus').waitFor()
        await screenshot(page, `referral-child-errors-${backend}`)
        await page.locator('.govuk-error-summary a[href="#born"]').click()
        assert.equal(await focusedId(page), 'born', 'the summary link moves focus to the field')

        const sian: ChildAnswers = {
          givenName: 'Siân',
          familyName: "D'Arcy-Jones",
          born: true,
          date: ['1', '1', '2027'],
          sex: 'Female',
        }
        await fillChild(page, sian)
        assert.equal(await j.submit(), 400, 'a date of birth in the future')
        assert.deepEqual((await errorSummary(page)).links, [['#dateOfBirth-day', 'Date of birth must be in the past']])
        assert.equal(await text(page.locator('#dateOfBirth-error')), 'Error: Date of birth must be in the past')
        assert.deepEqual(await dateBoxes(page, 'dateOfBirth'), ['1', '1', '2027'])
        assert.deepEqual([await field(page, 'First name'), await field(page, 'Last name')], ['Siân', "D'Arcy-Jones"])

        await fillChild(page, { date: ['9', '2', '2018'], nhsNumber: '943 476 5918' })
        assert.equal(await j.submit(), 400, 'an NHS number with the wrong check digit')
        const nhsMessage = 'Enter a valid NHS number: check it has 10 digits and you have typed it correctly'
        assert.deepEqual((await errorSummary(page)).links, [['#nhsNumber', nhsMessage]])
        assert.equal(await text(page.locator('#nhsNumber-error')), `Error: ${nhsMessage}`)
        assert.equal(await field(page, 'NHS number (optional)'), '943 476 5918')
        assert.deepEqual(await dateBoxes(page, 'dateOfBirth'), ['9', '2', '2018'])

        await fillChild(page, { nhsNumber: '943 476 5919', line1: '2 Mill Lane', postcode: 'NB1 4G' })
        assert.equal(await j.submit(), 400, 'a postcode that cannot exist')
        assert.deepEqual((await errorSummary(page)).links, [['#postcode', 'Enter a real postcode, like NB1 4GH']])
        assert.equal(await field(page, 'Postcode'), 'NB1 4G')
        assert.equal(await field(page, 'Address line 1'), '2 Mill Lane')

        await fillChild(page, { postcode: 'NB1 4GH' })
        assert.equal(await j.submit(), 303)
        assert.match(await text(page.locator('.govuk-summary-list')), /^Siân D'Arcy-Jones Born 9 February 2018/)
        await j.follow(j.button('Continue'))
        assert.deepEqual((await taskStatuses(page)).slice(0, 2), [
          'Is a child in immediate danger?: Not started',
          'The children: Completed',
        ])
        assert.equal(await j.link(CHECK).count(), 0, 'check answers cannot be started yet')

        // Going to check answers anyway lists what is missing, each linked to its question.
        assert.equal(await j.goto(`/referrals/${id}/check-answers`), 200)
        const at = (p: string, fieldId: string) => `/referrals/${id}/${p}#${fieldId}`
        const missing = [
          [at('immediate-danger', 'immediateDanger'), 'Select yes if a child is in immediate danger'],
          [
            at('concerns/indicators', 'indicatorCodes'),
            'Select at least one indicator from the threshold document that matches your concern',
          ],
          [at('concerns/details', 'description'), 'Describe what happened and why you are worried about the child'],
          [
            at('concerns/details', 'impactOnChild'),
            'Describe the impact on the child: how what is happening affects them',
          ],
          [at('level', 'level'), "Select the threshold level you think the child's needs meet"],
          [at('consent', 'parentsInformed'), 'Select yes if the parents or carers know you are making this referral'],
          [at('consent', 'consentGiven'), 'Select whether the parents or carers agreed to this referral'],
          [at('consent', 'lawfulBasis'), 'Select the lawful basis for sharing this information'],
          [at('referrer', 'jobTitle'), 'Enter your job title'],
          [at('referrer', 'phone'), 'Enter your telephone number'],
        ]
        const banner = page.locator('.govuk-notification-banner')
        assert.match(await text(banner), /Before you can send Some answers are missing/)
        assert.deepEqual(await linksIn(banner.locator('li a')), missing)

        assert.equal(await j.submit('Send the referral'), 400, 'an incomplete referral is not sent')
        const refused = await errorSummary(page)
        assert.match(refused.title, /^Error: Check your answers/)
        assert.deepEqual(refused.links, missing)

        // Every link lands on a page that has the field it names.
        const byPage = new Map<string, string[]>()
        for (const [href] of missing) {
          const [path, fieldId] = href!.split('#') as [string, string]
          byPage.set(path, [...(byPage.get(path) ?? []), fieldId])
        }
        for (const [path, ids] of byPage) {
          await j.goto(path)
          for (const fieldId of ids)
            assert.equal(await page.locator(`[id="${fieldId}"]`).count(), 1, `${path} has #${fieldId}`)
        }
      }),
    ))
})
