import type { Role } from '../access/roles.js'

// A partnership's escalation policy for professional disagreements (domain.md §2.2–2.3). The
// stages, who responds and the working-day timescales differ between partnerships, so all of it
// is partnership data; each disagreement keeps the version it started under.

export type EscalationStage = Readonly<{
  /** 1, 2, 3 … in order: the stage's position in the policy. */
  number: number
  name: string
  description: string
  /** Who talks to whom at this stage, in plain words by role and agency level. */
  responders: Readonly<{ raiserSide: string; responderSide: string }>
  /** Who in Threshold is asked to respond at this stage. */
  responderRoles: readonly Role[]
  /**
   * Guidance for the raiser: raise the disagreement within this many working days of the decision. Never enforced,
   * because a late challenge about a child's safety must still be heard.
   */
  raiseWithinWorkingDays?: number
  respondWithinWorkingDays: number
  /** The partnership business unit is told when a disagreement reaches this stage. */
  notifyPartnershipOnEntry: boolean
  /** The responder is reminded when this many working days are left, the deadline day included. 0: no early reminder. */
  reminderBeforeWorkingDays: number
}>

export type EscalationPolicy = Readonly<{ stages: readonly EscalationStage[] }>

/** The roles that can be asked to respond at a stage. Auditors and administrators never respond. */
export const RESPONDER_ROLES = [
  'referrer',
  'agency_safeguarding_lead',
  'front_door_practitioner',
  'front_door_manager',
  'senior_manager',
  'partnership_manager',
] as const satisfies readonly Role[]

export const MAX_STAGES = 9
export const MAX_STAGE_WORKING_DAYS = 30

// domain.md §2.3, the synthesised default. Stage 4 also notifies the partnership: once a
// disagreement has reached senior managers, the business unit tracks every step of it.
export const DEFAULT_ESCALATION_POLICY: EscalationPolicy = {
  stages: [
    {
      number: 1,
      name: 'Practitioner to practitioner',
      description:
        'Talk to the practitioner who made the decision. Explain why you disagree and what you want to happen. Most disagreements are resolved here.',
      responders: {
        raiserSide: 'The practitioner who disagrees',
        responderSide: 'The practitioner who made the decision, for example the front door social worker',
      },
      responderRoles: ['front_door_practitioner'],
      raiseWithinWorkingDays: 2,
      respondWithinWorkingDays: 3,
      notifyPartnershipOnEntry: false,
      reminderBeforeWorkingDays: 1,
    },
    {
      number: 2,
      name: 'Line managers',
      description:
        'Each practitioner asks their line manager or designated safeguarding lead to take it up with their counterpart in the other agency.',
      responders: {
        raiserSide: 'Line manager or designated safeguarding lead',
        responderSide: 'Front door team manager',
      },
      responderRoles: ['front_door_manager'],
      respondWithinWorkingDays: 3,
      notifyPartnershipOnEntry: false,
      reminderBeforeWorkingDays: 1,
    },
    {
      number: 3,
      name: 'Service managers',
      description:
        'Service managers or heads of service in both agencies meet to resolve it. The partnership business unit is told.',
      responders: {
        raiserSide: 'Service manager, head of service or designated safeguarding professional',
        responderSide: 'Service manager or head of service for the front door',
      },
      responderRoles: ['senior_manager'],
      respondWithinWorkingDays: 5,
      notifyPartnershipOnEntry: true,
      reminderBeforeWorkingDays: 1,
    },
    {
      number: 4,
      name: 'Strategic leads',
      description: 'Strategic leads in both agencies, such as assistant directors, decide together.',
      responders: {
        raiserSide: 'Strategic lead, such as an assistant director or designated safeguarding professional',
        responderSide: "Assistant director or head of children's social care",
      },
      responderRoles: ['senior_manager'],
      respondWithinWorkingDays: 5,
      notifyPartnershipOnEntry: true,
      reminderBeforeWorkingDays: 1,
    },
    {
      number: 5,
      name: 'Safeguarding partnership',
      description:
        "The partnership business unit brings it to the independent scrutineer and the partnership's chair, whose decision is final. What is learned is shared across the partnership.",
      responders: {
        raiserSide: "The agency's strategic lead for safeguarding",
        responderSide: 'Partnership business unit, independent scrutineer and chair',
      },
      responderRoles: ['partnership_manager'],
      respondWithinWorkingDays: 10,
      notifyPartnershipOnEntry: true,
      reminderBeforeWorkingDays: 2,
    },
  ],
}

/** The stage with this number, if the policy has it. */
export function stageNumbered(policy: EscalationPolicy, number: number): EscalationStage | undefined {
  return policy.stages.find(stage => stage.number === number)
}

export function lastStageNumber(policy: EscalationPolicy): number {
  return policy.stages.length
}
