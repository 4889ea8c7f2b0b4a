import helmet from '@fastify/helmet'
import type { FastifyInstance } from 'fastify'

// A strict CSP with no 'unsafe-inline': the one inline script in the GOV.UK template
// gets the per-request nonce (stack-notes §3).
export async function registerSecurityHeaders(
  app: FastifyInstance,
  options: { servedOverHttps: boolean },
): Promise<void> {
  await app.register(helmet, {
    enableCSPNonces: true,
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        // Only over https: on a plain-http demo reached by its network address, upgrading
        // would send every asset request to an https port that is not there.
        upgradeInsecureRequests: options.servedOverHttps ? [] : null,
      },
    },
    referrerPolicy: { policy: 'same-origin' },
  })
}
