import type { ReferralContent } from '../../domain/referral/referral-content.js'
import type { Referral } from '../../domain/referral/referral-lifecycle.js'
import { REFERRAL_SOURCE_LABELS, isReferralSourceCode } from '../../domain/referral/referral-source.js'
import type { ThresholdDocument } from '../../domain/threshold/threshold-document.js'
import { formatNhsNumber } from '../../domain/referral/nhs-number.js'
import { paths } from '../paths.js'
import {
  adultName,
  childDateText,
  childName,
  LAWFUL_BASIS_LABELS,
  RELATIONSHIP_LABELS,
  SEX_LABELS,
  YES_NO,
} from './referral-text.js'

type Row = { key: { text: string }; value: { text?: string; html?: string }; actions?: { items: object[] } }
export type SummaryCard = { card: { title: { text: string }; actions?: { items: object[] } }; rows: Row[] }

const NOT_GIVEN = 'Not given'
const CONSENT_LABELS: Record<string, string> = { yes: 'Agreed', no: 'Did not agree', 'not-sought': 'Not asked for' }

// Answers as summary list cards: with "Change" links while it is a draft, read-only after.
export function referralSummaryCards(
  referral: Referral,
  document: ThresholdDocument,
  editable: boolean,
): SummaryCard[] {
  const c = referral.content
  const change = (page: string, label: string) =>
    editable
      ? { items: [{ href: paths.referralPage(referral.id, page), text: 'Change', visuallyHiddenText: label }] }
      : undefined
  const row = (key: string, value: string | undefined, page?: string): Row => {
    const actions = page ? change(page, key.toLowerCase()) : undefined
    // Line breaks the referrer typed are kept: the text is escaped, then each break becomes <br>.
    const shown = value?.trim() ? escapeHtml(value).replace(/\n/g, '<br>') : NOT_GIVEN
    return { key: { text: key }, value: { html: shown }, ...(actions ? { actions } : {}) }
  }
  const card = (title: string, rows: Row[], page?: string): SummaryCard => {
    const actions = page ? change(page, title.toLowerCase()) : undefined
    return { card: { title: { text: title }, ...(actions ? { actions } : {}) }, rows }
  }
  const cards: SummaryCard[] = []
  if (referral.channel === 'phone' && c.call) cards.push(callCard(c, card, row))
  cards.push(
    card('Immediate danger', [
      row('Is a child in immediate danger?', YES_NO[c.immediateDanger ?? ''], 'immediate-danger'),
    ]),
  )
  for (const child of c.children) {
    const page = `children/${child.id}`
    cards.push(
      card(
        childName(child),
        [
          row('Date of birth or due date', childDateText(child)),
          row('Sex', SEX_LABELS[child.sex ?? '']),
          row('NHS number', child.nhsNumber ? formatNhsNumber(child.nhsNumber) : undefined),
          row(
            'Address',
            [child.address?.line1, child.address?.line2, child.address?.town, child.address?.postcode]
              .filter(Boolean)
              .join(', '),
          ),
          row('School or setting', child.schoolOrSetting),
          row('Needs', child.needs),
        ],
        page,
      ),
    )
  }
  for (const adult of c.adults) {
    const relationships = c.children
      .map(ch =>
        adult.relationships?.[ch.id]
          ? `${RELATIONSHIP_LABELS[adult.relationships[ch.id]!]} of ${childName(ch)}`
          : undefined,
      )
      .filter(Boolean)
      .join('; ')
    cards.push(
      card(
        adultName(adult),
        [
          row('Relationship', relationships),
          row(
            'Lives with the children',
            adult.livesWithChildren === undefined ? undefined : adult.livesWithChildren ? 'Yes' : 'No',
          ),
          row('Parental responsibility', YES_NO[adult.parentalResponsibility ?? '']),
          row('Notes', adult.notes),
        ],
        `adults/${adult.id}`,
      ),
    )
  }
  const indicators = (c.concerns.indicatorCodes ?? []).map(
    code => document.indicators.find(i => i.code === code)?.title ?? code,
  )
  cards.push(
    card('Concerns', [
      row('Indicators', indicators.join('; '), 'concerns/indicators'),
      row('What happened', c.concerns.description, 'concerns/details'),
      row('When', c.concerns.incidentDates, 'concerns/details'),
      row('Impact on the child', c.concerns.impactOnChild, 'concerns/details'),
      row('What the child said or how they seemed', c.concerns.childsVoice, 'concerns/details'),
      row('What has been done already', c.concerns.actionsTaken, 'concerns/details'),
    ]),
  )
  const level = c.referrerView.level
  const levelInfo = level ? document.levels.find(l => l.level === level) : undefined
  cards.push(
    card('Level of need', [
      row('Level', level ? `Level ${level}${levelInfo ? `: ${levelInfo.name}` : ''}` : undefined, 'level'),
      row('Why', c.referrerView.reason, 'level'),
    ]),
  )
  cards.push(
    card('Consent and information sharing', [
      row('Parents told', YES_NO[c.consent.parentsInformed ?? ''], 'consent'),
      row('Consent', CONSENT_LABELS[c.consent.consentGiven ?? ''], 'consent'),
      row('Reason', c.consent.reason, 'consent'),
      row('Lawful basis', c.consent.lawfulBasis ? LAWFUL_BASIS_LABELS[c.consent.lawfulBasis] : undefined, 'consent'),
    ]),
  )
  cards.push(
    card(
      referral.channel === 'phone' ? 'Caller’s contact details' : 'Your contact details',
      [
        row('Name', c.referrer.name),
        row('Job title', c.referrer.jobTitle),
        row('Agency', c.referrer.agencyName),
        row('Phone', c.referrer.phone),
        row('Email', c.referrer.email),
      ],
      'referrer',
    ),
  )
  return cards
}

function callCard(
  c: ReferralContent,
  card: (title: string, rows: Row[], page?: string) => SummaryCard,
  row: (key: string, value: string | undefined, page?: string) => Row,
): SummaryCard {
  const call = c.call!
  const source =
    call.sourceCode && isReferralSourceCode(call.sourceCode) ? REFERRAL_SOURCE_LABELS[call.sourceCode] : undefined
  return card(
    'About the call',
    [
      row(
        'Caller',
        call.callerType === 'public'
          ? 'Member of the public'
          : call.callerType === 'professional'
            ? 'Professional'
            : undefined,
      ),
      row('Referral source', source),
      row('Relationship to the child', call.relationshipToChild),
      row(
        'Rights explained',
        call.rightsExplained
          ? 'Yes, the caller was told they can speak to a social worker and challenge a decision'
          : 'No',
      ),
      row(
        'Asked to speak to a social worker',
        call.wantsToSpeakToSocialWorker === undefined ? undefined : call.wantsToSpeakToSocialWorker ? 'Yes' : 'No',
      ),
    ],
    'call',
  )
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!)
}
