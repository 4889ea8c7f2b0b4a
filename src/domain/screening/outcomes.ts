// The decisions a front door makes about a contact (domain.md §1.5), with the words each
// audience sees. Practitioners get the statutory names; professional referrers get plain
// words; members of the public get general words that reassure without disclosing what
// is happening in a family (domain.md §1.6), so a neighbour who rang is not told that a child
// is subject to child protection enquiries.

export const DECISION_OUTCOMES = [
  'no-further-action',
  'information-and-advice',
  'signpost',
  'early-help',
  /** Child and family assessment under section 17 of the Children Act 1989. */
  'assessment',
  /** Strategy discussion, which may lead to section 47 enquiries. */
  'strategy-discussion',
  /** The child already has an open case: the contact passes to the allocated worker. */
  'already-open',
  /** The child lives in another local authority's area. */
  'transfer',
] as const
export type DecisionOutcome = (typeof DECISION_OUTCOMES)[number]

/** Who reads the words: the front door itself, a professional referrer, or a member of the public. */
export type OutcomeAudience = 'practitioner' | 'professional' | 'public'

export type OutcomeText = Readonly<{
  label: string
  professionalLabel: string
  publicLabel: string
  nextSteps: Readonly<Record<OutcomeAudience, string>>
}>

// Members of the public are told the same thing whether a social worker will assess or a
// strategy discussion will be held: which of the two it is would disclose too much.
const LOOKING_INTO_IT_PUBLIC = 'A social worker is looking into your concerns'
const LOOKING_INTO_IT_PUBLIC_NEXT =
  'A social worker will look into what you told us. We cannot share the details, because we keep information about children and families private.'

export const OUTCOME_TEXT: Readonly<Record<DecisionOutcome, OutcomeText>> = {
  'no-further-action': {
    label: 'No further action',
    professionalLabel: "No further action by children's social care",
    publicLabel: 'We will not be taking any further action at the moment',
    nextSteps: {
      practitioner:
        'Close the contact, and tell the referrer the decision and the reasons for it within 1 working day.',
      professional:
        "Children's social care will not take any further action. If things do not get better for the child, or you have new concerns, contact us again.",
      public:
        'We will not be taking any further action at the moment. If you are still worried about the child, or something new happens, please contact us again.',
    },
  },
  'information-and-advice': {
    label: 'Information and advice',
    professionalLabel: "Advice given; no further action by children's social care",
    publicLabel: 'We have given advice and will not be taking any further action at the moment',
    nextSteps: {
      practitioner: 'Record the advice you gave, close the contact, and tell the referrer within 1 working day.',
      professional:
        "We have given advice about how you and your agency can support the child and family. Children's social care will not take any further action. If things do not get better, contact us again.",
      public:
        'We have given advice about what may help. We will not be taking any further action at the moment. If you are still worried, please contact us again.',
    },
  },
  signpost: {
    label: 'Signpost to another service',
    professionalLabel: 'Referred to another service',
    publicLabel: 'We have suggested other support that may help',
    nextSteps: {
      practitioner:
        'Give the referrer, and the family where it is safe to, the details of the service that can help. Then close the contact.',
      professional:
        "Another service is better placed to help the child and family, and we have shared its details. Children's social care will not take any further action.",
      public: 'We have suggested other support that may help.',
    },
  },
  'early-help': {
    label: 'Step down to early help',
    professionalLabel: 'Offered early help',
    publicLabel: 'We are offering the family support',
    nextSteps: {
      practitioner:
        'Pass the contact to the early help service. Early help needs the family’s agreement: record whether they have given it. Tell the referrer which service will contact the family.',
      professional:
        'The family will be offered early help. Early help is voluntary, so the family must agree to it. A lead practitioner will work with the family on a plan and may ask you to be part of it.',
      public: 'We are offering the family support. Families choose whether to accept this kind of support.',
    },
  },
  assessment: {
    label: 'Child and family assessment (section 17)',
    professionalLabel: 'Child and family assessment by a social worker',
    publicLabel: LOOKING_INTO_IT_PUBLIC,
    nextSteps: {
      practitioner:
        'Allocate a social worker to start a child and family assessment under section 17. It must be completed within 45 working days of the referral.',
      professional:
        'A social worker will assess the child’s needs with the family. They may contact you to find out what you know.',
      public: LOOKING_INTO_IT_PUBLIC_NEXT,
    },
  },
  'strategy-discussion': {
    label: 'Strategy discussion (section 47)',
    professionalLabel: 'Strategy discussion about possible significant harm',
    publicLabel: LOOKING_INTO_IT_PUBLIC,
    nextSteps: {
      practitioner:
        'Arrange a strategy discussion with police and health without delay, to decide whether to start section 47 enquiries.',
      professional:
        'We think the child may be at risk of significant harm. We will hold a strategy discussion with police and health to decide what to do next, and may contact you for information or to take part.',
      public: LOOKING_INTO_IT_PUBLIC_NEXT,
    },
  },
  'already-open': {
    label: 'Already open: pass to allocated worker',
    professionalLabel: "Passed to the child's social worker",
    publicLabel: 'We have passed what you told us to the people who need to know',
    nextSteps: {
      practitioner:
        'Pass the contact to the allocated worker and their manager today. Do not record a new referral while the child has an open case.',
      professional:
        'The child already has a social worker. We have passed your information to them, and they may contact you.',
      public: 'We have passed what you told us to the people who need to know.',
    },
  },
  transfer: {
    label: 'Transfer to another local authority',
    professionalLabel: "Passed to another council's children's services",
    publicLabel: 'We have passed what you told us to the council for the area where the child lives',
    nextSteps: {
      practitioner:
        "Send the contact to the children's services of the local authority where the child lives, and record who received it and when.",
      professional:
        "The child lives in another council's area. We have passed your referral to that council's children's services, who will decide what to do and contact you.",
      public: 'We have passed what you told us to the council for the area where the child lives.',
    },
  },
}

export function isDecisionOutcome(value: unknown): value is DecisionOutcome {
  return typeof value === 'string' && (DECISION_OUTCOMES as readonly string[]).includes(value)
}

export function outcomeLabel(outcome: DecisionOutcome, audience: OutcomeAudience = 'practitioner'): string {
  const text = OUTCOME_TEXT[outcome]
  if (audience === 'professional') return text.professionalLabel
  if (audience === 'public') return text.publicLabel
  return text.label
}

/** The practitioner's label as it reads mid-sentence: "the proposed outcome is no further action". */
export function outcomePhrase(outcome: DecisionOutcome): string {
  const label = OUTCOME_TEXT[outcome].label
  return label.charAt(0).toLowerCase() + label.slice(1)
}

export function whatHappensNext(outcome: DecisionOutcome, audience: OutcomeAudience): string {
  return OUTCOME_TEXT[outcome].nextSteps[audience]
}

/** The contact is accepted as a statutory referral for a social work response. */
export function isSocialWorkResponse(outcome: DecisionOutcome): boolean {
  return outcome === 'assessment' || outcome === 'strategy-discussion'
}

/**
 * For the CIN census ReferralNFA flag, when a contact is recorded as a referral but leads to no
 * social work response. 'already-open' is neither: no new referral is recorded for a child with
 * an open case (domain.md §4.7).
 */
export function isNoFurtherActionForReturns(outcome: DecisionOutcome): boolean {
  return (
    outcome === 'no-further-action' ||
    outcome === 'information-and-advice' ||
    outcome === 'signpost' ||
    outcome === 'early-help' ||
    outcome === 'transfer'
  )
}

/** The decision must name the early help service that will contact the family. */
export function needsEarlyHelpService(outcome: DecisionOutcome): boolean {
  return outcome === 'early-help'
}

/** The decision may name a service for the referrer: required for early help, optional for a signpost. */
export function mayCiteService(outcome: DecisionOutcome): boolean {
  return outcome === 'early-help' || outcome === 'signpost'
}

/** "Advice only": no further action, with or without advice given. */
export function isNfaLike(outcome: DecisionOutcome): boolean {
  return outcome === 'no-further-action' || outcome === 'information-and-advice'
}
