import type { Role } from '../access/roles.js'
import { fail, ok, type Result } from '../shared/result.js'
import {
  MAX_STAGE_WORKING_DAYS,
  MAX_STAGES,
  RESPONDER_ROLES,
  type EscalationPolicy,
  type EscalationStage,
} from './escalation-policy.js'

// A partnership manager edits the escalation policy as JSON in the shape of EscalationPolicy.
// Parsing reports every problem, each starting with the stage's number so the manager can find
// it, and rejects settings it does not know, so a misspelt setting is caught rather than
// silently ignored. (The domain never imports zod, so this is by hand.)

export type PolicyProblem = Readonly<{ stage?: number; message: string }>

type Json = Record<string, unknown>
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v)

const MAX_NAME = 100
const MAX_DESCRIPTION = 1000
const MAX_RESPONDERS = 200

const STAGE_KEYS = [
  'number',
  'name',
  'description',
  'responders',
  'responderRoles',
  'raiseWithinWorkingDays',
  'respondWithinWorkingDays',
  'notifyPartnershipOnEntry',
  'reminderBeforeWorkingDays',
]

function stageChecker(stage: number, problems: PolicyProblem[]) {
  const problem = (message: string): void => {
    problems.push({ stage, message: `Stage ${stage}: ${message}` })
  }
  return {
    problem,
    wholeNumber(value: unknown, name: string, min: number, max: number): number {
      if (typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max) return value
      problem(`${name} must be a whole number from ${min} to ${max}`)
      return min
    },
    boolean(value: unknown, name: string): boolean {
      if (typeof value === 'boolean') return value
      problem(`${name} must be true or false`)
      return false
    },
    text(value: unknown, name: string, max: number): string {
      const text = typeof value === 'string' ? value.trim() : ''
      if (text === '') problem(`enter ${name}`)
      else if ([...text].length > max) problem(`${name} must be ${max} characters or fewer`)
      return text
    },
  }
}

type StageChecker = ReturnType<typeof stageChecker>

function parseResponders(value: unknown, check: StageChecker): EscalationStage['responders'] {
  if (!isObject(value)) {
    check.problem('responders must be an object with a raiserSide and a responderSide, like {"raiserSide": "…"}')
    return { raiserSide: '', responderSide: '' }
  }
  for (const key of Object.keys(value)) {
    if (key !== 'raiserSide' && key !== 'responderSide') {
      check.problem(`remove "${key}" from responders: it has a raiserSide and a responderSide`)
    }
  }
  return {
    raiserSide: check.text(value.raiserSide, 'who responds for the raiser (responders.raiserSide)', MAX_RESPONDERS),
    responderSide: check.text(
      value.responderSide,
      'who responds to the disagreement (responders.responderSide)',
      MAX_RESPONDERS,
    ),
  }
}

function parseResponderRoles(value: unknown, check: StageChecker): Role[] {
  const help = RESPONDER_ROLES.map(role => `"${role}"`).join(', ')
  if (!Array.isArray(value) || value.length === 0) {
    check.problem(`responderRoles must list at least one of ${help}`)
    return []
  }
  const roles: Role[] = []
  for (const entry of value) {
    const role = RESPONDER_ROLES.find(r => r === entry)
    if (role === undefined) check.problem(`${JSON.stringify(entry)} in responderRoles is not allowed. Use ${help}`)
    else if (!roles.includes(role)) roles.push(role)
  }
  return roles
}

function parseStage(value: unknown, position: number, problems: PolicyProblem[]): EscalationStage | undefined {
  const check = stageChecker(position, problems)
  if (!isObject(value)) {
    check.problem('must be an object with a number, name, description, responders and timescales')
    return undefined
  }
  for (const key of Object.keys(value)) {
    if (!STAGE_KEYS.includes(key)) check.problem(`remove "${key}": a stage's settings are ${STAGE_KEYS.join(', ')}`)
  }
  if (value.number !== position) {
    check.problem(`number must be ${position}: stages are numbered in order, starting from 1`)
  }
  const respond = check.wholeNumber(
    value.respondWithinWorkingDays,
    'respondWithinWorkingDays',
    1,
    MAX_STAGE_WORKING_DAYS,
  )
  const reminder = check.wholeNumber(
    value.reminderBeforeWorkingDays,
    'reminderBeforeWorkingDays',
    0,
    MAX_STAGE_WORKING_DAYS - 1,
  )
  // Compared only when both are valid, so one mistake is not reported twice.
  if (
    respond === value.respondWithinWorkingDays &&
    reminder === value.reminderBeforeWorkingDays &&
    reminder >= respond
  ) {
    check.problem(
      `reminderBeforeWorkingDays must be less than respondWithinWorkingDays (${respond}), or 0 for no early reminder`,
    )
  }
  const stage: EscalationStage = {
    number: position,
    name: check.text(value.name, 'a name', MAX_NAME),
    description: check.text(value.description, 'a description', MAX_DESCRIPTION),
    responders: parseResponders(value.responders, check),
    responderRoles: parseResponderRoles(value.responderRoles, check),
    respondWithinWorkingDays: respond,
    notifyPartnershipOnEntry: check.boolean(value.notifyPartnershipOnEntry, 'notifyPartnershipOnEntry'),
    reminderBeforeWorkingDays: reminder,
  }
  if (value.raiseWithinWorkingDays === undefined) return stage
  if (position !== 1) {
    check.problem('remove raiseWithinWorkingDays: only stage 1 has a time to raise a disagreement')
    return stage
  }
  const raise = check.wholeNumber(value.raiseWithinWorkingDays, 'raiseWithinWorkingDays', 1, MAX_STAGE_WORKING_DAYS)
  return { ...stage, raiseWithinWorkingDays: raise }
}

/**
 * Checks a partnership's escalation policy: the parsed JSON value, or the JSON text. Returns the
 * policy, or every problem found.
 */
export function parseEscalationPolicy(json: unknown): Result<EscalationPolicy, PolicyProblem[]> {
  let value = json
  if (typeof json === 'string') {
    try {
      value = JSON.parse(json)
    } catch {
      return fail([{ message: 'The policy is not valid JSON. Check for a missing comma, quote or bracket' }])
    }
  }
  if (!isObject(value)) {
    return fail([{ message: 'The policy must be an object with a list of stages, like {"stages": [ … ]}' }])
  }
  const problems: PolicyProblem[] = []
  for (const key of Object.keys(value)) {
    if (key !== 'stages') problems.push({ message: `Remove "${key}": the policy has only a list of stages` })
  }
  const stages = value.stages
  if (!Array.isArray(stages) || stages.length === 0) {
    return fail([...problems, { message: 'The policy must have a list of stages with at least 1 stage in it' }])
  }
  if (stages.length > MAX_STAGES) {
    problems.push({ message: `The policy must have ${MAX_STAGES} stages or fewer` })
  }
  const parsed: EscalationStage[] = []
  stages.forEach((entry, index) => {
    const stage = parseStage(entry, index + 1, problems)
    if (stage) parsed.push(stage)
  })
  return problems.length > 0 ? fail(problems) : ok({ stages: parsed })
}
