import assert from 'node:assert/strict'
import { parse, type HTMLElement } from 'node-html-parser'

export function html(body: string): HTMLElement {
  return parse(body)
}

export function text(el: HTMLElement | null | undefined): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim()
}

/** The GOV.UK error pattern: title prefix, summary linking to each field, message at the field. */
export function assertGovukErrors(body: string, expected: Record<string, string | RegExp>): void {
  const doc = html(body)
  assert.match(text(doc.querySelector('title')), /^Error: /, 'the title starts with "Error: "')
  const summary = doc.querySelector('.govuk-error-summary')
  assert.ok(summary, 'there is an error summary')
  assert.equal(text(summary.querySelector('.govuk-error-summary__title')), 'There is a problem')
  for (const [field, message] of Object.entries(expected)) {
    const link = summary.querySelector(`a[href="#${field}"]`)
    assert.ok(link, `the summary links to #${field}`)
    const fieldMessage = text(doc.querySelector(`#${field}-error`))
    if (message instanceof RegExp) {
      assert.match(text(link), message)
      assert.match(fieldMessage, message)
    } else {
      assert.equal(text(link), message)
      assert.equal(fieldMessage, `Error: ${message}`)
    }
  }
}
