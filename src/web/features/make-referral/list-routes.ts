import type { FastifyInstance } from 'fastify'
import type { ReferralContent } from '../../../domain/referral/referral-content.js'
import type { ServiceDeps } from '../../../services/index.js'
import { loadDraft, saveDraft } from '../../../services/referral-service.js'
import { ConflictError, NotFoundError } from '../../../services/errors.js'
import { textField } from '../../forms/field-errors.js'
import { paths } from '../../paths.js'
import { adultName, childDateText, childName } from '../../presenters/referral-text.js'

type Params = { id: string; itemId: string }

// The "add to a list" pattern for children and adults: a list page, and remove with a
// confirmation. Removing a child also removes adults' relationships to that child.
export function registerListRoutes(
  app: FastifyInstance,
  deps: ServiceDeps,
  options: { outOfHoursNumber: string },
): void {
  app.get<{ Params: { id: string } }>('/referrals/:id/immediate-danger/what-to-do-now', async (request, reply) => {
    const referral = await loadDraft(deps, request.signedIn!.actor, request.params.id)
    return reply.render('make-referral/what-to-do-now.njk', {
      pageTitle: 'Call 999 now if a child is in immediate danger',
      taskListHref: paths.referral(referral.id),
      outOfHoursNumber: options.outOfHoursNumber,
    })
  })

  for (const kind of ['children', 'adults'] as const) {
    app.get<{ Params: { id: string } }>(`/referrals/:id/${kind}`, async (request, reply) => {
      const referral = await loadDraft(deps, request.signedIn!.actor, request.params.id)
      const items =
        kind === 'children'
          ? referral.content.children.map(c => ({ id: c.id, name: childName(c), detail: childDateText(c) }))
          : referral.content.adults.map(a => ({ id: a.id, name: adultName(a), detail: '' }))
      return reply.render('make-referral/people-list.njk', {
        pageTitle: kind === 'children' ? 'The children' : 'Parents, carers and household',
        kind,
        items,
        rows: items.map(i => ({
          key: { text: i.name },
          value: { text: i.detail },
          actions: {
            items: [
              { href: paths.referralPage(referral.id, `${kind}/${i.id}`), text: 'Change', visuallyHiddenText: i.name },
              {
                href: paths.referralPage(referral.id, `${kind}/${i.id}/remove`),
                text: 'Remove',
                visuallyHiddenText: i.name,
              },
            ],
          },
        })),
        addHref: paths.referralPage(referral.id, `${kind}/new`),
        taskListHref: paths.referral(referral.id),
        hasChildren: referral.content.children.length > 0,
      })
    })

    app.get<{ Params: Params }>(`/referrals/:id/${kind}/:itemId/remove`, async (request, reply) => {
      const referral = await loadDraft(deps, request.signedIn!.actor, request.params.id)
      const name = itemName(referral.content, kind, request.params.itemId)
      return reply.render('make-referral/remove.njk', {
        pageTitle: `Remove ${name} from this referral?`,
        action: paths.referralPage(referral.id, `${kind}/${request.params.itemId}/remove`),
        backHref: paths.referralPage(referral.id, kind),
        version: referral.version,
      })
    })

    app.post<{ Params: Params }>(`/referrals/:id/${kind}/:itemId/remove`, async (request, reply) => {
      const referral = await loadDraft(deps, request.signedIn!.actor, request.params.id)
      const itemId = request.params.itemId
      itemName(referral.content, kind, itemId)
      const saved = await saveDraft(
        deps,
        request.requestContext,
        request.signedIn!.actor,
        referral.id,
        Number(textField(request.body, 'version')),
        kind,
        c =>
          kind === 'children'
            ? {
                ...c,
                children: c.children.filter(x => x.id !== itemId),
                adults: c.adults.map(a => {
                  const { [itemId]: _removed, ...rest } = a.relationships ?? {}
                  return { ...a, relationships: rest }
                }),
              }
            : { ...c, adults: c.adults.filter(x => x.id !== itemId) },
      )
      if (!saved.ok) throw new ConflictError('The draft changed')
      return reply.redirect(paths.referralPage(referral.id, kind), 303)
    })
  }
}

function itemName(content: ReferralContent, kind: 'children' | 'adults', id: string): string {
  if (kind === 'children') {
    const child = content.children.find(c => c.id === id)
    if (!child) throw new NotFoundError('No such child')
    return childName(child)
  }
  const adult = content.adults.find(a => a.id === id)
  if (!adult) throw new NotFoundError('No such adult')
  return adultName(adult)
}
