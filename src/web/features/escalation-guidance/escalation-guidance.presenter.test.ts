import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { DEFAULT_ESCALATION_POLICY, parseEscalationPolicy } from '../../../domain/disagreement/index.js'
import { policyJson, shortPartnershipName, stageCard, versionCaption } from './escalation-guidance.presenter.js'

const rows = (card: ReturnType<typeof stageCard>) => card.rows.map(r => [r.key.text, r.value.text])

describe('escalation guidance presenter', () => {
  test('the page title uses the partnership’s short name', () => {
    assert.equal(shortPartnershipName('Northbridge Safeguarding Children Partnership'), 'Northbridge')
    assert.equal(shortPartnershipName('Eastshire Safeguarding Partnership'), 'Eastshire')
    assert.equal(shortPartnershipName("Westvale Children's Partnership"), 'Westvale')
    assert.equal(shortPartnershipName('Partnership'), 'Partnership')
    assert.equal(shortPartnershipName('Riverside Board'), 'Riverside Board')
  })

  test('a stage card says who raises it, who responds, the working days and whether the partnership is told', () => {
    const [first, , third] = DEFAULT_ESCALATION_POLICY.stages
    const contacts = { frontDoorPhone: '01632 960 100' }
    assert.deepEqual(rows(stageCard(first!, contacts)), [
      ['What happens', first!.description],
      ['Who raises it', 'The practitioner who disagrees'],
      ['Who responds', 'The practitioner who made the decision, for example the front door social worker'],
      [
        'How to contact them',
        'Through the disagreement in Threshold: they are told when it reaches this stage. To talk it through, call the front door on 01632 960 100.',
      ],
      ['When to raise it', 'Within 2 working days of the decision'],
      ['Response time', 'Within 3 working days'],
      ['Partnership told', 'No'],
    ])
    assert.equal(stageCard(first!, contacts).card.title.text, 'Stage 1: Practitioner to practitioner')
    assert.deepEqual(rows(stageCard(third!, contacts)).at(-1), [
      'Partnership told',
      'Yes: the partnership business unit is told when a disagreement reaches this stage',
    ])
    assert.deepEqual(rows(stageCard({ ...third!, respondWithinWorkingDays: 1 }, contacts)).at(-2), [
      'Response time',
      'Within 1 working day',
    ])
  })

  test('the partnership stage is reached through Threshold, not the front door’s phone', () => {
    const contact = rows(stageCard(DEFAULT_ESCALATION_POLICY.stages[4]!, { frontDoorPhone: '01632 960 100' })).find(
      ([key]) => key === 'How to contact them',
    )
    assert.equal(contact?.[1], 'Through the disagreement in Threshold: they are told when it reaches this stage.')
  })

  test('the caption names who published the version, or says it is the default', () => {
    const at = new Date('2026-11-26T10:00:00Z')
    assert.equal(
      versionCaption({ version: 1, publishedAt: at, publishedByName: null }),
      'Version 1: the policy every partnership starts with, in force since 26 November 2026',
    )
    assert.equal(
      versionCaption({ version: 3, publishedAt: at, publishedByName: 'Beth Lawson' }),
      'Version 3, published 26 November 2026 by Beth Lawson',
    )
  })

  test('the JSON a manager edits parses back to the same policy', () => {
    const parsed = parseEscalationPolicy(policyJson(DEFAULT_ESCALATION_POLICY))
    assert.ok(parsed.ok)
    assert.deepEqual(parsed.value, DEFAULT_ESCALATION_POLICY)
  })
})
