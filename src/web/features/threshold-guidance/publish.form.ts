import { parseThresholdDocumentJson } from '../../../domain/threshold/threshold-document-json.js'
import type { ThresholdDocumentContent } from '../../../domain/threshold/threshold-document-rules.js'
import { fieldError, textField, type FieldError, type FormResult } from '../../forms/field-errors.js'

export type PublishCommand = { content: ThresholdDocumentContent; basedOnVersion: number | undefined }

export const DOCUMENT_FIELD = 'document-json'
export const BASED_ON_FIELD = 'based-on-version'

/** Problems beyond this many are counted, not listed: a wrong file can have hundreds. */
export const MAX_LISTED_PROBLEMS = 20

export function documentErrors(messages: readonly string[]): FieldError[] {
  const listed = messages.slice(0, MAX_LISTED_PROBLEMS).map(m => fieldError(DOCUMENT_FIELD, m))
  const more = messages.length - listed.length
  if (more > 0) {
    listed.push(fieldError(DOCUMENT_FIELD, `Fix ${more} more ${more === 1 ? 'problem' : 'problems'} not listed here`))
  }
  return listed
}

export function parsePublishForm(body: unknown): FormResult<PublishCommand> {
  const text = textField(body, DOCUMENT_FIELD)
  const basedOn = textField(body, BASED_ON_FIELD).trim()
  const input = { [DOCUMENT_FIELD]: text, [BASED_ON_FIELD]: basedOn }
  const parsed = parseThresholdDocumentJson(text)
  if (!parsed.ok) return { ok: false, errors: documentErrors(parsed.error.map(p => p.message)), input }
  // The version the editor started from; without it (an old form) there is no stale check.
  const basedOnVersion = /^\d{1,9}$/.test(basedOn) ? Number(basedOn) : undefined
  return { ok: true, value: { content: parsed.value, basedOnVersion } }
}
