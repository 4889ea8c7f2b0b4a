import type { Role } from '../access/roles.js'
import type { EscalationPolicy, EscalationStage } from '../disagreement/escalation-policy.js'

// The five-question self-check on how to challenge a decision (issue 5 §6). The questions are
// built from the partnership's policy in force, so they stay true when the partnership edits
// the stages, timescales or responders.

export type CheckOption = Readonly<{ value: string; text: string }>

export type CheckQuestion = Readonly<{
  /** The form field's name and id; stable across policy versions. */
  id: string
  number: number
  question: string
  /** What the question is about, for "Select an answer to question 2: …". */
  topic: string
  options: readonly CheckOption[]
  correct: string
  explanation: string
  /** The section of the guidance page to re-read after a wrong answer. */
  reread: Readonly<{ anchor: string; text: string }>
}>

export type CheckContacts = Readonly<{ frontDoorPhone: string }>

export const QUESTION_COUNT = 5

const workingDays = (n: number) => `${n} working ${n === 1 ? 'day' : 'days'}`
const DAY_CHOICES = [1, 2, 3, 5, 10, 15, 20, 30] as const
/** Roles reached through the front door's phone line. */
const CSC_ROLES: readonly Role[] = ['front_door_practitioner', 'front_door_manager', 'senior_manager']

/** The five questions for this policy, in order. */
export function escalationCheckQuestions(policy: EscalationPolicy, contacts: CheckContacts): CheckQuestion[] {
  const first = policy.stages[0]
  if (!first) throw new Error('An escalation policy has at least one stage')
  return [
    stageOneResponseTime(first),
    immediateRisk(contacts),
    notAComplaint(),
    noResponse(policy),
    whoResponds(policy, contacts),
  ]
}

function stageOneResponseTime(stage: EscalationStage): CheckQuestion {
  const days = stage.respondWithinWorkingDays
  const raise = stage.raiseWithinWorkingDays
  const confusedWithRaise =
    raise !== undefined && raise !== days
      ? ` The ${workingDays(raise)} is how soon to raise a disagreement, not how long they have to answer.`
      : ''
  return {
    id: 'stage-1-response-time',
    number: 1,
    question: 'How many working days does the front door have to respond at stage 1?',
    topic: 'how long the front door has to respond at stage 1',
    options: dayOptions(days),
    correct: String(days),
    explanation:
      `At stage 1 (${stage.name}), the response is due within ${workingDays(days)}.` +
      `${confusedWithRaise} Working days do not count weekends or bank holidays in England.`,
    reread: { anchor: 'stage-1', text: `Stage 1: ${stage.name}` },
  }
}

/** The right number of days and the three nearest wrong ones, smallest first. */
export function dayOptions(days: number): CheckOption[] {
  const wrong = DAY_CHOICES.filter(d => d !== days)
    .slice()
    .sort((a, b) => Math.abs(a - days) - Math.abs(b - days) || a - b)
    .slice(0, 3)
  return [days, ...wrong].sort((a, b) => a - b).map(d => ({ value: String(d), text: workingDays(d) }))
}

function immediateRisk(contacts: CheckContacts): CheckQuestion {
  return {
    id: 'immediate-risk',
    number: 2,
    question: 'A child is at immediate risk. What do you do first?',
    topic: 'what to do first when a child is at immediate risk',
    options: [
      { value: 'raise-stage-1', text: 'Raise a disagreement at stage 1 and wait for the response' },
      {
        value: 'protect-first',
        text: 'Act to protect the child: call 999 if they are in immediate danger, then call the front door and ask for the duty manager',
      },
      { value: 'ask-line-manager', text: 'Email your line manager and wait for them to decide' },
      { value: 'wait-for-review', text: 'Wait for the front door to review its decision' },
    ],
    correct: 'protect-first',
    explanation:
      `Protect the child first: never wait for a disagreement to be resolved. Call 999 if a child is in immediate danger, ` +
      `then call the front door on ${contacts.frontDoorPhone} and ask for the duty manager. When the child is safe, ` +
      `raise the disagreement: you can start at a higher stage.`,
    reread: { anchor: 'immediate-risk', text: 'If a child is at immediate risk' },
  }
}

function notAComplaint(): CheckQuestion {
  return {
    id: 'not-a-complaint',
    number: 3,
    question: 'Is challenging a decision the same as making a complaint?',
    topic: 'whether challenging a decision is a complaint',
    options: [
      { value: 'yes-complaint', text: 'Yes: it is recorded as a complaint about the social worker' },
      { value: 'no-healthy', text: 'No: challenge between professionals is expected and healthy practice' },
      { value: 'only-if-agreed', text: 'Only if your manager agrees to it first' },
    ],
    correct: 'no-healthy',
    explanation:
      'Challenge between professionals is expected and healthy. It is not a complaint, and the partnership reports ' +
      'disagreements as healthy challenge and learns from them.',
    reread: { anchor: 'why', text: 'Why challenge matters' },
  }
}

function noResponse(policy: EscalationPolicy): CheckQuestion {
  const next = policy.stages[1]
  const example = next ? ` From stage 1, that is stage 2 (${next.name}).` : ''
  return {
    id: 'no-response',
    number: 4,
    question: 'No response arrives by the deadline. What do you do?',
    topic: 'what to do if no response arrives by the deadline',
    options: [
      { value: 'keep-waiting', text: 'Keep waiting: the front door will reply when it can' },
      { value: 'let-it-go', text: 'Let it go: no answer means the decision stands' },
      { value: 'next-stage', text: 'Take it to the next stage and say why' },
      { value: 'start-again', text: 'Raise a new disagreement at stage 1' },
    ],
    correct: 'next-stage',
    explanation:
      `A missing or late response is a reason to take it further, never to let it drop. Take it to the next stage and ` +
      `say that no response came in time.${example}`,
    reread: { anchor: 'how', text: 'How it works' },
  }
}

/** Who responds at stage 2, or at stage 1 in a policy with only one stage. */
function whoResponds(policy: EscalationPolicy, contacts: CheckContacts): CheckQuestion {
  const stage = policy.stages[1] ?? policy.stages[0]!
  return {
    id: 'who-responds',
    number: 5,
    question: `Who responds to your disagreement at stage ${stage.number} (${stage.name})?`,
    topic: `who responds at stage ${stage.number}`,
    options: responderOptions(policy, stage),
    correct: `stage-${stage.number}`,
    explanation:
      `At stage ${stage.number} (${stage.name}) the response comes from: ${stage.responders.responderSide}. ` +
      `On your side: ${stage.responders.raiserSide}. ${howToContact(stage, contacts)}`,
    reread: { anchor: `stage-${stage.number}`, text: `Stage ${stage.number}: ${stage.name}` },
  }
}

/** The responders of the stage asked about and of up to three others, nearest first, in stage order. */
function responderOptions(policy: EscalationPolicy, stage: EscalationStage): CheckOption[] {
  const others = policy.stages
    .filter(s => s.number !== stage.number && s.responders.responderSide !== stage.responders.responderSide)
    .sort((a, b) => Math.abs(a.number - stage.number) - Math.abs(b.number - stage.number) || a.number - b.number)
  const chosen: EscalationStage[] = [stage]
  for (const s of others) {
    if (chosen.length === 4) break
    if (!chosen.some(c => c.responders.responderSide === s.responders.responderSide)) chosen.push(s)
  }
  const options = chosen
    .sort((a, b) => a.number - b.number)
    .map(s => ({ value: `stage-${s.number}`, text: s.responders.responderSide }))
  // A policy whose stages all share one responder still needs a wrong answer to choose from.
  if (options.length === 1) options.push({ value: 'nobody', text: 'Nobody: wait for the front door to contact you' })
  return options
}

/**
 * How to reach the people who respond at a stage: through the disagreement in Threshold, which
 * tells them when it reaches the stage, and by phone through the front door when they work there.
 */
export function howToContact(stage: EscalationStage, contacts: CheckContacts): string {
  const inThreshold = 'Through the disagreement in Threshold: they are told when it reaches this stage.'
  return stage.responderRoles.some(role => CSC_ROLES.includes(role))
    ? `${inThreshold} To talk it through, call the front door on ${contacts.frontDoorPhone}.`
    : inThreshold
}
