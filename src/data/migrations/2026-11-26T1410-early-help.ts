import { sql, type Kysely } from 'kysely'

// The early help directory: services front door practitioners step families to or signpost
// them to. Seeded for the demo and imported from an Open Referral UK feed, matched on the
// feed's own id (external_id). A service the feed withdraws is made inactive, never deleted,
// so a decision that named it can still show what was offered.

// Repeated from the domain on purpose: migrations never import application code.
const SOURCES = ['northbridge-seed', 'open-referral-uk']

const inList = (values: string[]) => sql.raw(values.map(v => `'${v}'`).join(', '))

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('early_help_service')
    .addColumn('id', 'uuid', c => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('external_id', 'text', c => c.unique())
    .addColumn('source', 'text', c => c.notNull().check(sql`source in (${inList(SOURCES)})`))
    .addColumn('name', 'text', c => c.notNull())
    .addColumn('description', 'text', c => c.notNull())
    .addColumn('eligibility', 'text', c => c.notNull())
    .addColumn('area', 'text', c => c.notNull())
    .addColumn('phone', 'text')
    .addColumn('email', 'text')
    .addColumn('website', 'text')
    .addColumn('address', 'text')
    .addColumn('min_age_years', 'integer', c => c.check(sql`min_age_years >= 0`))
    .addColumn('max_age_years', 'integer', c => c.check(sql`max_age_years >= 0`))
    .addColumn('active', 'boolean', c => c.notNull().defaultTo(true))
    .addColumn('created_at', 'timestamptz', c => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', c => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint(
      'early_help_service_age_range_check',
      sql`min_age_years is null or max_age_years is null or min_age_years <= max_age_years`,
    )
    .execute()
  await db.schema.createIndex('early_help_service_active_name_idx').on('early_help_service').columns(['active', 'name']).execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('early_help_service').execute()
}
