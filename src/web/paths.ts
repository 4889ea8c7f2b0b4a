import type { LandingPage } from '../domain/access/landing.js'

// Every URL is built here, so a route rename is one change. No child data ever goes in a URL:
// only opaque ids.
export const paths = {
  home: '/',
  signIn: '/sign-in',
  signOut: '/sign-out',
  accessibility: '/accessibility',
  landing: (page: LandingPage) => `/${page}`,
  thresholdGuidance: '/guidance/thresholds',
  thresholdGuidanceVersion: (version: number) => `/guidance/thresholds?version=${version}`,
  thresholdLevel: (level: number, version?: number) =>
    `/guidance/thresholds/levels/${level}${version === undefined ? '' : `?version=${version}`}`,
  thresholdVersions: '/guidance/thresholds/versions',
  thresholdPublish: '/guidance/thresholds/publish',
  escalationGuidance: '/guidance/escalation',
  escalationGuidanceEdit: '/guidance/escalation/edit',
  escalationGuidanceWelcome: '/guidance/escalation?welcome=1',
  escalationCheck: '/guidance/escalation/check',
  escalationCheckResults: '/guidance/escalation/check/results',
  earlyHelpDirectory: '/early-help',
  demoOutbox: '/demo/outbox',
  demoOutboxMessage: (id: string) => `/demo/outbox/${id}`,
  myReferrals: '/my-referrals',
  agencyReferrals: '/agency-referrals',
  newReferral: '/referrals/new',
  newPhoneReferral: '/front-door/phone-referral',
  screeningRules: '/front-door/screening-rules',
  screeningRulesEdit: '/front-door/screening-rules/edit',
  screeningRulesSetting: '/front-door/screening-rules/record-every-contact',
  repeatContactRulesEdit: '/front-door/screening-rules/repeat-contact/edit',
  frontDoorQueue: '/front-door',
  contact: (id: string) => `/front-door/contacts/${id}`,
  contactPage: (id: string, page: string) => `/front-door/contacts/${id}/${page}`,
  referral: (id: string) => `/referrals/${id}`,
  referralPage: (id: string, page: string) => `/referrals/${id}/${page}`,
  person: (id: string) => `/people/${id}`,
  household: (id: string) => `/households/${id}`,
  myDisagreements: '/my-disagreements',
  /** Static, so it is matched before /disagreements/:id. */
  escalationTracker: '/disagreements/tracker',
  escalationTrackerFiltered: (filter: { stage?: number; agency?: string }) => {
    const query = new URLSearchParams()
    if (filter.stage !== undefined) query.set('stage', String(filter.stage))
    if (filter.agency) query.set('agency', filter.agency)
    const q = query.toString()
    return `/disagreements/tracker${q === '' ? '' : `?${q}`}`
  },
  disagreement: (id: string) => `/disagreements/${id}`,
  disagreementPage: (id: string, page: string) => `/disagreements/${id}/${page}`,
  /** Raise a professional disagreement: from a referral, a child's page, or (CSC) about a partner agency. */
  raiseDisagreement: (
    from: { referralId?: string; personId?: string; aboutPartner?: boolean; risk?: 'yes' | 'no' } = {},
  ) => {
    const query = new URLSearchParams()
    if (from.referralId) query.set('referral', from.referralId)
    if (from.personId) query.set('person', from.personId)
    if (from.aboutPartner) query.set('about', 'partner')
    if (from.risk) query.set('risk', from.risk)
    const q = query.toString()
    return `/disagreements/new${q === '' ? '' : `?${q}`}`
  },
  changeDecision: (contactId: string, disagreementId: string) =>
    `/front-door/contacts/${contactId}/change-decision?disagreement=${disagreementId}`,
} as const
