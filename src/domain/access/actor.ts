import type { AgencyKind, Role } from './roles.js'

// Who is acting. Built from the session or API token; the domain never reads either itself.
export type Actor = Readonly<{
  userId: string
  agencyId: string
  agencyKind: AgencyKind
  roles: readonly Role[]
}>

export function hasRole(actor: Actor, ...roles: Role[]): boolean {
  return roles.some(r => actor.roles.includes(r))
}
