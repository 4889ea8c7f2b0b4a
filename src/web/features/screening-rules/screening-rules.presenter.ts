import { isReferralSourceCode, REFERRAL_SOURCE_LABELS } from '../../../domain/referral/referral-source.js'
import { outcomePhrase, type DecisionOutcome } from '../../../domain/screening/outcomes.js'
import type { DoubleScreeningRule, RuleCondition } from '../../../domain/screening/double-screening-rules.js'
import type { RuleListView } from '../../../services/front-door/rule-lists.js'
import type { ScreeningRulesView } from '../../../services/front-door/screening-settings-service.js'
import { formatDate } from '../../formatting.js'

// Pure view models for the screening rules pages: each rule's settings in plain words, so a
// practitioner can see why a decision went for a second screen without reading JSON.

export type Row = { key: { text: string }; value: { text: string } | { html: string } }

export const row = (key: string, text: string): Row => ({ key: { text: key }, value: { text } })
const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)
export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`

/** "No further action, information and advice", as the rules page lists a rule's outcomes. */
export function outcomesInWords(outcomes: readonly DecisionOutcome[]): string {
  return capitalise(outcomes.map(outcomePhrase).join(', '))
}

/** "2 years" for 24 months, "18 months" otherwise. */
export function ageInWords(months: number): string {
  return months % 12 === 0 ? plural(months / 12, 'year') : plural(months, 'month')
}

const orList = (items: readonly string[]) =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`

function sourceInWords(code: string): string {
  return isReferralSourceCode(code) ? `${REFERRAL_SOURCE_LABELS[code]} (source ${code})` : `Source ${code}`
}

/** The rows that describe what a rule looks at, each setting in words. */
export function conditionRows(condition: RuleCondition): Row[] {
  switch (condition.kind) {
    case 'young-child':
      return [
        row(
          'Children',
          `Under ${ageInWords(condition.maxAgeMonths)} old${condition.includeUnborn ? ', and unborn babies' : ' (not unborn babies)'}`,
        ),
        row('Outcomes', outcomesInWords(condition.outcomes)),
      ]
    case 'below-referrer-level':
      return [
        row("Referrer's view", `The referrer said level ${orList(condition.referrerLevels.map(String))}`),
        row('Proposed level', `At least ${plural(condition.minimumGap, 'level')} lower than the referrer said`),
      ]
    case 'repeat-contact':
      return [
        row(
          'Contacts',
          `${condition.minContacts} or more about the same child or household in ${plural(condition.withinMonths, 'month')}, including this one`,
        ),
        row('Outcomes', 'Any outcome'),
      ]
    case 'source-and-indicators':
      return [
        row(
          'Sources',
          condition.sourceCodes.length === 0 ? 'Any source' : condition.sourceCodes.map(sourceInWords).join('; '),
        ),
        row(
          'Indicators',
          condition.indicatorCodePrefixes.length === 0
            ? 'No indicator needed'
            : `Cites an indicator whose code starts ${orList(condition.indicatorCodePrefixes)}`,
        ),
        row('Outcomes', outcomesInWords(condition.outcomes)),
      ]
    case 'random-sample': {
      const outcomes = condition.outcomes.map(outcomePhrase).join(', ')
      const which = condition.onlyWhenNoOtherRuleFired
        ? `the remaining ${outcomes} decisions: those no other rule picked out`
        : `all ${outcomes} decisions, whether or not another rule picked them out`
      return [
        row('Sample', `Fires for ${condition.percent}% of ${which}`),
        row('How it is chosen', 'At random, by a draw recorded with each decision so it can be checked later'),
      ]
    }
  }
}

const statusTag = (enabled: boolean) =>
  enabled
    ? '<strong class="govuk-tag govuk-tag--green">On</strong>'
    : '<strong class="govuk-tag govuk-tag--grey">Off</strong>'

type AnyRule = { id: string; name: string; description: string; enabled: boolean }

/** One GOV.UK summary card for a rule of any list, with its condition in words. */
export function summaryCard(rule: AnyRule, condition: Row[], idPrefix = 'rule') {
  return {
    card: { title: { text: rule.name, headingLevel: 3 }, attributes: { id: `${idPrefix}-${rule.id}` } },
    classes: 'govuk-!-text-break-word',
    rows: [
      { key: { text: 'Status' }, value: { html: statusTag(rule.enabled) } },
      row('What it is for', rule.description),
      ...condition,
      row('Rule id', rule.id),
    ],
  }
}

/** One GOV.UK summary card per double-screening rule. */
export function ruleCard(rule: DoubleScreeningRule) {
  return summaryCard(rule, conditionRows(rule.condition))
}

/** "4 of 5 rules are on." */
export function rulesOn(rules: readonly AnyRule[]): string {
  const on = rules.filter(rule => rule.enabled).length
  return `${on} of ${plural(rules.length, 'rule')} ${on === 1 ? 'is' : 'are'} on.`
}

/** Who published the version in force, and when. */
export function versionCaption(
  view: Pick<RuleListView<unknown>, 'version' | 'publishedAt' | 'publishedByName'>,
): string {
  const date = formatDate(view.publishedAt)
  if (view.publishedByName) return `Version ${view.version}, published ${date} by ${view.publishedByName}`
  // Only the defaults a partnership starts with are published by nobody.
  return view.version === 1
    ? `Version 1: the rules every partnership starts with, in force since ${date}`
    : `Version ${view.version}, published ${date}`
}

export function rulesPage(
  view: ScreeningRulesView,
  ctx: { canConfigure: boolean; publishedVersion: number | undefined; settingSaved: boolean },
) {
  return {
    pageTitle: 'Screening rules',
    caption: versionCaption(view),
    summary: rulesOn(view.rules),
    cards: view.rules.map(ruleCard),
    recordEveryContact: view.recordEveryContactAsReferral,
    canConfigure: ctx.canConfigure,
    publishedVersion: ctx.publishedVersion,
    settingSaved: ctx.settingSaved
      ? view.recordEveryContactAsReferral
        ? 'Setting saved: every contact is now recorded as a referral'
        : 'Setting saved: only contacts accepted for a social work response are now recorded as referrals'
      : undefined,
  }
}
