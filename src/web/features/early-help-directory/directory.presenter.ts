import {
  formatAgeRange,
  type EarlyHelpFilter,
  type StoredEarlyHelpService,
} from '../../../domain/early-help/early-help-service.js'

// What the directory page shows for each service, as plain values: the view builds the links,
// so everything from a feed is escaped by the template.

export type ServiceCard = {
  id: string
  name: string
  description: string
  eligibility: string
  area: string
  ages: string
  phone?: string
  email?: string
  website?: string
  address?: string
}

const NOT_STATED = 'Not stated'
const WEB = /^https?:\/\/[^\s]+$/i
const EMAIL = /^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/

export function serviceCard(service: StoredEarlyHelpService): ServiceCard {
  const { phone, email, website, address } = service.contact
  return {
    id: service.id,
    name: service.name,
    description: service.description || NOT_STATED,
    eligibility: service.eligibility || NOT_STATED,
    area: service.area || NOT_STATED,
    ages: formatAgeRange(service),
    ...(phone ? { phone } : {}),
    // Imports only store well-formed addresses; checked again here because these become links.
    ...(email && EMAIL.test(email) ? { email } : {}),
    ...(website && WEB.test(website) ? { website } : {}),
    ...(address ? { address } : {}),
  }
}

/** What was searched for, to follow a count: "for a child aged 4 matching ‘parenting’". */
export function searchDescription(filter: EarlyHelpFilter): string {
  const age = filter.childAgeYears === undefined ? '' : `for a child aged ${filter.childAgeYears}`
  const text = filter.text ? `matching ‘${filter.text}’` : ''
  return [age, text].filter(Boolean).join(' ')
}

/** "12 services", or "2 services for a child aged 4 matching ‘parenting’". */
export function resultsHeading(count: number, filter: EarlyHelpFilter): string {
  return [`${count} ${count === 1 ? 'service' : 'services'}`, searchDescription(filter)].filter(Boolean).join(' ')
}
