import {
  compareNhsNumberOf,
  comparePostcodeOf,
  compareSex,
  dateOfBirthLevelOf,
  describeDateOfBirth,
  describeFamilyName,
  describeGivenName,
  familyNameLevelOf,
  forenameLevelOf,
  shown,
  type FieldComparison,
  type NameLevel,
} from './comparators.js'
import type { MatchCandidate, PersonDetails } from './person-details.js'
import { preparePerson, type PreparedPerson } from './prepared-person.js'
import { BAND_THRESHOLDS, TRANSPOSED_NAMES_PENALTY, weightOf } from './weights.js'

export type MatchBand = 'strong' | 'possible' | 'weak'

export type MatchScore = {
  /** The sum of the field weights, in bits (log2 of the likelihood ratio), to two decimals. */
  score: number
  band: MatchBand
  /** One plain-English line per field compared, strongest evidence first. */
  reasons: string[]
  comparisons: FieldComparison[]
}

export type RankedCandidate<C extends MatchCandidate = MatchCandidate> = MatchScore & { candidate: C }

const GIVEN_LEVEL_FOR: Record<NameLevel, 'exact' | 'otherName' | 'similar' | 'soundsAlike' | 'different'> = {
  exact: 'exact',
  part: 'otherName',
  similar: 'similar',
  soundsAlike: 'soundsAlike',
  different: 'different',
}

/** The weaker of the two name weights, so the comparison across is the same from either side. */
function crossWeight(level: NameLevel): number {
  return Math.min(weightOf('familyName', level), weightOf('givenName', GIVEN_LEVEL_FOR[level]))
}

function compareNames(a: PreparedPerson, b: PreparedPerson): FieldComparison[] {
  const straight: FieldComparison[] = []
  const given = forenameLevelOf(a.given, b.given)
  if (given !== undefined) straight.push(describeGivenName(given, a.details.givenName, b.details.givenName))
  const family = familyNameLevelOf(a.family, b.family)
  if (family !== undefined) straight.push(describeFamilyName(family, a.details.familyName, b.details.familyName))
  // Names that already agree the right way round are not the wrong way round.
  if (given === 'exact' || family === 'exact' || family === 'part') return straight
  const crossOne = familyNameLevelOf(a.given, b.family)
  if (crossOne === undefined || crossOne === 'different') return straight
  const crossTwo = familyNameLevelOf(a.family, b.given)
  if (crossTwo === undefined || crossTwo === 'different') return straight
  const across = crossWeight(crossOne) + crossWeight(crossTwo) - TRANSPOSED_NAMES_PENALTY
  const along = straight.reduce((sum, c) => sum + c.weight, 0)
  if (across <= along) return straight
  const name = (p: PreparedPerson) => shown(`${p.details.givenName ?? ''} ${p.details.familyName ?? ''}`)
  const reason = `Given and family names are the wrong way round: ${name(a)} / ${name(b)}`
  return [{ field: 'names', level: 'transposed', weight: across, reason }]
}

const round = (value: number) => Math.round(value * 100) / 100

/**
 * How strongly the evidence says two records are the same person. Symmetric: scoring a
 * candidate against a query gives the same score as the other way round.
 */
export function scoreMatch(query: PersonDetails, candidate: PersonDetails): MatchScore {
  return scorePrepared(preparePerson(query), preparePerson(candidate))
}

function scorePrepared(query: PreparedPerson, candidate: PreparedPerson): MatchScore {
  const date = dateOfBirthLevelOf(query.dateOfBirth, candidate.dateOfBirth)
  const comparisons = [
    compareNhsNumberOf(query.nhsNumber, candidate.nhsNumber),
    ...compareNames(query, candidate),
    date === undefined ? undefined : describeDateOfBirth(date),
    comparePostcodeOf(query.postcode, candidate.postcode),
    compareSex(query.details.sex, candidate.details.sex),
  ]
    .filter((c): c is FieldComparison => c !== undefined)
    .sort((x, y) => y.weight - x.weight)
  const score = round(comparisons.reduce((sum, c) => sum + c.weight, 0))
  return { score, band: bandFor(score, comparisons), reasons: comparisons.map(c => c.reason), comparisons }
}

function bandFor(score: number, comparisons: FieldComparison[]): MatchBand {
  const nhs = comparisons.find(c => c.field === 'nhsNumber')?.level
  if (score < BAND_THRESHOLDS.possible) return 'weak'
  // The NHS number is meant to be unique to a person: when it agrees and the rest does not
  // mostly contradict it, that is strong; when two different numbers are recorded, the NHS
  // is saying these are two people, which is worth a look but never strong.
  if (nhs === 'exact') return 'strong'
  if (nhs === 'different') return 'possible'
  return score >= BAND_THRESHOLDS.strong ? 'strong' : 'possible'
}

/** The best `limit` candidates, highest score first; equal scores in id order, so the result is stable. */
export function rankCandidates<C extends MatchCandidate>(
  query: PersonDetails,
  candidates: readonly C[],
  limit: number,
): RankedCandidate<C>[] {
  const prepared = preparePerson(query)
  return candidates
    .map(candidate => ({ candidate, ...scorePrepared(prepared, preparePerson(candidate)) }))
    .sort(
      (x, y) => y.score - x.score || (x.candidate.id < y.candidate.id ? -1 : x.candidate.id > y.candidate.id ? 1 : 0),
    )
    .slice(0, Math.max(0, limit))
}
