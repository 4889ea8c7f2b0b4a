import { outcomeLabel, type DecisionOutcome } from '../screening/outcomes.js'
import { rightsStatement, type FeedbackAudience } from '../screening/feedback-message.js'

// The feedback the referrer receives once a decision is final: the practitioner's message
// (decision, reasons, next steps, services), who decided and how to reach them, the right to
// speak to a social worker or manager and to challenge, and where to say "accept" or "disagree".
// When the contact is part of a repeat-contact pattern, the referrer is told we have noticed and
// how to escalate (issue 5 §4). The subject names the referral by reference only, as every
// notification does.

export type FeedbackNoticeInput = {
  audience: FeedbackAudience
  reference: string
  outcome: DecisionOutcome
  message: string
  decidedBy: { name: string; email: string }
  frontDoorPhone: string
  referralUrl: string
  escalationPolicyUrl: string
  /** referrerRepeatNotice, when a repeat-contact rule fired on the contact. */
  repeatNotice?: string | undefined
}

export function feedbackNotice(f: FeedbackNoticeInput): { subject: string; body: string } {
  return {
    subject: `Decision on referral ${f.reference}: ${outcomeLabel(f.outcome, f.audience)}`,
    body: [
      `The front door has decided what happens next for referral ${f.reference}: ${outcomeLabel(f.outcome, f.audience).toLowerCase()}.`,
      f.message.trim(),
      ...(f.repeatNotice ? [f.repeatNotice] : []),
      `Who made the decision: ${f.decidedBy.name}, children's front door. Email ${f.decidedBy.email} or call ${f.frontDoorPhone}.`,
      // The repeat-contact notice already gives the right to speak to someone and to escalate.
      ...(f.repeatNotice
        ? []
        : [
            rightsStatement(f.audience, {
              escalationPolicyUrl: f.escalationPolicyUrl,
              frontDoorPhone: f.frontDoorPhone,
            }),
          ]),
      `Please tell us you have read this, and whether you accept the decision or disagree with it: ${f.referralUrl}`,
    ].join('\n\n'),
  }
}

/** The feedback's chase: sent when the referrer has not answered after two working days. */
export function feedbackChaseNotice(f: { reference: string; referralUrl: string }): { subject: string; body: string } {
  return {
    subject: `Reminder: the decision on referral ${f.reference} is waiting for you`,
    body: [
      `We sent you the front door's decision on referral ${f.reference} and have not heard back.`,
      `Please read it and tell us whether you accept it or disagree: ${f.referralUrl}`,
      'If you are still worried about the child, you can ask to speak to a social worker or manager, or challenge the decision through the partnership’s escalation policy.',
    ].join('\n\n'),
  }
}
