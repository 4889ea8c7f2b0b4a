import { sql, type Kysely } from 'kysely'

// A partnership's threshold document, one row per published version. Decisions record the
// version they used, so a published version never changes: the database refuses updates and
// deletes whatever the application does, and a new version is a new row.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('threshold_document')
    .addColumn('id', 'uuid', c => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('version', 'integer', c => c.notNull().unique().check(sql`version >= 1`))
    .addColumn('title', 'text', c => c.notNull())
    // { levels, indicators } as in the domain's ThresholdDocument.
    .addColumn('content', 'jsonb', c => c.notNull())
    .addColumn('published_at', 'timestamptz', c => c.notNull())
    .addColumn('published_by', 'uuid', c => c.references('app_user.id'))
    .execute()

  await sql`
    create function threshold_document_immutable() returns trigger language plpgsql as $$
    begin
      raise exception 'threshold_document versions cannot be changed: publish a new version';
    end $$`.execute(db)
  await sql`
    create trigger threshold_document_no_change before update or delete on threshold_document
    for each row execute function threshold_document_immutable()`.execute(db)
  await sql`
    create trigger threshold_document_no_truncate before truncate on threshold_document
    for each statement execute function threshold_document_immutable()`.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('threshold_document').execute()
  await sql`drop function if exists threshold_document_immutable()`.execute(db)
}
