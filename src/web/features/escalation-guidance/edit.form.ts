import { fieldError, textField, type FieldError } from '../../forms/field-errors.js'

// The page where a partnership manager edits the escalation policy as JSON. The service checks
// the policy; this only reads the form.

export const POLICY_FIELD = 'policy-json'
export const VERSION_FIELD = 'version'

/** Problems beyond this many are counted, not listed: a pasted wrong file can have hundreds. */
export const MAX_LISTED_PROBLEMS = 20

export type EditPolicyCommand = { jsonText: string; expectedVersion: number }

export function parseEditPolicyForm(body: unknown): EditPolicyCommand {
  const version = textField(body, VERSION_FIELD).trim()
  // A form without a version it started from (or a tampered one) is treated as stale.
  return { jsonText: textField(body, POLICY_FIELD), expectedVersion: /^\d{1,9}$/.test(version) ? Number(version) : 0 }
}

export function policyErrors(messages: readonly string[]): FieldError[] {
  const listed = messages.slice(0, MAX_LISTED_PROBLEMS).map(m => fieldError(POLICY_FIELD, m))
  const more = messages.length - listed.length
  if (more > 0) {
    listed.push(fieldError(POLICY_FIELD, `Fix ${more} more ${more === 1 ? 'problem' : 'problems'} not listed here`))
  }
  return listed
}
