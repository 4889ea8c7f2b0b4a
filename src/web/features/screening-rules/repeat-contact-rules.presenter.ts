import type { RepeatContactCondition } from '../../../domain/repeat-contact/index.js'
import type { RepeatContactRulesView } from '../../../services/front-door/repeat-contact-rules-service.js'
import { plural, row, rulesOn, summaryCard, versionCaption, type Row } from './screening-rules.presenter.js'

// Pure: the repeat-contact rules in plain words, for their section of the screening rules page.

/** The rows that describe what a repeat-contact rule looks for, each setting in words. */
export function repeatConditionRows(condition: RepeatContactCondition): Row[] {
  switch (condition.kind) {
    case 'contacts-in-window':
      return [
        row(
          'Contacts',
          `${condition.minContacts} or more about the same child or household in ${plural(condition.withinMonths, 'month')}, including this one`,
        ),
      ]
    case 'again-after-nfa':
      return [
        row(
          'Contacted again',
          `Within ${plural(condition.withinDays, 'day')} after an earlier contact was closed with no further action or information and advice`,
        ),
        row(
          'Who from',
          condition.sameReferrerOrAgency
            ? 'The same referrer or the same agency'
            : 'Anyone, about the same child or household',
        ),
      ]
    case 'agencies-in-window':
      return [
        row(
          'Agencies',
          `${condition.minAgencies} or more agencies about the same child in ${plural(condition.withinDays, 'day')}, this contact's included`,
        ),
      ]
    case 're-referral':
      return [
        row(
          'Earlier referral',
          `A contact about the same child or household accepted as a referral in the last ${plural(condition.withinMonths, 'month')}`,
        ),
      ]
  }
}

export function repeatContactRulesSection(view: RepeatContactRulesView, publishedVersion: number | undefined) {
  return {
    caption: versionCaption(view),
    summary: rulesOn(view.rules),
    cards: view.rules.map(rule => summaryCard(rule, repeatConditionRows(rule.condition), 'repeat-rule')),
    publishedVersion: publishedVersion === view.version ? view.version : undefined,
  }
}
