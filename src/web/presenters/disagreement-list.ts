import {
  daysLeftText,
  DISAGREEMENT_OUTCOME_TEXT,
  DISAGREEMENT_SUBJECT_LABELS,
  type DaysLeft,
  type DisagreementOutcome,
  type DisagreementState,
  type DisagreementSubject,
} from '../../domain/disagreement/index.js'
import { paths } from '../paths.js'

// Pure: the words and tags every list of professional disagreements shares (My disagreements,
// the escalation tracker and the child's page), so a disagreement reads the same everywhere.

export type Tag = Readonly<{ text: string; classes: string }>

export type DisagreementListFields = Readonly<{
  id: string
  reference: string
  subject: DisagreementSubject
  stage: number
  stageName: string
  state: DisagreementState
  immediateRisk: boolean
  daysLeft: DaysLeft | null
  outcome?: DisagreementOutcome | null
}>

/** Who is reading: the person who raised it sees "accept or escalate" as their own next step. */
export type Perspective = 'raiser' | 'other'

export type DisagreementListRow = Readonly<{
  href: string
  reference: string
  about: string
  stage: string
  status: string
  tags: readonly Tag[]
}>

export const OVERDUE_TAG: Tag = { text: 'Overdue', classes: 'govuk-tag--red' }
export const IMMEDIATE_RISK_TAG: Tag = { text: 'Immediate risk', classes: 'govuk-tag--red' }
const OUTCOME_CLASSES: Record<DisagreementOutcome, string> = {
  'decision-changed': 'govuk-tag--green',
  'decision-upheld': 'govuk-tag--grey',
  'joint-plan-agreed': 'govuk-tag--turquoise',
  'referred-to-moderation': 'govuk-tag--purple',
  'referred-to-learning': 'govuk-tag--purple',
}

export const stageText = (stage: number, name: string): string => `Stage ${stage}: ${name}`

export const workingDaysText = (n: number): string => `${n} working ${n === 1 ? 'day' : 'days'}`

export function outcomeTag(outcome: DisagreementOutcome): Tag {
  return { text: DISAGREEMENT_OUTCOME_TEXT[outcome].label, classes: OUTCOME_CLASSES[outcome] }
}

/** Where it stands, in words: the time left while the responders have it, then who acts next. */
export function statusText(d: DisagreementListFields, perspective: Perspective): string {
  switch (d.state) {
    case 'open':
      return d.daysLeft ? daysLeftText(d.daysLeft) : 'Waiting for a response'
    case 'responded':
      return perspective === 'raiser'
        ? 'Response received: accept it or take it to the next stage'
        : 'Responded: waiting for the person who raised it'
    case 'resolved':
      return 'Resolved: the outcome is still to be recorded'
    case 'closed':
      // The outcome follows as a tag.
      return 'Closed'
  }
}

export function listTags(d: DisagreementListFields): Tag[] {
  const tags: Tag[] = []
  if (d.state === 'open' && d.daysLeft?.overdue) tags.push(OVERDUE_TAG)
  if (d.immediateRisk) tags.push(IMMEDIATE_RISK_TAG)
  if (d.state === 'closed' && d.outcome) tags.push(outcomeTag(d.outcome))
  return tags
}

export function disagreementListRow(d: DisagreementListFields, perspective: Perspective): DisagreementListRow {
  return {
    href: paths.disagreement(d.id),
    reference: d.reference,
    about: DISAGREEMENT_SUBJECT_LABELS[d.subject],
    stage: stageText(d.stage, d.stageName),
    status: statusText(d, perspective),
    tags: listTags(d),
  }
}
