import type { Concerns } from '../../../domain/referral/referral-content.js'
import { indicatorCheckboxGroups } from '../../presenters/threshold-indicators.js'
import { validateConcerns } from '../../../domain/referral/referral-validation.js'
import { textField, type FormInput } from '../../forms/field-errors.js'
import { toFieldErrors } from '../../forms/form-errors.js'
import { paths } from '../../paths.js'
import type { PageContext, QuestionPage } from './question-page.js'

function selectedCodes(body: unknown): string[] {
  const raw = body && typeof body === 'object' ? (body as Record<string, unknown>).indicatorCodes : undefined
  const list = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]
  return list.filter((v): v is string => typeof v === 'string')
}

const indicatorCodeSet = (ctx: PageContext) => new Set(ctx.document.indicators.map(i => i.code))

/** Only the problems that belong to the fields on this page. */
function concernProblems(ctx: PageContext, concerns: Concerns, fields: readonly string[]) {
  return validateConcerns(concerns, indicatorCodeSet(ctx)).filter(p => fields.includes(p.field))
}

export const indicatorsPage: QuestionPage = {
  path: 'concerns/indicators',
  template: 'make-referral/indicators.njk',
  section: 'concerns',
  title: () => 'What are you worried about?',
  input: ({ content }) => ({ indicatorCodes: (content.concerns.indicatorCodes ?? []).join(',') }),
  parse: (body, ctx) => {
    const codes = selectedCodes(body).filter(c => indicatorCodeSet(ctx).has(c))
    const concerns = { ...ctx.content.concerns, indicatorCodes: codes }
    return {
      update: c => ({ ...c, concerns: { ...c.concerns, indicatorCodes: codes } }),
      errors: toFieldErrors(concernProblems(ctx, concerns, ['indicatorCodes']), ['indicatorCodes']),
      input: { indicatorCodes: codes.join(',') },
    }
  },
  next: ({ referral }) => paths.referralPage(referral.id, 'concerns/details'),
  view: ctx => ({
    version: ctx.referral.version,
    domains: indicatorCheckboxGroups(ctx.document, ctx.content.concerns.indicatorCodes ?? []),
  }),
}

const DETAIL_FIELDS = ['description', 'incidentDates', 'impactOnChild', 'childsVoice', 'actionsTaken'] as const

export const concernDetailsPage: QuestionPage = {
  path: 'concerns/details',
  template: 'make-referral/concern-details.njk',
  section: 'concerns',
  title: () => 'Describe your concerns',
  input: ({ content }) => Object.fromEntries(DETAIL_FIELDS.map(f => [f, content.concerns[f] ?? ''])),
  parse: (body, ctx) => {
    const input: FormInput = Object.fromEntries(DETAIL_FIELDS.map(f => [f, textField(body, f)]))
    // Free text is kept exactly as typed, apart from surrounding spaces.
    const details: Partial<Concerns> = Object.fromEntries(DETAIL_FIELDS.map(f => [f, input[f]!.trim() || undefined]))
    const concerns = { ...ctx.content.concerns, ...details }
    return {
      update: c => ({ ...c, concerns: { ...c.concerns, ...details } }),
      errors: toFieldErrors(concernProblems(ctx, concerns, DETAIL_FIELDS), DETAIL_FIELDS),
      input,
    }
  },
  next: ({ referral }) => paths.referral(referral.id),
}
