import type { Kysely, Transaction } from 'kysely'
import type { AuditEventTable } from './tables/audit-event.table.js'
import type { AgencyTable, ApiTokenTable, AppUserTable, UserRoleTable, WebSessionTable } from './tables/identity.table.js'

export interface Database {
  agency: AgencyTable
  app_user: AppUserTable
  user_role: UserRoleTable
  web_session: WebSessionTable
  api_token: ApiTokenTable
  audit_event: AuditEventTable
}

/** Repositories take either the database or a transaction as their first argument. */
export type Db = Kysely<Database> | Transaction<Database>
