import {
  reminderMessage,
  scheduledReminders,
  stageNumbered,
  type ReminderKind,
} from '../../domain/disagreement/index.js'
import { appendDisagreementEvent } from '../../data/repositories/disagreement-repository.js'
import type { DeadlineHandler } from '../deadline-handlers.js'
import type { ServiceDeps } from '../index.js'
import { calendar, isUuid } from '../referral-service.js'
import { loadDisagreement, managerRoles, notifyAll, raiser, usersWithRoles } from './disagreement-parties.js'

// The reminders of a disagreement's stage (issue 5 §3): before the deadline to the responders,
// at it to the responders and their managers, and after it to the raiser, offering the next
// stage. Each handler locks the disagreement and acts only if it is still waiting for a
// response at the stage the reminder was written for, so a reminder fires once and never after
// a response or a move to another stage.

/**
 * Whether the reminder belongs to the stage the disagreement is at now: the stage's reminders
 * are worked out again from when it was entered, and this one must be among them.
 */
function belongsToCurrentStage(
  kind: ReminderKind,
  dueAt: Date,
  enteredAt: Date,
  stage: Parameters<typeof scheduledReminders>[2],
) {
  return scheduledReminders(calendar, enteredAt, stage).some(
    r => r.kind === kind && r.dueAt.getTime() === dueAt.getTime(),
  )
}

function stageReminder(deps: Pick<ServiceDeps, 'contactPoints'>, kind: ReminderKind): DeadlineHandler {
  return async (trx, deadline, now) => {
    const l = isUuid(deadline.subjectId)
      ? await loadDisagreement(trx, deadline.subjectId, { forUpdate: true })
      : undefined
    if (!l || l.d.state !== 'open') return // answered, resolved or closed meanwhile
    if (!belongsToCurrentStage(kind, deadline.dueAt, l.d.stageEnteredAt, l.stage)) return
    const { d, stage } = l
    const message = reminderMessage(kind, d.reference, stage, d.stageDueAt, stageNumbered(l.policy, stage.number + 1))
    if (kind === 'stage-overdue-offer-next') {
      const to = await raiser(trx, d)
      await notifyAll(
        trx,
        deps,
        d,
        to ? [to] : [],
        {
          kind: 'disagreement-overdue-offer',
          subject: `No response yet to disagreement ${d.reference}`,
          message,
        },
        now,
      )
    } else {
      const roles =
        kind === 'stage-deadline' ? [...l.responderRoles, ...managerRoles(l.responderRoles)] : l.responderRoles
      await notifyAll(
        trx,
        deps,
        d,
        await usersWithRoles(trx, roles, d),
        {
          kind: kind === 'stage-deadline' ? 'disagreement-deadline' : 'disagreement-reminder',
          subject:
            kind === 'stage-deadline'
              ? `A response to disagreement ${d.reference} is overdue`
              : `Reminder: a response to disagreement ${d.reference} is due`,
          message,
        },
        now,
      )
    }
    await appendDisagreementEvent(trx, {
      disagreementId: d.id,
      type: 'reminder',
      stage: d.stage,
      occurredAt: now,
      actorUserId: null,
      data: { kind, deadlineId: deadline.id, dueAt: deadline.dueAt.toISOString() },
    })
  }
}

/** The handlers for the three reminder kinds, keyed by deadline kind. */
export function disagreementDeadlineHandlers(
  deps: Pick<ServiceDeps, 'contactPoints'>,
): Record<ReminderKind, DeadlineHandler> {
  return {
    'stage-reminder-before': stageReminder(deps, 'stage-reminder-before'),
    'stage-deadline': stageReminder(deps, 'stage-deadline'),
    'stage-overdue-offer-next': stageReminder(deps, 'stage-overdue-offer-next'),
  }
}
