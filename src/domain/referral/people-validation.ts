import type { LocalDate } from '../calendar/index.js'
import { isValidNhsNumber, hasNhsNumberFormat } from './nhs-number.js'
import { isValidPostcode } from './postcode.js'
import { RELATIONSHIPS, SEXES, type Address, type AdultDetails, type ChildDetails } from './referral-content.js'
import { referralMessages } from './referral-messages.js'
import {
  addMonths,
  ageInYears,
  dateValue,
  isBlank,
  isOneOf,
  MAX_FREE_TEXT,
  MAX_SHORT_TEXT,
  text,
  tooLong,
  type FieldProblem,
} from './validation-support.js'

const childMessages = referralMessages.children
const adultMessages = referralMessages.adults

const EARLIEST_DATE_OF_BIRTH = '1900-01-01'
/** How far ahead an expected date of delivery can be: a pregnancy is known for at most about nine months. */
const EXPECTED_DATE_MONTHS_AHEAD = 10
/** Babies are often born after their due date; this long after it, ask whether the baby has been born. */
const EXPECTED_DATE_MONTHS_OVERDUE = 1

/** How messages refer to a child: by first name when the referrer has given one. */
export function childName(child: ChildDetails): string {
  const given = text(child.givenName)
  if (given !== '') return given
  return child.unborn === true ? 'the unborn baby' : 'the child'
}

export function adultName(adult: AdultDetails): string {
  const name = [text(adult.givenName), text(adult.familyName)].filter(part => part !== '').join(' ')
  return name === '' ? 'this adult' : name
}

function nameProblems(person: { givenName?: string; familyName?: string }): FieldProblem[] {
  return [
    ...tooLong('givenName', 'first name', person.givenName, MAX_SHORT_TEXT),
    ...tooLong('familyName', 'last name', person.familyName, MAX_SHORT_TEXT),
  ]
}

function addressProblems(address: Address | undefined): FieldProblem[] {
  const problems = [
    ...tooLong('line1', 'address line 1', address?.line1, MAX_SHORT_TEXT),
    ...tooLong('line2', 'address line 2', address?.line2, MAX_SHORT_TEXT),
    ...tooLong('town', 'town or city', address?.town, MAX_SHORT_TEXT),
  ]
  // A referrer often knows where a child is without knowing the postcode, so it is optional.
  const postcode = text(address?.postcode)
  if (postcode !== '' && !isValidPostcode(postcode))
    problems.push({ field: 'postcode', message: childMessages.postcode })
  return problems
}

function dateOfBirthProblems(child: ChildDetails, today: LocalDate): FieldProblem[] {
  const who = childName(child)
  const dateOfBirth = dateValue(child.dateOfBirth)
  if (dateOfBirth === undefined) return [{ field: 'dateOfBirth', message: childMessages.dateOfBirthMissing(who) }]
  if (dateOfBirth === 'invalid') return [{ field: 'dateOfBirth', message: childMessages.dateOfBirthReal }]
  if (dateOfBirth > today) return [{ field: 'dateOfBirth', message: childMessages.dateOfBirthPast }]
  if (ageInYears(dateOfBirth, today) >= 18) return [{ field: 'dateOfBirth', message: childMessages.adult(who) }]
  return []
}

function expectedDateProblems(child: ChildDetails, today: LocalDate): FieldProblem[] {
  const expected = dateValue(child.expectedDate)
  if (expected === undefined) return [{ field: 'expectedDate', message: childMessages.expectedDateMissing }]
  if (expected === 'invalid') return [{ field: 'expectedDate', message: childMessages.expectedDateReal }]
  if (expected > addMonths(today, EXPECTED_DATE_MONTHS_AHEAD)) {
    return [{ field: 'expectedDate', message: childMessages.expectedDateTooFar }]
  }
  if (expected < addMonths(today, -EXPECTED_DATE_MONTHS_OVERDUE)) {
    return [{ field: 'expectedDate', message: childMessages.expectedDateTooLongAgo }]
  }
  return []
}

function sexProblems(child: ChildDetails): FieldProblem[] {
  const who = childName(child)
  if (!isOneOf(SEXES, child.sex)) return [{ field: 'sex', message: childMessages.sexMissing(who) }]
  // The sex of an unborn baby is often not known yet; for a born child the front door needs it
  // to match the child with its records.
  if (child.sex === 'not-known' && child.unborn !== true) return [{ field: 'sex', message: childMessages.sexBorn(who) }]
  return []
}

function nhsNumberProblems(child: ChildDetails): FieldProblem[] {
  const nhsNumber = text(child.nhsNumber)
  if (nhsNumber === '') return []
  if (!hasNhsNumberFormat(nhsNumber)) return [{ field: 'nhsNumber', message: childMessages.nhsNumberFormat }]
  if (!isValidNhsNumber(nhsNumber)) return [{ field: 'nhsNumber', message: childMessages.nhsNumberInvalid }]
  return []
}

/**
 * Problems with one child, in the order the fields appear on the page. An unborn baby may not
 * be named yet and has an expected date of delivery instead of a date of birth; any date of
 * birth sent for an unborn baby is ignored, as the page does not show that field.
 */
export function validateChild(child: ChildDetails, today: LocalDate): FieldProblem[] {
  const unborn = child.unborn === true
  const problems: FieldProblem[] = []
  if (!unborn && isBlank(child.givenName) && isBlank(child.familyName)) {
    problems.push({ field: 'givenName', message: childMessages.nameMissing })
  }
  problems.push(...nameProblems(child), ...tooLong('otherNames', 'other names', child.otherNames, MAX_SHORT_TEXT))
  problems.push(...(unborn ? expectedDateProblems(child, today) : dateOfBirthProblems(child, today)))
  problems.push(...sexProblems(child), ...nhsNumberProblems(child), ...addressProblems(child.address))
  problems.push(...tooLong('schoolOrSetting', 'school or setting', child.schoolOrSetting, MAX_SHORT_TEXT))
  problems.push(...tooLong('needs', 'needs', child.needs, MAX_FREE_TEXT))
  return problems
}

function adultDateOfBirthProblems(adult: AdultDetails, today: LocalDate): FieldProblem[] {
  const dateOfBirth = dateValue(adult.dateOfBirth)
  if (dateOfBirth === undefined) return []
  if (dateOfBirth === 'invalid') return [{ field: 'dateOfBirth', message: adultMessages.dateOfBirthReal }]
  if (dateOfBirth > today) return [{ field: 'dateOfBirth', message: adultMessages.dateOfBirthPast }]
  if (dateOfBirth < EARLIEST_DATE_OF_BIRTH)
    return [{ field: 'dateOfBirth', message: adultMessages.dateOfBirthTooEarly }]
  return []
}

/**
 * Problems with one parent, carer or household member. Their date of birth is often not known
 * to the referrer, so it is optional, but how they are related to each child is always asked:
 * who holds which role in a child's life is what the front door checks first.
 */
export function validateAdult(adult: AdultDetails, children: ChildDetails[], today: LocalDate): FieldProblem[] {
  const problems: FieldProblem[] = []
  if (isBlank(adult.givenName) && isBlank(adult.familyName)) {
    problems.push({ field: 'givenName', message: adultMessages.nameMissing })
  }
  problems.push(...nameProblems(adult), ...adultDateOfBirthProblems(adult, today))
  const who = adultName(adult)
  for (const child of children) {
    if (!isOneOf(RELATIONSHIPS, adult.relationships?.[child.id])) {
      problems.push({
        field: `relationship-${child.id}`,
        message: adultMessages.relationshipMissing(who, childName(child)),
      })
    }
  }
  if (typeof adult.livesWithChildren !== 'boolean') {
    problems.push({
      field: 'livesWithChildren',
      message: adultMessages.livesWithChildrenMissing(who, children.length === 1),
    })
  }
  problems.push(...addressProblems(adult.address), ...tooLong('notes', 'notes', adult.notes, MAX_FREE_TEXT))
  return problems
}
