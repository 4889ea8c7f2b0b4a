import type { RepeatContactRule } from './repeat-contact-rules.js'

// The repeat-contact rules a new partnership starts with (issue 5 §4). A partnership manager
// can switch any of them off, change their settings or add more; the ids stay stable so past
// flags still name the rule that raised them.

export const DEFAULT_REPEAT_CONTACT_RULES: readonly RepeatContactRule[] = [
  {
    id: 'repeat-contacts',
    name: 'Repeat contacts about a child or household',
    description:
      'Flag a contact when there have been 3 or more contacts about the same child or household in 12 months, including this one.',
    enabled: true,
    condition: { kind: 'contacts-in-window', minContacts: 3, withinMonths: 12 },
  },
  {
    id: 'again-after-nfa',
    name: 'Contacted again after no further action',
    description:
      'Flag a contact from the same referrer or agency that arrives within 30 days after an earlier contact was closed with no further action.',
    enabled: true,
    condition: { kind: 'again-after-nfa', withinDays: 30, sameReferrerOrAgency: true },
  },
  {
    id: 'several-agencies',
    name: 'Several agencies worried about a child',
    description: 'Flag a contact when 2 or more agencies have contacted us about the same child within 90 days.',
    enabled: true,
    condition: { kind: 'agencies-in-window', minAgencies: 2, withinDays: 90 },
  },
  {
    id: 're-referral',
    name: 'Re-referral within 12 months',
    description:
      'Flag a contact when an earlier contact about the same child or household was accepted as a referral in the last 12 months.',
    enabled: true,
    condition: { kind: 're-referral', withinMonths: 12 },
  },
]
