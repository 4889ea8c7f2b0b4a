import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import type { Actor } from '../access/actor.js'
import { AGENCY_KINDS, type AgencyKind } from '../access/roles.js'
import { isPartnerAgencyUser } from './audience.js'

const actor = (agencyKind: AgencyKind): Actor => ({ userId: 'u', agencyId: 'a', agencyKind, roles: ['referrer'] })

describe('who is welcomed with the escalation guidance on first sign-in', () => {
  test('every partner agency, but not children’s social care or the partnership business unit', () => {
    const welcomed = AGENCY_KINDS.filter(kind => isPartnerAgencyUser(actor(kind)))
    assert.deepEqual(welcomed, [
      'health_visiting',
      'gp',
      'school',
      'police',
      'probation',
      'housing',
      'early_help',
      'voluntary',
    ])
  })
})
