import assert from 'node:assert/strict'
import { test } from 'node:test'
import { DEFAULT_REPEAT_CONTACT_RULES } from './default-repeat-contact-rules.js'
import { callerAgency, historyLookbackMonths } from './history-window.js'
import type { RepeatContactRule } from './repeat-contact-rules.js'

const rule = (condition: RepeatContactRule['condition'], enabled = true): RepeatContactRule => ({
  id: 'r',
  name: 'R',
  description: 'D',
  enabled,
  condition,
})

test('the history looked back over covers every rule that is on, and the 12-month pattern', () => {
  assert.equal(historyLookbackMonths(DEFAULT_REPEAT_CONTACT_RULES), 12)
  assert.equal(historyLookbackMonths([]), 12)
  assert.equal(historyLookbackMonths([rule({ kind: 're-referral', withinMonths: 24 })]), 24)
  assert.equal(historyLookbackMonths([rule({ kind: 're-referral', withinMonths: 24 }, false)]), 12)
  assert.equal(historyLookbackMonths([rule({ kind: 'agencies-in-window', minAgencies: 2, withinDays: 365 })]), 15)
  assert.equal(
    historyLookbackMonths([rule({ kind: 'again-after-nfa', withinDays: 30, sameReferrerOrAgency: true })]),
    12,
  )
})

test('a phone caller counts as the agency they named, or as the public', () => {
  assert.deepEqual(callerAgency('  Northbridge   Primary School ', 'professional'), {
    agencyId: 'phone:northbridge primary school',
    agencyName: 'Northbridge Primary School',
    agencyKind: 'phone',
  })
  assert.equal(
    callerAgency('NORTHBRIDGE PRIMARY SCHOOL', 'professional').agencyId,
    callerAgency('Northbridge Primary School', null).agencyId,
  )
  assert.deepEqual(callerAgency('Neighbour', 'public'), {
    agencyId: 'phone:public',
    agencyName: 'a member of the public',
    agencyKind: 'public',
  })
  assert.equal(callerAgency(null, 'professional').agencyId, 'phone:unnamed')
})
