import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import type { Actor } from '../domain/access/actor.js'
import type { AgencyKind, Role } from '../domain/access/roles.js'
import { navigationFor } from './navigation.js'

const actor = (agencyKind: AgencyKind, roles: Role[]): Actor => ({
  userId: 'u',
  agencyId: agencyKind,
  agencyKind,
  roles,
})

const texts = (a: Actor | null, demoMode = false) => navigationFor(a, '/', demoMode).map(i => i.text)

const hannah = actor('health_visiting', ['referrer'])
const sam = actor('childrens_social_care', ['front_door_practitioner'])
const mark = actor('childrens_social_care', ['front_door_manager'])
const lou = actor('childrens_social_care', ['senior_manager'])
const beth = actor('partnership', ['partnership_manager'])
const alex = actor('partnership', ['administrator'])
const nadia = actor('partnership', ['auditor'])
const femi = actor('health_visiting', ['moderation_panel_member'])

describe('the service navigation', () => {
  test('nobody signed in has no navigation', () => {
    assert.deepEqual(navigationFor(null, '/', true), [])
  })

  test('a referrer: home, their disagreements, the guidance and sign out', () => {
    assert.deepEqual(texts(hannah), [
      'Home',
      'My disagreements',
      'Threshold guidance',
      'How to challenge a decision',
      'Early help directory',
      'Sign out',
    ])
  })

  test('a front door manager has both My disagreements and the escalation tracker', () => {
    assert.deepEqual(texts(mark).slice(0, 3), ['Home', 'My disagreements', 'Escalation tracker'])
  })

  test('the escalation tracker is for CSC managers and the partnership manager only', () => {
    const tracks = (a: Actor) => texts(a).includes('Escalation tracker')
    assert.deepEqual([hannah, sam, mark, lou, beth, alex, nadia, femi].map(tracks), [
      false,
      false,
      true,
      true,
      true,
      false,
      false,
      false,
    ])
  })

  test('My disagreements is for those who raise or respond; not auditors, administrators or panel members', () => {
    const mine = (a: Actor) => texts(a).includes('My disagreements')
    assert.deepEqual([hannah, sam, mark, lou, beth, alex, nadia, femi].map(mine), [
      true,
      true,
      true,
      true,
      true,
      false,
      false,
      false,
    ])
  })

  test('the current page is marked, and only that one', () => {
    const items = navigationFor(beth, '/disagreements/tracker', false)
    assert.deepEqual(
      items.filter(i => i.current).map(i => i.text),
      ['Escalation tracker'],
    )
  })

  test('the navigation stays short: at most nine items for anyone', () => {
    for (const a of [hannah, sam, mark, lou, beth, alex, nadia, femi]) {
      assert.ok(texts(a, true).length <= 9, texts(a, true).join(', '))
    }
  })

  test('the demo outbox shows only in demo mode', () => {
    assert.equal(texts(hannah, true).includes('Demo outbox'), true)
    assert.equal(texts(hannah, false).includes('Demo outbox'), false)
  })
})
