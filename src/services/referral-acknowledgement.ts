import { formatDateTime } from '../domain/shared/formatting.js'

// The acknowledgement names the referral by its reference only: email is not a safe place for
// a child's name, and the referrer can read everything else after signing in. When the contact
// is part of a repeat-contact pattern, it says so and how to escalate (issue 5 §4).
export function acknowledgementMessage(a: {
  reference: string
  dueAt: Date
  now: Date
  referrerName?: string | undefined
  /** referrerRepeatNotice, when a repeat-contact rule fired on this contact. */
  repeatNotice?: string | undefined
}): { subject: string; body: string } {
  return {
    subject: `Referral ${a.reference} received`,
    body: [
      `Dear ${a.referrerName ?? 'colleague'},`,
      '',
      `We received your referral ${a.reference} on ${formatDateTime(a.now)}.`,
      '',
      `The front door will decide what happens next by ${formatDateTime(a.dueAt)} (the end of the next working day).`,
      'You will be told the decision and the reasons for it. If you disagree with the decision, you can ask to speak to a social worker or manager and challenge it through the partnership’s escalation policy.',
      '',
      ...(a.repeatNotice ? [a.repeatNotice, ''] : []),
      'If you are worried that a child is in immediate danger, call 999 now.',
      '',
      `Sign in to Threshold to see the referral and its progress.`,
    ].join('\n'),
  }
}
