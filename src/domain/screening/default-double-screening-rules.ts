import type { DoubleScreeningRule } from './double-screening-rules.js'

// The rules a new partnership starts with (domain.md §3.3). A partnership manager can switch
// any of them off, change their settings or add more; the ids stay stable so past decisions
// still name the rule that fired.

export const DEFAULT_DOUBLE_SCREENING_RULES: readonly DoubleScreeningRule[] = [
  {
    id: 'young-child-nfa',
    name: 'Babies and children under 2 with no further action',
    description:
      'A second screen when the proposed outcome is no further action or information and advice, and a child on the contact is under 2 or unborn.',
    enabled: true,
    condition: {
      kind: 'young-child',
      maxAgeMonths: 24,
      includeUnborn: true,
      outcomes: ['no-further-action', 'information-and-advice'],
    },
  },
  {
    id: 'below-referrer-level',
    name: "Below the referrer's level",
    description:
      'A second screen when the referrer said level 3 or 4 and the proposed level is at least one level lower.',
    enabled: true,
    condition: { kind: 'below-referrer-level', referrerLevels: [3, 4], minimumGap: 1 },
  },
  {
    id: 'repeat-contact',
    name: 'Repeat contact',
    description:
      'A second screen for any decision when there have been 3 or more contacts about the same child or household in 12 months, including this one.',
    enabled: true,
    condition: { kind: 'repeat-contact', minContacts: 3, withinMonths: 12 },
  },
  {
    id: 'police-domestic-abuse-nfa',
    name: 'Police domestic abuse notification with no further action',
    description:
      'A second screen when a police notification cites a domestic abuse indicator and the proposed outcome is no further action.',
    enabled: true,
    condition: {
      kind: 'source-and-indicators',
      sourceCodes: ['6'],
      indicatorCodePrefixes: ['FE-DOMESTIC-ABUSE'],
      outcomes: ['no-further-action'],
    },
  },
  {
    id: 'random-nfa-sample',
    name: 'Random sample of no further action decisions',
    description:
      'A second screen for 1 in 10 of the no further action decisions that no other rule has picked out, chosen at random.',
    enabled: true,
    condition: { kind: 'random-sample', percent: 10, outcomes: ['no-further-action'], onlyWhenNoOtherRuleFired: true },
  },
]
