import type { EscalationPolicy, EscalationStage } from '../../../domain/disagreement/index.js'
import { howToContact, type CheckContacts } from '../../../domain/training/index.js'
import type { EscalationPolicyView } from '../../../services/escalation-policy-service.js'
import { formatDate } from '../../formatting.js'

// Pure view models for the escalation guidance: each stage of the partnership's policy in plain
// words, so anyone can see who to go to next and how long they have to answer.

type Row = { key: { text: string }; value: { text: string } }

const row = (key: string, text: string): Row => ({ key: { text: key }, value: { text } })
const workingDays = (n: number) => `${n} working ${n === 1 ? 'day' : 'days'}`

/** "Northbridge" from "Northbridge Safeguarding Children Partnership", for the page's title. */
export function shortPartnershipName(name: string): string {
  const short = name.replace(/\s+(safeguarding\s+)?(children(['’]s)?\s+)?partnership$/i, '').trim()
  return short === '' ? name : short
}

/** One GOV.UK summary card per stage, in order. */
export function stageCard(stage: EscalationStage, contacts: CheckContacts) {
  const rows: Row[] = [
    row('What happens', stage.description),
    row('Who raises it', stage.responders.raiserSide),
    row('Who responds', stage.responders.responderSide),
    row('How to contact them', howToContact(stage, contacts)),
  ]
  if (stage.raiseWithinWorkingDays !== undefined) {
    rows.push(row('When to raise it', `Within ${workingDays(stage.raiseWithinWorkingDays)} of the decision`))
  }
  rows.push(
    row('Response time', `Within ${workingDays(stage.respondWithinWorkingDays)}`),
    row(
      'Partnership told',
      stage.notifyPartnershipOnEntry
        ? 'Yes: the partnership business unit is told when a disagreement reaches this stage'
        : 'No',
    ),
  )
  return {
    card: {
      title: { text: `Stage ${stage.number}: ${stage.name}`, headingLevel: 3 },
      attributes: { id: `stage-${stage.number}` },
    },
    rows,
  }
}

/** Who published the version in force, and when. */
export function versionCaption(
  view: Pick<EscalationPolicyView, 'version' | 'publishedAt' | 'publishedByName'>,
): string {
  const date = formatDate(view.publishedAt)
  if (view.publishedByName) return `Version ${view.version}, published ${date} by ${view.publishedByName}`
  // Only the default a partnership starts with is published by nobody.
  return view.version === 1
    ? `Version 1: the policy every partnership starts with, in force since ${date}`
    : `Version ${view.version}, published ${date}`
}

export function guidancePage(
  view: EscalationPolicyView,
  ctx: {
    partnershipName: string
    frontDoorPhone: string
    outOfHoursNumber: string
    canConfigure: boolean
    publishedVersion: number | undefined
    /** First sign-in: the welcome panel with its two ways on. */
    welcome: boolean
    /** When the user last completed the self-check, if they have. */
    checkCompletedAt: Date | undefined
  },
) {
  const first = view.policy.stages[0]
  const last = view.policy.stages.at(-1)
  return {
    pageTitle: 'How to challenge a decision',
    title: `How to challenge a decision: the ${shortPartnershipName(ctx.partnershipName)} escalation policy`,
    caption: versionCaption(view),
    version: view.version,
    publishedOn: formatDate(view.publishedAt),
    stagesSentence:
      view.policy.stages.length === 1 ? 'There is 1 stage.' : `There are ${view.policy.stages.length} stages.`,
    firstStage: first ? { name: first.name, raiseWithin: first.raiseWithinWorkingDays } : undefined,
    lastStageName: last?.name,
    cards: view.policy.stages.map(stage => stageCard(stage, { frontDoorPhone: ctx.frontDoorPhone })),
    frontDoorPhone: ctx.frontDoorPhone,
    outOfHoursNumber: ctx.outOfHoursNumber,
    canConfigure: ctx.canConfigure,
    publishedVersion: ctx.publishedVersion,
    welcome: ctx.welcome,
    checkCompletedOn: ctx.checkCompletedAt ? formatDate(ctx.checkCompletedAt) : undefined,
  }
}

/** The policy as a manager edits it: two-space indented JSON, each stage's settings in reading order. */
export function policyJson(policy: EscalationPolicy): string {
  const stages = policy.stages.map(stage => ({
    number: stage.number,
    name: stage.name,
    description: stage.description,
    responders: { raiserSide: stage.responders.raiserSide, responderSide: stage.responders.responderSide },
    responderRoles: stage.responderRoles,
    ...(stage.raiseWithinWorkingDays === undefined ? {} : { raiseWithinWorkingDays: stage.raiseWithinWorkingDays }),
    respondWithinWorkingDays: stage.respondWithinWorkingDays,
    reminderBeforeWorkingDays: stage.reminderBeforeWorkingDays,
    notifyPartnershipOnEntry: stage.notifyPartnershipOnEntry,
  }))
  return JSON.stringify({ stages }, null, 2)
}
