import type { ColumnType, Generated } from 'kysely'
import type { EarlyHelpSource } from '../../domain/early-help/early-help-service.js'

export interface EarlyHelpServiceTable {
  id: Generated<string>
  external_id: string | null
  source: EarlyHelpSource
  name: string
  description: string
  eligibility: string
  area: string
  phone: string | null
  email: string | null
  website: string | null
  address: string | null
  min_age_years: number | null
  max_age_years: number | null
  active: Generated<boolean>
  created_at: ColumnType<Date, Date | undefined, never>
  updated_at: Date
}
