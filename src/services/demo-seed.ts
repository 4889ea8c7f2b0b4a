import type { Kysely } from 'kysely'
import type { Database } from '../data/database.js'
import { countUsers, insertAgency, insertUser } from '../data/repositories/identity-repository.js'
import type { AgencyKind, Role } from '../domain/access/roles.js'
import { audit, type RequestContext } from './audit-service.js'
import type { Clock } from './clock.js'
import { seedEarlyHelpDirectory } from './early-help-service.js'
import type { PasswordHasher } from './passwords.js'
import { seedDemoReferrals } from './seed/demo-referrals.js'
import { seedDemoDisagreements } from './seed/demo-disagreements.js'
import { seedDemoScreening } from './seed/demo-screening.js'
import { seedThresholdDocument } from './threshold-document-service.js'

// Northbridge is fictional and so is everyone in it. Email addresses use the reserved
// .example domain so nothing can ever be sent to a real inbox.

export const DEMO_PASSWORD = 'northbridge-demo'

export const DEMO_AGENCIES: ReadonlyArray<{ key: string; name: string; kind: AgencyKind }> = [
  { key: 'hv', name: 'Northbridge Community Health Visiting', kind: 'health_visiting' },
  { key: 'gp', name: 'Riverside Medical Practice', kind: 'gp' },
  { key: 'school', name: 'Northbridge Primary School', kind: 'school' },
  { key: 'police', name: 'Northbridge Police Public Protection Unit', kind: 'police' },
  { key: 'probation', name: 'Northbridge Probation Delivery Unit', kind: 'probation' },
  { key: 'housing', name: 'Northbridge Housing Options', kind: 'housing' },
  { key: 'early-help', name: 'Northbridge Early Help Service', kind: 'early_help' },
  { key: 'voluntary', name: 'Northbridge Family Support Trust', kind: 'voluntary' },
  { key: 'csc', name: "Northbridge Children's Services Front Door", kind: 'childrens_social_care' },
  { key: 'partnership', name: 'Northbridge Safeguarding Children Partnership', kind: 'partnership' },
]

export type DemoUser = { email: string; name: string; agency: string; roles: Role[]; job: string }

export const DEMO_USERS: readonly DemoUser[] = [
  {
    email: 'hannah.ward@hv.northbridge.example',
    name: 'Hannah Ward',
    agency: 'hv',
    roles: ['referrer'],
    job: 'Health visitor',
  },
  {
    email: 'claire.moss@hv.northbridge.example',
    name: 'Claire Moss',
    agency: 'hv',
    roles: ['agency_safeguarding_lead'],
    job: 'Named nurse for safeguarding',
  },
  {
    email: 'samir.chaudhry@gp.northbridge.example',
    name: 'Dr Samir Chaudhry',
    agency: 'gp',
    roles: ['referrer'],
    job: 'GP',
  },
  {
    email: 'grace.okafor@school.northbridge.example',
    name: 'Grace Okafor',
    agency: 'school',
    roles: ['referrer', 'agency_safeguarding_lead'],
    job: 'Designated safeguarding lead',
  },
  {
    email: 'dan.price@police.northbridge.example',
    name: 'PC Dan Price',
    agency: 'police',
    roles: ['referrer'],
    job: 'Police officer',
  },
  {
    email: 'ruth.kelly@probation.northbridge.example',
    name: 'Ruth Kelly',
    agency: 'probation',
    roles: ['referrer'],
    job: 'Probation officer',
  },
  {
    email: 'marek.nowak@housing.northbridge.example',
    name: 'Marek Nowak',
    agency: 'housing',
    roles: ['referrer'],
    job: 'Housing officer',
  },
  {
    email: 'aisha.rahman@earlyhelp.northbridge.example',
    name: 'Aisha Rahman',
    agency: 'early-help',
    roles: ['referrer'],
    job: 'Family support worker',
  },
  {
    email: 'jo.evans@familytrust.northbridge.example',
    name: 'Jo Evans',
    agency: 'voluntary',
    roles: ['referrer'],
    job: 'Family support volunteer',
  },
  {
    email: 'sam.taylor@csc.northbridge.example',
    name: 'Sam Taylor',
    agency: 'csc',
    roles: ['front_door_practitioner'],
    job: 'Front door social worker',
  },
  {
    email: 'priya.shah@csc.northbridge.example',
    name: 'Priya Shah',
    agency: 'csc',
    roles: ['front_door_practitioner'],
    job: 'Front door social worker',
  },
  {
    email: 'mark.jennings@csc.northbridge.example',
    name: 'Mark Jennings',
    agency: 'csc',
    roles: ['front_door_manager'],
    job: 'Front door team manager',
  },
  {
    email: 'lou.harper@csc.northbridge.example',
    name: 'Lou Harper',
    agency: 'csc',
    roles: ['senior_manager'],
    job: 'Head of service',
  },
  {
    email: 'femi.adeyemi@hv.northbridge.example',
    name: 'Dr Femi Adeyemi',
    agency: 'hv',
    roles: ['moderation_panel_member'],
    job: 'Designated nurse, moderation panel',
  },
  {
    email: 'beth.lawson@partnership.northbridge.example',
    name: 'Beth Lawson',
    agency: 'partnership',
    roles: ['partnership_manager'],
    job: 'Partnership business manager',
  },
  {
    email: 'alex.morgan@partnership.northbridge.example',
    name: 'Alex Morgan',
    agency: 'partnership',
    roles: ['administrator'],
    job: 'Systems administrator',
  },
  {
    email: 'nadia.brooks@partnership.northbridge.example',
    name: 'Nadia Brooks',
    agency: 'partnership',
    roles: ['auditor'],
    job: 'Independent scrutineer',
  },
]

export type SeedDeps = { db: Kysely<Database>; clock: Clock; passwords: PasswordHasher }

/** Seeds the demo partnership once; returns false when the database already has users. */
export async function seedDemo(deps: SeedDeps, ctx: RequestContext): Promise<boolean> {
  if ((await countUsers(deps.db)) > 0) return false
  // One hash for the shared demo password: seeding stays fast and the password is public anyway.
  const passwordHash = await deps.passwords.hash(DEMO_PASSWORD)
  await deps.db.transaction().execute(async trx => {
    const agencyIds = new Map<string, string>()
    for (const a of DEMO_AGENCIES) {
      agencyIds.set(a.key, (await insertAgency(trx, { name: a.name, kind: a.kind })).id)
    }
    for (const u of DEMO_USERS) {
      await insertUser(trx, {
        email: u.email,
        displayName: u.name,
        agencyId: agencyIds.get(u.agency)!,
        passwordHash,
        roles: u.roles,
      })
    }
    await audit(trx, deps.clock, ctx, {
      action: 'demo.seeded',
      details: { agencies: DEMO_AGENCIES.length, users: DEMO_USERS.length },
    })
    await seedThresholdDocument(trx, deps.clock, ctx)
    await seedEarlyHelpDirectory(trx, deps.clock, ctx)
  })
  // Referrals go through the real services, each in its own transactions, once the users exist.
  await seedDemoReferrals(deps, deps.clock.now())
  await seedDemoScreening(deps, deps.clock.now())
  await seedDemoDisagreements(deps, deps.clock.now())
  return true
}
