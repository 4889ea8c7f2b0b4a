import type { FieldError } from './field-errors.js'

export type Problem = { field: string; message: string }

/**
 * Domain problems as GOV.UK field errors, in the order the fields appear on the page. Fields
 * entered as date parts link to their first box (#dateOfBirth-day).
 */
export function toFieldErrors(
  problems: Problem[],
  order: readonly string[],
  dateFields: readonly string[] = [],
): FieldError[] {
  const rank = (field: string) => {
    const i = order.indexOf(field)
    return i === -1 ? order.length : i
  }
  const seen = new Set<string>()
  return [...problems]
    .sort((a, b) => rank(a.field) - rank(b.field))
    .filter(p => (seen.has(p.field) ? false : (seen.add(p.field), true)))
    .map(p => ({ href: `#${dateFields.includes(p.field) ? `${p.field}-day` : p.field}` as const, text: p.message }))
}
