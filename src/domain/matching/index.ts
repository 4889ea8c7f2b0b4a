export {
  BLOCKING_KEY_NAMES,
  blockingKeys,
  familyBlockingName,
  familyDobKey,
  familyPostcodeKey,
  givenBlockingName,
  givenDobKey,
  givenPostcodeKey,
  namesKey,
  namesMonthDayKey,
  namesYearKey,
  nhsNumberKey,
  postcodeYearKey,
  storedBlockingKeys,
  type BlockingKeyName,
  type BlockingKeys,
  type StoredBlockingKeys,
} from './blocking.js'
export {
  compareDateOfBirth,
  compareFamilyName,
  compareGivenName,
  compareNhsNumber,
  comparePostcode,
  compareSex,
  dateOfBirthLevel,
  familyNameLevel,
  forenameLevel,
  type FieldComparison,
} from './comparators.js'
export { FORENAME_GROUPS, forenameRepresentative, isKnownShortForm } from './forenames.js'
export { jaro, jaroWinkler } from './jaro-winkler.js'
export { compactNhsNumber, compactPostcode, normaliseName, outwardCode } from './normalise.js'
export type { MatchCandidate, Person, PersonDetails, PersonSex } from './person-details.js'
export { phoneticKey } from './phonetic.js'
export { rankCandidates, scoreMatch, type MatchBand, type MatchScore, type RankedCandidate } from './score.js'
export { AGREEMENT, agreementWeight, BAND_THRESHOLDS } from './weights.js'
