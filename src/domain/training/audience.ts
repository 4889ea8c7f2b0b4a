import type { Actor } from '../access/actor.js'

// Who is shown the "How to challenge a decision" page on first sign-in (issue 5 §6): everyone in
// a partner agency. Children's social care responds to disagreements rather than raising them
// about its own decisions, and the partnership business unit runs the policy.

export const TRAINING_MODULES = ['escalation'] as const
export type TrainingModule = (typeof TRAINING_MODULES)[number]

/** Partner agencies raise disagreements: they are shown the guidance on first sign-in. */
export function isPartnerAgencyUser(actor: Actor): boolean {
  return actor.agencyKind !== 'childrens_social_care' && actor.agencyKind !== 'partnership'
}
