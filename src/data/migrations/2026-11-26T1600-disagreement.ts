import { sql, type Kysely } from 'kysely'

// Professional disagreements (issue 5 §2–3): the derived current-status row with an optimistic
// version, and the append-only event table that is its timeline (DESIGN.md §4). Discussions,
// meetings and messages are 'note' events, so nothing said about a disagreement is ever lost.

const inList = (values: readonly string[]) => sql.raw(values.map(v => `'${v}'`).join(', '))

const RAISED_VIA = ['referrer-feedback', 'practitioner', 'csc-about-partner'] as const
const SUBJECTS = ['decision', 'threshold-level', 'information-sharing', 'plan-not-progressing', 'thematic'] as const
const STATES = ['open', 'responded', 'resolved', 'closed'] as const
const OUTCOMES = [
  'decision-upheld',
  'decision-changed',
  'joint-plan-agreed',
  'referred-to-moderation',
  'referred-to-learning',
] as const

export async function up(db: Kysely<any>): Promise<void> {
  await sql`create sequence disagreement_reference_seq`.execute(db)

  await db.schema
    .createTable('disagreement')
    .addColumn('id', 'uuid', c => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('reference', 'text', c => c.notNull().unique())
    .addColumn('referral_id', 'uuid', c => c.references('referral.id'))
    .addColumn('contact_id', 'uuid', c => c.references('contact.id'))
    .addColumn('person_id', 'uuid', c => c.references('person.id'))
    .addColumn('raised_by_user_id', 'uuid', c => c.notNull().references('app_user.id'))
    .addColumn('raised_by_agency_id', 'uuid', c => c.notNull().references('agency.id'))
    .addColumn('raised_via', 'text', c => c.notNull().check(sql`raised_via in (${inList(RAISED_VIA)})`))
    .addColumn('subject', 'text', c => c.notNull().check(sql`subject in (${inList(SUBJECTS)})`))
    .addColumn('reasons', 'text', c => c.notNull())
    .addColumn('evidence', 'text')
    .addColumn('outcome_wanted', 'text', c => c.notNull())
    .addColumn('immediate_risk', 'boolean', c => c.notNull())
    .addColumn('policy_version', 'integer', c => c.notNull().references('escalation_policy.version'))
    .addColumn('stage', 'integer', c => c.notNull().check(sql`stage >= 1`))
    .addColumn('state', 'text', c => c.notNull().check(sql`state in (${inList(STATES)})`))
    .addColumn('stage_entered_at', 'timestamptz', c => c.notNull())
    .addColumn('stage_due_at', 'timestamptz', c => c.notNull())
    .addColumn('outcome', 'text', c => c.check(sql`outcome in (${inList(OUTCOMES)})`))
    .addColumn('outcome_reason', 'text')
    .addColumn('new_decision_id', 'uuid', c => c.references('decision.id'))
    .addColumn('closed_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', c => c.notNull())
    .addColumn('version', 'integer', c => c.notNull().defaultTo(1))
    // A closed disagreement always has its outcome; a changed decision always links to the new one.
    .addCheckConstraint(
      'disagreement_closed_has_outcome',
      sql`(state = 'closed') = (outcome is not null and closed_at is not null)`,
    )
    .addCheckConstraint(
      'disagreement_changed_has_decision',
      sql`outcome is distinct from 'decision-changed' or new_decision_id is not null`,
    )
    .execute()
  await db.schema.createIndex('disagreement_state_due_idx').on('disagreement').columns(['state', 'stage_due_at']).execute()
  await db.schema.createIndex('disagreement_raiser_idx').on('disagreement').column('raised_by_user_id').execute()
  await db.schema.createIndex('disagreement_referral_idx').on('disagreement').column('referral_id').execute()
  await db.schema.createIndex('disagreement_person_idx').on('disagreement').column('person_id').execute()

  await db.schema
    .createTable('disagreement_event')
    .addColumn('seq', 'bigint', c => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('disagreement_id', 'uuid', c => c.notNull().references('disagreement.id'))
    .addColumn('type', 'text', c => c.notNull())
    .addColumn('stage', 'integer', c => c.notNull())
    .addColumn('occurred_at', 'timestamptz', c => c.notNull())
    .addColumn('actor_user_id', 'uuid', c => c.references('app_user.id'))
    .addColumn('data', 'jsonb', c => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .execute()
  await db.schema
    .createIndex('disagreement_event_disagreement_idx')
    .on('disagreement_event')
    .column('disagreement_id')
    .execute()
  await sql`create trigger disagreement_event_append_only before update or delete on disagreement_event
    for each row execute function refuse_change()`.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('disagreement_event').execute()
  await db.schema.dropTable('disagreement').execute()
  await sql`drop sequence disagreement_reference_seq`.execute(db)
}
