import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { parseLocalDate, type LocalDate } from '../calendar/index.js'
import type { ChildDetails, ReferralContent } from './referral-content.js'
import { millsVagueReferral, okonkwoByrneReferral, PERSONA_INDICATOR_CODES } from './referral-personas.js'
import { assessReferralQuality, QUALITY_WEIGHTS } from './referral-quality.js'
import { validateReferral } from './referral-validation.js'
import { addMonths } from './validation-support.js'

const today = parseLocalDate('2026-11-26')
const codes = (content: ReferralContent, on: LocalDate = today) =>
  assessReferralQuality(content, on).prompts.map(prompt => prompt.code)
const scoreOf = (content: ReferralContent) => assessReferralQuality(content, today).score

/** Every required answer, written well, and nothing optional: what a busy referrer might send. */
function requiredOnly(): ReferralContent {
  const good = okonkwoByrneReferral(today)
  const ava = good.children[0]!
  return {
    ...good,
    children: [
      { id: ava.id, givenName: ava.givenName, familyName: ava.familyName, dateOfBirth: ava.dateOfBirth, sex: ava.sex },
    ],
    adults: [],
    concerns: {
      indicatorCodes: good.concerns.indicatorCodes,
      description: good.concerns.description!.replace(/^On [^A]*/, ''),
      impactOnChild: good.concerns.impactOnChild,
    },
    referrerView: { level: 3 },
  }
}

describe('the referral quality assistant', () => {
  test('the weights are whole numbers summing to 100', () => {
    const weights = Object.values(QUALITY_WEIGHTS)
    assert.equal(
      weights.reduce((sum, weight) => sum + weight, 0),
      100,
    )
    assert.ok(weights.every(weight => Number.isInteger(weight) && weight > 0))
  })

  test('the vague referral scores low and is asked for everything that would make it usable, most important first', () => {
    const vague = millsVagueReferral(today)
    assert.deepEqual(validateReferral(vague, { channel: 'web', today, indicatorCodes: PERSONA_INDICATOR_CODES }), [])
    const { score, prompts } = assessReferralQuality(vague, today)
    assert.equal(score, 0)
    assert.deepEqual(
      prompts.map(prompt => prompt.code),
      [
        'impact-on-child',
        'description-detail',
        'childs-voice',
        'adults',
        'incident-dates',
        'actions-taken',
        'level-reason',
        'school',
        'address',
        'nhs-number',
      ],
    )
    const text = Object.fromEntries(prompts.map(prompt => [prompt.code, prompt.text]))
    assert.equal(text['childs-voice'], 'Say what the child has said or how they presented')
    assert.equal(text['impact-on-child'], "Describe the impact on the child, not only the adult's behaviour")
    assert.equal(text['incident-dates'], 'Give dates: when did this happen, and how often?')
    assert.equal(text['level-reason'], 'Explain why you think this is level 3')
    assert.equal(text.school, 'Name the school or setting for Jayden')
    assert.equal(text['nhs-number'], "Give Jayden's NHS number if you know it")
    assert.equal(text.adults, 'Add the parents or carers and how they are related to each child')
  })

  test('the Okonkwo-Byrne referral scores at least 90 with nothing left to ask', () => {
    const { score, prompts } = assessReferralQuality(okonkwoByrneReferral(today), today)
    assert.ok(score >= 90, `score ${score}`)
    assert.deepEqual(prompts, [])
  })

  test('a referral with only the required answers, written well, scores between 30 and 50', () => {
    const score = scoreOf(requiredOnly())
    assert.ok(score >= 30 && score <= 50, `score ${score}`)
  })

  test('each prompt names the section to go back to', () => {
    const sections = Object.fromEntries(
      assessReferralQuality(millsVagueReferral(today), today).prompts.map(p => [p.code, p.section]),
    )
    assert.deepEqual(sections, {
      'impact-on-child': 'concerns',
      'description-detail': 'concerns',
      'childs-voice': 'concerns',
      adults: 'adults',
      'incident-dates': 'concerns',
      'actions-taken': 'concerns',
      'level-reason': 'level',
      school: 'children',
      address: 'children',
      'nhs-number': 'children',
    })
  })

  test('the score is 100 less the weight of each piece of advice given', () => {
    const content = okonkwoByrneReferral(today)
    content.concerns.childsVoice = undefined
    content.children[0]!.nhsNumber = ''
    assert.deepEqual(codes(content), ['childs-voice', 'nhs-number'])
    assert.equal(scoreOf(content), 100 - QUALITY_WEIGHTS['childs-voice'] - QUALITY_WEIGHTS['nhs-number'])
  })

  test('impact that is about the adults, or too short, is flagged; impact about the child is not', () => {
    const withImpact = (impactOnChild: string) => ({
      ...okonkwoByrneReferral(today),
      concerns: { ...okonkwoByrneReferral(today).concerns, impactOnChild },
    })
    assert.deepEqual(codes(withImpact('Affected.')), ['impact-on-child'])
    assert.deepEqual(
      codes(withImpact('Mum drinks most evenings and Dad is out at work until late at night, every day.')),
      ['impact-on-child'],
    )
    assert.deepEqual(
      codes(withImpact('Ava is withdrawn in class, falls asleep after lunch and has stopped playing.')),
      [],
    )
    assert.deepEqual(
      codes(withImpact('The baby is not gaining weight and is often in the same nappy all day long.')),
      [],
    )
  })

  test('dates in the description are enough, so the dates prompt only appears when there are none', () => {
    const withDescription = (description: string) => {
      const content = okonkwoByrneReferral(today)
      return { ...content, concerns: { ...content.concerns, description, incidentDates: undefined } }
    }
    const filler =
      ' Ava told her teacher about shouting at home and hiding under her bed with her headphones on, and she was upset.'
    for (const dated of [
      'On 21/11/2026',
      'On 21 November',
      'Last night',
      'On Saturday',
      'Three weeks ago',
      'On 2026-11-21',
      'On 3 May',
    ]) {
      assert.deepEqual(codes(withDescription(`${dated}${filler}${filler}`)), [], dated)
    }
    for (const undated of ['She may be', 'Jan, her gran, said', 'Recently']) {
      assert.deepEqual(codes(withDescription(`${undated}${filler}${filler}`)), ['incident-dates'], undated)
    }
  })

  test('the school prompt is for children aged 4 to 17 only', () => {
    const child = (years: number, months = 0): ChildDetails => ({
      id: 'c',
      givenName: 'Leo',
      dateOfBirth: addMonths(today, -(12 * years + months)),
      sex: 'male',
      nhsNumber: '999 000 0026',
      address: { postcode: 'NB1 4GH' },
    })
    const withChild = (c: ChildDetails) => {
      const content = okonkwoByrneReferral(today)
      return {
        ...content,
        children: [c],
        adults: content.adults.map(a => ({ ...a, relationships: { c: 'mother' as const } })),
      }
    }
    assert.deepEqual(codes(withChild(child(3, 11))), [])
    assert.deepEqual(codes(withChild(child(4))), ['school'])
    assert.deepEqual(codes(withChild(child(17, 11))), ['school'])
    assert.deepEqual(codes(withChild({ ...child(10), schoolOrSetting: 'Home educated' })), [])
  })

  test('unborn babies are never asked for an NHS number or school', () => {
    const content = okonkwoByrneReferral(today)
    content.children = [content.children[1]!]
    assert.deepEqual(codes(content), [])
  })

  test('several children missing the same thing are named in one prompt', () => {
    const content = okonkwoByrneReferral(today)
    content.children.push({ id: 'child-leo', givenName: 'Leo', dateOfBirth: '2019-01-05', sex: 'male' })
    content.children[0] = { ...content.children[0]!, nhsNumber: undefined }
    const text = Object.fromEntries(assessReferralQuality(content, today).prompts.map(p => [p.code, p.text]))
    assert.equal(text['nhs-number'], 'Give the NHS numbers for Ava and Leo if you know them')
    assert.equal(text.address, 'Add the address or postcode for Leo')
    assert.equal(text.school, 'Name the school or setting for Leo')
  })

  test('children without first names are called "the child" alone and "the children" together', () => {
    const content = okonkwoByrneReferral(today)
    const unnamed = (id: string): ChildDetails => ({ id, familyName: 'Mills', dateOfBirth: '2018-05-01', sex: 'male' })
    content.children = [unnamed('c1')]
    assert.ok(
      assessReferralQuality(content, today).prompts.some(p => p.text === "Give the child's NHS number if you know it"),
    )
    content.children = [unnamed('c1'), unnamed('c2')]
    const text = Object.fromEntries(assessReferralQuality(content, today).prompts.map(p => [p.code, p.text]))
    assert.equal(text['nhs-number'], 'Give the NHS numbers for the children if you know them')
    assert.equal(text.school, 'Name the school or setting for the children')
  })

  test('a reason is asked for at levels 3 and 4, not at levels 1 and 2', () => {
    const atLevel = (level: 1 | 2 | 3 | 4) => ({ ...okonkwoByrneReferral(today), referrerView: { level } })
    assert.deepEqual(codes(atLevel(1)), [])
    assert.deepEqual(codes(atLevel(2)), [])
    assert.deepEqual(codes(atLevel(3)), ['level-reason'])
    assert.deepEqual(codes(atLevel(4)), ['level-reason'])
  })

  test('adults without a date of birth or parental responsibility are asked about, once', () => {
    const content = okonkwoByrneReferral(today)
    content.adults = content.adults.map(adult => ({ ...adult, dateOfBirth: undefined }))
    assert.deepEqual(codes(content), ['adult-details'])
    content.adults = content.adults.map(adult => ({
      ...adult,
      dateOfBirth: '1990-01-01',
      parentalResponsibility: undefined,
    }))
    assert.deepEqual(codes(content), ['adult-details'])
  })

  test('with no adults, one prompt carries the points for the adults and their details', () => {
    const content = { ...okonkwoByrneReferral(today), adults: [] }
    assert.deepEqual(codes(content), ['adults'])
    assert.equal(scoreOf(content), 100 - QUALITY_WEIGHTS.adults - QUALITY_WEIGHTS['adult-details'])
  })
})
