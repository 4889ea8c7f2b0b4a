import { RELATIONSHIPS, type AdultDetails, type Relationship } from '../../../domain/referral/referral-content.js'
import { validateAdult } from '../../../domain/referral/referral-validation.js'
import { newItemId } from '../../../services/referral-service.js'
import { dateParts, parseDateInput } from '../../forms/date-input.js'
import { textField, type FieldError, type FormInput } from '../../forms/field-errors.js'
import { toFieldErrors } from '../../forms/form-errors.js'
import { paths } from '../../paths.js'
import { childName, RELATIONSHIP_LABELS, tidyPostcode } from '../../presenters/referral-text.js'
import type { PageContext, QuestionPage } from './question-page.js'

const TEXT_FIELDS = ['givenName', 'familyName', 'line1', 'line2', 'town', 'postcode', 'notes']
const findAdult = (ctx: PageContext) => ctx.content.adults.find(a => a.id === ctx.itemId)
const isRelationship = (v: string): v is Relationship => (RELATIONSHIPS as readonly string[]).includes(v)

export const adultPage: QuestionPage = {
  path: 'adults/:itemId',
  template: 'make-referral/adult.njk',
  section: 'adults',
  itemExists: ctx => findAdult(ctx) !== undefined,
  title: ctx =>
    ctx.adding || !findAdult(ctx) ? 'Add a parent, carer or household member' : 'Change this adult’s details',
  input: (ctx): FormInput => {
    const a = findAdult(ctx)
    if (!a) return {}
    const dob = dateParts(a.dateOfBirth)
    const input: FormInput = {
      givenName: a.givenName ?? '',
      familyName: a.familyName ?? '',
      'dateOfBirth-day': dob.day,
      'dateOfBirth-month': dob.month,
      'dateOfBirth-year': dob.year,
      livesWithChildren: a.livesWithChildren === undefined ? '' : a.livesWithChildren ? 'yes' : 'no',
      parentalResponsibility: a.parentalResponsibility ?? '',
      line1: a.address?.line1 ?? '',
      line2: a.address?.line2 ?? '',
      town: a.address?.town ?? '',
      postcode: a.address?.postcode ?? '',
      notes: a.notes ?? '',
    }
    for (const child of ctx.content.children) input[`relationship-${child.id}`] = a.relationships?.[child.id] ?? ''
    return input
  },
  parse: (body, ctx) => {
    const input: FormInput = {}
    for (const f of [...TEXT_FIELDS, 'livesWithChildren', 'parentalResponsibility']) input[f] = textField(body, f)
    for (const part of ['day', 'month', 'year']) input[`dateOfBirth-${part}`] = textField(body, `dateOfBirth-${part}`)
    const relationships: Record<string, Relationship> = {}
    for (const child of ctx.content.children) {
      const value = textField(body, `relationship-${child.id}`)
      input[`relationship-${child.id}`] = value
      if (isRelationship(value)) relationships[child.id] = value
    }
    const trimmed = (f: string) => input[f]!.trim() || undefined
    const errors: FieldError[] = []
    const parts = {
      day: input['dateOfBirth-day']!,
      month: input['dateOfBirth-month']!,
      year: input['dateOfBirth-year']!,
    }
    const anyDate = Object.values(parts).some(p => p.trim() !== '')
    const date = anyDate ? parseDateInput(parts, 'Date of birth', { when: 'past', today: ctx.today }) : undefined
    if (date && !date.ok) errors.push({ href: `#dateOfBirth-${date.part}`, text: date.message })
    const existing = findAdult(ctx)
    const pr = input.parentalResponsibility
    const adult: AdultDetails = {
      id: existing?.id ?? newItemId(),
      givenName: trimmed('givenName'),
      familyName: trimmed('familyName'),
      dateOfBirth: date?.ok ? date.value : undefined,
      livesWithChildren:
        input.livesWithChildren === 'yes' ? true : input.livesWithChildren === 'no' ? false : undefined,
      parentalResponsibility: pr === 'yes' || pr === 'no' || pr === 'not-known' ? pr : undefined,
      relationships,
      address: {
        line1: trimmed('line1'),
        line2: trimmed('line2'),
        town: trimmed('town'),
        postcode: tidyPostcode(trimmed('postcode')),
      },
      notes: trimmed('notes'),
    }
    const order = [
      'givenName',
      'familyName',
      'dateOfBirth',
      ...ctx.content.children.map(c => `relationship-${c.id}`),
      'livesWithChildren',
      'parentalResponsibility',
      'postcode',
    ]
    const problems = validateAdult(adult, ctx.content.children, ctx.today).filter(
      p => !(p.field === 'dateOfBirth' && errors.length > 0),
    )
    const all = [...errors, ...toFieldErrors(problems, order, ['dateOfBirth'])]
    const rank = (e: FieldError) => order.indexOf(e.href.slice(1).replace(/-(day|month|year)$/, ''))
    return {
      update: c => ({
        ...c,
        adults: existing ? c.adults.map(x => (x.id === existing.id ? adult : x)) : [...c.adults, adult],
      }),
      errors: all.sort((a, b) => rank(a) - rank(b)),
      input,
      itemId: adult.id,
    }
  },
  next: ({ referral }) => paths.referralPage(referral.id, 'adults'),
  view: ctx => ({
    children: ctx.content.children.map(c => ({ id: c.id, name: childName(c) })),
    relationshipItems: [
      { value: '', text: 'Select how they are related' },
      ...RELATIONSHIPS.map(r => ({ value: r, text: RELATIONSHIP_LABELS[r] })),
    ],
  }),
}
