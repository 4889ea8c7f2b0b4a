import type { Role } from '../access/roles.js'
import { isJsonObject, numberedChecker, type NumberedChecker } from '../shared/json-checker.js'
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

const RAISER_SIDE = 'who responds for the raiser (responders.raiserSide)'
const RESPONDER_SIDE = 'who responds to the disagreement (responders.responderSide)'

function parseResponders(value: unknown, check: NumberedChecker): EscalationStage['responders'] {
  if (!isJsonObject(value)) {
    check.problem('responders must be an object with a raiserSide and a responderSide, like {"raiserSide": "…"}')
    return { raiserSide: '', responderSide: '' }
  }
  for (const key of Object.keys(value)) {
    if (key !== 'raiserSide' && key !== 'responderSide') {
      check.problem(`remove "${key}" from responders: it has a raiserSide and a responderSide`)
    }
  }
  return {
    raiserSide: check.text(value.raiserSide, RAISER_SIDE, MAX_RESPONDERS, RAISER_SIDE),
    responderSide: check.text(value.responderSide, RESPONDER_SIDE, MAX_RESPONDERS, RESPONDER_SIDE),
  }
}

function parseResponderRoles(value: unknown, check: NumberedChecker): Role[] {
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
  const check = numberedChecker('stage', position, problems)
  if (!isJsonObject(value)) {
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
    name: check.text(value.name, 'a name', MAX_NAME, 'a name'),
    description: check.text(value.description, 'a description', MAX_DESCRIPTION, 'a description'),
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
  if (!isJsonObject(value)) {
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
