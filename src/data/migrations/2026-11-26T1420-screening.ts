import { sql, type Kysely } from 'kysely'

// The front door's screening: assignment and clocks on the contact, decisions with their
// double-screening record, statutory referrals (the CIN census meaning), feedback to the
// referrer, the people checks on each referral, and partnership settings held as data.

const inList = (values: readonly string[]) => sql.raw(values.map(v => `'${v}'`).join(', '))

const CONTACT_STATUSES = ['awaiting-screening', 'awaiting-second-screen', 'awaiting-manager', 'decided'] as const
const OUTCOMES = [
  'no-further-action',
  'information-and-advice',
  'signpost',
  'early-help',
  'assessment',
  'strategy-discussion',
  'already-open',
  'transfer',
] as const
const DECISION_STATUSES = ['awaiting-second-screen', 'awaiting-manager', 'final'] as const
const FEEDBACK_STATUSES = ['sent', 'phone-required', 'given-by-phone'] as const

export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table contact drop constraint contact_status_check`.execute(db)
  await sql`alter table contact add constraint contact_status_check
    check (status in (${inList(CONTACT_STATUSES)}))`.execute(db)
  await db.schema
    .alterTable('contact')
    .addColumn('assigned_to_user_id', 'uuid', c => c.references('app_user.id'))
    .addColumn('assigned_at', 'timestamptz')
    .addColumn('overdue_at', 'timestamptz')
    .addColumn('decided_at', 'timestamptz')
    .addColumn('final_outcome', 'text', c => c.check(sql`final_outcome in (${inList(OUTCOMES)})`))
    .addColumn('final_level', 'integer', c => c.check(sql`final_level between 1 and 4`))
    // Contacts about the same children or household in the 12 months to this one, this one
    // included: counted when the contact arrives and again when its people are confirmed.
    .addColumn('repeat_contact_count', 'integer', c => c.notNull().defaultTo(1))
    .execute()
  await db.schema.createIndex('contact_assignee_idx').on('contact').columns(['assigned_to_user_id', 'status']).execute()

  // Who each child and adult on a referral is: the practitioner's check, with who decided.
  await db.schema
    .alterTable('referral_person')
    .addColumn('person_id', 'uuid', c => c.references('person.id'))
    .addColumn('link_kind', 'text', c => c.check(sql`link_kind in ('matched', 'new-person')`))
    .addColumn('linked_by_user_id', 'uuid', c => c.references('app_user.id'))
    .addColumn('linked_at', 'timestamptz')
    .execute()
  await db.schema.createIndex('referral_person_person_idx').on('referral_person').column('person_id').execute()

  // Immutable versions of the double-screening rules, like the threshold document.
  await db.schema
    .createTable('screening_ruleset')
    .addColumn('version', 'integer', c => c.primaryKey())
    .addColumn('rules', 'jsonb', c => c.notNull())
    .addColumn('published_at', 'timestamptz', c => c.notNull())
    .addColumn('published_by', 'uuid', c => c.references('app_user.id'))
    .execute()
  await sql`create trigger screening_ruleset_append_only before update or delete on screening_ruleset
    for each row execute function refuse_change()`.execute(db)

  await db.schema
    .createTable('partnership_setting')
    .addColumn('key', 'text', c => c.primaryKey())
    .addColumn('value', 'jsonb', c => c.notNull())
    .addColumn('updated_at', 'timestamptz', c => c.notNull())
    .addColumn('updated_by', 'uuid', c => c.references('app_user.id'))
    .execute()

  await db.schema
    .createTable('decision')
    .addColumn('id', 'uuid', c => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('contact_id', 'uuid', c => c.notNull().references('contact.id'))
    .addColumn('status', 'text', c => c.notNull().check(sql`status in (${inList(DECISION_STATUSES)})`))
    .addColumn('threshold_document_version', 'integer', c => c.notNull())
    .addColumn('ruleset_version', 'integer', c => c.notNull().references('screening_ruleset.version'))
    .addColumn('proposed_by_user_id', 'uuid', c => c.notNull().references('app_user.id'))
    .addColumn('proposed_at', 'timestamptz', c => c.notNull())
    .addColumn('outcome', 'text', c => c.notNull().check(sql`outcome in (${inList(OUTCOMES)})`))
    .addColumn('level', 'integer', c => c.notNull().check(sql`level between 1 and 4`))
    .addColumn('indicator_codes', 'jsonb', c => c.notNull())
    .addColumn('rationale', 'text', c => c.notNull())
    .addColumn('feedback_text', 'text', c => c.notNull())
    .addColumn('early_help_service_id', 'uuid', c => c.references('early_help_service.id'))
    .addColumn('rules_fired', 'jsonb', c => c.notNull())
    .addColumn('sample_draw', 'numeric(5, 2)', c => c.notNull())
    .addColumn('second_screened_by_user_id', 'uuid', c => c.references('app_user.id'))
    .addColumn('second_screened_at', 'timestamptz')
    .addColumn('second_outcome', 'text', c => c.check(sql`second_outcome in (${inList(OUTCOMES)})`))
    .addColumn('second_level', 'integer', c => c.check(sql`second_level between 1 and 4`))
    .addColumn('second_rationale', 'text')
    .addColumn('settled_by_user_id', 'uuid', c => c.references('app_user.id'))
    .addColumn('settled_at', 'timestamptz')
    .addColumn('settle_reason', 'text')
    .addColumn('final_outcome', 'text', c => c.check(sql`final_outcome in (${inList(OUTCOMES)})`))
    .addColumn('final_level', 'integer', c => c.check(sql`final_level between 1 and 4`))
    .addColumn('finalised_at', 'timestamptz')
    .execute()
  await db.schema.createIndex('decision_contact_idx').on('decision').column('contact_id').execute()

  // A contact accepted for a social work response, per child: the CIN census "referral".
  await db.schema
    .createTable('statutory_referral')
    .addColumn('id', 'uuid', c => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('contact_id', 'uuid', c => c.notNull().references('contact.id'))
    .addColumn('decision_id', 'uuid', c => c.notNull().references('decision.id'))
    .addColumn('person_id', 'uuid', c => c.notNull().references('person.id'))
    .addColumn('referral_date', 'date', c => c.notNull())
    .addColumn('cin_source_code', 'text', c => c.notNull())
    .addColumn('accepted_at', 'timestamptz', c => c.notNull())
    .addColumn('accepted_by_user_id', 'uuid', c => c.notNull().references('app_user.id'))
    .addColumn('nfa', 'boolean', c => c.notNull())
    .addColumn('re_referral', 'boolean', c => c.notNull())
    .addColumn('previous_referral_id', 'uuid', c => c.references('statutory_referral.id'))
    .addUniqueConstraint('statutory_referral_contact_person_key', ['contact_id', 'person_id'])
    .execute()
  await db.schema
    .createIndex('statutory_referral_person_idx')
    .on('statutory_referral')
    .columns(['person_id', 'referral_date'])
    .execute()

  await db.schema
    .createTable('feedback')
    .addColumn('id', 'uuid', c => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('contact_id', 'uuid', c => c.notNull().unique().references('contact.id'))
    .addColumn('decision_id', 'uuid', c => c.notNull().references('decision.id'))
    .addColumn('audience', 'text', c => c.notNull().check(sql`audience in ('professional', 'public')`))
    .addColumn('recipient_user_id', 'uuid', c => c.references('app_user.id'))
    .addColumn('body_text', 'text', c => c.notNull())
    .addColumn('status', 'text', c => c.notNull().check(sql`status in (${inList(FEEDBACK_STATUSES)})`))
    .addColumn('created_at', 'timestamptz', c => c.notNull())
    .addColumn('due_at', 'timestamptz', c => c.notNull())
    .addColumn('sent_at', 'timestamptz')
    .addColumn('chased_at', 'timestamptz')
    .addColumn('response', 'text', c => c.check(sql`response in ('accepted', 'disagreed')`))
    .addColumn('response_reason', 'text')
    .addColumn('responded_at', 'timestamptz')
    .addColumn('responded_by_user_id', 'uuid', c => c.references('app_user.id'))
    .execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['feedback', 'statutory_referral', 'decision', 'partnership_setting', 'screening_ruleset']) {
    await db.schema.dropTable(table).execute()
  }
  await db.schema.dropIndex('referral_person_person_idx').execute()
  await db.schema
    .alterTable('referral_person')
    .dropColumn('person_id')
    .dropColumn('link_kind')
    .dropColumn('linked_by_user_id')
    .dropColumn('linked_at')
    .execute()
  await db.schema.dropIndex('contact_assignee_idx').execute()
  for (const column of [
    'assigned_to_user_id',
    'assigned_at',
    'overdue_at',
    'decided_at',
    'final_outcome',
    'final_level',
    'repeat_contact_count',
  ]) {
    await db.schema.alterTable('contact').dropColumn(column).execute()
  }
  await sql`alter table contact drop constraint contact_status_check`.execute(db)
  await sql`alter table contact add constraint contact_status_check check (status in ('awaiting-screening'))`.execute(
    db,
  )
}
