import type { FastifyInstance } from 'fastify'
import { canViewEarlyHelpDirectory } from '../../../domain/access/permissions.js'
import { listEarlyHelpServices } from '../../../services/early-help-service.js'
import { ForbiddenError } from '../../../services/errors.js'
import type { ServiceDeps } from '../../../services/index.js'
import { errorsByField } from '../../forms/field-errors.js'
import { paths } from '../../paths.js'
import { AGE_FIELD, MAX_AGE, parseDirectorySearch, SEARCH_FIELD } from './directory.form.js'
import { resultsHeading, searchDescription, serviceCard } from './directory.presenter.js'

export function earlyHelpDirectoryRoutes(app: FastifyInstance, deps: ServiceDeps): void {
  app.get(paths.earlyHelpDirectory, async (request, reply) => {
    if (!canViewEarlyHelpDirectory(request.signedIn!.actor)) throw new ForbiddenError('Early help directory')
    const form = parseDirectorySearch(request.query)
    const page = {
      pageTitle: 'Early help directory',
      formAction: paths.earlyHelpDirectory,
      searchField: SEARCH_FIELD,
      ageField: AGE_FIELD,
      maxAge: MAX_AGE,
    }
    if (!form.ok) {
      return reply.status(400).render('early-help-directory/directory.njk', {
        ...page,
        errors: form.errors,
        fieldErrors: errorsByField(form.errors),
        input: form.input,
        searched: true,
      })
    }
    const filter = form.value
    const services = await listEarlyHelpServices(deps, filter)
    return reply.render('early-help-directory/directory.njk', {
      ...page,
      input: { [SEARCH_FIELD]: filter.text ?? '', [AGE_FIELD]: filter.childAgeYears?.toString() ?? '' },
      searched: filter.text !== undefined || filter.childAgeYears !== undefined,
      ageGiven: filter.childAgeYears !== undefined,
      heading: resultsHeading(services.length, filter),
      searchDescription: searchDescription(filter),
      services: services.map(serviceCard),
    })
  })
}
