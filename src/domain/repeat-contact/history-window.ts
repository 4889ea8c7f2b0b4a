import { PATTERN_LOOKBACK_MONTHS } from './pattern.js'
import type { RepeatContactRule } from './repeat-contact-rules.js'

// How far back the service must load contacts for the rules in force, and who a phone caller
// counts as when the rules ask "the same agency?".

/**
 * Whole months of history the rules and the pattern need: the longest window of any rule that
 * is on, and never less than the pattern's 12 months. A window in days is rounded up to months,
 * with a month to spare for an earlier contact decided some time after it arrived.
 */
export function historyLookbackMonths(rules: readonly RepeatContactRule[]): number {
  const months = rules
    .filter(rule => rule.enabled)
    .map(({ condition: c }) => {
      switch (c.kind) {
        case 'contacts-in-window':
        case 're-referral':
          return c.withinMonths
        case 'again-after-nfa':
        case 'agencies-in-window':
          return Math.ceil(c.withinDays / 28) + 1
      }
    })
  return Math.max(PATTERN_LOOKBACK_MONTHS, ...months)
}

export type CallerAgency = { agencyId: string; agencyName: string; agencyKind: string }

/**
 * Who a phone contact came from, for the rules: the agency the caller named (so two calls from
 * the same school are "the same agency"), or the public. Never the front door that took the call,
 * or every phone contact would look like a contact from one agency.
 */
export function callerAgency(statedAgencyName: string | null, callerType: string | null): CallerAgency {
  const stated = (statedAgencyName ?? '').trim().replace(/\s+/g, ' ')
  if (callerType === 'public' || stated === '') {
    return callerType === 'public'
      ? { agencyId: 'phone:public', agencyName: 'a member of the public', agencyKind: 'public' }
      : { agencyId: 'phone:unnamed', agencyName: 'a caller who did not name their agency', agencyKind: 'phone' }
  }
  return { agencyId: `phone:${stated.toLowerCase()}`, agencyName: stated, agencyKind: 'phone' }
}
