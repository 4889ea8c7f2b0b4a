import { characterCount, MAX_FREE_TEXT, text, type FieldProblem } from '../referral/validation-support.js'
import { disagreementMessages } from './disagreement-messages.js'

// Shared by the disagreement validators; not exported from the area. Bodies come from forms and
// the API, so every value may be missing, blank or the wrong shape.

type Raw = Record<string, unknown>
export const asRaw = (raw: unknown): Raw =>
  typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? (raw as Raw) : {}

/** A required free-text answer: its trimmed text, or the problem with it. */
export function requiredText(
  problems: FieldProblem[],
  field: string,
  value: unknown,
  missing: string,
  label: string,
): string {
  const answer = text(value)
  if (answer === '') problems.push({ field, message: missing })
  else if (characterCount(answer) > MAX_FREE_TEXT) {
    problems.push({ field, message: disagreementMessages.tooLong(label, MAX_FREE_TEXT) })
  }
  return answer
}
