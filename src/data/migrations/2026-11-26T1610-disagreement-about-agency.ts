import { sql, type Kysely } from 'kysely'

// Children's social care can disagree with a partner agency's action (issue 5 §2). Then the
// partner agency responds: its practitioner, its designated safeguarding lead and its senior
// managers, stage by stage. The agency is recorded on the disagreement, and only then.
// A disagreement about a front door decision also records which decision it challenged, so a
// "decision changed" outcome can only link to a different, later one.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('disagreement')
    .addColumn('about_agency_id', 'uuid', c => c.references('agency.id'))
    .addColumn('challenged_decision_id', 'uuid', c => c.references('decision.id'))
    .execute()
  await db.schema
    .alterTable('disagreement')
    .addCheckConstraint(
      'disagreement_about_agency_when_about_partner',
      sql`(raised_via = 'csc-about-partner') = (about_agency_id is not null)`,
    )
    .execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('disagreement').dropConstraint('disagreement_about_agency_when_about_partner').execute()
  await db.schema.alterTable('disagreement').dropColumn('challenged_decision_id').execute()
  await db.schema.alterTable('disagreement').dropColumn('about_agency_id').execute()
}
