import assert from 'node:assert/strict'
import type { Kysely } from 'kysely'
import type { LocalDate } from '../../src/domain/calendar/index.js'
import type { ReferralContent } from '../../src/domain/referral/referral-content.js'
import { okonkwoByrneReferral } from '../../src/domain/referral/referral-personas.js'
import { DEFAULT_REPEAT_CONTACT_RULES, type RepeatContactRule } from '../../src/domain/repeat-contact/index.js'
import type { Database } from '../../src/data/database.js'
import { findCurrentRuleset, insertRuleset } from '../../src/data/repositories/screening-settings-repository.js'
import type { ServiceDeps } from '../../src/services/index.js'

// Shared steps for repeat-contact tests: a family of one's own (so no other test's contacts
// count), the repeat-contact rules a test wants, and what was emailed.

/**
 * A referral about one child and her mother, of a family no other test uses: the Okonkwo-Byrne
 * referral's concerns with other people in it. Same surname, same people.
 */
export function familyReferral(today: LocalDate, surname: string): ReferralContent {
  const base = okonkwoByrneReferral(today)
  const home = { line1: '3 Mill Lane', town: 'Northbridge', postcode: 'NB2 7QT' }
  return {
    ...base,
    children: [
      {
        id: 'child-1',
        givenName: 'Poppy',
        familyName: surname,
        dateOfBirth: '2021-03-14',
        sex: 'female',
        address: home,
      },
    ],
    adults: [
      {
        id: 'adult-1',
        givenName: 'Karen',
        familyName: surname,
        dateOfBirth: '1991-06-02',
        address: home,
        livesWithChildren: true,
        relationships: { 'child-1': 'mother' },
        parentalResponsibility: 'yes',
      },
    ],
  }
}

/** Publishes these repeat-contact rules as the next version, so a test controls what fires. */
export async function useRepeatContactRules(deps: ServiceDeps, rules: readonly RepeatContactRule[]): Promise<void> {
  const current = await findCurrentRuleset(deps.db, 'repeat_contact_ruleset')
  const saved = await insertRuleset(
    deps.db,
    { version: (current?.version ?? 0) + 1, rules, publishedAt: deps.clock.now(), publishedBy: null },
    'repeat_contact_ruleset',
  )
  assert.ok(saved)
}

/** The body of the one notification of this kind about this subject. */
export async function notificationBody(
  db: Kysely<Database>,
  kind: string,
  relatedId: string,
): Promise<{ subject: string; body: string }> {
  const rows = await db
    .selectFrom('notification')
    .select(['subject', 'body_text'])
    .where('kind', '=', kind as never)
    .where('related_id', '=', relatedId)
    .execute()
  assert.equal(rows.length, 1, `one ${kind} notification`)
  return { subject: rows[0]!.subject, body: rows[0]!.body_text }
}

/**
 * Switches every repeat-contact rule off, for tests about something else that submit the same
 * persona again and again: otherwise their later contacts would rightly be flagged.
 */
export async function withoutRepeatContactRules(deps: ServiceDeps): Promise<void> {
  await useRepeatContactRules(
    deps,
    DEFAULT_REPEAT_CONTACT_RULES.map(rule => ({ ...rule, enabled: false })),
  )
}

/** "No further action" as a screener's form sends it; the services read the same fields. */
export const NFA_DECISION: Readonly<Record<string, string>> = {
  outcome: 'no-further-action',
  level: '1',
  indicatorCodes: 'FE-HOUSING-01',
  rationale: 'Universal services meet the needs described.',
  feedbackText: 'Thank you. The school nurse can support the child.',
}
