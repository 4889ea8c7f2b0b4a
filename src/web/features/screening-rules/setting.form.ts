import { fieldError, textField, type FormResult } from '../../forms/field-errors.js'

// The partnership setting on the screening rules page: whether every contact is recorded as a
// referral (yes or no).

export const RECORD_EVERY_CONTACT_FIELD = 'record-every-contact-as-referral'

export function parseSettingForm(body: unknown): FormResult<boolean> {
  const answer = textField(body, RECORD_EVERY_CONTACT_FIELD)
  if (answer === 'yes' || answer === 'no') return { ok: true, value: answer === 'yes' }
  return {
    ok: false,
    errors: [fieldError(RECORD_EVERY_CONTACT_FIELD, 'Select yes if every contact should be recorded as a referral')],
    input: { [RECORD_EVERY_CONTACT_FIELD]: '' },
  }
}
