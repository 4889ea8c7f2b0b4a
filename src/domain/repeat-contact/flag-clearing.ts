import type { FieldProblem } from '../referral/validation-support.js'
import { fail, ok, type Result } from '../shared/result.js'
import type { RepeatContactFlag } from './repeat-contact-rules.js'

// A flag is never silently dismissed (issue 5 §4): clearing one records who cleared it, when,
// and why, and the flag itself stays on the record with its rule and contacts.

export const MIN_CLEAR_REASON = 10
export const MAX_CLEAR_REASON = 2000

export type FlagClearance = { reason: string; byUserId: string; at: Date }
export type ClearedRepeatContactFlag = RepeatContactFlag & { clearance: FlagClearance }

export function isCleared(flag: RepeatContactFlag): flag is ClearedRepeatContactFlag {
  return 'clearance' in flag
}

/** Clears a flag with a reason; refuses a blank, too short or too long reason, or a second clearing. */
export function clearFlag(
  flag: RepeatContactFlag,
  clearance: FlagClearance,
): Result<ClearedRepeatContactFlag, FieldProblem> {
  const byUserId = clearance.byUserId.trim()
  if (byUserId === '') throw new RangeError('A flag can only be cleared by a named user')
  if (Number.isNaN(clearance.at.getTime())) throw new RangeError('A flag must be cleared at a valid time')
  if (isCleared(flag)) return fail({ field: 'reason', message: 'This flag has already been cleared' })
  const reason = clearance.reason.trim()
  if (reason === '') return fail({ field: 'reason', message: 'Enter why this flag can be cleared' })
  if ([...reason].length < MIN_CLEAR_REASON) {
    return fail({
      field: 'reason',
      message: `Enter why this flag can be cleared, in at least ${MIN_CLEAR_REASON} characters`,
    })
  }
  if ([...reason].length > MAX_CLEAR_REASON) {
    return fail({
      field: 'reason',
      message: `Why this flag can be cleared must be ${MAX_CLEAR_REASON.toLocaleString('en-GB')} characters or fewer`,
    })
  }
  return ok({ ...flag, clearance: { reason, byUserId, at: new Date(clearance.at.getTime()) } })
}
