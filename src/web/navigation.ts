import type { Actor } from '../domain/access/actor.js'
import { landingPageFor } from '../domain/access/landing.js'
import {
  canAdministerUsers,
  canReadAuditTrail,
  canSeeOwnDisagreements,
  canTrackDisagreements,
  canViewDemoOutbox,
  canViewEarlyHelpDirectory,
  canViewScreeningRules,
} from '../domain/access/permissions.js'
import { paths } from './paths.js'

export type NavItem = { href: string; text: string; current?: boolean }

/** The service navigation for a signed-in user; pure so it can be tested per role. */
export function navigationFor(actor: Actor | null, currentPath: string, demoMode: boolean): NavItem[] {
  if (!actor) return []
  const items: NavItem[] = []
  const landing = landingPageFor(actor)
  if (landing) items.push({ href: paths.landing(landing), text: 'Home' })
  if (canAdministerUsers(actor) && landing !== 'administration') {
    items.push({ href: paths.landing('administration'), text: 'Administration' })
  }
  if (canReadAuditTrail(actor) && landing !== 'audit') items.push({ href: paths.landing('audit'), text: 'Audit trail' })
  if (canSeeOwnDisagreements(actor)) items.push({ href: paths.myDisagreements, text: 'My disagreements' })
  if (canTrackDisagreements(actor)) items.push({ href: paths.escalationTracker, text: 'Escalation tracker' })
  items.push({ href: paths.thresholdGuidance, text: 'Threshold guidance' })
  items.push({ href: paths.escalationGuidance, text: 'How to challenge a decision' })
  if (canViewEarlyHelpDirectory(actor)) items.push({ href: paths.earlyHelpDirectory, text: 'Early help directory' })
  if (canViewScreeningRules(actor)) items.push({ href: paths.screeningRules, text: 'Screening rules' })
  if (canViewDemoOutbox(actor, demoMode)) items.push({ href: paths.demoOutbox, text: 'Demo outbox' })
  items.push({ href: paths.signOut, text: 'Sign out' })
  return items.map(i => (i.href === currentPath ? { ...i, current: true } : i))
}
