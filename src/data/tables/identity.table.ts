import type { ColumnType, Generated, Insertable, Selectable } from 'kysely'
import type { AgencyKind, Role } from '../../domain/access/roles.js'

export interface AgencyTable {
  id: Generated<string>
  name: string
  kind: AgencyKind
  created_at: ColumnType<Date, Date | undefined, never>
}

export interface AppUserTable {
  id: Generated<string>
  email: string
  display_name: string
  agency_id: string
  password_hash: string | null
  active: Generated<boolean>
  created_at: ColumnType<Date, Date | undefined, never>
  version: Generated<number>
}

export interface UserRoleTable {
  user_id: string
  role: Role
}

export interface WebSessionTable {
  id_hash: string
  user_id: string
  created_at: Date
  expires_at: Date
  last_seen_at: Date
}

export interface ApiTokenTable {
  id: Generated<string>
  user_id: string
  token_hash: string
  label: string
  created_at: Date
  last_used_at: Date | null
  revoked_at: Date | null
}

export type AgencyRow = Selectable<AgencyTable>
export type NewAgencyRow = Insertable<AgencyTable>
export type AppUserRow = Selectable<AppUserTable>
