import type { FastifyInstance } from 'fastify'
import { canOpenLandingPage, LANDING_PAGES, landingPageFor, type LandingPage } from '../../../domain/access/landing.js'
import { canAdministerUsers, canReadAuditTrail } from '../../../domain/access/permissions.js'
import { ROLE_LABELS } from '../../../domain/access/roles.js'
import type { Actor } from '../../../domain/access/actor.js'
import { auditOverview, listPeople } from '../../../services/oversight-service.js'
import { ForbiddenError } from '../../../services/errors.js'
import type { ServiceDeps } from '../../../services/index.js'
import { formatDateTime } from '../../formatting.js'
import { paths } from '../../paths.js'
import { LANDING_CONTENT } from './landing.presenter.js'

export function homeRoutes(app: FastifyInstance, deps: ServiceDeps): void {
  app.get(paths.home, async (request, reply) => {
    const page = landingPageFor(request.signedIn!.actor)
    if (!page) throw new ForbiddenError('This account has no role')
    return reply.redirect(paths.landing(page), 303)
  })

  // The referral lists and the front door queue are their own journeys' pages.
  const OWN_PAGES: LandingPage[] = ['my-referrals', 'agency-referrals', 'front-door']
  for (const page of LANDING_PAGES.filter(p => !OWN_PAGES.includes(p))) {
    app.get(paths.landing(page), async (request, reply) => {
      const { actor } = request.signedIn!
      if (!canOpenLandingPage(actor, page)) throw new ForbiddenError(`No access to ${page}`)
      return reply.render('home/landing.njk', {
        pageTitle: LANDING_CONTENT[page].title,
        content: LANDING_CONTENT[page],
        ...(await extras(page, actor)),
      })
    })
  }

  async function extras(page: LandingPage, actor: Actor) {
    if (page === 'audit' && canReadAuditTrail(actor)) {
      const { verdict, latest } = await auditOverview(deps, actor)
      return {
        auditVerdict: verdict,
        auditRows: latest.map(e => [
          { text: e.seq },
          { text: formatDateTime(e.occurredAt) },
          { text: e.actorName ?? 'System' },
          { text: e.action },
          { text: e.subjectType ? `${e.subjectType} ${e.subjectId ?? ''}` : '' },
        ]),
      }
    }
    if (page === 'administration' && canAdministerUsers(actor)) {
      const users = await listPeople(deps, actor)
      return {
        userRows: users.map(u => [
          { text: u.displayName },
          { text: u.email },
          { text: u.agency.name },
          { text: u.roles.map(r => ROLE_LABELS[r]).join(', ') },
        ]),
      }
    }
    return {}
  }
}
