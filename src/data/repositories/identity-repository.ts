import type { Actor } from '../../domain/access/actor.js'
import { isRole, type AgencyKind, type Role } from '../../domain/access/roles.js'
import type { Db } from '../database.js'

export type Agency = { id: string; name: string; kind: AgencyKind }
export type UserAccount = {
  id: string
  email: string
  displayName: string
  active: boolean
  agency: Agency
  roles: Role[]
}
export type UserWithPassword = UserAccount & { passwordHash: string | null }

export function toActor(user: UserAccount): Actor {
  return { userId: user.id, agencyId: user.agency.id, agencyKind: user.agency.kind, roles: user.roles }
}

export async function insertAgency(db: Db, agency: { name: string; kind: AgencyKind }): Promise<Agency> {
  const row = await db.insertInto('agency').values(agency).returning(['id', 'name', 'kind']).executeTakeFirstOrThrow()
  return row
}

export async function findAgencyByName(db: Db, name: string): Promise<Agency | undefined> {
  return db.selectFrom('agency').select(['id', 'name', 'kind']).where('name', '=', name).executeTakeFirst()
}

export async function findAgency(db: Db, id: string): Promise<Agency | undefined> {
  return db.selectFrom('agency').select(['id', 'name', 'kind']).where('id', '=', id).executeTakeFirst()
}

export async function listAgencies(db: Db): Promise<Agency[]> {
  return db.selectFrom('agency').select(['id', 'name', 'kind']).orderBy('name').execute()
}

export async function insertUser(
  db: Db,
  user: { email: string; displayName: string; agencyId: string; passwordHash: string | null; roles: Role[] },
): Promise<string> {
  const { id } = await db
    .insertInto('app_user')
    .values({
      email: user.email,
      display_name: user.displayName,
      agency_id: user.agencyId,
      password_hash: user.passwordHash,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  if (user.roles.length > 0) {
    await db
      .insertInto('user_role')
      .values(user.roles.map(role => ({ user_id: id, role })))
      .execute()
  }
  return id
}

function userQuery(db: Db) {
  return db
    .selectFrom('app_user as u')
    .innerJoin('agency as a', 'a.id', 'u.agency_id')
    .select([
      'u.id',
      'u.email',
      'u.display_name',
      'u.active',
      'u.password_hash',
      'a.id as agency_id',
      'a.name as agency_name',
      'a.kind as agency_kind',
    ])
}

async function withRoles(
  db: Db,
  rows: Awaited<ReturnType<ReturnType<typeof userQuery>['execute']>>,
): Promise<UserWithPassword[]> {
  if (rows.length === 0) return []
  const roleRows = await db
    .selectFrom('user_role')
    .select(['user_id', 'role'])
    .where(
      'user_id',
      'in',
      rows.map(r => r.id),
    )
    .execute()
  return rows.map(r => ({
    id: r.id,
    email: r.email,
    displayName: r.display_name,
    active: r.active,
    passwordHash: r.password_hash,
    agency: { id: r.agency_id, name: r.agency_name, kind: r.agency_kind },
    roles: roleRows
      .filter(x => x.user_id === r.id)
      .map(x => x.role)
      .filter(isRole)
      .sort(),
  }))
}

export async function findUserByEmail(db: Db, email: string): Promise<UserWithPassword | undefined> {
  const rows = await userQuery(db)
    .where(eb => eb(eb.fn('lower', ['u.email']), '=', email.trim().toLowerCase()))
    .execute()
  return (await withRoles(db, rows))[0]
}

export async function findUserById(db: Db, id: string): Promise<UserWithPassword | undefined> {
  const rows = await userQuery(db).where('u.id', '=', id).execute()
  return (await withRoles(db, rows))[0]
}

export async function listUsers(db: Db): Promise<UserWithPassword[]> {
  const rows = await userQuery(db).orderBy('a.name').orderBy('u.display_name').execute()
  return withRoles(db, rows)
}

export async function countUsers(db: Db): Promise<number> {
  const row = await db
    .selectFrom('app_user')
    .select(eb => eb.cast<number>(eb.fn.countAll(), 'integer').as('n'))
    .executeTakeFirstOrThrow()
  return Number(row.n)
}
