import { QUEUE_FLAG_LABELS, queueFlags, timeLeft, type QueueItem } from '../../../domain/front-door/queue.js'
import {
  DECISION_OUTCOMES,
  MANAGER_REVIEW_REASON_TEXT,
  managerReviewReasons,
  outcomeLabel,
  SCREENING_STATE_TEXT,
  type DecisionOutcome,
} from '../../../domain/screening/index.js'
import { toLondonDate } from '../../../domain/calendar/index.js'
import type { ThresholdDocument } from '../../../domain/threshold/threshold-document.js'
import type { ContactView } from '../../../services/front-door/contact-service.js'
import type { RepeatContactView } from '../../../services/front-door/repeat-contact-flags-service.js'
import { ageOn, personName } from '../../../services/front-door/queue-service.js'
import { formatDateTime } from '../../formatting.js'
import { paths } from '../../paths.js'

// Pure: a contact as the front door sees it, turned into summary rows and decision text.

type Row = { key: { text: string }; value: { text?: string; html?: string } }
const row = (key: string, text: string): Row => ({ key: { text: key }, value: { text } })

export function contactFlags(view: ContactView, now: Date, repeatContact: QueueItem['repeatContact']) {
  const item: Pick<QueueItem, 'decisionDueAt' | 'immediateDanger' | 'repeatContact' | 'status'> = {
    decisionDueAt: view.contact.decisionDueAt,
    immediateDanger: view.contact.immediateDanger,
    repeatContact,
    status: view.contact.status,
  }
  if (view.contact.status === 'decided') return []
  return queueFlags(item as QueueItem, now).map(f => ({
    text: QUEUE_FLAG_LABELS[f],
    classes: f === 'overdue' || f === 'immediate-danger' ? 'govuk-tag--red' : 'govuk-tag--orange',
  }))
}

/**
 * Why a decision waiting for a manager is there, in the words the contact and settle pages use,
 * and what the manager's step is called: settling a disagreement, or reviewing repeat contacts.
 */
export function managerStep(view: ContactView, repeat: RepeatContactView): { reasons: string[]; title: string } {
  const waiting = repeat.flags.filter(f => f.status === 'awaiting-review').length
  const reasons = view.decision ? managerReviewReasons(view.decision, waiting) : []
  const texts = reasons.map(r => MANAGER_REVIEW_REASON_TEXT[r])
  return {
    reasons: texts.length > 0 ? texts : ['A front door manager must settle this decision before it is final.'],
    title:
      reasons.includes('screeners-disagree') || reasons.length === 0 ? 'Settle the decision' : 'Review the decision',
  }
}

export function contactSummaryRows(view: ContactView, now: Date): Row[] {
  const { contact, referral } = view
  const left = timeLeft(contact.decisionDueAt, now)
  const referrer = referral.content.referrer
  const level = referral.content.referrerView.level
  return [
    row('Status', SCREENING_STATE_TEXT[contact.status]),
    row('Received', formatDateTime(contact.receivedAt)),
    contact.status === 'decided'
      ? row('Decided', contact.decidedAt ? formatDateTime(contact.decidedAt) : '')
      : row('Decision due', `${formatDateTime(contact.decisionDueAt)} (${left.text.toLowerCase()})`),
    row(
      'Referred by',
      [referrer.name, referrer.jobTitle, referrer.agencyName].filter(Boolean).join(', ') || 'Not given',
    ),
    row('How it arrived', { web: 'Online form', phone: 'Phone call', api: 'Agency system' }[referral.channel]),
    row("Referrer's view of the level", level ? `Level ${level}` : 'Not given'),
    row('Immediate danger', contact.immediateDanger ? 'Yes, the referrer said a child is in immediate danger' : 'No'),
    row(
      'Assigned to',
      contact.assignedToUserId ? (view.names.get(contact.assignedToUserId) ?? 'Unknown user') : 'Nobody yet',
    ),
  ]
}

export function peopleRows(view: ContactView, now: Date) {
  const today = toLondonDate(now)
  return view.people.map(p => ({
    name: personName(p),
    role: p.role === 'child' ? `Child, ${ageOn(p, today)}` : 'Adult',
    checked: p.personId !== null,
    personHref: p.personId ? paths.person(p.personId) : null,
    linkedBy: p.linkedByUserId ? (view.names.get(p.linkedByUserId) ?? '') : '',
    linkKind: p.linkKind === 'matched' ? 'Matched to a person on record' : 'Recorded as a new person',
  }))
}

export function outcomeRadioItems(selected: string | undefined) {
  return DECISION_OUTCOMES.map(o => ({ value: o, text: outcomeLabel(o), checked: o === selected }))
}

export function levelName(document: ThresholdDocument, level: number): string {
  const found = document.levels.find(l => l.level === level)
  return found ? `Level ${level}: ${found.name}` : `Level ${level}`
}

export function indicatorTitles(document: ThresholdDocument, codes: readonly string[]): string[] {
  return codes.map(code => document.indicators.find(i => i.code === code)?.title ?? code)
}

/** Who did what on a decision, for the decided contact and the manager's settle page. */
export function decisionRows(view: ContactView, document: ThresholdDocument): Row[] {
  const d = view.decision
  if (!d) return []
  const name = (id: string | null | undefined) => (id ? (view.names.get(id) ?? 'Unknown user') : '')
  const rows: Row[] = [
    row('Proposed by', `${name(d.proposedByUserId)}, ${formatDateTime(d.proposedAt)}`),
    row('Proposed outcome', `${outcomeLabel(d.outcome)}, ${levelName(document, d.level)}`),
    row('Rationale', d.rationale),
    row('Indicators cited', indicatorTitles(document, d.indicatorCodes).join('; ')),
  ]
  if (d.secondScreen) {
    rows.push(
      row('Second screen by', `${name(d.secondScreen.byUserId)}, ${formatDateTime(d.secondScreen.at)}`),
      row(
        'Second screen outcome',
        `${outcomeLabel(d.secondScreen.outcome)}, ${levelName(document, d.secondScreen.level)}`,
      ),
      row('Second screen rationale', d.secondScreen.rationale),
    )
  }
  if (d.settlement) {
    rows.push(
      row('Settled by', `${name(d.settlement.byUserId)}, ${formatDateTime(d.settlement.at)}`),
      row('Reasons for settling', d.settlement.reason),
    )
  }
  if (d.final)
    rows.push(row('Final decision', `${outcomeLabel(d.final.outcome)}, ${levelName(document, d.final.level)}`))
  rows.push(
    row(
      'Double screening',
      d.rulesFired.length
        ? d.rulesFired.map(r => `${r.name}: ${r.reason}`).join(' ')
        : 'No rule required a second screen',
    ),
    row('Threshold document', `Version ${d.thresholdDocumentVersion}`),
  )
  return rows
}

export function feedbackStatusText(view: ContactView): string {
  const f = view.feedback
  if (!f) return ''
  if (f.status === 'phone-required')
    return 'The referrer has no verified email address: give them the decision by phone.'
  const sent = f.status === 'given-by-phone' ? 'Given by phone' : 'Sent'
  const response = f.response
    ? f.response.kind === 'accepted'
      ? `The referrer accepted the decision on ${formatDateTime(f.response.at)}.`
      : `The referrer disagreed on ${formatDateTime(f.response.at)}: ${f.response.reason ?? ''}`
    : 'The referrer has not answered yet.'
  return `${sent} ${f.sentAt ? formatDateTime(f.sentAt) : ''}. ${response}`
}

export function isOutcome(value: string | undefined): value is DecisionOutcome {
  return (DECISION_OUTCOMES as readonly string[]).includes(value ?? '')
}

export const contactHref = (id: string) => paths.contact(id)
