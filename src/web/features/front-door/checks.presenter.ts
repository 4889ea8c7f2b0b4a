import type { Screening } from '../../../services/front-door/screening-context.js'
import type { PersonCheck } from '../../../services/front-door/checks-service.js'
import { ageOn, personName } from '../../../services/front-door/queue-service.js'
import { toLondonDate } from '../../../domain/calendar/index.js'
import { formatNhsNumber } from '../../../domain/referral/nhs-number.js'
import type { FieldError } from '../../forms/field-errors.js'
import { isoToDisplay } from '../../presenters/referral-text.js'
import { paths } from '../../paths.js'

// Pure: the matcher's proposals for each person on a contact, as radios a practitioner picks from.

const BAND_TEXT = { strong: 'Strong match', possible: 'Possible match', weak: 'Weak match' } as const

function describe(p: {
  givenName?: string | undefined
  familyName?: string | undefined
  dateOfBirth?: string | undefined
  expectedDate?: string | undefined
  postcode?: string | undefined
  nhsNumber?: string | undefined
}) {
  return [
    p.dateOfBirth
      ? `born ${isoToDisplay(p.dateOfBirth)}`
      : p.expectedDate
        ? `due ${isoToDisplay(p.expectedDate)}`
        : 'date of birth not known',
    p.postcode,
    p.nhsNumber ? `NHS ${formatNhsNumber(p.nhsNumber)}` : undefined,
  ]
    .filter(Boolean)
    .join(', ')
}

export function checksView(result: { screening: Screening; checks: PersonCheck[] }, now: Date, errors: FieldError[]) {
  const { screening, checks } = result
  const today = toLondonDate(now)
  const people = checks.map(({ person, linked, matches }) => ({
    id: person.id,
    name: personName(person),
    role: person.role === 'child' ? `Child, ${ageOn(person, today)}` : 'Adult',
    given: describe({
      dateOfBirth: person.dateOfBirth ?? undefined,
      expectedDate: person.expectedDate ?? undefined,
      postcode: person.postcode ?? undefined,
      nhsNumber: person.nhsNumber ?? undefined,
    }),
    linked: linked
      ? {
          name: personName({ givenName: linked.givenName ?? null, familyName: linked.familyName ?? null }),
          href: paths.person(linked.id),
          householdHref: linked.householdId ? paths.household(linked.householdId) : null,
        }
      : null,
    items: [
      ...matches.map(m => ({
        value: m.candidate.id,
        text: `${personName({ givenName: m.candidate.givenName ?? null, familyName: m.candidate.familyName ?? null })}: ${BAND_TEXT[m.band]}`,
        hint: { text: `${describe(m.candidate)}. ${m.reasons.join('. ')}.` },
      })),
      ...(matches.length ? [{ divider: 'or' }] : []),
      { value: 'new', text: matches.length ? 'None of these: record a new person' : 'Record a new person' },
    ],
    matchCount: matches.length,
    errorMessage: errors.find(e => e.href === `#match-${person.id}`),
  }))
  const linkedCount = checks.filter(c => c.linked).length
  return {
    pageTitle: `Checks for ${screening.contact.reference}`,
    errors,
    people,
    version: screening.contact.version,
    canLinkHousehold: linkedCount >= 2 && screening.contact.status !== 'decided',
    decided: screening.contact.status === 'decided',
    householdError: errors.find(e => e.href === '#household'),
    action: paths.contactPage(screening.contact.id, 'checks'),
    householdAction: paths.contactPage(screening.contact.id, 'household'),
    contactHref: paths.contact(screening.contact.id),
    allChecked: checks.every(c => c.linked),
  }
}
