import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import {
  nextReferralStatus,
  REFERRAL_COMMANDS,
  REFERRAL_STATUSES,
  type ReferralCommand,
  type ReferralStatus,
} from './referral-lifecycle.js'

// Every (state, command) pair, written out, so a new state or command fails here until decided.
const EXPECTED: Record<ReferralStatus, Record<ReferralCommand, ReferralStatus | 'refused'>> = {
  draft: { edit: 'draft', submit: 'submitted', discard: 'discarded' },
  submitted: { edit: 'refused', submit: 'refused', discard: 'refused' },
  discarded: { edit: 'refused', submit: 'refused', discard: 'refused' },
}

describe('referral lifecycle', () => {
  for (const status of REFERRAL_STATUSES) {
    for (const command of REFERRAL_COMMANDS) {
      const expected = EXPECTED[status][command]
      test(`${command} on a ${status} referral: ${expected}`, () => {
        const result = nextReferralStatus(status, command)
        if (expected === 'refused') {
          assert.deepEqual(result, { ok: false, error: { kind: 'not-allowed', status, command } })
        } else {
          assert.deepEqual(result, { ok: true, value: expected })
        }
      })
    }
  }
})
