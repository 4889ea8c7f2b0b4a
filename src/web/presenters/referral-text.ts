import type { LawfulBasis } from '../../domain/referral/referral-content.js'
import type { AdultDetails, ChildDetails, Relationship } from '../../domain/referral/referral-content.js'
import { isValidPostcode, normalisePostcode } from '../../domain/referral/postcode.js'
import { formatDate } from '../formatting.js'

// How the referral journey names people and answers in plain words.

export const RELATIONSHIP_LABELS: Record<Relationship, string> = {
  mother: 'Mother',
  father: 'Father',
  'step-parent': 'Step-parent',
  'mothers-partner': 'Mother’s partner',
  'fathers-partner': 'Father’s partner',
  grandparent: 'Grandparent',
  sibling: 'Brother or sister',
  'other-relative': 'Other relative',
  'foster-carer': 'Foster carer',
  'family-friend': 'Family friend',
  other: 'Other',
}

export function personName(p: { givenName?: string | undefined; familyName?: string | undefined }): string {
  return [p.givenName, p.familyName].filter(Boolean).join(' ')
}

export function childName(c: ChildDetails): string {
  return personName(c) || (c.unborn ? 'Unborn baby' : 'Child with no name given')
}

export function adultName(a: AdultDetails): string {
  return personName(a) || 'Adult with no name given'
}

export function isoToDisplay(iso: string | undefined): string {
  return iso ? formatDate(new Date(`${iso}T12:00:00Z`)) : ''
}

export function childDateText(c: ChildDetails): string {
  if (c.unborn) return c.expectedDate ? `Due ${isoToDisplay(c.expectedDate)}` : 'Not born yet'
  return c.dateOfBirth ? `Born ${isoToDisplay(c.dateOfBirth)}` : ''
}

export const SEX_LABELS: Record<string, string> = { female: 'Female', male: 'Male', 'not-known': 'Not known' }
export const YES_NO: Record<string, string> = { yes: 'Yes', no: 'No', 'not-known': 'Not known' }

/** A valid postcode is shown and stored as NB1 4GH however it was typed; anything else as typed. */
export function tidyPostcode(value: string | undefined): string | undefined {
  return value && isValidPostcode(value) ? normalisePostcode(value) : value
}

export const LAWFUL_BASIS_LABELS: Record<LawfulBasis, string> = {
  'public-task': 'Public task: sharing is part of our safeguarding duties',
  'legal-obligation': 'Legal obligation',
  'vital-interests': 'Vital interests: to protect someone’s life',
  consent: 'Consent from the parent or young person',
}
