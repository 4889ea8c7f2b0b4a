import { ASSESSMENT_DOMAINS, type ThresholdDocument } from '../../domain/threshold/threshold-document.js'
import { DOMAIN_LABELS } from '../../domain/threshold/assessment-framework.js'

/** The threshold document's indicators as one checkbox group per Assessment Framework domain. */
export function indicatorCheckboxGroups(document: ThresholdDocument, selected: readonly string[]) {
  return ASSESSMENT_DOMAINS.map(domain => ({
    id: `domain-${domain}`,
    label: DOMAIN_LABELS[domain],
    items: document.indicators
      .filter(i => i.domain === domain)
      .map(i => ({ value: i.code, text: i.title, hint: { text: i.dimension }, checked: selected.includes(i.code) })),
  }))
}

/** The threshold levels as radio items, with the document's name and summary for each. */
export function levelRadioItems(document: ThresholdDocument, selected: string | undefined) {
  return document.levels.map(l => ({
    value: String(l.level),
    text: `Level ${l.level}: ${l.name}`,
    hint: { text: l.summary },
    checked: String(l.level) === selected,
  }))
}
