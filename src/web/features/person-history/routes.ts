import type { FastifyInstance } from 'fastify'
import { canRaiseDisagreement, canViewPersonHistory } from '../../../domain/access/permissions.js'
import { disagreementsAboutPerson } from '../../../services/disagreement/disagreement-lists.js'
import { NotFoundError } from '../../../services/errors.js'
import { householdHistory, personHistory } from '../../../services/front-door/history-service.js'
import type { ServiceDeps } from '../../../services/index.js'
import { paths } from '../../paths.js'
import { disagreementsAboutView } from '../../presenters/disagreements-about.js'
import { householdPage, personPage } from './person-history.presenter.js'

// Who already knows this child: /people/:id and /households/:id. Anyone who may not read
// histories gets "not found", the same as for an id that does not exist.

type Params = { id: string }

export function personHistoryRoutes(app: FastifyInstance, deps: ServiceDeps): void {
  app.get<{ Params: Params }>(paths.person(':id'), async (request, reply) => {
    const actor = request.signedIn!.actor
    if (!canViewPersonHistory(actor)) throw new NotFoundError('No such person')
    const history = await personHistory(deps, request.requestContext, actor, request.params.id)
    const disagreements = await disagreementsAboutPerson(deps, actor, history.person.id)
    return reply.render('person-history/person.njk', {
      ...personPage(history),
      disagreements: disagreementsAboutView({ kind: 'child', personId: history.person.id }, disagreements, {
        canRaise: canRaiseDisagreement(actor),
      }),
    })
  })

  app.get<{ Params: Params }>(paths.household(':id'), async (request, reply) => {
    const actor = request.signedIn!.actor
    if (!canViewPersonHistory(actor)) throw new NotFoundError('No such household')
    const history = await householdHistory(deps, request.requestContext, actor, request.params.id)
    return reply.render('person-history/household.njk', householdPage(history))
  })
}
