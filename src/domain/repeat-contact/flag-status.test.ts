import assert from 'node:assert/strict'
import { test } from 'node:test'
import { activeFlags, FLAG_STATUS_TEXT, flagStatus, needsManagerReview } from './flag-status.js'

const raised = { id: 'a', review: null, clearance: null }
const reviewed = { id: 'b', review: { outcome: 'decision-agreed' }, clearance: null }
const cleared = { id: 'c', review: null, clearance: { reason: 'Not the same child.' } }
const reviewedThenCleared = { id: 'd', review: { outcome: 'decision-changed' }, clearance: { reason: 'Wrong family.' } }

test('a flag is waiting for review, reviewed, or cleared, and clearing wins', () => {
  assert.deepEqual([raised, reviewed, cleared, reviewedThenCleared].map(flagStatus), [
    'awaiting-review',
    'reviewed',
    'cleared',
    'cleared',
  ])
  for (const status of ['awaiting-review', 'reviewed', 'cleared'] as const) assert.ok(FLAG_STATUS_TEXT[status])
})

test('cleared flags are no longer in force, and only unreviewed ones need a manager', () => {
  assert.deepEqual(
    activeFlags([raised, reviewed, cleared, reviewedThenCleared]).map(f => f.id),
    ['a', 'b'],
  )
  assert.equal(needsManagerReview([raised, reviewed]), true)
  assert.equal(needsManagerReview([reviewed, cleared]), false)
  assert.equal(needsManagerReview([]), false)
})
