import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { AGENCY_KINDS, type AgencyKind } from '../access/roles.js'
import {
  isReferralSourceCode,
  PROFESSIONAL_SOURCE_CODES,
  PUBLIC_SOURCE_CODES,
  REFERRAL_SOURCE_CODES,
  REFERRAL_SOURCE_LABELS,
  referralSourceFor,
  sourceCodesFor,
} from './referral-source.js'

describe('referral source codes', () => {
  test('the census list has the 22 codes of the 2024 specification, each with a label', () => {
    assert.equal(REFERRAL_SOURCE_CODES.length, 22)
    assert.equal(new Set(REFERRAL_SOURCE_CODES).size, 22)
    for (const code of REFERRAL_SOURCE_CODES) assert.ok(REFERRAL_SOURCE_LABELS[code].length > 0, code)
    assert.equal(REFERRAL_SOURCE_LABELS['3B'], 'Health – health visitor')
    assert.equal(REFERRAL_SOURCE_LABELS['9'], 'Anonymous')
  })

  test('the public and professional radios split the codes a caller can have, leaving out only Unknown', () => {
    assert.deepEqual(
      PUBLIC_SOURCE_CODES.map(source => source.code),
      ['1A', '1B', '1C', '1D', '9'],
    )
    assert.deepEqual(
      PROFESSIONAL_SOURCE_CODES.map(source => source.code),
      ['2A', '2B', '3A', '3B', '3C', '3D', '3E', '3F', '4', '5A', '5B', '5C', '5D', '6', '7', '8'],
    )
    const offered = [...PUBLIC_SOURCE_CODES, ...PROFESSIONAL_SOURCE_CODES].map(source => source.code)
    assert.deepEqual(
      REFERRAL_SOURCE_CODES.filter(code => !offered.includes(code)),
      ['10'],
    )
    assert.equal(sourceCodesFor('public'), PUBLIC_SOURCE_CODES)
    assert.equal(sourceCodesFor('professional'), PROFESSIONAL_SOURCE_CODES)
  })

  test('isReferralSourceCode accepts census codes only', () => {
    assert.equal(isReferralSourceCode('5D'), true)
    assert.equal(isReferralSourceCode('5E'), false)
    assert.equal(isReferralSourceCode(6), false)
  })
})

describe('referralSourceFor', () => {
  test('a referral made online takes its source from the referrer’s agency', () => {
    const expected: Record<AgencyKind, string> = {
      health_visiting: '3B',
      gp: '3A',
      school: '2A',
      police: '6',
      probation: '7',
      housing: '4',
      early_help: '5D',
      voluntary: '8',
      childrens_social_care: '5A',
      partnership: '5B',
    }
    for (const kind of AGENCY_KINDS) assert.equal(referralSourceFor(kind), expected[kind], kind)
  })

  test('a phone referral takes its source from the caller, not the call handler’s agency', () => {
    assert.equal(referralSourceFor('childrens_social_care', { callerType: 'public', sourceCode: '1B' }), '1B')
    assert.equal(referralSourceFor('childrens_social_care', { callerType: 'professional', sourceCode: '3E' }), '3E')
  })

  test('a phone referral without a valid code is Unknown rather than the handler’s agency', () => {
    assert.equal(referralSourceFor('childrens_social_care', {}), '10')
    assert.equal(referralSourceFor('childrens_social_care', { sourceCode: 'ZZ' }), '10')
  })
})
