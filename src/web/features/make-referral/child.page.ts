import type { ChildDetails, Sex } from '../../../domain/referral/referral-content.js'
import { validateChild } from '../../../domain/referral/referral-validation.js'
import { newItemId } from '../../../services/referral-service.js'
import { dateParts, parseDateInput } from '../../forms/date-input.js'
import { fieldError, textField, type FieldError, type FormInput } from '../../forms/field-errors.js'
import { toFieldErrors } from '../../forms/form-errors.js'
import { tidyPostcode } from '../../presenters/referral-text.js'
import { paths } from '../../paths.js'
import type { PageContext, QuestionPage } from './question-page.js'

const ORDER = [
  'givenName',
  'familyName',
  'otherNames',
  'born',
  'dateOfBirth',
  'expectedDate',
  'sex',
  'nhsNumber',
  'line1',
  'town',
  'postcode',
  'schoolOrSetting',
]
const TEXT_FIELDS = [
  'givenName',
  'familyName',
  'otherNames',
  'nhsNumber',
  'line1',
  'line2',
  'town',
  'postcode',
  'schoolOrSetting',
  'needs',
]

const findChild = (ctx: PageContext) => ctx.content.children.find(c => c.id === ctx.itemId)

export const childPage: QuestionPage = {
  path: 'children/:itemId',
  template: 'make-referral/child.njk',
  section: 'children',
  itemExists: ctx => findChild(ctx) !== undefined,
  title: ctx => (ctx.adding || !findChild(ctx) ? 'Add a child' : 'Change the child’s details'),
  input: (ctx): FormInput => {
    const c = findChild(ctx)
    if (!c) return {}
    const dob = dateParts(c.dateOfBirth)
    const due = dateParts(c.expectedDate)
    return {
      givenName: c.givenName ?? '',
      familyName: c.familyName ?? '',
      otherNames: c.otherNames ?? '',
      born: c.unborn === undefined ? '' : c.unborn ? 'no' : 'yes',
      'dateOfBirth-day': dob.day,
      'dateOfBirth-month': dob.month,
      'dateOfBirth-year': dob.year,
      'expectedDate-day': due.day,
      'expectedDate-month': due.month,
      'expectedDate-year': due.year,
      sex: c.sex ?? '',
      nhsNumber: c.nhsNumber ?? '',
      line1: c.address?.line1 ?? '',
      line2: c.address?.line2 ?? '',
      town: c.address?.town ?? '',
      postcode: c.address?.postcode ?? '',
      schoolOrSetting: c.schoolOrSetting ?? '',
      needs: c.needs ?? '',
    }
  },
  parse: (body, ctx) => {
    const input: FormInput = {}
    for (const f of [...TEXT_FIELDS, 'born', 'sex']) input[f] = textField(body, f)
    for (const d of ['dateOfBirth', 'expectedDate']) {
      for (const part of ['day', 'month', 'year']) input[`${d}-${part}`] = textField(body, `${d}-${part}`)
    }
    const trimmed = (f: string) => input[f]!.trim() || undefined
    const errors: FieldError[] = []
    const born = input.born === 'yes' ? true : input.born === 'no' ? false : undefined
    if (born === undefined) errors.push(fieldError('born', 'Select yes if the child has been born'))
    const dateField = born === false ? 'expectedDate' : 'dateOfBirth'
    const parts = {
      day: input[`${dateField}-day`]!,
      month: input[`${dateField}-month`]!,
      year: input[`${dateField}-year`]!,
    }
    const date =
      born === undefined
        ? undefined
        : parseDateInput(parts, born ? 'Date of birth' : 'Due date', { when: born ? 'past' : 'any', today: ctx.today })
    if (date && !date.ok) errors.push({ href: `#${dateField}-${date.part}`, text: date.message })
    const existing = findChild(ctx)
    const child: ChildDetails = {
      id: existing?.id ?? newItemId(),
      givenName: trimmed('givenName'),
      familyName: trimmed('familyName'),
      otherNames: trimmed('otherNames'),
      unborn: born === undefined ? undefined : !born,
      dateOfBirth: born === true && date?.ok ? date.value : undefined,
      expectedDate: born === false && date?.ok ? date.value : undefined,
      sex: (['female', 'male', 'not-known'] as const).find(s => s === input.sex) as Sex | undefined,
      nhsNumber: trimmed('nhsNumber'),
      address: {
        line1: trimmed('line1'),
        line2: trimmed('line2'),
        town: trimmed('town'),
        postcode: tidyPostcode(trimmed('postcode')),
      },
      schoolOrSetting: trimmed('schoolOrSetting'),
      needs: trimmed('needs'),
    }
    const dateErrorFields = errors.map(e => e.href.slice(1).replace(/-(day|month|year)$/, ''))
    const problems = validateChild(child, ctx.today).filter(
      p =>
        !dateErrorFields.includes(p.field) &&
        !(born === undefined && ['dateOfBirth', 'expectedDate'].includes(p.field)),
    )
    const all = [...errors, ...toFieldErrors(problems, ORDER, ['dateOfBirth', 'expectedDate'])]
    const rank = (e: FieldError) => ORDER.indexOf(e.href.slice(1).replace(/-(day|month|year)$/, ''))
    return {
      update: c => ({
        ...c,
        children: existing ? c.children.map(x => (x.id === existing.id ? child : x)) : [...c.children, child],
      }),
      errors: all.sort((a, b) => rank(a) - rank(b)),
      input,
      itemId: child.id,
    }
  },
  next: ({ referral }) => paths.referralPage(referral.id, 'children'),
}
