import { LAWFUL_BASIS_LABELS } from '../../presenters/referral-text.js'
import {
  LAWFUL_BASES,
  THRESHOLD_LEVELS,
  type Consent,
  type LawfulBasis,
  type ThresholdLevel,
} from '../../../domain/referral/referral-content.js'
import { validateConsent, validateReferrerView } from '../../../domain/referral/referral-validation.js'
import { textField, type FormInput } from '../../forms/field-errors.js'
import { toFieldErrors } from '../../forms/form-errors.js'
import { paths } from '../../paths.js'
import type { QuestionPage } from './question-page.js'

export const levelPage: QuestionPage = {
  path: 'level',
  template: 'make-referral/level.njk',
  section: 'level',
  title: () => 'What level of need do you think this is?',
  input: ({ content }) => ({
    level: String(content.referrerView.level ?? ''),
    reason: content.referrerView.reason ?? '',
  }),
  parse: body => {
    const input: FormInput = { level: textField(body, 'level'), reason: textField(body, 'reason') }
    const level = THRESHOLD_LEVELS.find(l => String(l) === input.level) as ThresholdLevel | undefined
    const view = { level, reason: input.reason!.trim() || undefined }
    return {
      update: c => ({ ...c, referrerView: view }),
      errors: toFieldErrors(validateReferrerView(view), ['level', 'reason']),
      input,
    }
  },
  next: ({ referral }) => paths.referral(referral.id),
  // Each level's own guidance is shown inline, so the referrer weighs it against the document.
  view: ({ document }) => ({
    levels: document.levels.map(l => ({
      value: String(l.level),
      text: `Level ${l.level}: ${l.name}`,
      hint: { text: `${l.summary} ${l.response}` },
    })),
  }),
}

export const consentPage: QuestionPage = {
  path: 'consent',
  template: 'make-referral/consent.njk',
  section: 'consent',
  title: () => 'Consent and information sharing',
  input: ({ content }) => ({
    parentsInformed: content.consent.parentsInformed ?? '',
    consentGiven: content.consent.consentGiven ?? '',
    reason: content.consent.reason ?? '',
    lawfulBasis: content.consent.lawfulBasis ?? '',
  }),
  parse: body => {
    const input: FormInput = {}
    for (const f of ['parentsInformed', 'consentGiven', 'reason', 'lawfulBasis']) input[f] = textField(body, f)
    const informed = input.parentsInformed
    const given = input.consentGiven
    const consent: Consent = {
      parentsInformed: informed === 'yes' || informed === 'no' ? informed : undefined,
      consentGiven: given === 'yes' || given === 'no' || given === 'not-sought' ? given : undefined,
      reason: input.reason!.trim() || undefined,
      lawfulBasis: (LAWFUL_BASES as readonly string[]).includes(input.lawfulBasis!)
        ? (input.lawfulBasis as LawfulBasis)
        : undefined,
    }
    return {
      update: c => ({ ...c, consent }),
      errors: toFieldErrors(validateConsent(consent), ['parentsInformed', 'consentGiven', 'reason', 'lawfulBasis']),
      input,
    }
  },
  next: ({ referral }) => paths.referral(referral.id),
  view: () => ({ lawfulBases: LAWFUL_BASES.map(b => ({ value: b, text: LAWFUL_BASIS_LABELS[b] })) }),
}
