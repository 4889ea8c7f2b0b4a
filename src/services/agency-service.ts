import { isPartnerAgencyKind, type AgencyKind } from '../domain/access/roles.js'
import { listAgencies } from '../data/repositories/identity-repository.js'
import type { ServiceDeps } from './index.js'

// The agencies of the partnership, for choosing one on a form. Agency names are not child data.

export type PartnerAgency = Readonly<{ id: string; name: string; kind: AgencyKind }>

/** The partner agencies (health, schools, police and the rest), by name. */
export async function listPartnerAgencies(deps: Pick<ServiceDeps, 'db'>): Promise<PartnerAgency[]> {
  return (await listAgencies(deps.db)).filter(a => isPartnerAgencyKind(a.kind))
}
