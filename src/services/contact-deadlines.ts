import {
  findActiveRecipient,
  listActiveUsersWithRole,
  markContactOverdue,
  type Recipient,
} from '../data/repositories/deadline-repository.js'
import { enqueueNotification } from '../data/repositories/notification-repository.js'
import { appendReferralEvent } from '../data/repositories/referral-repository.js'
import { formatDateTime } from '../domain/shared/formatting.js'
import type { DeadlineHandler, DeadlineHandlerOptions } from './deadline-handlers.js'

// The front door's decision clock: a contact not decided by the end of the next working day is
// overdue. The assigned practitioner and the front door managers are told, so it is picked up.

/** The deadline written for every new contact (see referral-submission-service.ts). */
export const CONTACT_DECISION_DEADLINE = 'contact-decision'

export function contactLink(contactId: string, publicUrl?: string): string {
  const path = `/front-door/contacts/${contactId}`
  return publicUrl ? `${publicUrl.replace(/\/+$/, '')}${path}` : path
}

/**
 * The overdue message names the referral by its reference only: email is no place for a child's
 * name or the concerns, and everyone it goes to can read the contact after signing in.
 */
export function decisionOverdueMessage(m: {
  reference: string | null
  dueAt: Date
  link: string
  reason: 'assignee' | 'manager'
}): { subject: string; body: string } {
  const reference = m.reference ?? 'a referral'
  return {
    subject: `Front door decision overdue: ${reference}`,
    body: [
      `The front door decision on ${reference} was due by ${formatDateTime(m.dueAt)} and has not been made.`,
      '',
      `Open the contact: ${m.link}`,
      '',
      m.reason === 'assignee'
        ? 'You are receiving this because the contact is assigned to you.'
        : 'You are receiving this because you are a front door manager.',
    ].join('\n'),
  }
}

export function contactDecisionOverdue(options: DeadlineHandlerOptions = {}): DeadlineHandler {
  return async (trx, deadline, now) => {
    const contact = await markContactOverdue(trx, deadline.subjectId, now)
    if (!contact) return // decided in time (or meanwhile): nothing is overdue
    await appendReferralEvent(trx, {
      referralId: contact.referralId,
      type: 'decision-overdue',
      occurredAt: now,
      actorUserId: null,
      data: { contactId: contact.contactId, deadlineId: deadline.id, dueAt: deadline.dueAt.toISOString() },
    })

    const recipients = new Map<string, { to: Recipient; reason: 'assignee' | 'manager' }>()
    const assignee = contact.assignedToUserId ? await findActiveRecipient(trx, contact.assignedToUserId) : undefined
    if (assignee) recipients.set(assignee.userId, { to: assignee, reason: 'assignee' })
    const managers = await listActiveUsersWithRole(trx, {
      role: 'front_door_manager',
      agencyKind: 'childrens_social_care',
    })
    for (const manager of managers) {
      if (!recipients.has(manager.userId)) recipients.set(manager.userId, { to: manager, reason: 'manager' })
    }

    const link = contactLink(contact.contactId, options.publicUrl)
    for (const { to, reason } of recipients.values()) {
      const message = decisionOverdueMessage({ reference: contact.reference, dueAt: deadline.dueAt, link, reason })
      await enqueueNotification(trx, {
        kind: 'contact-decision-overdue',
        recipientUserId: to.userId,
        toAddress: to.email,
        subject: message.subject,
        bodyText: message.body,
        relatedType: 'contact',
        relatedId: contact.contactId,
        now,
      })
    }
  }
}
