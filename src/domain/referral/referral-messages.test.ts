import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { possessive, referralMessages } from './referral-messages.js'

const { children, adults, concerns, referrer, call, text } = referralMessages

// Every message in the catalogue: the fixed ones as they are, the others with sample arguments.
function allMessages(): string[] {
  const fixed: string[] = []
  const visit = (value: unknown): void => {
    if (typeof value === 'string') fixed.push(value)
    else if (value !== null && typeof value === 'object') Object.values(value).forEach(visit)
  }
  visit(referralMessages)
  return [
    ...fixed,
    children.dateOfBirthMissing('Ava'),
    children.adult('the child'),
    children.sexMissing('the unborn baby'),
    children.sexBorn('Ava'),
    adults.relationshipMissing('Chloe', 'Ava'),
    adults.livesWithChildrenMissing('Chloe', true),
    adults.livesWithChildrenMissing('Chloe', false),
    concerns.indicatorUnknown('XX-1'),
    concerns.descriptionShort(20),
    ...(['you', 'caller'] as const).flatMap(who => [
      referrer.nameMissing(who),
      referrer.jobTitleMissing(who),
      referrer.agencyNameMissing(who),
      referrer.phoneMissing(who),
      referrer.emailMissing(who),
    ]),
    call.sourceWrongList('public'),
    call.sourceWrongList('professional'),
    text.tooLong('description', 10_000),
  ]
}

describe('referral messages', () => {
  test('every message starts with a capital letter and, in GOV.UK style, has no full stop or "please"', () => {
    const messages = allMessages()
    assert.ok(messages.length > 40, `${messages.length} messages`)
    for (const message of messages) {
      assert.match(message, /^[A-Z"]/, message)
      assert.doesNotMatch(message, /\.$/, message)
      assert.doesNotMatch(message, /please/i, message)
    }
  })

  test('messages that name a person use their name as typed', () => {
    assert.equal(referralMessages.children.dateOfBirthMissing('Zoë'), "Enter Zoë's date of birth")
    assert.equal(
      referralMessages.adults.relationshipMissing("Chloe O'Brien", 'Ava'),
      "Select how Chloe O'Brien is related to Ava",
    )
    assert.equal(possessive('James'), "James's")
    assert.match(referralMessages.children.adult('the child'), /^The child is 18 or over/)
  })

  test('the character limit is written with a thousands separator', () => {
    assert.equal(referralMessages.text.tooLong('description', 10_000), 'Description must be 10,000 characters or less')
    assert.equal(referralMessages.text.tooLong('name', 200), 'Name must be 200 characters or less')
  })
})
