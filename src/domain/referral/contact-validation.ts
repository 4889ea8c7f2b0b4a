import type { CallDetails, ReferralChannel, ReferrerDetails } from './referral-content.js'
import { referralMessages, type ReferrerSubject } from './referral-messages.js'
import { sourceCodesFor } from './referral-source.js'
import { isBlank, isOneOf, MAX_SHORT_TEXT, text, tooLong, type FieldProblem } from './validation-support.js'

const referrerMessages = referralMessages.referrer
const callMessages = referralMessages.call

/** Digits, spaces, hyphens and brackets, with an optional leading +; 10 to 13 digits in all (UK numbers, with or without +44). */
export function isValidPhoneNumber(value: string): boolean {
  const phone = value.trim()
  if (!/^\+?[\d\s()-]+$/.test(phone)) return false
  const digits = phone.replace(/\D/g, '').length
  return digits >= 10 && digits <= 13
}

/** Deliberately loose: one @, something either side, a dot in the domain. The real test is whether mail arrives. */
export function isValidEmail(value: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@.]+$/.test(value.trim())
}

function anonymousCall(call: CallDetails | undefined): boolean {
  return call?.callerType === 'public' && (call.anonymous === true || call.sourceCode === '9')
}

/**
 * The referrer's own details, so the front door can call back and send feedback. For a phone
 * referral these describe the caller: a member of the public has no job title or organisation,
 * needs only a name and one way to be contacted, and may stay anonymous. A professional never
 * refers anonymously, and a call whose caller type is not yet chosen is held to the
 * professional standard.
 */
export function validateReferrer(referrer: ReferrerDetails, call?: CallDetails): FieldProblem[] {
  const subject: ReferrerSubject = call === undefined ? 'you' : 'caller'
  const isPublic = call?.callerType === 'public'
  const anonymous = anonymousCall(call)
  const problems: FieldProblem[] = []
  if (!anonymous && isBlank(referrer.name))
    problems.push({ field: 'name', message: referrerMessages.nameMissing(subject) })
  problems.push(...tooLong('name', 'name', referrer.name, MAX_SHORT_TEXT))
  if (!isPublic) {
    if (isBlank(referrer.jobTitle))
      problems.push({ field: 'jobTitle', message: referrerMessages.jobTitleMissing(subject) })
    if (isBlank(referrer.agencyName)) {
      problems.push({ field: 'agencyName', message: referrerMessages.agencyNameMissing(subject) })
    }
  }
  problems.push(...tooLong('jobTitle', 'job title', referrer.jobTitle, MAX_SHORT_TEXT))
  problems.push(...tooLong('agencyName', 'organisation', referrer.agencyName, MAX_SHORT_TEXT))

  const phone = text(referrer.phone)
  const email = text(referrer.email)
  if (isPublic && !anonymous && phone === '' && email === '') {
    problems.push({ field: 'phone', message: referrerMessages.contactMissing })
  }
  if (phone === '' && !isPublic) problems.push({ field: 'phone', message: referrerMessages.phoneMissing(subject) })
  if (phone !== '' && !isValidPhoneNumber(phone))
    problems.push({ field: 'phone', message: referrerMessages.phoneFormat })
  if (email === '' && !isPublic) problems.push({ field: 'email', message: referrerMessages.emailMissing(subject) })
  if (email !== '' && !isValidEmail(email)) problems.push({ field: 'email', message: referrerMessages.emailFormat })
  problems.push(...tooLong('email', 'email address', email, MAX_SHORT_TEXT))
  return problems
}

/**
 * What a call handler records about the call itself. Telling the caller their rights is a step
 * that cannot be skipped: serious case reviews found referrers who were never told they could
 * speak to a social worker or challenge a decision. Only phone referrals have this section.
 */
export function validateCall(call: CallDetails | undefined, channel: ReferralChannel): FieldProblem[] {
  if (channel !== 'phone') return []
  const problems: FieldProblem[] = []
  const callerType = isOneOf(['professional', 'public'] as const, call?.callerType) ? call.callerType : undefined
  if (callerType === undefined) {
    problems.push({ field: 'callerType', message: callMessages.callerTypeMissing })
  }
  const sourceCode = text(call?.sourceCode)
  if (sourceCode === '') {
    problems.push({ field: 'sourceCode', message: callMessages.sourceMissing })
  } else if (callerType !== undefined && !sourceCodesFor(callerType).some(source => source.code === sourceCode)) {
    problems.push({ field: 'sourceCode', message: callMessages.sourceWrongList(callerType) })
  }
  problems.push(
    ...tooLong('relationshipToChild', 'relationship to the child', call?.relationshipToChild, MAX_SHORT_TEXT),
  )
  if (call?.rightsExplained !== true)
    problems.push({ field: 'rightsExplained', message: callMessages.rightsNotExplained })
  if (typeof call?.wantsToSpeakToSocialWorker !== 'boolean') {
    problems.push({ field: 'wantsToSpeakToSocialWorker', message: callMessages.wantsSocialWorkerMissing })
  }
  return problems
}
