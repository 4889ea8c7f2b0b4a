import type { LandingPage } from '../domain/access/landing.js'

// Every URL is built here, so a route rename is one change. No child data ever goes in a URL:
// only opaque ids.
export const paths = {
  home: '/',
  signIn: '/sign-in',
  signOut: '/sign-out',
  accessibility: '/accessibility',
  landing: (page: LandingPage) => `/${page}`,
} as const
