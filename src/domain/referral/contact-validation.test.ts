import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { isValidEmail, isValidPhoneNumber, validateCall, validateReferrer } from './contact-validation.js'
import type { CallDetails, ReferrerDetails } from './referral-content.js'

const zoe: ReferrerDetails = {
  name: 'Zoë Achterberg',
  jobTitle: 'Designated safeguarding lead',
  agencyName: 'Riverside Primary School',
  phone: '01632 960 123',
  email: 'z.achterberg@riverside-primary.example.org',
}
const fields = (problems: { field: string }[]) => problems.map(problem => problem.field)

describe('telephone numbers and email addresses', () => {
  test('UK numbers in the usual shapes are accepted', () => {
    for (const phone of ['01632 960 001', '07700 900982', '+44 808 157 0192', '(01632) 960001', '01632-960-001']) {
      assert.equal(isValidPhoneNumber(phone), true, phone)
    }
  })

  test('too few or too many digits, letters and misplaced plus signs are rejected', () => {
    for (const phone of [
      '999',
      '01632 9600',
      '0044 7700 900 982',
      '+44 7700 900 982 12',
      '01632 ext 5',
      '01632+960001',
      'call me',
    ]) {
      assert.equal(isValidPhoneNumber(phone), false, phone)
    }
  })

  test('email addresses need something either side of one @ and a dot in the domain', () => {
    for (const email of ['name@example.org', 'z.achterberg@riverside-primary.example.org', "o'brien@example.co.uk"]) {
      assert.equal(isValidEmail(email), true, email)
    }
    for (const email of [
      'name',
      'name@',
      '@example.org',
      'name@example',
      'na me@example.org',
      'a@b@example.org',
      'name@example.',
    ]) {
      assert.equal(isValidEmail(email), false, email)
    }
  })
})

describe('validateReferrer', () => {
  test('a professional referrer with every detail has no problems', () => {
    assert.deepEqual(validateReferrer(zoe), [])
  })

  test('on the web every detail is required, in page order, addressed to the referrer', () => {
    assert.deepEqual(validateReferrer({}), [
      { field: 'name', message: 'Enter your full name' },
      { field: 'jobTitle', message: 'Enter your job title' },
      { field: 'agencyName', message: 'Enter the name of your organisation' },
      { field: 'phone', message: 'Enter your telephone number' },
      { field: 'email', message: 'Enter your email address' },
    ])
  })

  test('badly formed telephone numbers and email addresses say how to fix them', () => {
    assert.deepEqual(validateReferrer({ ...zoe, phone: '0163', email: 'zoe at school' }), [
      { field: 'phone', message: 'Enter a telephone number, like 01632 960 001, 07700 900 982 or +44 808 157 0192' },
      { field: 'email', message: 'Enter an email address in the correct format, like name@example.org' },
    ])
  })

  test('a professional caller on the phone needs the same details, asked about the caller', () => {
    assert.deepEqual(validateReferrer({ ...zoe, jobTitle: undefined }, { callerType: 'professional' }), [
      { field: 'jobTitle', message: "Enter the caller's job title" },
    ])
  })

  test('a call whose caller type is not chosen yet is held to the professional standard', () => {
    assert.deepEqual(fields(validateReferrer({}, {})), ['name', 'jobTitle', 'agencyName', 'phone', 'email'])
  })

  test('a member of the public needs a name and one way to be contacted, and no job or organisation', () => {
    const call: CallDetails = { callerType: 'public', sourceCode: '1B' }
    assert.deepEqual(validateReferrer({ name: 'Pat Jones', phone: '07700 900 982' }, call), [])
    assert.deepEqual(validateReferrer({ name: 'Pat Jones', email: 'pat@example.org' }, call), [])
    assert.deepEqual(validateReferrer({}, call), [
      { field: 'name', message: "Enter the caller's name" },
      {
        field: 'phone',
        message: "Enter the caller's telephone number or email address so the front door can contact them",
      },
    ])
  })

  test('an anonymous member of the public need give nothing, but what they do give must be well formed', () => {
    assert.deepEqual(validateReferrer({}, { callerType: 'public', anonymous: true }), [])
    assert.deepEqual(validateReferrer({}, { callerType: 'public', sourceCode: '9' }), [])
    assert.deepEqual(fields(validateReferrer({ phone: '12' }, { callerType: 'public', anonymous: true })), ['phone'])
  })

  test('a professional cannot refer anonymously', () => {
    assert.deepEqual(fields(validateReferrer({}, { callerType: 'professional', anonymous: true })), [
      'name',
      'jobTitle',
      'agencyName',
      'phone',
      'email',
    ])
  })
})

describe('validateCall', () => {
  const professionalCall: CallDetails = {
    callerType: 'professional',
    sourceCode: '3B',
    rightsExplained: true,
    wantsToSpeakToSocialWorker: false,
  }

  test('only phone referrals have a call to check', () => {
    assert.deepEqual(validateCall(undefined, 'web'), [])
    assert.deepEqual(validateCall(undefined, 'api'), [])
  })

  test('a complete call has no problems', () => {
    assert.deepEqual(validateCall(professionalCall, 'phone'), [])
    assert.deepEqual(
      validateCall(
        { callerType: 'public', sourceCode: '1A', rightsExplained: true, wantsToSpeakToSocialWorker: true },
        'phone',
      ),
      [],
    )
  })

  test('a phone referral with no call details gets every question in page order', () => {
    assert.deepEqual(validateCall(undefined, 'phone'), [
      { field: 'callerType', message: 'Select whether the caller is a professional or a member of the public' },
      { field: 'sourceCode', message: 'Select who the caller is' },
      {
        field: 'rightsExplained',
        message:
          'Confirm you have told the caller they can ask to speak to a social worker and can challenge a decision',
      },
      { field: 'wantsToSpeakToSocialWorker', message: 'Select yes if the caller wants to speak to a social worker' },
    ])
  })

  test('telling the caller their rights cannot be skipped or answered no', () => {
    assert.deepEqual(fields(validateCall({ ...professionalCall, rightsExplained: false }, 'phone')), [
      'rightsExplained',
    ])
    assert.deepEqual(fields(validateCall({ ...professionalCall, rightsExplained: 'true' as never }, 'phone')), [
      'rightsExplained',
    ])
  })

  test('the source code must come from the list for the caller type', () => {
    assert.deepEqual(validateCall({ ...professionalCall, sourceCode: '1A' }, 'phone'), [
      { field: 'sourceCode', message: 'Select who the caller is from the options for a professional' },
    ])
    assert.deepEqual(validateCall({ ...professionalCall, callerType: 'public', sourceCode: '6' }, 'phone'), [
      { field: 'sourceCode', message: 'Select who the caller is from the options for a member of the public' },
    ])
    assert.deepEqual(fields(validateCall({ ...professionalCall, sourceCode: '10' }, 'phone')), ['sourceCode'])
  })

  test('every professional code is accepted for a professional and every public code for the public', () => {
    for (const sourceCode of [
      '2A',
      '2B',
      '3A',
      '3B',
      '3C',
      '3D',
      '3E',
      '3F',
      '4',
      '5A',
      '5B',
      '5C',
      '5D',
      '6',
      '7',
      '8',
    ]) {
      assert.deepEqual(validateCall({ ...professionalCall, sourceCode }, 'phone'), [], sourceCode)
    }
    for (const sourceCode of ['1A', '1B', '1C', '1D', '9']) {
      assert.deepEqual(validateCall({ ...professionalCall, callerType: 'public', sourceCode }, 'phone'), [], sourceCode)
    }
  })
})
