import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import fc from 'fast-check'
import { filterQueue, parseQueueFilter, queueFlags, sortQueue, timeLeft, type QueueItem } from './queue.js'

const now = new Date('2026-11-26T10:00:00Z')
const hours = (n: number) => new Date(now.getTime() + n * 3_600_000)

function item(overrides: Partial<QueueItem> = {}): QueueItem {
  return {
    contactId: 'c',
    referralId: 'r',
    reference: 'NB-2026-00001',
    status: 'awaiting-screening',
    channel: 'web',
    receivedAt: hours(-2),
    decisionDueAt: hours(20),
    immediateDanger: false,
    repeatContactCount: 1,
    repeatContact: null,
    referrerName: 'Hannah Ward',
    agencyName: 'Northbridge Health Visiting',
    assignee: null,
    children: [],
    ...overrides,
  }
}

describe('queue order', () => {
  test('overdue items come first, most overdue at the top, then immediate danger, then soonest due', () => {
    const items = [
      item({ reference: 'later', decisionDueAt: hours(30) }),
      item({ reference: 'danger', decisionDueAt: hours(29), immediateDanger: true }),
      item({ reference: 'soon', decisionDueAt: hours(3) }),
      item({ reference: 'overdue-1h', decisionDueAt: hours(-1) }),
      item({ reference: 'overdue-5h', decisionDueAt: hours(-5) }),
    ]
    assert.deepEqual(
      sortQueue(items, now).map(i => i.reference),
      ['overdue-5h', 'overdue-1h', 'danger', 'soon', 'later'],
    )
  })

  test('sorting keeps every item and is stable under reordering', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: -50, max: 50 }), fc.boolean()), { maxLength: 20 }), specs => {
        const items = specs.map(([h, danger], i) =>
          item({ reference: `NB-${String(i).padStart(3, '0')}`, decisionDueAt: hours(h), immediateDanger: danger }),
        )
        const sorted = sortQueue(items, now)
        assert.equal(sorted.length, items.length)
        assert.deepEqual(sortQueue([...items].reverse(), now), sorted)
        const firstNotOverdue = sorted.findIndex(i => i.decisionDueAt > now)
        if (firstNotOverdue >= 0) assert.ok(sorted.slice(firstNotOverdue).every(i => i.decisionDueAt > now))
      }),
    )
  })
})

describe('queue flags and time left', () => {
  test('flags name what needs attention', () => {
    assert.deepEqual(queueFlags(item(), now), [])
    assert.deepEqual(
      queueFlags(
        item({
          decisionDueAt: now,
          immediateDanger: true,
          repeatContact: { pattern: '3rd contact in 4 months', awaitingReview: true },
          status: 'awaiting-second-screen',
        }),
        now,
      ),
      ['overdue', 'immediate-danger', 'repeat-contact', 'second-screen'],
    )
    assert.deepEqual(queueFlags(item({ repeatContactCount: 2, status: 'awaiting-manager' }), now), ['manager-review'])
    // The count alone is not a flag: only a rule that fired is.
    assert.deepEqual(queueFlags(item({ repeatContactCount: 5 }), now), [])
    assert.deepEqual(
      filterQueue(
        [item({ reference: 'flagged', repeatContact: { pattern: 'p', awaitingReview: false } }), item()],
        { flag: 'repeat-contact' },
        'u1',
        now,
      ).map(i => i.reference),
      ['flagged'],
    )
  })

  test('time left reads naturally either side of the deadline', () => {
    assert.deepEqual(timeLeft(hours(5), now), { overdue: false, text: '5 hours left' })
    assert.deepEqual(timeLeft(hours(1), now), { overdue: false, text: '1 hour left' })
    assert.deepEqual(timeLeft(new Date(now.getTime() + 20 * 60_000), now), { overdue: false, text: '20 minutes left' })
    assert.deepEqual(timeLeft(hours(-2), now), { overdue: true, text: 'Overdue by 2 hours' })
    assert.deepEqual(timeLeft(hours(-72), now), { overdue: true, text: 'Overdue by 3 days' })
  })
})

describe('queue filters', () => {
  const mine = item({ reference: 'mine', assignee: { id: 'u1', name: 'Sam Taylor' } })
  const theirs = item({ reference: 'theirs', assignee: { id: 'u2', name: 'Priya Shah' } })
  const nobody = item({ reference: 'nobody', immediateDanger: true })
  const all = [mine, theirs, nobody]
  const refs = (items: QueueItem[]) => items.map(i => i.reference)

  test('by assignee and by flag', () => {
    assert.deepEqual(refs(filterQueue(all, { assigned: 'me' }, 'u1', now)), ['mine'])
    assert.deepEqual(refs(filterQueue(all, { assigned: 'unassigned' }, 'u1', now)), ['nobody'])
    assert.deepEqual(refs(filterQueue(all, { assigned: 'anyone' }, 'u1', now)), ['mine', 'theirs', 'nobody'])
    assert.deepEqual(refs(filterQueue(all, { flag: 'immediate-danger' }, 'u1', now)), ['nobody'])
    assert.deepEqual(refs(filterQueue(all, { status: 'awaiting-manager' }, 'u1', now)), [])
  })

  test('unknown query values are ignored rather than trusted', () => {
    assert.deepEqual(parseQueueFilter({ assigned: 'me', flag: 'overdue', status: 'decided' }), {
      assigned: 'me',
      flag: 'overdue',
      status: 'decided',
    })
    assert.deepEqual(parseQueueFilter({ assigned: 'everyone', flag: ['overdue'], status: 'drop table' }), {})
  })
})
