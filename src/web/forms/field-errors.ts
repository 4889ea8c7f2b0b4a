// The shapes every form shares (style-anchors §3.6): one catalogue of messages, errors in the
// order the fields appear, and the user's input kept so nothing they typed is lost.

export type FieldError = { href: `#${string}`; text: string }
export type FormInput = Record<string, string>
export type FormResult<T> = { ok: true; value: T } | { ok: false; errors: FieldError[]; input: FormInput }

export function fieldError(field: string, text: string): FieldError {
  return { href: `#${field}`, text }
}

/** `{ fieldName: message }` for the per-field errorMessage of each GOV.UK macro. */
export function errorsByField(errors: FieldError[]): Record<string, { text: string }> {
  const out: Record<string, { text: string }> = {}
  for (const e of errors) {
    const key = e.href.slice(1)
    out[key] ??= { text: e.text }
  }
  return out
}

/**
 * Reads a form body field as a string whatever shape the parser produced. Browsers send text
 * boxes with Windows line endings; they are stored as \n, as the API sends them.
 */
export function textField(body: unknown, name: string): string {
  if (body === null || typeof body !== 'object') return ''
  const value = (body as Record<string, unknown>)[name]
  const text = typeof value === 'string' ? value : Array.isArray(value) && typeof value[0] === 'string' ? value[0] : ''
  return text.replace(/\r\n?/g, '\n')
}
