import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import fc from 'fast-check'
import {
  canonicalJson,
  GENESIS_HASH,
  hashAuditEntry,
  verifyAuditChain,
  type AuditEntry,
  type ChainedAuditEntry,
} from './audit-chain.js'

function chain(entries: AuditEntry[]): ChainedAuditEntry[] {
  let prev = GENESIS_HASH
  return entries.map((e, i) => {
    const hash = hashAuditEntry(prev, e)
    const row = { ...e, seq: String(i + 1), prevHash: prev, hash }
    prev = hash
    return row
  })
}

const entry = (action: string, details: Record<string, unknown> = {}): AuditEntry => ({
  occurredAt: new Date('2026-11-26T10:00:00.123Z'),
  actorUserId: 'u1',
  action,
  subjectType: 'referral',
  subjectId: 'r1',
  correlationId: 'c1',
  details,
})

const arbEntry = fc.record({
  occurredAt: fc.date({ min: new Date('2015-01-01'), max: new Date('2035-01-01'), noInvalidDate: true }),
  actorUserId: fc.option(fc.uuid(), { nil: null }),
  action: fc.string({ minLength: 1 }),
  subjectType: fc.option(fc.string(), { nil: null }),
  subjectId: fc.option(fc.string(), { nil: null }),
  correlationId: fc.option(fc.string(), { nil: null }),
  details: fc.dictionary(fc.string(), fc.oneof(fc.string(), fc.integer(), fc.boolean())),
})

describe('audit chain', () => {
  test('canonical JSON ignores key order, as jsonb does', () => {
    assert.equal(
      canonicalJson({ b: 1, a: { d: 2, c: [3, { f: 4, e: 5 }] } }),
      canonicalJson({ a: { c: [3, { e: 5, f: 4 }], d: 2 }, b: 1 }),
    )
  })

  test('an intact chain verifies', () => {
    assert.deepEqual(verifyAuditChain(chain([entry('a'), entry('b'), entry('c')])), {
      ok: true,
      checked: 3,
      lastHash: chain([entry('a'), entry('b'), entry('c')])[2]!.hash,
    })
  })

  test('an edited row is named as the first broken one', () => {
    const rows = chain([entry('a'), entry('b'), entry('c')])
    rows[1] = { ...rows[1]!, details: { tampered: true } }
    const verdict = verifyAuditChain(rows)
    assert.equal(verdict.ok, false)
    assert.equal(!verdict.ok && verdict.brokenSeq, '2')
    assert.equal(!verdict.ok && verdict.reason, 'hash-mismatch')
  })

  test('a deleted row breaks the link of the row after it', () => {
    const rows = chain([entry('a'), entry('b'), entry('c')])
    const verdict = verifyAuditChain([rows[0]!, rows[2]!])
    assert.equal(!verdict.ok && verdict.brokenSeq, '3')
    assert.equal(!verdict.ok && verdict.reason, 'prev-hash-mismatch')
  })

  test('property: any chain verifies, and changing any one field of any row breaks it there', () => {
    fc.assert(
      fc.property(fc.array(arbEntry, { minLength: 1, maxLength: 8 }), fc.nat(), (entries, pick) => {
        const rows = chain(entries)
        assert.equal(verifyAuditChain(rows).ok, true)
        const i = pick % rows.length
        rows[i] = { ...rows[i]!, action: rows[i]!.action + 'x' }
        const verdict = verifyAuditChain(rows)
        assert.equal(verdict.ok, false)
        assert.equal(!verdict.ok && verdict.brokenSeq, String(i + 1))
      }),
    )
  })

  test('verifying page by page gives the same answer as all at once', () => {
    const rows = chain([entry('a'), entry('b'), entry('c'), entry('d')])
    const first = verifyAuditChain(rows.slice(0, 2))
    const second = verifyAuditChain(rows.slice(2), first.lastHash, first.checked)
    assert.equal(second.ok, true)
    assert.equal(second.checked, 4)
  })
})
