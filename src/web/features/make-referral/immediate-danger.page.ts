import { fieldError, textField } from '../../forms/field-errors.js'
import { paths } from '../../paths.js'
import type { QuestionPage } from './question-page.js'

export const immediateDangerPage: QuestionPage = {
  path: 'immediate-danger',
  template: 'make-referral/immediate-danger.njk',
  section: 'immediate-danger',
  title: () => 'Is a child in immediate danger?',
  input: ({ content }) => ({ immediateDanger: content.immediateDanger ?? '' }),
  parse: body => {
    const answer = textField(body, 'immediateDanger')
    const value = answer === 'yes' || answer === 'no' ? answer : undefined
    return {
      update: c => ({ ...c, immediateDanger: value ?? c.immediateDanger }),
      errors: value ? [] : [fieldError('immediateDanger', 'Select yes if a child is in immediate danger')],
      input: { immediateDanger: answer },
    }
  },
  // "Yes" interrupts with what to do now, and still lets them carry on.
  next: ({ referral, content }) =>
    content.immediateDanger === 'yes'
      ? paths.referralPage(referral.id, 'immediate-danger/what-to-do-now')
      : paths.referral(referral.id),
}
