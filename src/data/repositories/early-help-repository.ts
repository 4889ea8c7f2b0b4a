import { sql, type Expression, type Selectable, type SqlBool } from 'kysely'
import type {
  EarlyHelpFilter,
  EarlyHelpService,
  StoredEarlyHelpService,
} from '../../domain/early-help/early-help-service.js'
import type { Db } from '../database.js'
import type { EarlyHelpServiceTable } from '../tables/early-help.table.js'

function toService(row: Selectable<EarlyHelpServiceTable>): StoredEarlyHelpService {
  const service: StoredEarlyHelpService = {
    id: row.id,
    name: row.name,
    description: row.description,
    eligibility: row.eligibility,
    area: row.area,
    contact: {},
    source: row.source,
    active: row.active,
  }
  if (row.external_id !== null) service.externalId = row.external_id
  if (row.phone !== null) service.contact.phone = row.phone
  if (row.email !== null) service.contact.email = row.email
  if (row.website !== null) service.contact.website = row.website
  if (row.address !== null) service.contact.address = row.address
  if (row.min_age_years !== null) service.minAgeYears = row.min_age_years
  if (row.max_age_years !== null) service.maxAgeYears = row.max_age_years
  return service
}

function columns(service: EarlyHelpService) {
  return {
    external_id: service.externalId ?? null,
    source: service.source,
    name: service.name,
    description: service.description,
    eligibility: service.eligibility,
    area: service.area,
    phone: service.contact.phone ?? null,
    email: service.contact.email ?? null,
    website: service.contact.website ?? null,
    address: service.contact.address ?? null,
    min_age_years: service.minAgeYears ?? null,
    max_age_years: service.maxAgeYears ?? null,
  }
}

/** A LIKE pattern that matches the text literally anywhere: % and _ typed in a search are not wildcards. */
const containing = (text: string) => `%${text.replace(/[\\%_]/g, c => `\\${c}`)}%`

const MAX_WORDS = 10

/** Active services matching the filter, by name. */
export async function listEarlyHelpServices(db: Db, filter: EarlyHelpFilter = {}): Promise<StoredEarlyHelpService[]> {
  const words = (filter.text ?? '').trim().split(/\s+/).filter(Boolean).slice(0, MAX_WORDS)
  const area = filter.area?.trim()
  const age = filter.childAgeYears
  const rows = await db
    .selectFrom('early_help_service')
    .selectAll()
    .where('active', '=', true)
    .where(eb => {
      const conditions: Expression<SqlBool>[] = words.map(
        word =>
          sql<SqlBool>`(name || ' ' || description || ' ' || eligibility || ' ' || area) ilike ${containing(word)}`,
      )
      if (area) conditions.push(eb('area', 'ilike', containing(area)))
      if (age !== undefined) {
        conditions.push(eb.or([eb('min_age_years', 'is', null), eb('min_age_years', '<=', age)]))
        conditions.push(eb.or([eb('max_age_years', 'is', null), eb('max_age_years', '>=', age)]))
      }
      return eb.and(conditions)
    })
    .orderBy(sql`lower(name)`)
    .orderBy('id')
    .execute()
  return rows.map(toService)
}

/** One service, active or not: a decision may name a service that has since been withdrawn. */
export async function findEarlyHelpService(db: Db, id: string): Promise<StoredEarlyHelpService | undefined> {
  const row = await db.selectFrom('early_help_service').selectAll().where('id', '=', id).executeTakeFirst()
  return row && toService(row)
}

export type UpsertOutcome = 'created' | 'updated' | 'unchanged'

/**
 * Adds the service, or brings the one with the same external id up to date (and active again).
 * A service whose stored details already match is left alone and reported as unchanged.
 */
export async function upsertEarlyHelpService(
  db: Db,
  service: EarlyHelpService & { externalId: string },
  now: Date,
): Promise<{ id: string; outcome: UpsertOutcome }> {
  const values = columns(service)
  const row = await db
    .insertInto('early_help_service')
    .values({ ...values, created_at: now, updated_at: now })
    .onConflict(oc =>
      oc
        .column('external_id')
        .doUpdateSet(eb => ({
          source: eb.ref('excluded.source'),
          name: eb.ref('excluded.name'),
          description: eb.ref('excluded.description'),
          eligibility: eb.ref('excluded.eligibility'),
          area: eb.ref('excluded.area'),
          phone: eb.ref('excluded.phone'),
          email: eb.ref('excluded.email'),
          website: eb.ref('excluded.website'),
          address: eb.ref('excluded.address'),
          min_age_years: eb.ref('excluded.min_age_years'),
          max_age_years: eb.ref('excluded.max_age_years'),
          active: true,
          updated_at: now,
        }))
        .where(
          sql<SqlBool>`(early_help_service.source, early_help_service.name, early_help_service.description,
            early_help_service.eligibility, early_help_service.area, early_help_service.phone,
            early_help_service.email, early_help_service.website, early_help_service.address,
            early_help_service.min_age_years, early_help_service.max_age_years, early_help_service.active)
          is distinct from (excluded.source, excluded.name, excluded.description, excluded.eligibility,
            excluded.area, excluded.phone, excluded.email, excluded.website, excluded.address,
            excluded.min_age_years, excluded.max_age_years, true)`,
        ),
    )
    // xmax is 0 on a freshly inserted row version and set on one written by the update.
    .returning(['id', sql<boolean>`(xmax = 0)`.as('inserted')])
    .executeTakeFirst()
  if (row) return { id: row.id, outcome: row.inserted ? 'created' : 'updated' }
  const existing = await db
    .selectFrom('early_help_service')
    .select('id')
    .where('external_id', '=', service.externalId)
    .executeTakeFirstOrThrow()
  return { id: existing.id, outcome: 'unchanged' }
}

/** Adds the service unless one with its external id exists; true when it was added. */
export async function insertEarlyHelpServiceIfNew(
  db: Db,
  service: EarlyHelpService & { externalId: string },
  now: Date,
): Promise<boolean> {
  const rows = await db
    .insertInto('early_help_service')
    .values({ ...columns(service), created_at: now, updated_at: now })
    .onConflict(oc => oc.column('external_id').doNothing())
    .returning('id')
    .execute()
  return rows.length > 0
}

/** Marks the services with these external ids inactive; returns the ids of those that were active. */
export async function deactivateEarlyHelpServices(db: Db, externalIds: string[], now: Date): Promise<string[]> {
  if (externalIds.length === 0) return []
  const rows = await db
    .updateTable('early_help_service')
    .set({ active: false, updated_at: now })
    .where('external_id', 'in', externalIds)
    .where('active', '=', true)
    .returning('id')
    .execute()
  return rows.map(r => r.id)
}
