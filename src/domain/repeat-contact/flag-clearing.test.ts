import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { clearFlag, isCleared } from './flag-clearing.js'
import type { RepeatContactFlag } from './repeat-contact-rules.js'

const flag: RepeatContactFlag = {
  ruleId: 'repeat-contacts',
  ruleName: 'Repeat contacts about a child or household',
  triggeringContactIds: ['contact-1', 'contact-2'],
  explanation: 'This is the 3rd contact about the same child or household in 4 months.',
}
const at = new Date('2026-11-26T10:00:00Z')
const byUserId = 'user-manager'

describe('clearFlag', () => {
  test('records the reason, who and when, and keeps the flag', () => {
    const result = clearFlag(flag, { reason: '  Same incident as contact-2, already assessed.  ', byUserId, at })
    assert.deepEqual(result, {
      ok: true,
      value: { ...flag, clearance: { reason: 'Same incident as contact-2, already assessed.', byUserId, at } },
    })
    assert.ok(result.ok && isCleared(result.value))
    assert.ok(!isCleared(flag))
  })

  test('refuses an empty, too short or too long reason', () => {
    const message = (reason: string) => {
      const result = clearFlag(flag, { reason, byUserId, at })
      return result.ok ? undefined : result.error
    }
    assert.deepEqual(message('   '), { field: 'reason', message: 'Enter why this flag can be cleared' })
    assert.deepEqual(message('not needed'.slice(0, 9)), {
      field: 'reason',
      message: 'Enter why this flag can be cleared, in at least 10 characters',
    })
    assert.equal(message('Duplicate.'), undefined)
    assert.deepEqual(message('x'.repeat(2001)), {
      field: 'reason',
      message: 'Why this flag can be cleared must be 2,000 characters or fewer',
    })
  })

  test('a flag is cleared once', () => {
    const first = clearFlag(flag, { reason: 'Duplicate of contact-2.', byUserId, at })
    assert.ok(first.ok)
    assert.deepEqual(clearFlag(first.value, { reason: 'Cleared again, somehow.', byUserId, at }), {
      ok: false,
      error: { field: 'reason', message: 'This flag has already been cleared' },
    })
  })

  test('needs a named user and a real time', () => {
    assert.throws(() => clearFlag(flag, { reason: 'Duplicate of contact-2.', byUserId: ' ', at }), RangeError)
    assert.throws(() => clearFlag(flag, { reason: 'Duplicate of contact-2.', byUserId, at: new Date(NaN) }), RangeError)
  })
})
