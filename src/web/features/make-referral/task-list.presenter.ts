import type { Referral } from '../../../domain/referral/referral-lifecycle.js'
import type { ReferralSection, SectionStatus } from '../../../domain/referral/referral-validation.js'
import { paths } from '../../paths.js'

const SECTION_TITLES: Record<ReferralSection, { web: string; phone: string }> = {
  call: { web: 'About the call', phone: 'About the call and the caller’s rights' },
  'immediate-danger': { web: 'Is a child in immediate danger?', phone: 'Is a child in immediate danger?' },
  children: { web: 'The children', phone: 'The children' },
  adults: { web: 'Parents, carers and household', phone: 'Parents, carers and household' },
  concerns: { web: 'Your concerns', phone: 'The caller’s concerns' },
  level: { web: 'Your view of the level of need', phone: 'The caller’s view of the level of need' },
  consent: { web: 'Consent and information sharing', phone: 'Consent and information sharing' },
  referrer: { web: 'Your contact details', phone: 'The caller’s contact details' },
}

const SECTION_PAGES: Record<ReferralSection, string> = {
  call: 'call',
  'immediate-danger': 'immediate-danger',
  children: 'children',
  adults: 'adults',
  concerns: 'concerns/indicators',
  level: 'level',
  consent: 'consent',
  referrer: 'referrer',
}

const STATUS: Record<SectionStatus, { text?: string; tag?: { text: string; classes: string } }> = {
  completed: { text: 'Completed' },
  'in-progress': { tag: { text: 'In progress', classes: 'govuk-tag--light-blue' } },
  'not-started': { tag: { text: 'Not started', classes: 'govuk-tag--blue' } },
}

/** The GOV.UK task list for a draft: sections in order, then "check and send". */
export function taskListItems(referral: Referral, statuses: { section: ReferralSection; status: SectionStatus }[]) {
  const channel = referral.channel === 'phone' ? 'phone' : 'web'
  // The call section (with the caller's rights) comes first and cannot be skipped.
  const ordered = [...statuses].sort((a, b) => (a.section === 'call' ? -1 : b.section === 'call' ? 1 : 0))
  const items = ordered.map(({ section, status }) => ({
    title: { text: SECTION_TITLES[section][channel] },
    href: paths.referralPage(referral.id, SECTION_PAGES[section]),
    status: STATUS[status],
    ...(section === 'adults' ? { hint: { text: 'Optional if you do not know who else is involved' } } : {}),
  }))
  const required = statuses.filter(s => s.section !== 'adults')
  const ready = required.every(s => s.status === 'completed') && statuses.every(s => s.status !== 'in-progress')
  return {
    items,
    ready,
    completedCount: statuses.filter(s => s.status === 'completed').length,
    total: statuses.length,
    checkItem: {
      title: { text: 'Check your answers and send the referral' },
      href: ready ? paths.referralPage(referral.id, 'check-answers') : undefined,
      status: ready
        ? STATUS['not-started']
        : { text: 'Cannot start yet', classes: 'govuk-task-list__status--cannot-start-yet' },
    },
  }
}
