import type { CallDetails, ReferrerDetails } from '../../../domain/referral/referral-content.js'
import { PROFESSIONAL_SOURCE_CODES, PUBLIC_SOURCE_CODES } from '../../../domain/referral/referral-source.js'
import { validateCall, validateReferrer } from '../../../domain/referral/referral-validation.js'
import { textField, type FormInput } from '../../forms/field-errors.js'
import { toFieldErrors } from '../../forms/form-errors.js'
import { paths } from '../../paths.js'
import type { QuestionPage } from './question-page.js'

const REFERRER_FIELDS = ['name', 'jobTitle', 'agencyName', 'phone', 'email'] as const

export const referrerPage: QuestionPage = {
  path: 'referrer',
  template: 'make-referral/referrer.njk',
  section: 'referrer',
  title: ({ referral }) => (referral.channel === 'phone' ? 'The caller’s contact details' : 'Your contact details'),
  input: ({ content }) => Object.fromEntries(REFERRER_FIELDS.map(f => [f, content.referrer[f] ?? ''])),
  parse: (body, { referral }) => {
    const input: FormInput = Object.fromEntries(REFERRER_FIELDS.map(f => [f, textField(body, f)]))
    const referrer: ReferrerDetails = Object.fromEntries(REFERRER_FIELDS.map(f => [f, input[f]!.trim() || undefined]))
    // A member of the public has no job or agency; the rules know that from the call.
    const problems = validateReferrer(referrer, referral.channel === 'phone' ? referral.content.call : undefined)
    return { update: c => ({ ...c, referrer }), errors: toFieldErrors(problems, REFERRER_FIELDS), input }
  },
  next: ({ referral }) => paths.referral(referral.id),
}

const sourceItems = (codes: readonly { code: string; label: string }[]) =>
  codes.map(c => ({ value: c.code, text: c.label }))

export const callPage: QuestionPage = {
  path: 'call',
  template: 'make-referral/call.njk',
  section: 'call',
  title: () => 'About the call',
  input: ({ content }) => {
    const call = content.call ?? {}
    return {
      callerType: call.callerType ?? '',
      publicSourceCode: call.callerType === 'public' ? (call.sourceCode ?? '') : '',
      professionalSourceCode: call.callerType === 'professional' ? (call.sourceCode ?? '') : '',
      relationshipToChild: call.relationshipToChild ?? '',
      anonymous: call.anonymous ? 'yes' : '',
      rightsExplained: call.rightsExplained ? 'yes' : '',
      wantsToSpeakToSocialWorker:
        call.wantsToSpeakToSocialWorker === undefined ? '' : call.wantsToSpeakToSocialWorker ? 'yes' : 'no',
    }
  },
  parse: (body, { referral }) => {
    const input: FormInput = {}
    for (const f of [
      'callerType',
      'publicSourceCode',
      'professionalSourceCode',
      'relationshipToChild',
      'anonymous',
      'rightsExplained',
      'wantsToSpeakToSocialWorker',
    ]) {
      input[f] = textField(body, f)
    }
    const callerType =
      input.callerType === 'public' || input.callerType === 'professional' ? input.callerType : undefined
    const wants = input.wantsToSpeakToSocialWorker
    const call: CallDetails = {
      callerType,
      sourceCode: (callerType === 'public' ? input.publicSourceCode : input.professionalSourceCode) || undefined,
      relationshipToChild: input.relationshipToChild!.trim() || undefined,
      anonymous: callerType === 'public' && input.anonymous === 'yes',
      rightsExplained: input.rightsExplained === 'yes',
      wantsToSpeakToSocialWorker: wants === 'yes' ? true : wants === 'no' ? false : undefined,
    }
    const problems = validateCall(call, referral.channel).map(p =>
      p.field === 'sourceCode'
        ? { ...p, field: callerType === 'public' ? 'publicSourceCode' : 'professionalSourceCode' }
        : p,
    )
    const order = [
      'callerType',
      'publicSourceCode',
      'professionalSourceCode',
      'relationshipToChild',
      'rightsExplained',
      'wantsToSpeakToSocialWorker',
    ]
    return { update: c => ({ ...c, call }), errors: toFieldErrors(problems, order), input }
  },
  next: ({ referral }) => paths.referral(referral.id),
  view: () => ({
    publicSources: sourceItems(PUBLIC_SOURCE_CODES),
    professionalSources: sourceItems(PROFESSIONAL_SOURCE_CODES),
  }),
}
