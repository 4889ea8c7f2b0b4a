import assert from 'node:assert/strict'
import { html, text } from './html.js'

// GOV.UK summary cards as tests read them: the rows of one card as [key, value] pairs.

export function cardRows(body: string, cardSelector: string): string[][] {
  const card = html(body).querySelector(cardSelector)
  assert.ok(card, `a card ${cardSelector}`)
  return card
    .querySelectorAll('.govuk-summary-list__row')
    .map(row => [
      text(row.querySelector('.govuk-summary-list__key')),
      text(row.querySelector('.govuk-summary-list__value')),
    ])
}

/** The value in the row with this key. */
export const rowValue = (rows: string[][], key: string): string | undefined => rows.find(([k]) => k === key)?.[1]
