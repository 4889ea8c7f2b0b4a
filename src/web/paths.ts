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
  frontDoorQueue: '/front-door',
  contact: (id: string) => `/front-door/contacts/${id}`,
  contactPage: (id: string, page: string) => `/front-door/contacts/${id}/${page}`,
  referral: (id: string) => `/referrals/${id}`,
  referralPage: (id: string, page: string) => `/referrals/${id}/${page}`,
  person: (id: string) => `/people/${id}`,
  household: (id: string) => `/households/${id}`,
} as const
