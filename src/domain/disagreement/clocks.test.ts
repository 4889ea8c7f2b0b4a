import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import fc from 'fast-check'
import { createCalendar, isWorkingDay, toLondonDate, workingDaysBetween } from '../calendar/index.js'
import {
  reminderTimes,
  scheduledReminders,
  stageDeadline,
  startOfLondonDay,
  workingDaysLeft,
  type StageClock,
} from './clocks.js'

const calendar = createCalendar()
const at = (iso: string): Date => new Date(iso)
const threeDays: StageClock = { respondWithinWorkingDays: 3, reminderBeforeWorkingDays: 1 }
const iso = (times: ReturnType<typeof reminderTimes>) =>
  Object.fromEntries(Object.entries(times).map(([k, v]) => [k, (v as Date).toISOString()]))

describe('stage clocks across bank holidays', () => {
  test('a stage entered on Christmas Eve 2026 skips Christmas Day, the Boxing Day substitute and the weekend', () => {
    // Thu 24 Dec; Fri 25 Christmas Day; Sat 26, Sun 27; Mon 28 Boxing Day (substitute day);
    // Tue 29, Wed 30, Thu 31 are the three working days. Fri 1 Jan 2027 is New Year's Day.
    const enteredAt = at('2026-12-24T15:45:00Z')
    assert.equal(stageDeadline(calendar, enteredAt, threeDays).toISOString(), '2026-12-31T23:59:59.999Z')
    assert.deepEqual(iso(reminderTimes(calendar, enteredAt, threeDays)), {
      before: '2026-12-31T00:00:00.000Z',
      atDeadline: '2026-12-31T23:59:59.999Z',
      afterToRaiser: '2027-01-04T00:00:00.000Z',
    })
  })

  test('a partnership’s own closure days count as non-working too', () => {
    const shutdown = createCalendar({ extraClosures: ['2026-12-29', '2026-12-30', '2026-12-31'] })
    const enteredAt = at('2026-12-24T15:45:00Z')
    assert.equal(stageDeadline(shutdown, enteredAt, threeDays).toISOString(), '2027-01-06T23:59:59.999Z')
  })
})

describe('stage clocks across weekends', () => {
  test('a stage entered on Friday afternoon or on Saturday gets the same deadline', () => {
    for (const enteredAt of [at('2026-11-06T16:30:00Z'), at('2026-11-07T11:00:00Z'), at('2026-11-08T23:59:00Z')]) {
      assert.deepEqual(iso(reminderTimes(calendar, enteredAt, threeDays)), {
        before: '2026-11-11T00:00:00.000Z',
        atDeadline: '2026-11-11T23:59:59.999Z',
        afterToRaiser: '2026-11-12T00:00:00.000Z',
      })
    }
  })

  test('a Friday deadline offers the next stage on Monday morning', () => {
    const times = reminderTimes(calendar, at('2026-11-03T09:00:00Z'), threeDays)
    assert.equal(times.atDeadline.toISOString(), '2026-11-06T23:59:59.999Z')
    assert.equal(times.afterToRaiser.toISOString(), '2026-11-09T00:00:00.000Z')
  })

  test('an early reminder two working days out from a Monday deadline comes on the Friday', () => {
    const times = reminderTimes(calendar, at('2026-11-04T09:00:00Z'), {
      respondWithinWorkingDays: 3,
      reminderBeforeWorkingDays: 2,
    })
    assert.equal(times.atDeadline.toISOString(), '2026-11-09T23:59:59.999Z')
    assert.equal(times.before?.toISOString(), '2026-11-06T00:00:00.000Z')
  })
})

describe('stage clocks in British Summer Time', () => {
  test('deadlines and reminders are London midnights, an hour before UTC', () => {
    assert.deepEqual(iso(reminderTimes(calendar, at('2026-06-01T08:00:00Z'), threeDays)), {
      before: '2026-06-03T23:00:00.000Z',
      atDeadline: '2026-06-04T22:59:59.999Z',
      afterToRaiser: '2026-06-04T23:00:00.000Z',
    })
  })

  test('across the clocks going back', () => {
    // Clocks go back on Sunday 25 October 2026: the reminder is in BST, the deadline in GMT.
    const times = reminderTimes(calendar, at('2026-10-21T09:00:00Z'), {
      respondWithinWorkingDays: 3,
      reminderBeforeWorkingDays: 2,
    })
    assert.equal(times.before?.toISOString(), '2026-10-22T23:00:00.000Z')
    assert.equal(times.atDeadline.toISOString(), '2026-10-26T23:59:59.999Z')
    assert.equal(times.afterToRaiser.toISOString(), '2026-10-27T00:00:00.000Z')
  })
})

describe('reminders', () => {
  test('the early reminder is left out when there is none, or it would not come after the stage began', () => {
    const enteredAt = at('2026-11-04T09:00:00Z')
    assert.equal(reminderTimes(calendar, enteredAt, { ...threeDays, reminderBeforeWorkingDays: 0 }).before, undefined)
    assert.equal(reminderTimes(calendar, enteredAt, { ...threeDays, reminderBeforeWorkingDays: 4 }).before, undefined)
    assert.deepEqual(
      scheduledReminders(calendar, enteredAt, { ...threeDays, reminderBeforeWorkingDays: 0 }).map(r => r.kind),
      ['stage-deadline', 'stage-overdue-offer-next'],
    )
  })

  test('as deadline rows, in the order they fire', () => {
    assert.deepEqual(
      scheduledReminders(calendar, at('2026-12-24T15:45:00Z'), threeDays).map(r => [r.kind, r.dueAt.toISOString()]),
      [
        ['stage-reminder-before', '2026-12-31T00:00:00.000Z'],
        ['stage-deadline', '2026-12-31T23:59:59.999Z'],
        ['stage-overdue-offer-next', '2027-01-04T00:00:00.000Z'],
      ],
    )
  })
})

describe('workingDaysLeft', () => {
  const deadline = at('2026-11-11T23:59:59.999Z') // Wednesday
  const friday = at('2026-11-06T23:59:59.999Z')

  test('counts working days to the deadline day; 0 is due today', () => {
    assert.deepEqual(workingDaysLeft(calendar, at('2026-11-06T16:30:00Z'), deadline), {
      overdue: false,
      workingDaysLeft: 3,
    })
    assert.deepEqual(workingDaysLeft(calendar, at('2026-11-07T10:00:00Z'), deadline), {
      overdue: false,
      workingDaysLeft: 3,
    })
    assert.deepEqual(workingDaysLeft(calendar, at('2026-11-09T10:00:00Z'), deadline), {
      overdue: false,
      workingDaysLeft: 2,
    })
    assert.deepEqual(workingDaysLeft(calendar, at('2026-11-11T17:00:00Z'), deadline), {
      overdue: false,
      workingDaysLeft: 0,
    })
    assert.deepEqual(workingDaysLeft(calendar, deadline, deadline), { overdue: false, workingDaysLeft: 0 })
  })

  test('is overdue from the moment after the deadline, counting working days since', () => {
    assert.deepEqual(workingDaysLeft(calendar, at('2026-11-12T00:00:00Z'), deadline), {
      overdue: true,
      workingDaysOverdue: 1,
    })
    assert.deepEqual(workingDaysLeft(calendar, at('2026-11-07T09:00:00Z'), friday), {
      overdue: true,
      workingDaysOverdue: 0,
    })
    assert.deepEqual(workingDaysLeft(calendar, at('2026-11-10T09:00:00Z'), friday), {
      overdue: true,
      workingDaysOverdue: 2,
    })
  })

  test('over Christmas, bank holidays are not days left', () => {
    const christmas = at('2026-12-31T23:59:59.999Z')
    assert.deepEqual(workingDaysLeft(calendar, at('2026-12-24T15:45:00Z'), christmas), {
      overdue: false,
      workingDaysLeft: 3,
    })
    assert.deepEqual(workingDaysLeft(calendar, at('2026-12-28T10:00:00Z'), christmas), {
      overdue: false,
      workingDaysLeft: 3,
    })
  })
})

describe('stage clocks: properties', () => {
  const instant = fc
    .integer({ min: Date.parse('2016-01-01T00:00:00Z'), max: Date.parse('2029-12-31T00:00:00Z') })
    .map(ms => new Date(ms))
  const clock = fc
    .integer({ min: 1, max: 30 })
    .chain(respond =>
      fc
        .integer({ min: 0, max: respond - 1 })
        .map(reminder => ({ respondWithinWorkingDays: respond, reminderBeforeWorkingDays: reminder })),
    )

  test('the deadline is the end of a London working day, exactly the stage’s working days later', () => {
    fc.assert(
      fc.property(instant, clock, (enteredAt, stage) => {
        const deadline = stageDeadline(calendar, enteredAt, stage)
        const date = toLondonDate(deadline)
        assert.ok(isWorkingDay(calendar, date))
        assert.equal(toLondonDate(new Date(deadline.getTime() + 1)) > date, true)
        assert.equal(workingDaysBetween(calendar, toLondonDate(enteredAt), date), stage.respondWithinWorkingDays)
        assert.deepEqual(workingDaysLeft(calendar, enteredAt, deadline), {
          overdue: false,
          workingDaysLeft: stage.respondWithinWorkingDays,
        })
      }),
    )
  })

  test('reminders fire in order, each at the start of a working day, after the stage began', () => {
    fc.assert(
      fc.property(instant, clock, (enteredAt, stage) => {
        const { before, atDeadline, afterToRaiser } = reminderTimes(calendar, enteredAt, stage)
        const deadlineDate = toLondonDate(atDeadline)
        assert.equal(before !== undefined, stage.reminderBeforeWorkingDays > 0)
        if (before) {
          const beforeDate = toLondonDate(before)
          assert.ok(enteredAt < before && before < atDeadline)
          assert.equal(before.getTime(), startOfLondonDay(beforeDate).getTime())
          assert.ok(isWorkingDay(calendar, beforeDate))
          assert.equal(workingDaysBetween(calendar, beforeDate, deadlineDate), stage.reminderBeforeWorkingDays - 1)
        }
        assert.ok(atDeadline < afterToRaiser)
        const afterDate = toLondonDate(afterToRaiser)
        assert.equal(afterToRaiser.getTime(), startOfLondonDay(afterDate).getTime())
        assert.ok(isWorkingDay(calendar, afterDate))
        assert.equal(workingDaysBetween(calendar, deadlineDate, afterDate), 1)
        assert.deepEqual(workingDaysLeft(calendar, afterToRaiser, atDeadline), { overdue: true, workingDaysOverdue: 1 })
      }),
    )
  })
})
