export { BANK_HOLIDAYS, BANK_HOLIDAY_COVERAGE, type BankHoliday } from './bank-holidays.js'
export { addCalendarDays, dayOfWeek, isLocalDate, parseLocalDate, type LocalDate } from './local-date.js'
export {
  addWorkingDays,
  addWorkingDaysToInstant,
  createCalendar,
  dueByEndOfNextWorkingDay,
  endOfLondonDay,
  isWorkingDay,
  toLondonDate,
  workingDaysBetween,
  type Calendar,
  type CalendarOptions,
} from './working-days.js'
