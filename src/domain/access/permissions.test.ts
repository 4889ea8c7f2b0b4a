import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import type { Actor } from './actor.js'
import { canOpenLandingPage, landingPageFor, type LandingPage } from './landing.js'
import {
  canAdministerUsers,
  canAuthoriseDecisions,
  canClearRepeatContactFlag,
  canConfigurePartnership,
  canEditReferralDraft,
  canMakeReferral,
  canReadAuditTrail,
  canRaiseDisagreement,
  canSeeOwnDisagreements,
  canRecordPhoneReferral,
  canTrackDisagreements,
  canViewDisagreement,
  canViewEarlyHelpDirectory,
  canViewPersonHistory,
  canViewReferral,
  canViewScreeningRules,
  hasCaseAccess,
  isDisagreementResponder,
  type DisagreementAccessSubject,
  type ReferralAccessSubject,
} from './permissions.js'
import type { AgencyKind, Role } from './roles.js'

const actor = (name: string, agencyId: string, agencyKind: AgencyKind, roles: Role[]): Actor & { name: string } => ({
  name,
  userId: `user-${name}`,
  agencyId,
  agencyKind,
  roles,
})

// The people of the access table: two referrers in one health agency, a lead there, a school
// referrer, front door staff and partnership roles.
const hannah = actor('hannah', 'hv', 'health_visiting', ['referrer'])
const hv2 = actor('hv2', 'hv', 'health_visiting', ['referrer'])
const claire = actor('claire', 'hv', 'health_visiting', ['agency_safeguarding_lead'])
const grace = actor('grace', 'school', 'school', ['referrer', 'agency_safeguarding_lead'])
const sam = actor('sam', 'csc', 'childrens_social_care', ['front_door_practitioner'])
const mark = actor('mark', 'csc', 'childrens_social_care', ['front_door_manager'])
const lou = actor('lou', 'csc', 'childrens_social_care', ['senior_manager'])
const policeSenior = actor('police-senior', 'police', 'police', ['senior_manager'])
const femi = actor('femi', 'hv', 'health_visiting', ['moderation_panel_member'])
const beth = actor('beth', 'partnership', 'partnership', ['partnership_manager'])
const alex = actor('alex', 'partnership', 'partnership', ['administrator'])
const nadia = actor('nadia', 'partnership', 'partnership', ['auditor'])
// A misconfigured account: front door role but outside CSC must not see front door work.
const strayPractitioner = actor('stray', 'housing', 'housing', ['front_door_practitioner'])

const hannahsReferral: ReferralAccessSubject = {
  referringAgencyId: 'hv',
  referredByUserId: hannah.userId,
  recordedByUserId: hannah.userId,
  status: 'submitted',
}
const schoolReferral: ReferralAccessSubject = {
  referringAgencyId: 'school',
  referredByUserId: 'user-teacher',
  recordedByUserId: 'user-teacher',
  status: 'submitted',
}
const hannahsDraft: ReferralAccessSubject = { ...hannahsReferral, status: 'draft' }
const samsPhoneDraft: ReferralAccessSubject = {
  referringAgencyId: 'csc',
  referredByUserId: null,
  recordedByUserId: sam.userId,
  status: 'draft',
}

describe('canViewReferral: who may read a referral', () => {
  const table: Array<[Actor & { name: string }, ReferralAccessSubject, boolean]> = [
    [hannah, hannahsReferral, true],
    [hv2, hannahsReferral, false],
    [claire, hannahsReferral, true],
    [grace, hannahsReferral, false],
    [grace, schoolReferral, true],
    [hannah, schoolReferral, false],
    [claire, schoolReferral, false],
    [sam, hannahsReferral, true],
    [sam, schoolReferral, true],
    [mark, schoolReferral, true],
    [lou, schoolReferral, true],
    [policeSenior, schoolReferral, false],
    [femi, hannahsReferral, false],
    [beth, hannahsReferral, false],
    [alex, hannahsReferral, false],
    [nadia, hannahsReferral, false],
    [strayPractitioner, hannahsReferral, false],
    // Drafts are their author's alone, whoever else could read the sent referral.
    [hannah, hannahsDraft, true],
    [claire, hannahsDraft, false],
    [sam, hannahsDraft, false],
    [mark, hannahsDraft, false],
    [sam, samsPhoneDraft, true],
    [mark, samsPhoneDraft, false],
  ]
  for (const [who, referral, expected] of table) {
    test(`${who.name} ${expected ? 'can' : 'cannot'} read a referral from ${referral.referringAgencyId}`, () => {
      assert.equal(canViewReferral(who, referral), expected)
    })
  }
})

describe('canEditReferralDraft', () => {
  test('only the author edits, and only a draft', () => {
    assert.equal(canEditReferralDraft(hannah, hannahsDraft), true)
    assert.equal(canEditReferralDraft(hannah, hannahsReferral), false)
    assert.equal(canEditReferralDraft(claire, hannahsDraft), false)
    assert.equal(canEditReferralDraft(hannah, { ...hannahsDraft, status: 'discarded' }), false)
  })
})

describe('what each role may do', () => {
  const everyone = [hannah, claire, grace, sam, mark, lou, femi, beth, alex, nadia, strayPractitioner]
  const expect = (predicate: (a: Actor) => boolean, allowed: Array<{ name: string }>) => {
    for (const who of everyone) {
      assert.equal(predicate(who), allowed.includes(who), `${who.name}`)
    }
  }
  test('making referrals is for partner-agency referrers and leads', () =>
    expect(canMakeReferral, [hannah, claire, grace]))
  test('phone referrals are recorded by the front door', () => expect(canRecordPhoneReferral, [sam, mark]))
  test('only front door managers authorise decisions', () => expect(canAuthoriseDecisions, [mark]))
  test('only front door managers clear repeat-contact flags', () => expect(canClearRepeatContactFlag, [mark]))
  test('partnership configuration is for partnership managers and administrators', () =>
    expect(canConfigurePartnership, [beth, alex]))
  test('user administration is for administrators', () => expect(canAdministerUsers, [alex]))
  test('the audit trail is for auditors and administrators', () => expect(canReadAuditTrail, [nadia, alex]))
  test('the screening rules are for the front door, CSC senior managers and partnership roles', () => {
    expect(canViewScreeningRules, [sam, mark, lou, beth, alex, nadia])
    assert.equal(canViewScreeningRules(policeSenior), false, 'a senior manager outside CSC')
  })
  test('the early help directory is for everyone with a role, and nobody without one', () => {
    expect(canViewEarlyHelpDirectory, everyone)
    assert.equal(canViewEarlyHelpDirectory(actor('none', 'hv', 'health_visiting', [])), false)
  })
})

describe('landing pages', () => {
  const cases: Array<[Actor & { name: string }, LandingPage]> = [
    [hannah, 'my-referrals'],
    [claire, 'agency-referrals'],
    [grace, 'agency-referrals'],
    [sam, 'front-door'],
    [mark, 'front-door'],
    [lou, 'escalations'],
    [femi, 'moderation'],
    [beth, 'partnership'],
    [alex, 'administration'],
    [nadia, 'audit'],
  ]
  for (const [who, page] of cases) {
    test(`${who.name} lands on ${page} and may open it`, () => {
      assert.equal(landingPageFor(who), page)
      assert.equal(canOpenLandingPage(who, page), true)
    })
  }
  test('a user with several roles may open each of their pages but no other', () => {
    assert.equal(canOpenLandingPage(grace, 'my-referrals'), true)
    assert.equal(canOpenLandingPage(grace, 'front-door'), false)
    assert.equal(canOpenLandingPage(hannah, 'audit'), false)
  })
  test('a user with no roles has no landing page', () => {
    assert.equal(landingPageFor(actor('none', 'hv', 'health_visiting', [])), undefined)
  })
})

describe('professional disagreements', () => {
  const hannahsDisagreement: DisagreementAccessSubject = {
    raisedByUserId: hannah.userId,
    raisedByAgencyId: 'hv',
    aboutAgencyId: null,
    responderRoles: ['front_door_practitioner'],
    pastResponderUserIds: [],
  }
  const cases: [Actor & { name: string }, boolean][] = [
    [hannah, true], // the raiser
    [hv2, false], // another referrer in her agency
    [claire, true], // her agency's safeguarding lead
    [grace, false], // another agency's referrer and lead
    [sam, true], // a stage 1 responder
    [mark, true],
    [lou, true],
    [policeSenior, false], // senior, but in another partner agency
    [femi, false],
    [beth, true],
    [alex, false],
    [nadia, false],
    [strayPractitioner, false], // a front door role outside CSC does not respond
  ]
  for (const [who, expected] of cases) {
    test(`${who.name} ${expected ? 'may' : 'may not'} view a disagreement raised by hannah`, () => {
      assert.equal(canViewDisagreement(who, hannahsDisagreement), expected)
    })
  }
  test('a past responder keeps access after the disagreement moves on', () => {
    const later = { ...hannahsDisagreement, responderRoles: ['senior_manager' as const] }
    const practitioner = actor('sam2', 'csc', 'childrens_social_care', ['front_door_practitioner'])
    assert.equal(canViewDisagreement(practitioner, later), false)
    assert.equal(canViewDisagreement(practitioner, { ...later, pastResponderUserIds: [practitioner.userId] }), true)
  })
  test('responders answer for CSC or the partnership only', () => {
    assert.equal(isDisagreementResponder(lou, ['senior_manager']), true)
    assert.equal(isDisagreementResponder(policeSenior, ['senior_manager']), false)
    assert.equal(isDisagreementResponder(beth, ['partnership_manager']), true)
    assert.equal(isDisagreementResponder(sam, ['front_door_manager']), false)
  })
  test("when CSC disagrees with a partner agency, that agency's staff respond and CSC's do not", () => {
    const aboutHealthVisiting: DisagreementAccessSubject = {
      raisedByUserId: sam.userId,
      raisedByAgencyId: 'csc',
      aboutAgencyId: 'hv',
      responderRoles: ['referrer'],
      pastResponderUserIds: [],
    }
    assert.equal(isDisagreementResponder(hannah, ['referrer'], 'hv'), true)
    assert.equal(isDisagreementResponder(grace, ['referrer'], 'hv'), false, 'another partner agency')
    assert.equal(isDisagreementResponder(mark, ['agency_safeguarding_lead', 'front_door_manager'], 'hv'), false)
    assert.equal(isDisagreementResponder(beth, ['partnership_manager'], 'hv'), true)
    assert.equal(canViewDisagreement(hannah, aboutHealthVisiting), true)
    assert.equal(canViewDisagreement(hv2, aboutHealthVisiting), true, 'any referrer in the agency may answer stage 1')
    assert.equal(canViewDisagreement(grace, aboutHealthVisiting), false)
    assert.equal(canViewDisagreement(sam, aboutHealthVisiting), true, 'the raiser')
  })
  test('referrers and front door staff raise disagreements; oversight roles do not', () => {
    for (const who of [hannah, claire, grace, sam, mark, lou, policeSenior])
      assert.equal(canRaiseDisagreement(who), true)
    for (const who of [femi, beth, alex, nadia, strayPractitioner]) assert.equal(canRaiseDisagreement(who), false)
  })
  test('the tracker is for CSC managers and the partnership', () => {
    for (const who of [mark, lou, beth]) assert.equal(canTrackDisagreements(who), true)
    for (const who of [hannah, claire, sam, policeSenior, alex, nadia]) assert.equal(canTrackDisagreements(who), false)
  })
  test('"My disagreements" is for those who raise or may be asked to respond; not auditors or administrators', () => {
    for (const who of [hannah, claire, grace, sam, mark, lou, policeSenior, beth]) {
      assert.equal(canSeeOwnDisagreements(who), true, who.name)
    }
    for (const who of [femi, alex, nadia, strayPractitioner]) assert.equal(canSeeOwnDisagreements(who), false, who.name)
  })
})

describe('case access: who may know which child a record is about', () => {
  const everyone = [
    hannah,
    hv2,
    claire,
    grace,
    sam,
    mark,
    lou,
    policeSenior,
    femi,
    beth,
    alex,
    nadia,
    strayPractitioner,
  ]
  test('the front door and CSC senior managers only; the partnership sees pseudonyms', () => {
    assert.deepEqual(
      everyone.filter(hasCaseAccess).map(a => a.name),
      ['sam', 'mark', 'lou'],
    )
  })
  test('some who track disagreements have no case access, so the tracker must pseudonymise for them', () => {
    assert.equal(canTrackDisagreements(beth) && !hasCaseAccess(beth), true)
  })
  test('person histories follow case access exactly', () => {
    for (const who of everyone) assert.equal(canViewPersonHistory(who), hasCaseAccess(who), who.name)
  })
})
