import type { FastifyInstance } from 'fastify'
import { canScreenContacts, canSeeOwnDisagreements, canTrackDisagreements } from '../../../domain/access/permissions.js'
import { escalationTracker, myDisagreementLists } from '../../../services/disagreement/disagreement-lists.js'
import { ForbiddenError } from '../../../services/errors.js'
import type { ServiceDeps } from '../../../services/index.js'
import { paths } from '../../paths.js'
import { myDisagreementsPage } from './my-disagreements.presenter.js'
import { parseTrackerFilter, trackerPage } from './tracker.presenter.js'

// "My disagreements" and the partnership escalation tracker (issue 5 §5). Both only list
// disagreements; each one opens on its own page.

export function escalationTrackerRoutes(app: FastifyInstance, deps: ServiceDeps): void {
  app.get(paths.myDisagreements, async (request, reply) => {
    const actor = request.signedIn!.actor
    if (!canSeeOwnDisagreements(actor)) throw new ForbiddenError('My disagreements')
    return reply.render(
      'escalation-tracker/my-disagreements.njk',
      myDisagreementsPage(await myDisagreementLists(deps, actor)),
    )
  })

  app.get<{ Querystring: Record<string, unknown> }>(paths.escalationTracker, async (request, reply) => {
    const actor = request.signedIn!.actor
    if (!canTrackDisagreements(actor)) throw new ForbiddenError('The partnership escalation tracker')
    const tracker = await escalationTracker(deps, actor)
    const page = trackerPage(tracker, parseTrackerFilter(request.query), { canOpenContacts: canScreenContacts(actor) })
    return reply.render('escalation-tracker/tracker.njk', page)
  })
}
