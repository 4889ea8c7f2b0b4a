import assert from 'node:assert/strict'
import { test } from 'node:test'
import { formatDate, formatDateTime, formatTime } from './formatting.js'

test('dates and times are shown in London time, GOV.UK style', () => {
  assert.equal(formatDate(new Date('2026-11-26T10:00:00Z')), '26 November 2026')
  assert.equal(formatTime(new Date('2026-11-26T15:05:00Z')), '3:05pm')
  // British Summer Time: 23:30 UTC on 30 June is 12:30am on 1 July in London.
  assert.equal(formatDateTime(new Date('2026-06-30T23:30:00Z')), '1 July 2026, 12:30am')
  assert.equal(formatTime(new Date('2026-11-26T12:00:00Z')), 'midday')
  assert.equal(formatTime(new Date('2026-11-26T00:00:00Z')), 'midnight')
})
