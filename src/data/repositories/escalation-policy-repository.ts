import type { Db } from '../database.js'

// The partnership's escalation policy as immutable versions: a disagreement names the version
// it started under, so its stages and clocks never change under it. The policy comes back as
// stored; the service checks it with the domain's parser.

export type EscalationPolicyRecord = {
  version: number
  policy: unknown
  publishedAt: Date
  publishedBy: string | null
}

type Row = { version: number; policy: unknown; published_at: Date; published_by: string | null }

const toRecord = (row: Row): EscalationPolicyRecord => ({
  version: row.version,
  policy: row.policy,
  publishedAt: row.published_at,
  publishedBy: row.published_by,
})

export async function findCurrentEscalationPolicy(db: Db): Promise<EscalationPolicyRecord | undefined> {
  const row = await db.selectFrom('escalation_policy').selectAll().orderBy('version', 'desc').executeTakeFirst()
  return row && toRecord(row)
}

export async function findEscalationPolicy(db: Db, version: number): Promise<EscalationPolicyRecord | undefined> {
  const row = await db.selectFrom('escalation_policy').selectAll().where('version', '=', version).executeTakeFirst()
  return row && toRecord(row)
}

/** Adds a version; false if that version number was taken by someone publishing at the same time. */
export async function insertEscalationPolicy(db: Db, r: EscalationPolicyRecord): Promise<boolean> {
  const result = await db
    .insertInto('escalation_policy')
    .values({
      version: r.version,
      policy: JSON.stringify(r.policy),
      published_at: r.publishedAt,
      published_by: r.publishedBy,
    })
    .onConflict(oc => oc.column('version').doNothing())
    .returning('version')
    .executeTakeFirst()
  return result !== undefined
}
