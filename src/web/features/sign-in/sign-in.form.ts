import { errorMessages } from '../../forms/error-messages.js'
import { fieldError, textField, type FieldError, type FormResult } from '../../forms/field-errors.js'

export type SignInCommand = { email: string; password: string }

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

export function parseSignInForm(body: unknown): FormResult<SignInCommand> {
  const email = textField(body, 'email').trim()
  const password = textField(body, 'password')
  const errors: FieldError[] = []
  if (!email) errors.push(fieldError('email', errorMessages.signIn.emailMissing))
  else if (!EMAIL.test(email)) errors.push(fieldError('email', errorMessages.signIn.emailFormat))
  if (!password) errors.push(fieldError('password', errorMessages.signIn.passwordMissing))
  // The password is never echoed back into the page.
  if (errors.length > 0) return { ok: false, errors, input: { email } }
  return { ok: true, value: { email, password } }
}
