import type { Db } from '../data/database.js'
import { disagreementDeadlineHandlers } from './disagreement/disagreement-deadlines.js'
import { CONTACT_DECISION_DEADLINE, contactDecisionOverdue } from './contact-deadlines.js'
import { FEEDBACK_CHASE_DEADLINE, FEEDBACK_DUE_DEADLINE } from './front-door/finalise-decision.js'
import { feedbackChase, feedbackPhoneOverdue } from './front-door/feedback-service.js'
import type { ServiceDeps } from './index.js'

// What happens when a deadline row falls due. The deadline ticker (src/jobs/deadline-ticker.ts)
// claims the row and calls the handler for its kind inside the same transaction that marks it
// fired, so a handler's writes (events, status, outbox rows) commit exactly once with it, and a
// handler that throws leaves the deadline pending for the next tick.
//
// A handler must lock or conditionally update its subject before acting on it: a change
// committed meanwhile (a decision that makes the deadline moot) has to be seen. See
// cancelDeadlines in src/data/repositories/deadline-repository.ts.

export type DueDeadline = Readonly<{
  id: string
  kind: string
  subjectType: string
  subjectId: string
  dueAt: Date
}>

export type DeadlineHandler = (trx: Db, deadline: DueDeadline, now: Date) => Promise<void>
export type DeadlineHandlers = Readonly<Record<string, DeadlineHandler>>

export type DeadlineHandlerOptions = Readonly<{
  /** The service's public address, for links in notifications; without it links are paths. */
  publicUrl?: string | undefined
}>

/** Every deadline kind the service knows, keyed by `deadline.kind`. */
export function deadlineHandlers(
  deps: Pick<ServiceDeps, 'clock' | 'contactPoints'>,
  options: DeadlineHandlerOptions = {},
): DeadlineHandlers {
  return {
    [CONTACT_DECISION_DEADLINE]: contactDecisionOverdue(options),
    [FEEDBACK_CHASE_DEADLINE]: feedbackChase(deps),
    [FEEDBACK_DUE_DEADLINE]: feedbackPhoneOverdue(deps),
    ...disagreementDeadlineHandlers(deps),
  }
}
