import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { DEFAULT_ESCALATION_POLICY, type EscalationPolicy } from '../disagreement/escalation-policy.js'
import { dayOptions, escalationCheckQuestions, howToContact, QUESTION_COUNT } from './escalation-check.js'

const CONTACTS = { frontDoorPhone: '01632 960 100' }

/** The default policy with some stages changed, as a partnership manager would publish it. */
function withStages(change: (stages: any[]) => void): EscalationPolicy {
  const policy = structuredClone(DEFAULT_ESCALATION_POLICY) as { stages: any[] }
  change(policy.stages)
  return policy as EscalationPolicy
}

const byId = (policy: EscalationPolicy, id: string) => {
  const q = escalationCheckQuestions(policy, CONTACTS).find(x => x.id === id)
  assert.ok(q, `a question ${id}`)
  return q
}
const optionTexts = (q: { options: readonly { text: string }[] }) => q.options.map(o => o.text)
const correctText = (q: { options: readonly { value: string; text: string }[]; correct: string }) =>
  q.options.find(o => o.value === q.correct)?.text

describe('the escalation self-check questions', () => {
  test('there are five, numbered in order, each with a correct option among its options and no repeats', () => {
    const questions = escalationCheckQuestions(DEFAULT_ESCALATION_POLICY, CONTACTS)
    assert.equal(questions.length, QUESTION_COUNT)
    assert.deepEqual(
      questions.map(q => q.number),
      [1, 2, 3, 4, 5],
    )
    assert.equal(new Set(questions.map(q => q.id)).size, QUESTION_COUNT)
    for (const q of questions) {
      assert.ok(
        q.options.some(o => o.value === q.correct),
        `${q.id} has its right answer as an option`,
      )
      assert.equal(new Set(q.options.map(o => o.value)).size, q.options.length, `${q.id} values are unique`)
      assert.equal(new Set(q.options.map(o => o.text)).size, q.options.length, `${q.id} texts are unique`)
      assert.ok(q.options.length >= 2 && q.options.length <= 4)
      assert.ok(q.explanation.length > 20)
    }
  })

  test('stage 1’s response time comes from the policy, with the raise-within days as a trap explained', () => {
    const q = byId(DEFAULT_ESCALATION_POLICY, 'stage-1-response-time')
    assert.equal(q.question, 'How many working days does the front door have to respond at stage 1?')
    assert.equal(q.correct, '3')
    assert.deepEqual(optionTexts(q), ['1 working day', '2 working days', '3 working days', '5 working days'])
    assert.match(
      q.explanation,
      /^At stage 1 \(Practitioner to practitioner\), the response is due within 3 working days\./,
    )
    assert.match(q.explanation, /The 2 working days is how soon to raise a disagreement/)

    const edited = byId(
      withStages(s => {
        s[0].respondWithinWorkingDays = 7
        delete s[0].raiseWithinWorkingDays
      }),
      'stage-1-response-time',
    )
    assert.equal(edited.correct, '7')
    assert.ok(optionTexts(edited).includes('7 working days'))
    assert.match(edited.explanation, /within 7 working days/)
    assert.doesNotMatch(edited.explanation, /how soon to raise/)
  })

  test('the day options are the right one and the three nearest, smallest first', () => {
    const values = (days: number) => dayOptions(days).map(o => o.value)
    assert.deepEqual(values(1), ['1', '2', '3', '5'])
    assert.deepEqual(values(10), ['3', '5', '10', '15'])
    assert.deepEqual(values(30), ['10', '15', '20', '30'])
    assert.equal(dayOptions(1)[0]!.text, '1 working day')
    assert.deepEqual(values(4), ['2', '3', '4', '5'])
  })

  test('immediate risk: protect the child first, with the front door’s number from the configuration', () => {
    const q = escalationCheckQuestions(DEFAULT_ESCALATION_POLICY, { frontDoorPhone: '0300 123 4567' })[1]!
    assert.equal(q.question, 'A child is at immediate risk. What do you do first?')
    assert.match(correctText(q) ?? '', /^Act to protect the child: call 999 .* ask for the duty manager$/)
    assert.match(q.explanation, /call the front door on 0300 123 4567 and ask for the duty manager/)
    assert.equal(q.reread.anchor, 'immediate-risk')
  })

  test('challenge is not a complaint; no response by the deadline means the next stage', () => {
    const complaint = byId(DEFAULT_ESCALATION_POLICY, 'not-a-complaint')
    assert.match(correctText(complaint) ?? '', /^No: challenge between professionals is expected and healthy practice$/)
    const late = byId(DEFAULT_ESCALATION_POLICY, 'no-response')
    assert.equal(correctText(late), 'Take it to the next stage and say why')
    assert.match(late.explanation, /From stage 1, that is stage 2 \(Line managers\)\./)
  })

  test('who responds at stage 2 comes from the policy’s responders, and follows an edit', () => {
    const q = byId(DEFAULT_ESCALATION_POLICY, 'who-responds')
    assert.equal(q.question, 'Who responds to your disagreement at stage 2 (Line managers)?')
    assert.equal(correctText(q), 'Front door team manager')
    assert.deepEqual(
      optionTexts(q),
      DEFAULT_ESCALATION_POLICY.stages.slice(0, 4).map(s => s.responders.responderSide),
    )
    assert.match(q.explanation, /On your side: Line manager or designated safeguarding lead\./)
    assert.match(q.explanation, /call the front door on 01632 960 100/)

    const edited = byId(
      withStages(s => {
        s[1].name = 'Team managers'
        s[1].responders.responderSide = 'Duty team manager'
      }),
      'who-responds',
    )
    assert.equal(edited.question, 'Who responds to your disagreement at stage 2 (Team managers)?')
    assert.equal(correctText(edited), 'Duty team manager')
    assert.equal(edited.reread.text, 'Stage 2: Team managers')
  })

  test('a one-stage policy asks about stage 1, and still offers a wrong answer', () => {
    const one = withStages(s => s.splice(1))
    const q = byId(one, 'who-responds')
    assert.match(q.question, /at stage 1 \(Practitioner to practitioner\)\?$/)
    assert.equal(q.options.length, 2)
    assert.equal(q.correct, 'stage-1')
    assert.doesNotMatch(byId(one, 'no-response').explanation, /From stage 1/)
  })

  test('stages whose responders share a name offer it once', () => {
    const q = byId(
      withStages(s => {
        s[2].responders.responderSide = s[1].responders.responderSide
      }),
      'who-responds',
    )
    assert.equal(optionTexts(q).filter(t => t === 'Front door team manager').length, 1)
    assert.equal(q.options.length, 4)
  })

  test('how to contact: the front door’s number only for stages it answers', () => {
    const [first, , , , fifth] = DEFAULT_ESCALATION_POLICY.stages
    assert.equal(
      howToContact(first!, CONTACTS),
      'Through the disagreement in Threshold: they are told when it reaches this stage. To talk it through, call the front door on 01632 960 100.',
    )
    assert.equal(
      howToContact(fifth!, CONTACTS),
      'Through the disagreement in Threshold: they are told when it reaches this stage.',
    )
  })
})
