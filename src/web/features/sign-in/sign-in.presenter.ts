import { AGENCY_KIND_LABELS, ROLE_LABELS } from '../../../domain/access/roles.js'
import { DEMO_AGENCIES, DEMO_USERS } from '../../../services/demo-seed.js'

export type DemoAccountRow = { name: string; job: string; agency: string; roles: string; email: string }

/** The demo accounts, grouped as a user would look for them: by what they do. */
export function demoAccountRows(): DemoAccountRow[] {
  return DEMO_USERS.map(u => {
    const agency = DEMO_AGENCIES.find(a => a.key === u.agency)!
    return {
      name: u.name,
      job: u.job,
      agency: `${agency.name} (${AGENCY_KIND_LABELS[agency.kind]})`,
      roles: u.roles.map(r => ROLE_LABELS[r]).join(', '),
      email: u.email,
    }
  })
}
