import { fail, ok, type Result } from '../shared/result.js'
import type { ReferralChannel, ReferralContent } from './referral-content.js'

// A referral form's life: drafted (saved page by page), then submitted once, when it becomes
// a contact on the front door's queue; or discarded by its author before that. Submitted
// referrals are never edited: later information is a new contact or a note on this one.
export const REFERRAL_STATUSES = ['draft', 'submitted', 'discarded'] as const
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number]

export const REFERRAL_COMMANDS = ['edit', 'submit', 'discard'] as const
export type ReferralCommand = (typeof REFERRAL_COMMANDS)[number]

const TRANSITIONS: Record<ReferralStatus, Partial<Record<ReferralCommand, ReferralStatus>>> = {
  draft: { edit: 'draft', submit: 'submitted', discard: 'discarded' },
  submitted: {},
  discarded: {},
}

export type TransitionRefused = { kind: 'not-allowed'; status: ReferralStatus; command: ReferralCommand }

export function nextReferralStatus(
  status: ReferralStatus,
  command: ReferralCommand,
): Result<ReferralStatus, TransitionRefused> {
  const next = TRANSITIONS[status][command]
  return next ? ok(next) : fail({ kind: 'not-allowed', status, command })
}

/** A quality prompt as stored with a submitted referral, for reporting by agency. */
export type QualityPromptRecord = { code: string; text: string }

export type Referral = Readonly<{
  id: string
  reference: string | null
  status: ReferralStatus
  channel: ReferralChannel
  referringAgencyId: string
  referredByUserId: string | null
  recordedByUserId: string
  content: ReferralContent
  thresholdDocumentVersion: number | null
  quality: { score: number; prompts: QualityPromptRecord[] } | null
  sourceCode: string | null
  immediateDanger: boolean | null
  createdAt: Date
  updatedAt: Date
  submittedAt: Date | null
  version: number
}>

/** The plain-language status a referrer sees in "My referrals". */
export function referralStatusText(referral: Pick<Referral, 'status'>): string {
  switch (referral.status) {
    case 'draft':
      return 'Draft – not sent yet'
    case 'submitted':
      return 'Sent – waiting for a decision'
    case 'discarded':
      return 'Deleted draft'
  }
}
