import type { ColumnType, Generated } from 'kysely'
import type { PersonSex } from '../../domain/matching/index.js'

/** A nullable column that inserts may leave out. */
type Optional<T> = ColumnType<T | null, T | null | undefined, T | null>
/** A `date`, read as 'YYYY-MM-DD' (see the type parser in db.ts). */
type LocalDateColumn = ColumnType<string | null, string | null | undefined, string | null>

export interface HouseholdTable {
  id: Generated<string>
  created_at: Date
  created_by_user_id: string | null
}

export interface PersonTable {
  id: Generated<string>
  given_name: Optional<string>
  family_name: Optional<string>
  date_of_birth: LocalDateColumn
  expected_date: LocalDateColumn
  sex: Optional<PersonSex>
  nhs_number: Optional<string>
  postcode: Optional<string>
  household_id: Optional<string>
  created_at: Date
  created_by_user_id: string | null
  /** Blocking keys, derived by src/domain/matching/blocking.ts; never edited on their own. */
  key_family_dob: Optional<string>
  key_given_dob: Optional<string>
  key_names_year: Optional<string>
  key_names_month_day: Optional<string>
  key_postcode_year: Optional<string>
  key_family_postcode: Optional<string>
  key_given_postcode: Optional<string>
  key_names: Optional<string>
}
