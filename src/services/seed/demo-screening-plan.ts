import type { ThresholdLevel } from '../../domain/referral/referral-content.js'
import type { DecisionOutcome } from '../../domain/screening/outcomes.js'

// How the Northbridge front door screened the demo's older contacts, in the order they arrived.
// Each decision fits the family's story in demo-referral-families*.ts and the double-screening
// rules in force (the defaults): a proposal that fires a rule lists the blind second screen, and a
// disagreement lists the manager who settled it. The three newest contacts are left open.

export const SAM = 'sam.taylor@csc.northbridge.example'
export const PRIYA = 'priya.shah@csc.northbridge.example'
export const MARK = 'mark.jennings@csc.northbridge.example'

/** When a step happened: `day` working days after the contact arrived, at a London time. */
export type When = { day: 0 | 1; at: string }

export type PlannedScreen = {
  by: string
  when: When
  outcome: DecisionOutcome
  level: ThresholdLevel
  rationale: string
}

export type ScreeningPlan = {
  /** The demo referral's key in demo-referral-families*.ts. */
  key: string
  /** Everyone on the contact is new to the front door; `household` links them as one. */
  checks: { by: string; when: When; household?: boolean }
  proposal: PlannedScreen & { indicatorCodes: string[]; feedbackText: string; earlyHelpService?: string }
  /** The blind second screen. `ifSampled`: only when the random sample of no further action decisions picks it. */
  secondScreen?: PlannedScreen & { ifSampled?: boolean }
  /** The manager's settlement, when the second screen disagrees. */
  settlement?: PlannedScreen & { feedbackText: string }
  /** The referrer accepts the feedback, or the screener gives it to a caller by phone; else it is left unanswered. */
  feedback?: { kind: 'accepted'; when: When } | { kind: 'given-by-phone'; by: string; when: When }
}

export const DEMO_SCREENING: readonly ScreeningPlan[] = [
  {
    key: 'hughes-first',
    checks: { by: SAM, when: { day: 0, at: '13:20' }, household: true },
    proposal: {
      by: SAM,
      when: { day: 0, at: '14:05' },
      outcome: 'information-and-advice',
      level: 2,
      indicatorCodes: ['FE-MENTAL-HEALTH-01', 'PC-BASIC-CARE-01'],
      rationale:
        'Low maternal mood and faltering weight, with Kayleigh asking for help and the health visitor already ' +
        'increasing contact. No injuries or other concerns known. Level 2: the needs can be met by health visiting ' +
        'leading an early help assessment, with the GP reviewing mood and the perinatal mental health team.',
      feedbackText:
        "Thank you for your referral about Alfie. We agree Alfie's needs are at level 2 (additional needs – early " +
        'help). Please lead an early help assessment with Kayleigh, with the GP and the perinatal mental health ' +
        'team; the Early Help Service will advise you on the plan. Keep weighing Alfie weekly, and contact us again ' +
        'straight away if his weight keeps falling or you see any injury.',
    },
    secondScreen: {
      by: PRIYA,
      when: { day: 0, at: '15:40' },
      outcome: 'information-and-advice',
      level: 2,
      rationale:
        'Agree level 2: a mother asking for help, a health visitor seeing the family weekly and no sign of harm. ' +
        'Advice to the health visitor to lead early help.',
    },
    feedback: { kind: 'accepted', when: { day: 1, at: '09:10' } },
  },
  {
    key: 'wisniewska',
    checks: { by: PRIYA, when: { day: 0, at: '15:10' } },
    proposal: {
      by: PRIYA,
      when: { day: 0, at: '15:35' },
      outcome: 'early-help',
      level: 2,
      indicatorCodes: ['FE-HOUSING-01', 'FE-INCOME-01'],
      earlyHelpService: 'Northbridge Early Help Family Support',
      rationale:
        'A capable mother in temporary accommodation after eviction, with school attendance and sleep suffering. ' +
        'Housing is already acting; Agnieszka agrees to early help to hold the school run, benefits and the move together.',
      feedbackText:
        'Thank you for your referral about Zofia and Jakub. We agree their needs are at level 2 (additional needs – ' +
        'early help). Agnieszka has agreed to early help: a family support worker will contact her this week and ' +
        'would like you at the first Team Around the Family meeting to update on the housing bids.',
    },
    feedback: { kind: 'accepted', when: { day: 1, at: '10:25' } },
  },
  {
    key: 'o-donaill',
    checks: { by: SAM, when: { day: 0, at: '14:30' } },
    proposal: {
      by: SAM,
      when: { day: 0, at: '15:05' },
      outcome: 'assessment',
      level: 3,
      indicatorCodes: ['CD-HEALTH-01', 'PC-BASIC-CARE-01'],
      rationale:
        'A disabled child whose epilepsy is not being treated: missed neurology appointments, no medication for ' +
        'seven weeks and a four-minute seizure in school. His mother is caring alone and exhausted. A child in need: ' +
        "section 17 assessment by the disabled children's team, including short breaks and a carer's assessment.",
      feedbackText:
        'Thank you for your referral about Ciarán. We agree his needs are at level 3. A social worker from the ' +
        "disabled children's team will assess his needs with Siobhán, including short breaks and her carer's " +
        'assessment. Please keep the weekly dispensing in place and tell us if another appointment is missed.',
    },
  },
  {
    key: 'nguyen',
    checks: { by: PRIYA, when: { day: 0, at: '11:15' } },
    proposal: {
      by: PRIYA,
      when: { day: 0, at: '11:50' },
      outcome: 'signpost',
      level: 2,
      indicatorCodes: ['FE-INCOME-01', 'PC-BASIC-CARE-01'],
      earlyHelpService: 'Northbridge Family Money Advice',
      rationale:
        "Sudden poverty after Dad's hours were cut, with warm and engaged parents who are accepting help. School " +
        'is meeting most needs; the gap is income. Signpost to money advice with an interpreter.',
      feedbackText:
        'Thank you for your referral about Minh Anh and Bảo. We agree their needs are at level 2 (additional needs ' +
        '– early help), and the support you have put in place is the right help. The family need advice on income, ' +
        'free school meals and debt: please help Mum contact Northbridge Family Money Advice, who can book a ' +
        'Vietnamese interpreter.',
    },
    feedback: { kind: 'accepted', when: { day: 1, at: '08:45' } },
  },
  {
    key: 'bennett-vague',
    checks: { by: SAM, when: { day: 1, at: '09:30' } },
    proposal: {
      by: SAM,
      when: { day: 1, at: '09:55' },
      outcome: 'no-further-action',
      level: 1,
      indicatorCodes: ['PC-BASIC-CARE-01'],
      rationale:
        'The referral describes general worries with no incident, no impact on Tyler-Rose and no adult named; ' +
        'mum does not know about it. Nothing here is above universal services; the referrer could not be reached for more.',
      feedbackText:
        'Thank you for your referral about Tyler-Rose. From what you told us her needs are at level 1 (universal), so ' +
        "children's social care will not take any further action. If you stay worried, please talk to mum about what " +
        'would help and, with her agreement, refer again telling us what you have seen, how it affects Tyler-Rose and ' +
        'who lives with her. The Early Help Service can advise you on 01632 960111.',
    },
    secondScreen: {
      by: PRIYA,
      when: { day: 1, at: '11:20' },
      outcome: 'no-further-action',
      level: 1,
      rationale: 'Agree: no incident or impact described and nothing known about the family. Universal services.',
      ifSampled: true,
    },
  },
  {
    key: 'popescu',
    checks: { by: SAM, when: { day: 0, at: '10:20' } },
    proposal: {
      by: SAM,
      when: { day: 0, at: '11:00' },
      outcome: 'early-help',
      level: 2,
      indicatorCodes: ['FE-DOMESTIC-ABUSE-01', 'FE-SUBSTANCE-USE-01'],
      earlyHelpService: 'Harbour Family Domestic Abuse Support',
      rationale:
        'Andrei is bailed away from the home, Ioana is working with the IDVA and the case is going to MARAC. With ' +
        'those protections in place the children need support to recover from what they saw.',
      feedbackText:
        'Thank you for the notification about Ștefan, Daria and Luca. We have offered the family early help from ' +
        'Harbour Family Domestic Abuse Support while the bail conditions and MARAC protect them.',
    },
    secondScreen: {
      by: PRIYA,
      when: { day: 0, at: '12:30' },
      outcome: 'assessment',
      level: 3,
      rationale:
        'Third incident in a year, now strangulation with a high DASH score, and an 11-year-old protecting his ' +
        'mother and siblings. Bail conditions are not a plan. These children need a social work assessment.',
    },
    settlement: {
      by: MARK,
      when: { day: 0, at: '14:15' },
      outcome: 'assessment',
      level: 3,
      rationale:
        'Escalating abuse, non-fatal strangulation and children who witnessed it three times: complex needs that ' +
        'early help alone has not met. Section 17 assessment with a domestic abuse practitioner, linked to MARAC. ' +
        'Protective steps are in place today, so no strategy discussion; review if bail is breached.',
      feedbackText:
        'Thank you for the notification about Ștefan, Daria and Luca. We assessed their needs as level 3 (complex ' +
        'needs). A social worker will carry out a child and family assessment with Ioana, working with the IDVA and ' +
        'MARAC. Please tell us at once if Andrei breaches his bail conditions or there is another call to the address.',
    },
    feedback: { kind: 'accepted', when: { day: 1, at: '09:40' } },
  },
  {
    key: 'clarke-neighbour-call',
    checks: { by: PRIYA, when: { day: 0, at: '12:10' } },
    proposal: {
      by: PRIYA,
      when: { day: 0, at: '12:40' },
      outcome: 'strategy-discussion',
      level: 4,
      indicatorCodes: ['PC-SAFETY-01', 'PC-BASIC-CARE-01'],
      rationale:
        'A two-year-old and a five-year-old left alone at night for over three hours, possibly not for the first ' +
        'time, with signs of wider neglect. Likely significant harm: strategy discussion with police and health today.',
      feedbackText:
        'Thank you for calling us about Maisie and Harley, and for telling us what you saw and heard. We have ' +
        'looked carefully at what you told us and a social worker is looking into your concerns.',
    },
    feedback: { kind: 'given-by-phone', by: PRIYA, when: { day: 0, at: '16:10' } },
  },
  {
    key: 'campbell-pre-birth',
    checks: { by: SAM, when: { day: 1, at: '09:15' } },
    proposal: {
      by: SAM,
      when: { day: 1, at: '10:00' },
      outcome: 'assessment',
      level: 3,
      indicatorCodes: ['PC-PRE-BIRTH-01', 'FE-DOMESTIC-ABUSE-01'],
      rationale:
        'Unborn baby of a 19-year-old care leaver with no antenatal care, whose partner assaulted a previous ' +
        'pregnant partner and has breached his licence. Pre-birth assessment under section 17, started now so a ' +
        'plan is in place well before the birth; review for a strategy discussion if risk increases.',
      feedbackText:
        'Thank you for your referral about Tia-Louise’s unborn baby. We agree the needs are at level 3. A social ' +
        'worker will start a pre-birth assessment and will want your view on Kyle’s licence and the programme. ' +
        'Please share the outcome of the Clare’s Law application and the home visit.',
    },
  },
  {
    key: 'warsame',
    checks: { by: PRIYA, when: { day: 0, at: '13:00' } },
    proposal: {
      by: PRIYA,
      when: { day: 0, at: '13:45' },
      outcome: 'strategy-discussion',
      level: 4,
      indicatorCodes: ['CD-MISSING-01', 'CD-EXPLOITATION-02'],
      rationale:
        'Three missing episodes in five weeks, found in Birmingham with unexplained money and a second phone: ' +
        'signs of county lines exploitation despite early help since March. Strategy discussion with police, ' +
        'the exploitation team and school.',
      feedbackText:
        'Thank you for your referral about Abdi and Ifrah. We assessed the needs as level 4. We will hold a strategy ' +
        'discussion with the police and the exploitation team, and we would like you to take part: you know Abdi ' +
        'and Hodan best.',
    },
  },
]
