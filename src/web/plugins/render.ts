import type { FastifyInstance, FastifyReply } from 'fastify'
import type nunjucks from 'nunjucks'
import type { Config } from '../../config.js'
import { navigationFor } from '../navigation.js'
import type { RenderContext } from '../fastify-types.js'

// reply.render adds what every page needs: the CSP nonce for the template's inline script,
// a CSRF token for forms, the signed-in user and the navigation.
export function registerRender(app: FastifyInstance, env: nunjucks.Environment, config: Config): void {
  app.decorateReply('render', function render(this: FastifyReply, template: string, context: RenderContext = {}) {
    const request = this.request
    const signedIn = request.signedIn
    const html = env.render(template, {
      partnershipName: config.partnershipName,
      demoMode: config.demoMode,
      cspNonce: this.cspNonce?.script,
      csrfToken: this.generateCsrf(),
      user: signedIn?.user ?? null,
      navigation: navigationFor(signedIn?.actor ?? null, request.url.split('?')[0] ?? '', config.demoMode),
      ...context,
    })
    return this.type('text/html; charset=utf-8').send(html)
  })
}
