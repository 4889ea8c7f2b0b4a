import {
  addCalendarDays,
  addWorkingDays,
  addWorkingDaysToInstant,
  endOfLondonDay,
  isWorkingDay,
  toLondonDate,
  workingDaysBetween,
  type Calendar,
  type LocalDate,
} from '../calendar/index.js'
import type { EscalationStage } from './escalation-policy.js'

// Each stage's clock counts working days in Europe/London (DESIGN.md §5). A stage entered at any
// time on a day is due by the end of the London day its working days later; the day it is
// entered never counts, so a disagreement raised late on a Friday gets the same time as one
// raised on the Saturday.

export const REMINDER_KINDS = ['stage-reminder-before', 'stage-deadline', 'stage-overdue-offer-next'] as const
export type ReminderKind = (typeof REMINDER_KINDS)[number]

/** Who each reminder goes to (issue 5 §3). */
export const REMINDER_RECIPIENTS: Record<ReminderKind, string> = {
  'stage-reminder-before': 'The responders at this stage',
  'stage-deadline': 'The responders at this stage and their manager',
  'stage-overdue-offer-next': 'The person who raised the disagreement',
}

export type StageClock = Pick<EscalationStage, 'respondWithinWorkingDays' | 'reminderBeforeWorkingDays'>

export type ReminderTimes = Readonly<{
  /** When the responders are first reminded; absent when the stage is too short for an early reminder. */
  before?: Date
  /** The deadline itself. */
  atDeadline: Date
  /** The start of the next working day after the deadline: the raiser is offered the next stage. */
  afterToRaiser: Date
}>

export type ScheduledReminder = Readonly<{ kind: ReminderKind; dueAt: Date }>

/** 00:00 in London on the date: the instant just after the end of the day before. */
export function startOfLondonDay(date: LocalDate): Date {
  return new Date(endOfLondonDay(addCalendarDays(date, -1)).getTime() + 1)
}

/** The working date n working days before a working date (n = 0: the date itself). */
function workingDaysBefore(calendar: Calendar, date: LocalDate, n: number): LocalDate {
  let day = date
  for (let counted = 0; counted < n;) {
    day = addCalendarDays(day, -1)
    if (isWorkingDay(calendar, day)) counted++
  }
  return day
}

/** The end of the London day respondWithinWorkingDays working days after the stage was entered. */
export function stageDeadline(calendar: Calendar, enteredAt: Date, stage: StageClock): Date {
  return addWorkingDaysToInstant(calendar, enteredAt, stage.respondWithinWorkingDays)
}

/**
 * When the stage's reminders are due. The early reminder comes at the start of the working day
 * when reminderBeforeWorkingDays working days are left, the deadline day included: with 1, on the
 * morning of the deadline day ("due by the end of today"). It is left out when that would not
 * be after the stage was entered, so a reminder never arrives with, or before, the stage itself.
 */
export function reminderTimes(calendar: Calendar, enteredAt: Date, stage: StageClock): ReminderTimes {
  const deadlineDate = addWorkingDays(calendar, toLondonDate(enteredAt), stage.respondWithinWorkingDays)
  const atDeadline = endOfLondonDay(deadlineDate)
  const afterToRaiser = startOfLondonDay(addWorkingDays(calendar, deadlineDate, 1))
  const n = stage.reminderBeforeWorkingDays
  if (n < 1) return { atDeadline, afterToRaiser }
  const before = startOfLondonDay(workingDaysBefore(calendar, deadlineDate, n - 1))
  return before > enteredAt ? { before, atDeadline, afterToRaiser } : { atDeadline, afterToRaiser }
}

/** The reminders as deadline rows, in the order they fire. */
export function scheduledReminders(calendar: Calendar, enteredAt: Date, stage: StageClock): ScheduledReminder[] {
  const times = reminderTimes(calendar, enteredAt, stage)
  return [
    ...(times.before ? [{ kind: 'stage-reminder-before' as const, dueAt: times.before }] : []),
    { kind: 'stage-deadline', dueAt: times.atDeadline },
    { kind: 'stage-overdue-offer-next', dueAt: times.afterToRaiser },
  ]
}

export function isPastDeadline(now: Date, deadline: Date): boolean {
  return now.getTime() > deadline.getTime()
}

/**
 * For "days left" displays. Before the deadline: the working days after today up to the deadline
 * day, so 0 means "due today". After it: overdue, with the working days since the deadline day
 * (0 on the weekend after a Friday deadline).
 */
export type DaysLeft = Readonly<
  { overdue: false; workingDaysLeft: number } | { overdue: true; workingDaysOverdue: number }
>

export function workingDaysLeft(calendar: Calendar, now: Date, deadline: Date): DaysLeft {
  const today = toLondonDate(now)
  const deadlineDate = toLondonDate(deadline)
  if (isPastDeadline(now, deadline)) {
    return { overdue: true, workingDaysOverdue: Math.max(0, workingDaysBetween(calendar, deadlineDate, today)) }
  }
  return { overdue: false, workingDaysLeft: Math.max(0, workingDaysBetween(calendar, today, deadlineDate)) }
}
