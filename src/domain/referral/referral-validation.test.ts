import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { parseLocalDate } from '../calendar/index.js'
import { emptyReferralContent, type ReferralContent } from './referral-content.js'
import { millsVagueReferral, okonkwoByrneReferral, PERSONA_INDICATOR_CODES } from './referral-personas.js'
import {
  REFERRAL_SECTIONS,
  sectionStatuses,
  sectionsFor,
  validateReferral,
  type ReferralValidationContext,
} from './referral-validation.js'

const today = parseLocalDate('2026-11-26')
const web: ReferralValidationContext = { channel: 'web', today, indicatorCodes: PERSONA_INDICATOR_CODES }
const phone: ReferralValidationContext = { ...web, channel: 'phone' }

const statusOf = (content: ReferralContent, context = web) =>
  Object.fromEntries(sectionStatuses(content, context).map(({ section, status }) => [section, status]))

describe('validateReferral', () => {
  test('both personas can be submitted on the web and through the API', () => {
    for (const content of [okonkwoByrneReferral(today), millsVagueReferral(today)]) {
      assert.deepEqual(validateReferral(content, web), [])
      assert.deepEqual(validateReferral(content, { ...web, channel: 'api' }), [])
    }
  })

  test('the personas stay valid whatever day they are built for', () => {
    for (const day of ['2026-01-01', '2027-02-28', '2028-02-29', '2031-08-31']) {
      const on = parseLocalDate(day)
      assert.deepEqual(validateReferral(okonkwoByrneReferral(on), { ...web, today: on }), [], day)
    }
  })

  test('an empty referral lists one problem per required answer, section by section in page order', () => {
    const problems = validateReferral(emptyReferralContent(), web)
    assert.deepEqual(
      problems.map(({ section, field }) => `${section}:${field}`),
      [
        'immediate-danger:immediateDanger',
        'children:children',
        'concerns:indicatorCodes',
        'concerns:description',
        'concerns:impactOnChild',
        'level:level',
        'consent:parentsInformed',
        'consent:consentGiven',
        'consent:lawfulBasis',
        'referrer:name',
        'referrer:jobTitle',
        'referrer:agencyName',
        'referrer:phone',
        'referrer:email',
      ],
    )
  })

  test("each child's and adult's problems carry their id, so the page can link to the right one", () => {
    const content = okonkwoByrneReferral(today)
    content.children[1] = { ...content.children[1]!, expectedDate: undefined }
    content.adults[0] = { ...content.adults[0]!, livesWithChildren: undefined }
    assert.deepEqual(validateReferral(content, web), [
      {
        section: 'children',
        itemId: 'child-unborn',
        field: 'expectedDate',
        message: 'Enter the expected date of delivery',
      },
      {
        section: 'adults',
        itemId: 'adult-chloe',
        field: 'livesWithChildren',
        message: "Select yes if Chloe O'Brien lives with the children",
      },
    ])
  })

  test('adding a child means every adult must say how they are related to that child too', () => {
    const content = okonkwoByrneReferral(today)
    content.children.push({
      id: 'child-leo',
      givenName: 'Leo',
      familyName: 'Okonkwo',
      dateOfBirth: '2024-03-02',
      sex: 'male',
    })
    assert.deepEqual(
      validateReferral(content, web).map(({ itemId, field }) => `${itemId}:${field}`),
      ['adult-chloe:relationship-child-leo', 'adult-daniel:relationship-child-leo'],
    )
  })

  test('two children with the same id are refused, because relationships are keyed by child id', () => {
    const content = okonkwoByrneReferral(today)
    content.children[1] = { ...content.children[1]!, id: 'child-ava' }
    const problems = validateReferral(content, web).filter(problem => problem.field === 'id')
    assert.deepEqual(problems, [
      { section: 'children', itemId: 'child-ava', field: 'id', message: 'Each child must have a different id' },
    ])
  })

  test('a phone referral also checks the call, and talks about the caller', () => {
    const problems = validateReferral({ ...okonkwoByrneReferral(today), referrer: {} }, phone)
    assert.deepEqual(
      problems.map(({ section, field }) => `${section}:${field}`),
      [
        'referrer:name',
        'referrer:jobTitle',
        'referrer:agencyName',
        'referrer:phone',
        'referrer:email',
        'call:callerType',
        'call:sourceCode',
        'call:rightsExplained',
        'call:wantsToSpeakToSocialWorker',
      ],
    )
    assert.equal(problems[0]?.message, "Enter the caller's name")
  })

  test('an anonymous member of the public can make a phone referral with no contact details', () => {
    const content: ReferralContent = {
      ...okonkwoByrneReferral(today),
      referrer: {},
      call: {
        callerType: 'public',
        sourceCode: '9',
        anonymous: true,
        rightsExplained: true,
        wantsToSpeakToSocialWorker: false,
      },
    }
    assert.deepEqual(validateReferral(content, phone), [])
  })

  test('call details sent on a web referral are not checked', () => {
    const content = { ...okonkwoByrneReferral(today), call: { rightsExplained: false } }
    assert.deepEqual(validateReferral(content, web), [])
  })
})

describe('sectionStatuses', () => {
  test('the call section appears only for phone referrals', () => {
    assert.deepEqual(sectionsFor('web'), REFERRAL_SECTIONS.slice(0, -1))
    assert.deepEqual(
      sectionStatuses(emptyReferralContent(), phone).map(({ section }) => section),
      [...REFERRAL_SECTIONS],
    )
  })

  test('a new referral has every section not started', () => {
    assert.deepEqual(
      sectionStatuses(emptyReferralContent(), phone).map(({ status }) => status),
      REFERRAL_SECTIONS.map(() => 'not-started'),
    )
  })

  test('a complete referral has every section completed', () => {
    assert.deepEqual(
      Object.values(statusOf(okonkwoByrneReferral(today))),
      sectionsFor('web').map(() => 'completed'),
    )
  })

  test('a section with some answers and some problems is in progress', () => {
    const content = emptyReferralContent()
    content.concerns = { description: 'Ava told her teacher that Daddy pushed Mummy.' }
    content.children = [{ id: 'c1' }]
    content.consent = { parentsInformed: 'yes' }
    content.referrer = { name: '   ' }
    const status = statusOf(content)
    assert.equal(status.concerns, 'in-progress')
    assert.equal(status.children, 'in-progress', 'a child added with nothing typed yet has still been started')
    assert.equal(status.consent, 'in-progress')
    assert.equal(status.referrer, 'not-started', 'whitespace is not an answer')
  })

  test('with no adults the adults section is not started, even though a referral without adults can be sent', () => {
    const content = millsVagueReferral(today)
    assert.deepEqual(validateReferral(content, web), [])
    assert.equal(statusOf(content).adults, 'not-started')
  })

  test('an adult with problems leaves the adults section in progress', () => {
    const content = okonkwoByrneReferral(today)
    content.adults.push({ id: 'adult-new', givenName: 'Siân' })
    assert.equal(statusOf(content).adults, 'in-progress')
  })

  test('the call section is completed only once the rights have been explained', () => {
    const call = { callerType: 'public', sourceCode: '1A', wantsToSpeakToSocialWorker: true } as const
    assert.equal(statusOf({ ...okonkwoByrneReferral(today), call }, phone).call, 'in-progress')
    assert.equal(
      statusOf({ ...okonkwoByrneReferral(today), call: { ...call, rightsExplained: true } }, phone).call,
      'completed',
    )
  })
})
