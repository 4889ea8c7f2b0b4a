import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import {
  MIN_DESCRIPTION_LENGTH,
  validateConcerns,
  validateConsent,
  validateReferrerView,
} from './concerns-validation.js'
import type { Concerns, Consent } from './referral-content.js'

const known = new Set(['PC-SAFETY-01', 'FE-DOMESTIC-ABUSE-01'])
const concerns: Concerns = {
  indicatorCodes: ['FE-DOMESTIC-ABUSE-01'],
  description: 'Ava told her teacher that Daddy pushed Mummy into the door.',
  impactOnChild: 'Ava is withdrawn and tired in class.',
}
const fields = (problems: { field: string }[]) => problems.map(problem => problem.field)

describe('validateConcerns', () => {
  test('indicators, a description and the impact are enough', () => {
    assert.deepEqual(validateConcerns(concerns, known), [])
  })

  test('nothing entered gives the three required fields in page order', () => {
    assert.deepEqual(validateConcerns({}, known), [
      {
        field: 'indicatorCodes',
        message: 'Select at least one indicator from the threshold document that matches your concern',
      },
      { field: 'description', message: 'Describe what happened and why you are worried about the child' },
      { field: 'impactOnChild', message: 'Describe the impact on the child: how what is happening affects them' },
    ])
  })

  test('an indicator code the threshold document does not have is named in the message', () => {
    assert.deepEqual(validateConcerns({ ...concerns, indicatorCodes: ['PC-SAFETY-01', 'XX-99'] }, known), [
      {
        field: 'indicatorCodes',
        message: 'Select indicators from the threshold document: "XX-99" is not one of its indicator codes',
      },
    ])
    assert.deepEqual(fields(validateConcerns({ ...concerns, indicatorCodes: [] }, known)), ['indicatorCodes'])
  })

  test(`a description shorter than ${MIN_DESCRIPTION_LENGTH} characters asks for more detail`, () => {
    const problems = validateConcerns({ ...concerns, description: '  see above  ' }, known)
    assert.deepEqual(problems, [
      {
        field: 'description',
        message: `Describe what happened in more detail (at least ${MIN_DESCRIPTION_LENGTH} characters): what you saw or were told, when and where`,
      },
    ])
    assert.deepEqual(validateConcerns({ ...concerns, description: 'x'.repeat(MIN_DESCRIPTION_LENGTH) }, known), [])
  })

  test('dates, the child’s voice and actions taken are optional', () => {
    assert.deepEqual(
      validateConcerns({ ...concerns, incidentDates: '', childsVoice: ' ', actionsTaken: undefined }, known),
      [],
    )
  })

  test('every free-text field is capped at 10,000 characters', () => {
    const long = 'x'.repeat(10_001)
    const problems = validateConcerns(
      {
        ...concerns,
        description: long,
        incidentDates: long,
        impactOnChild: long,
        childsVoice: long,
        actionsTaken: long,
      },
      known,
    )
    assert.deepEqual(fields(problems), ['description', 'incidentDates', 'impactOnChild', 'childsVoice', 'actionsTaken'])
    assert.equal(problems[0]?.message, 'Description must be 10,000 characters or less')
    assert.equal(problems[3]?.message, "The child's words must be 10,000 characters or less")
  })
})

describe('validateReferrerView', () => {
  test('a level from 1 to 4 is required; the reason is optional', () => {
    for (const level of [1, 2, 3, 4] as const) assert.deepEqual(validateReferrerView({ level }), [])
    const missing = [{ field: 'level', message: "Select the threshold level you think the child's needs meet" }]
    assert.deepEqual(validateReferrerView({}), missing)
    assert.deepEqual(validateReferrerView({ level: 5 as never }), missing)
    assert.deepEqual(validateReferrerView({ level: '3' as never }), missing)
  })

  test('the reason is capped', () => {
    assert.deepEqual(fields(validateReferrerView({ level: 3, reason: 'x'.repeat(10_001) })), ['reason'])
  })
})

describe('validateConsent', () => {
  const told: Consent = { parentsInformed: 'yes', consentGiven: 'yes', lawfulBasis: 'public-task' }

  test('parents told and agreeing, with a lawful basis, needs no reason', () => {
    assert.deepEqual(validateConsent(told), [])
    assert.deepEqual(validateConsent({ ...told, lawfulBasis: 'consent' }), [])
  })

  test('nothing answered gives every required question in page order', () => {
    assert.deepEqual(fields(validateConsent({})), ['parentsInformed', 'consentGiven', 'lawfulBasis'])
  })

  test('parents not told, or consent not sought, needs a reason such as risk to the child', () => {
    const reason = [
      {
        field: 'reason',
        message: 'Explain why parents were not told, for example because it would put the child at risk',
      },
    ]
    assert.deepEqual(validateConsent({ ...told, parentsInformed: 'no', consentGiven: 'not-sought' }), reason)
    assert.deepEqual(validateConsent({ ...told, consentGiven: 'not-sought' }), reason)
    assert.deepEqual(validateConsent({ ...told, parentsInformed: 'no', consentGiven: 'no', reason: '  ' }), reason)
    assert.deepEqual(
      validateConsent({
        ...told,
        parentsInformed: 'no',
        consentGiven: 'not-sought',
        reason: 'It would put Ava at risk',
      }),
      [],
    )
  })

  test('parents told but refusing needs a reason for referring without agreement', () => {
    assert.deepEqual(validateConsent({ ...told, consentGiven: 'no' }), [
      {
        field: 'reason',
        message:
          "Explain why you are referring without the parents' agreement, for example because the child is at risk of significant harm",
      },
    ])
  })

  test('consent cannot be the lawful basis when the parents have not agreed', () => {
    assert.deepEqual(validateConsent({ ...told, consentGiven: 'no', reason: 'Risk of harm', lawfulBasis: 'consent' }), [
      {
        field: 'lawfulBasis',
        message:
          'You cannot rely on consent as the lawful basis when the parents have not agreed: select public task, legal obligation or vital interests',
      },
    ])
  })

  test('answers that are not on the list count as missing', () => {
    const problems = validateConsent({
      parentsInformed: 'maybe' as never,
      consentGiven: 'yes',
      lawfulBasis: 'gdpr' as never,
    })
    assert.deepEqual(fields(problems), ['parentsInformed', 'lawfulBasis'])
  })
})
