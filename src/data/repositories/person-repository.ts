import { randomUUID } from 'node:crypto'
import { sql, type Insertable, type Selectable } from 'kysely'
import {
  BLOCKING_KEY_NAMES,
  blockingKeys,
  rankCandidates,
  storedBlockingKeys,
  type BlockingKeyName,
  type Person,
  type PersonDetails,
  type RankedCandidate,
} from '../../domain/matching/index.js'
import { normaliseNhsNumber } from '../../domain/referral/nhs-number.js'
import { normalisePostcode } from '../../domain/referral/postcode.js'
import { isLocalDate } from '../../domain/calendar/index.js'
import type { Db } from '../database.js'
import type { PersonTable } from '../tables/person.table.js'

// People and households, and the search behind "who already knows this child" (ADR 0011).
// Candidates come from one statement over the indexed blocking keys; scoring is the pure
// matcher's, in src/domain/matching.

export type NewPerson = PersonDetails & {
  /** Given by callers that need to know the id before the insert (seeding, the benchmark). */
  id?: string
  expectedDate?: string
  createdAt: Date
  createdByUserId: string | null
  householdId?: string | null
}

const KEY_COLUMN: Record<BlockingKeyName, keyof PersonTable & string> = {
  nhsNumber: 'nhs_number',
  familyDob: 'key_family_dob',
  givenDob: 'key_given_dob',
  namesYear: 'key_names_year',
  namesMonthDay: 'key_names_month_day',
  postcodeYear: 'key_postcode_year',
  familyPostcode: 'key_family_postcode',
  givenPostcode: 'key_given_postcode',
  names: 'key_names',
}

/**
 * When a search finds more candidates than it returns, those sharing the most telling keys
 * come first. Only the order of a very wide search depends on these; scoring does not.
 */
const KEY_PRIORITY: Record<BlockingKeyName, number> = {
  nhsNumber: 8,
  familyDob: 4,
  givenDob: 4,
  namesYear: 2,
  namesMonthDay: 2,
  postcodeYear: 1,
  familyPostcode: 1,
  givenPostcode: 1,
  names: 1,
}

const PERSON_COLUMNS = [
  'id',
  'given_name',
  'family_name',
  'date_of_birth',
  'expected_date',
  'sex',
  'nhs_number',
  'postcode',
  'household_id',
] as const

type PersonRow = Pick<Selectable<PersonTable>, (typeof PERSON_COLUMNS)[number]>

function toPerson(row: PersonRow): Person {
  const person: Person = { id: row.id }
  if (row.given_name !== null) person.givenName = row.given_name
  if (row.family_name !== null) person.familyName = row.family_name
  if (row.date_of_birth !== null) person.dateOfBirth = row.date_of_birth
  if (row.expected_date !== null) person.expectedDate = row.expected_date
  if (row.sex !== null) person.sex = row.sex
  if (row.nhs_number !== null) person.nhsNumber = row.nhs_number
  if (row.postcode !== null) person.postcode = row.postcode
  if (row.household_id !== null) person.householdId = row.household_id
  return person
}

const text = (value: string | undefined) => (value?.trim() ? value.trim().replace(/\s+/g, ' ') : null)
const localDate = (value: string | undefined) => (value !== undefined && isLocalDate(value.trim()) ? value.trim() : null)

function toRow(p: NewPerson, id: string): Insertable<PersonTable> & { id: string } {
  const keys = storedBlockingKeys(p)
  const nhsNumber = text(p.nhsNumber)
  const postcode = text(p.postcode)
  return {
    id,
    given_name: text(p.givenName),
    family_name: text(p.familyName),
    date_of_birth: localDate(p.dateOfBirth),
    expected_date: localDate(p.expectedDate),
    sex: p.sex ?? null,
    nhs_number: nhsNumber === null ? null : normaliseNhsNumber(nhsNumber),
    postcode: postcode === null ? null : normalisePostcode(postcode),
    household_id: p.householdId ?? null,
    created_at: p.createdAt,
    created_by_user_id: p.createdByUserId,
    key_family_dob: keys.familyDob,
    key_given_dob: keys.givenDob,
    key_names_year: keys.namesYear,
    key_names_month_day: keys.namesMonthDay,
    key_postcode_year: keys.postcodeYear,
    key_family_postcode: keys.familyPostcode,
    key_given_postcode: keys.givenPostcode,
    key_names: keys.names,
  }
}

export async function insertPerson(db: Db, person: NewPerson): Promise<string> {
  const row = await db
    .insertInto('person')
    .values(toRow(person, person.id ?? randomUUID()))
    .returning('id')
    .executeTakeFirstOrThrow()
  return row.id
}

const BULK_COLUMNS = [
  ['id', 'uuid'],
  ['given_name', 'text'],
  ['family_name', 'text'],
  ['date_of_birth', 'date'],
  ['expected_date', 'date'],
  ['sex', 'text'],
  ['nhs_number', 'text'],
  ['postcode', 'text'],
  ['household_id', 'uuid'],
  ['created_at', 'timestamptz'],
  ['created_by_user_id', 'uuid'],
  ['key_family_dob', 'text'],
  ['key_given_dob', 'text'],
  ['key_names_year', 'text'],
  ['key_names_month_day', 'text'],
  ['key_postcode_year', 'text'],
  ['key_family_postcode', 'text'],
  ['key_given_postcode', 'text'],
  ['key_names', 'text'],
] as const

/**
 * Many people at once, for seeding and the benchmark: one `insert … select from unnest(…)`
 * per chunk, so a chunk costs one round trip and a fixed number of parameters. Returns the
 * ids in the order given.
 */
export async function insertPeopleBulk(db: Db, people: readonly NewPerson[], chunkSize = 10_000): Promise<string[]> {
  const ids = people.map(p => p.id ?? randomUUID())
  for (let start = 0; start < people.length; start += chunkSize) {
    const rows = people.slice(start, start + chunkSize).map((p, i) => toRow(p, ids[start + i] ?? randomUUID()))
    const arrays = BULK_COLUMNS.map(([column, type]) => {
      const values = rows.map(row => {
        const value = row[column]
        return value instanceof Date ? value.toISOString() : (value ?? null)
      })
      return sql`${values}::${sql.raw(type)}[]`
    })
    await sql`insert into person (${sql.join(BULK_COLUMNS.map(([column]) => sql.ref(column)))})
      select * from unnest(${sql.join(arrays)})`.execute(db)
  }
  return ids
}

/**
 * Everyone sharing at least one blocking key with the query, found in one statement: each
 * key is an indexed `in (…)`, and PostgreSQL combines them with a BitmapOr. When there are
 * more than `limit`, those sharing the most telling keys are kept.
 */
export async function findPersonCandidates(db: Db, query: PersonDetails, limit = 200): Promise<Person[]> {
  const statement = personCandidatesQuery(db, query, limit)
  return statement ? (await statement.execute()).map(toPerson) : []
}

/** The candidate search as a query builder, for `findPersonCandidates` and for EXPLAIN in the benchmark. */
export function personCandidatesQuery(db: Db, query: PersonDetails, limit = 200) {
  const keys = blockingKeys(query)
  const used = BLOCKING_KEY_NAMES.filter(name => keys[name].length > 0)
  if (used.length === 0 || limit <= 0) return undefined
  const inKeys = (name: BlockingKeyName) => sql`${sql.ref(KEY_COLUMN[name])} in (${sql.join(keys[name])})`
  const priority = sql.join(
    used.map(name => sql`(case when ${inKeys(name)} then ${sql.lit(KEY_PRIORITY[name])} else 0 end)`),
    sql` + `,
  )
  return db
    .selectFrom('person')
    .select(PERSON_COLUMNS)
    .where(sql<boolean>`${sql.join(used.map(inKeys), sql` or `)}`)
    .orderBy(sql`${priority}`, 'desc')
    .orderBy('id')
    .limit(limit)
}

/** The best-scoring people on record for a query, strongest first, with the reasons for each score. */
export async function findPersonMatches(
  db: Db,
  query: PersonDetails,
  limit = 5,
): Promise<RankedCandidate<Person>[]> {
  return rankCandidates(query, await findPersonCandidates(db, query), limit)
}

export async function getPerson(db: Db, id: string): Promise<Person | undefined> {
  const row = await db.selectFrom('person').select(PERSON_COLUMNS).where('id', '=', id).executeTakeFirst()
  return row ? toPerson(row) : undefined
}

/** The people with these ids, in the order asked for; ids not found are left out. */
export async function getPeople(db: Db, ids: readonly string[]): Promise<Person[]> {
  if (ids.length === 0) return []
  const rows = await db
    .selectFrom('person')
    .select(PERSON_COLUMNS)
    .where('id', 'in', [...ids])
    .execute()
  const byId = new Map(rows.map(row => [row.id, toPerson(row)]))
  return ids.map(id => byId.get(id)).filter((p): p is Person => p !== undefined)
}

export async function createHousehold(db: Db, household: { createdAt: Date; createdByUserId: string | null }): Promise<string> {
  const row = await db
    .insertInto('household')
    .values({ created_at: household.createdAt, created_by_user_id: household.createdByUserId })
    .returning('id')
    .executeTakeFirstOrThrow()
  return row.id
}

export async function setPersonHousehold(db: Db, personId: string, householdId: string | null): Promise<void> {
  await db.updateTable('person').set({ household_id: householdId }).where('id', '=', personId).execute()
}

/** Everyone in a household, eldest first; people with no date of birth (the unborn) last. */
export async function listHouseholdMembers(db: Db, householdId: string): Promise<Person[]> {
  const rows = await db
    .selectFrom('person')
    .select(PERSON_COLUMNS)
    .where('household_id', '=', householdId)
    .orderBy(sql`date_of_birth asc nulls last`)
    .orderBy('expected_date')
    .orderBy('id')
    .execute()
  return rows.map(toPerson)
}
