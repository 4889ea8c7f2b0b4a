// A service in the early help directory: what front door practitioners offer a family when the
// decision is "step to early help" or "signpost". Services come from the Northbridge seed or
// from the partnership's Open Referral UK feed.

export const EARLY_HELP_SOURCES = ['northbridge-seed', 'open-referral-uk'] as const
export type EarlyHelpSource = (typeof EARLY_HELP_SOURCES)[number]

export type EarlyHelpContact = {
  phone?: string
  email?: string
  website?: string
  address?: string
}

export type EarlyHelpService = {
  id?: string
  /** The id in the feed it came from; imports match on it, so re-importing updates in place. */
  externalId?: string
  name: string
  description: string
  /** Who the service is for, in the provider's words; empty when the feed gave none. */
  eligibility: string
  /** Where it is available, such as "Northbridge-wide" or a list of wards; empty when unknown. */
  area: string
  contact: EarlyHelpContact
  /** Ages in whole years, both inclusive: 0 to 4 serves a child up to their fifth birthday. */
  minAgeYears?: number
  maxAgeYears?: number
  source: EarlyHelpSource
}

/** Whether a child of this age (in whole years) is within the service's age range. */
export function servesAge(service: Pick<EarlyHelpService, 'minAgeYears' | 'maxAgeYears'>, ageYears: number): boolean {
  if (service.minAgeYears !== undefined && ageYears < service.minAgeYears) return false
  if (service.maxAgeYears !== undefined && ageYears > service.maxAgeYears) return false
  return true
}

const years = (n: number) => `${n} ${n === 1 ? 'year' : 'years'}`

/** The age range in words: "0 to 4 years", "11 years and over", "Up to 18 years", "All ages". */
export function formatAgeRange(service: Pick<EarlyHelpService, 'minAgeYears' | 'maxAgeYears'>): string {
  const { minAgeYears: min, maxAgeYears: max } = service
  if (min !== undefined && max !== undefined) return min === max ? years(min) : `${min} to ${years(max)}`
  if (min !== undefined) return min === 0 ? 'All ages' : `${years(min)} and over`
  if (max !== undefined) return `Up to ${years(max)}`
  return 'All ages'
}

/**
 * The contact details on one line of plain text, for a feedback email to a referrer:
 * "Phone 01632 960101, email hubs@northbridge.example, website https://…, 12 High Street".
 */
export function formatServiceContact(service: Pick<EarlyHelpService, 'contact'>): string {
  const { phone, email, website, address } = service.contact
  const parts = [
    phone && `phone ${phone}`,
    email && `email ${email}`,
    website && `website ${website}`,
    address && `address ${address}`,
  ].filter((p): p is string => !!p)
  if (parts.length === 0) return 'No contact details recorded'
  const line = parts.join(', ').replace(/\s+/g, ' ')
  return line.charAt(0).toUpperCase() + line.slice(1)
}

/** A service as the directory holds it: always with its id, and whether it is still offered. */
export type StoredEarlyHelpService = EarlyHelpService & { id: string; active: boolean }

/** What the directory page and the decision page filter by. Text matches every word given. */
export type EarlyHelpFilter = {
  text?: string
  area?: string
  childAgeYears?: number
}
