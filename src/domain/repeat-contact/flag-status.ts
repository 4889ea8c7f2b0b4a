// Where a raised flag stands: waiting for a manager's review, reviewed with the decision, or
// cleared with a reason. A cleared flag needs no review; nothing is ever deleted.

export type FlagStatus = 'awaiting-review' | 'reviewed' | 'cleared'

export type FlagRecordState = Readonly<{ review: unknown; clearance: unknown }>

export function flagStatus(flag: FlagRecordState): FlagStatus {
  if (flag.clearance) return 'cleared'
  return flag.review ? 'reviewed' : 'awaiting-review'
}

export const FLAG_STATUS_TEXT: Record<FlagStatus, string> = {
  'awaiting-review': 'Waiting for a manager’s review',
  reviewed: 'Reviewed by a manager',
  cleared: 'Cleared',
}

/** Flags still in force: raised and not cleared. */
export function activeFlags<F extends FlagRecordState>(flags: readonly F[]): F[] {
  return flags.filter(flag => flagStatus(flag) !== 'cleared')
}

/** A decision on the contact waits for a manager while any flag is neither reviewed nor cleared. */
export function needsManagerReview(flags: readonly FlagRecordState[]): boolean {
  return flags.some(flag => flagStatus(flag) === 'awaiting-review')
}
