import { describeRoles, responderRolesAt, type EscalationStage } from '../../../domain/disagreement/index.js'

// The escalation policy names who speaks for each side at a stage, written for the usual case:
// a partner agency challenging children's social care. When CSC challenges a partner agency,
// the partner's people at the same level respond (responderRolesAt), so the words are built from
// the roles instead; the partnership's own stage stays as the policy words it.

/** Who speaks for each side at this stage, in plain words. */
export function stageSides(
  stage: EscalationStage,
  about: Readonly<{ id: string | null; name: string | null }>,
): { raising: string; responding: string } {
  if (about.id === null) {
    return { raising: stage.responders.raiserSide, responding: stage.responders.responderSide }
  }
  const partnerRoles = responderRolesAt(stage, about.id)
  const raising = `Children's social care: ${describeRoles(stage.responderRoles)}`
  if (partnerRoles.includes('partnership_manager')) return { raising, responding: stage.responders.responderSide }
  return { raising, responding: `${about.name ?? 'The partner agency'}: ${describeRoles(partnerRoles)}` }
}
