import { addCalendarDays, type LocalDate } from '../calendar/index.js'
import { addMonths, joinNames } from '../referral/validation-support.js'
import { isNfaLike, outcomePhrase, type DecisionOutcome } from '../screening/outcomes.js'
import {
  daysBetween,
  knownOutcome,
  relevantHistory,
  sameAgency,
  sameReferrer,
  sharesPerson,
  type ContactHistoryItem,
} from './contact-history.js'
import { count, days, longDate, months, ordinal, within } from './wording.js'

// When a contact is part of a pattern the front door must not miss (issue 5 §4): the child
// or family keeps coming back, a referrer returns soon after "no further action", several
// agencies are worried at once, or the child was referred recently. The rules are data a
// partnership manager edits (parseRepeatContactRules checks them); evaluation is pure and
// every flag says, in plain English, what it saw and which contacts it saw it in.

export type RepeatContactCondition =
  /** At least minContacts contacts about the same child or household, this one included. */
  | { kind: 'contacts-in-window'; minContacts: number; withinMonths: number }
  /** This contact arrived within withinDays days after an earlier contact's NFA-like decision. */
  | { kind: 'again-after-nfa'; withinDays: number; sameReferrerOrAgency: boolean }
  /** At least minAgencies different agencies contacted us about the same person. */
  | { kind: 'agencies-in-window'; minAgencies: number; withinDays: number }
  /** An earlier contact about the same child or household was accepted as a referral. */
  | { kind: 're-referral'; withinMonths: number }

export type RepeatContactRuleKind = RepeatContactCondition['kind']
export const REPEAT_CONTACT_RULE_KINDS: readonly RepeatContactRuleKind[] = [
  'contacts-in-window',
  'again-after-nfa',
  'agencies-in-window',
  're-referral',
]

export type RepeatContactRule = {
  /** Stable, lower-case words and hyphens: flags record the id of the rule that fired. */
  id: string
  name: string
  description: string
  enabled: boolean
  condition: RepeatContactCondition
}

export type RepeatContactFlag = {
  ruleId: string
  ruleName: string
  /** The earlier contacts the rule saw, oldest first. The flag belongs to the current contact. */
  triggeringContactIds: string[]
  explanation: string
}

export type RepeatContactEvaluation = { flags: RepeatContactFlag[] }

type Finding = { contacts: ContactHistoryItem[]; explanation: string }
type Facts = { current: ContactHistoryItem; earlier: ContactHistoryItem[]; today: LocalDate }
type Condition<K extends RepeatContactRuleKind> = Extract<RepeatContactCondition, { kind: K }>

function contactsInWindow(c: Condition<'contacts-in-window'>, f: Facts): Finding | undefined {
  const from = addMonths(f.today, -c.withinMonths)
  const inWindow = f.earlier.filter(item => item.receivedOn >= from)
  const total = inWindow.length + 1
  if (total < c.minContacts) return undefined
  const first = inWindow[0]?.receivedOn ?? f.current.receivedOn
  return {
    contacts: inWindow,
    explanation: `This is the ${ordinal(total)} contact about the same child or household ${within(first, f.today)}. The rule looks for ${c.minContacts} or more contacts within ${months(c.withinMonths)}, including this one.`,
  }
}

type NfaDecision = { item: ContactHistoryItem; outcome: DecisionOutcome; decidedOn: LocalDate }

function againAfterNfa(c: Condition<'again-after-nfa'>, f: Facts): Finding | undefined {
  const received = f.current.receivedOn
  const matches = f.earlier.flatMap((item): NfaDecision[] => {
    const outcome = knownOutcome(item, f.today)
    const decidedOn = item.decidedOn
    if (outcome === undefined || !isNfaLike(outcome) || decidedOn === undefined) return []
    const gap = daysBetween(decidedOn, received)
    if (gap < 0 || gap > c.withinDays) return []
    if (c.sameReferrerOrAgency && !sameReferrer(item, f.current) && !sameAgency(item, f.current)) return []
    return [{ item, outcome, decidedOn }]
  })
  // The most recent decision explains it best; on the same day, the later contact.
  const latest = matches.reduce<NfaDecision | undefined>(
    (best, m) => (best === undefined || m.decidedOn >= best.decidedOn ? m : best),
    undefined,
  )
  if (latest === undefined) return undefined
  const gap = daysBetween(latest.decidedOn, received)
  const when = gap === 0 ? 'on the same day as' : `${days(gap)} after`
  const closed = `closed with ${outcomePhrase(latest.outcome)} on ${longDate(latest.decidedOn)}`
  const sentence = !c.sameReferrerOrAgency
    ? `This contact came ${when} an earlier contact about the same child or household was ${closed}`
    : sameReferrer(latest.item, f.current)
      ? `The same referrer contacted us again ${when} their earlier contact was ${closed}`
      : `The same agency, ${latest.item.agencyName}, contacted us again ${when} its earlier contact was ${closed}`
  const others =
    matches.length > 1
      ? `. ${count(matches.length - 1, 'other no-further-action decision')} also came within ${days(c.withinDays)} before it`
      : ''
  const scope = c.sameReferrerOrAgency ? 'from the same referrer or agency ' : ''
  return {
    contacts: matches.map(m => m.item),
    explanation: `${sentence}${others}. The rule looks for a contact ${scope}within ${days(c.withinDays)} after a no-further-action decision.`,
  }
}

function agenciesInWindow(c: Condition<'agencies-in-window'>, f: Facts): Finding | undefined {
  const from = addCalendarDays(f.today, -c.withinDays)
  const about = f.earlier.filter(item => item.receivedOn >= from && sharesPerson(item, f.current))
  // For each person on this contact, the agencies that contacted us about them: the flag is
  // about one person seen by several agencies, not several agencies each seeing someone else.
  let best: ContactHistoryItem[] = []
  let bestAgencies: string[] = []
  for (const personId of [...f.current.personIds].sort()) {
    const contacts = about.filter(item => item.personIds.includes(personId))
    const agencies = [...new Set([f.current.agencyId, ...contacts.map(item => item.agencyId)])]
    if (agencies.length > bestAgencies.length) [best, bestAgencies] = [contacts, agencies]
  }
  if (bestAgencies.length < c.minAgencies) return undefined
  const names = bestAgencies.map(
    id => [f.current, ...best].find(item => item.agencyId === id)?.agencyName.trim() || 'an unnamed agency',
  )
  return {
    contacts: best,
    explanation: `${bestAgencies.length} agencies have contacted us about the same child in the last ${days(c.withinDays)}: ${joinNames(names)}. The rule looks for ${c.minAgencies} or more.`,
  }
}

function reReferral(c: Condition<'re-referral'>, f: Facts): Finding | undefined {
  const from = addMonths(f.today, -c.withinMonths)
  const referrals = f.earlier.filter(item => item.acceptedAsReferral && item.receivedOn >= from)
  const last = referrals[referrals.length - 1]
  if (last === undefined) return undefined
  const previous = `A previous contact about the same child or household, received on ${longDate(last.receivedOn)}, was accepted as a referral`
  const others = referrals.length > 1 ? ` (and ${count(referrals.length - 1, 'earlier one')})` : ''
  const so = f.current.acceptedAsReferral
    ? 'so this is a re-referral'
    : 'so if this contact is accepted as a referral, it will be a re-referral'
  return {
    contacts: referrals,
    explanation: `${previous}${others}, ${so}. The rule looks for a previous referral within ${months(c.withinMonths)}.`,
  }
}

function finding(condition: RepeatContactCondition, facts: Facts): Finding | undefined {
  switch (condition.kind) {
    case 'contacts-in-window':
      return contactsInWindow(condition, facts)
    case 'again-after-nfa':
      return againAfterNfa(condition, facts)
    case 'agencies-in-window':
      return agenciesInWindow(condition, facts)
    case 're-referral':
      return reReferral(condition, facts)
  }
}

/**
 * Which enabled rules fire for a contact, given the other contacts about the same children or
 * households. Contacts received after `today` are ignored, as are decisions dated after it;
 * windows run back from `today`, and the after-NFA gap runs to the day this contact was received.
 * Flags keep the order of `rules`.
 */
export function evaluateRepeatContact(
  rules: readonly RepeatContactRule[],
  current: ContactHistoryItem,
  history: readonly ContactHistoryItem[],
  today: LocalDate,
): RepeatContactEvaluation {
  const facts: Facts = { current, earlier: relevantHistory(current, history, today), today }
  const flags = rules.flatMap(rule => {
    if (!rule.enabled) return []
    const found = finding(rule.condition, facts)
    if (found === undefined) return []
    return [
      {
        ruleId: rule.id,
        ruleName: rule.name,
        triggeringContactIds: found.contacts.map(item => item.contactId),
        explanation: found.explanation,
      },
    ]
  })
  return { flags }
}
