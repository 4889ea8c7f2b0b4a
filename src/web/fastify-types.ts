import type { SignedInUser } from '../services/auth-service.js'
import type { RequestContext } from '../services/audit-service.js'

export type RenderContext = Record<string, unknown>

declare module 'fastify' {
  interface FastifyRequest {
    signedIn: SignedInUser | null
    requestContext: RequestContext
  }
  interface FastifyReply {
    render: (template: string, context?: RenderContext) => FastifyReply
  }
  interface FastifyContextConfig {
    /** Reachable without signing in. */
    public?: boolean
  }
}
