import {
  QUEUE_FLAG_LABELS,
  queueFlags,
  timeLeft,
  type QueueFilter,
  type QueueFlag,
  type QueueItem,
} from '../../../domain/front-door/queue.js'
import { SCREENING_STATE_TEXT } from '../../../domain/screening/index.js'
import { formatDateTime } from '../../formatting.js'
import { paths } from '../../paths.js'

// Pure: queue items in, the rows and filter options the queue page shows out.

const FLAG_CLASSES: Record<QueueFlag, string> = {
  overdue: 'govuk-tag--red',
  'immediate-danger': 'govuk-tag--red',
  'repeat-contact': 'govuk-tag--orange',
  'second-screen': 'govuk-tag--purple',
  'manager-review': 'govuk-tag--pink',
}

export type QueueRow = {
  href: string
  reference: string
  children: string[]
  referrer: string
  agency: string
  flags: { text: string; classes: string }[]
  /** The repeat-contact pattern in plain English, when a rule fired: "3rd contact in 4 months; …". */
  pattern: string | null
  timeLeft: { text: string; overdue: boolean }
  dueAt: string
  status: string
  assignee: string
}

export function queueRows(items: readonly QueueItem[], now: Date): QueueRow[] {
  return items.map(item => ({
    href: paths.contact(item.contactId),
    reference: item.reference,
    children: item.children.length ? item.children.map(c => `${c.name} (${c.age})`) : ['No child named'],
    referrer: item.referrerName,
    agency: item.agencyName,
    flags: queueFlags(item, now).map(flag => ({ text: QUEUE_FLAG_LABELS[flag], classes: FLAG_CLASSES[flag] })),
    pattern: item.repeatContact?.pattern ?? null,
    timeLeft: timeLeft(item.decisionDueAt, now),
    dueAt: formatDateTime(item.decisionDueAt),
    status: SCREENING_STATE_TEXT[item.status],
    assignee: item.assignee?.name ?? 'Nobody',
  }))
}

const option = (value: string, text: string, selected: string | undefined) => ({
  value,
  text,
  selected: value === (selected ?? ''),
})

export function queueFilterOptions(filter: QueueFilter) {
  return {
    assigned: [
      option('', 'Anyone', filter.assigned === 'anyone' ? '' : filter.assigned),
      option('me', 'Me', filter.assigned),
      option('unassigned', 'Nobody yet', filter.assigned),
    ],
    flag: [
      option('', 'All open contacts', filter.flag),
      ...(Object.keys(QUEUE_FLAG_LABELS) as QueueFlag[]).map(f => option(f, QUEUE_FLAG_LABELS[f], filter.flag)),
    ],
  }
}
