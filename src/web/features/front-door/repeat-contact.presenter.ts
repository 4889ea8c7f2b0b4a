import { FLAG_STATUS_TEXT, type FlagStatus } from '../../../domain/repeat-contact/flag-status.js'
import type { RepeatContactView } from '../../../services/front-door/repeat-contact-flags-service.js'
import { formatDateTime } from '../../formatting.js'
import { paths } from '../../paths.js'

// Pure: a contact's repeat-contact flags as the contact page and the settle page show them, with
// the contacts that triggered each one and, for a manager, the form that clears it.

type Row = { key: { text: string }; value: { text: string } }
const row = (key: string, text: string): Row => ({ key: { text: key }, value: { text } })

const STATUS_CLASSES: Record<FlagStatus, string> = {
  'awaiting-review': 'govuk-tag--orange',
  reviewed: 'govuk-tag--green',
  cleared: 'govuk-tag--grey',
}

type RaisedDuring = RepeatContactView['flags'][number]['raisedDuring']

const RAISED_DURING: Record<RaisedDuring, string> = {
  arrival: 'when the contact arrived',
  checks: 'when the people on it were checked',
  proposal: 'when a decision was proposed',
  'second-screen': 'at the second screen',
  'related-decision': 'when another contact about the same people was decided',
}

/** The form field for one flag's reason, unique on the page. */
export const clearReasonField = (flagId: string) => `reason-${flagId}`

export function repeatContactFlagCards(
  view: RepeatContactView,
  ctx: { contactId: string; names: ReadonlyMap<string, string>; canClear: boolean },
) {
  const name = (id: string) => ctx.names.get(id) ?? 'Unknown user'
  return view.flags.map(flag => {
    const rows: Row[] = [
      row('What it found', flag.explanation),
      row('The pattern when it was raised', flag.pattern),
      row('Raised', `${formatDateTime(flag.raisedAt)}, ${RAISED_DURING[flag.raisedDuring]}`),
    ]
    if (flag.review) {
      const what = flag.review.outcome === 'decision-agreed' ? 'agreed the decision' : 'changed the decision'
      rows.push(row('Reviewed', `${name(flag.review.byUserId)}, ${formatDateTime(flag.review.at)}: ${what}`))
    }
    if (flag.clearance) {
      rows.push(
        row('Cleared', `${name(flag.clearance.byUserId)}, ${formatDateTime(flag.clearance.at)}`),
        row('Why it was cleared', flag.clearance.reason),
      )
    }
    return {
      id: flag.id,
      title: flag.ruleName,
      status: { text: FLAG_STATUS_TEXT[flag.status], classes: STATUS_CLASSES[flag.status] },
      rows,
      triggering: flag.triggeringContacts.map(c => ({
        href: paths.contact(c.contactId),
        reference: c.reference || 'Contact',
      })),
      clear:
        ctx.canClear && flag.status !== 'cleared'
          ? {
              action: paths.contactPage(ctx.contactId, `repeat-contact-flags/${flag.id}/clear`),
              field: clearReasonField(flag.id),
            }
          : null,
    }
  })
}
