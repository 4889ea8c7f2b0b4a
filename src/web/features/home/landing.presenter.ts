import type { LandingPage } from '../../../domain/access/landing.js'

export type LandingContent = {
  title: string
  intro: string
  nextSteps: string[]
  actions?: { text: string; href: string }[]
}

// Plain words for what each role comes to Threshold to do. Later journeys fill these pages.
export const LANDING_CONTENT: Record<LandingPage, LandingContent> = {
  'front-door': {
    title: 'Front door queue',
    intro: 'Contacts waiting for a decision, newest risks first. Each one needs a decision within one working day.',
    nextSteps: ['Screen new contacts', 'Check who already knows the child', 'Record and authorise threshold decisions'],
    actions: [{ text: 'Record a phone referral', href: '/front-door/phone-referral' }],
  },
  'my-referrals': {
    title: 'My referrals',
    intro: 'Referrals you have made or started, what was decided and why.',
    nextSteps: ['Make a referral', 'Read feedback on your referrals', 'Challenge a decision you disagree with'],
  },
  'agency-referrals': {
    title: 'Your agency’s referrals',
    intro: 'Every referral your agency has made, with decisions, feedback and any disagreements.',
    nextSteps: ['See referrals your staff have made', 'Respond to escalations at manager stages'],
    actions: [
      { text: 'Make a referral', href: '/referrals/new' },
      { text: 'My referrals', href: '/my-referrals' },
    ],
  },
  escalations: {
    title: 'Escalations',
    intro: 'Professional disagreements that have reached senior manager stages and need your response.',
    nextSteps: ['Respond to disagreements within their working-day deadline'],
  },
  moderation: {
    title: 'Threshold moderation',
    intro: 'Monthly multi-agency moderation of a sample of front door decisions.',
    nextSteps: ['Prepare your views on this month’s sample', 'Record the panel’s findings'],
  },
  partnership: {
    title: 'Partnership overview',
    intro: 'How the front door is working across the partnership, with the numbers behind it.',
    nextSteps: [
      'See decision timeliness and outcomes',
      'Track open escalations',
      'Configure threshold guidance and policies',
    ],
  },
  administration: {
    title: 'Administration',
    intro: 'People, agencies and roles in Threshold.',
    nextSteps: [],
  },
  audit: {
    title: 'Audit trail',
    intro: 'Every change and every view of a child’s record is written to an append-only, hash-chained audit trail.',
    nextSteps: [],
  },
}
