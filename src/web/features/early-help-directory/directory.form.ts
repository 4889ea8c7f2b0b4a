import type { EarlyHelpFilter } from '../../../domain/early-help/early-help-service.js'
import { fieldError, textField, type FieldError, type FormResult } from '../../forms/field-errors.js'

// The directory's search form is a GET form, so a search can be bookmarked and works without
// JavaScript. It searches services, never children: the only thing about a child is an age.

export const SEARCH_FIELD = 'q'
export const AGE_FIELD = 'age'

/** Children's services reach 25 for young people with special educational needs. */
export const MAX_AGE = 25
const MAX_SEARCH = 100

export const directoryMessages = {
  ageFormat: 'Child’s age must be a whole number of years, like 4',
  ageRange: `Child’s age must be between 0 and ${MAX_AGE}`,
  searchLength: `Search must be ${MAX_SEARCH} characters or fewer`,
} as const

export function parseDirectorySearch(query: unknown): FormResult<EarlyHelpFilter> {
  const text = textField(query, SEARCH_FIELD).replace(/\s+/g, ' ').trim()
  const age = textField(query, AGE_FIELD).trim()
  const errors: FieldError[] = []
  if (text.length > MAX_SEARCH) errors.push(fieldError(SEARCH_FIELD, directoryMessages.searchLength))
  let childAgeYears: number | undefined
  if (age !== '') {
    if (!/^\d{1,3}$/.test(age)) errors.push(fieldError(AGE_FIELD, directoryMessages.ageFormat))
    else if (Number(age) > MAX_AGE) errors.push(fieldError(AGE_FIELD, directoryMessages.ageRange))
    else childAgeYears = Number(age)
  }
  if (errors.length > 0) return { ok: false, errors, input: { [SEARCH_FIELD]: text, [AGE_FIELD]: age } }
  const filter: EarlyHelpFilter = {}
  if (text) filter.text = text
  if (childAgeYears !== undefined) filter.childAgeYears = childAgeYears
  return { ok: true, value: filter }
}
