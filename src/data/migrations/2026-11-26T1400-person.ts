import { sql, type Kysely } from 'kysely'

// The people the front door knows, for person matching (issue 4 §2, ADR 0011), and the
// households that group them. Besides the details, each row stores its blocking keys: the
// values a search looks up through plain btree indexes, so matching needs no PostgreSQL
// extension and runs the same on PGlite. The key columns are derived from the details by
// the matching domain module and written by the repository; this file only makes room.

const SEXES = ['female', 'male', 'not-known']
const inList = (values: string[]) => sql.raw(values.map(v => `'${v}'`).join(', '))

const KEY_COLUMNS = [
  'key_family_dob',
  'key_given_dob',
  'key_names_year',
  'key_names_month_day',
  'key_postcode_year',
  'key_family_postcode',
  'key_given_postcode',
  'key_names',
]

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('household')
    .addColumn('id', 'uuid', c => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('created_at', 'timestamptz', c => c.notNull())
    .addColumn('created_by_user_id', 'uuid', c => c.references('app_user.id'))
    .execute()

  let person = db.schema
    .createTable('person')
    .addColumn('id', 'uuid', c => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('given_name', 'text')
    .addColumn('family_name', 'text')
    .addColumn('date_of_birth', 'date')
    .addColumn('expected_date', 'date')
    .addColumn('sex', 'text', c => c.check(sql`sex in (${inList(SEXES)})`))
    .addColumn('nhs_number', 'text')
    .addColumn('postcode', 'text')
    .addColumn('household_id', 'uuid', c => c.references('household.id'))
    .addColumn('created_at', 'timestamptz', c => c.notNull())
    .addColumn('created_by_user_id', 'uuid', c => c.references('app_user.id'))
  for (const column of KEY_COLUMNS) person = person.addColumn(column, 'text')
  await person.execute()

  for (const column of ['nhs_number', ...KEY_COLUMNS]) {
    await db.schema
      .createIndex(`person_${column}_idx`)
      .on('person')
      .column(column)
      .where(sql.ref(column), 'is not', null)
      .execute()
  }
  await db.schema
    .createIndex('person_household_idx')
    .on('person')
    .column('household_id')
    .where('household_id', 'is not', null)
    .execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('person').execute()
  await db.schema.dropTable('household').execute()
}
