import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { DEFAULT_ESCALATION_POLICY } from '../disagreement/escalation-policy.js'
import { escalationCheckQuestions } from './escalation-check.js'
import { markCheck, readAnswers, sectionsToReread } from './marking.js'

const QUESTIONS = escalationCheckQuestions(DEFAULT_ESCALATION_POLICY, { frontDoorPhone: '01632 960 100' })

const ALL_RIGHT: Record<string, string> = {
  'stage-1-response-time': '3',
  'immediate-risk': 'protect-first',
  'not-a-complaint': 'no-healthy',
  'no-response': 'next-stage',
  'who-responds': 'stage-2',
}

describe('marking the escalation self-check', () => {
  test('all five right scores 5 out of 5, with nothing to re-read', () => {
    const marked = markCheck(QUESTIONS, ALL_RIGHT)
    assert.ok(marked.ok)
    assert.equal(marked.value.score, 5)
    assert.equal(marked.value.total, 5)
    assert.ok(marked.value.answers.every(a => a.correct))
    assert.deepEqual(sectionsToReread(marked.value), [])
  })

  test('wrong answers are marked wrong with the answer given, the right one and where to re-read', () => {
    const marked = markCheck(QUESTIONS, { ...ALL_RIGHT, 'stage-1-response-time': '2', 'who-responds': 'stage-1' })
    assert.ok(marked.ok)
    assert.equal(marked.value.score, 3)
    const [first, , , , fifth] = marked.value.answers
    assert.equal(first!.correct, false)
    assert.equal(first!.answerText, '2 working days')
    assert.equal(first!.correctText, '3 working days')
    assert.equal(fifth!.answerText, DEFAULT_ESCALATION_POLICY.stages[0]!.responders.responderSide)
    assert.equal(fifth!.correctText, 'Front door team manager')
    assert.deepEqual(
      sectionsToReread(marked.value).map(r => r.anchor),
      ['stage-1', 'stage-2'],
    )
  })

  test('every wrong answer scores 0 and is still a completed check', () => {
    const wrong = Object.fromEntries(QUESTIONS.map(q => [q.id, q.options.find(o => o.value !== q.correct)!.value]))
    const marked = markCheck(QUESTIONS, wrong)
    assert.ok(marked.ok)
    assert.equal(marked.value.score, 0)
    assert.equal(sectionsToReread(marked.value).length, 5)
  })

  test('each unanswered question is listed in order, naming it', () => {
    const { 'immediate-risk': _a, 'who-responds': _b, ...some } = ALL_RIGHT
    const marked = markCheck(QUESTIONS, some)
    assert.equal(marked.ok, false)
    assert.ok(!marked.ok)
    assert.deepEqual(
      marked.error.map(u => u.message),
      [
        'Select an answer to question 2: what to do first when a child is at immediate risk',
        'Select an answer to question 5: who responds at stage 2',
      ],
    )
    assert.deepEqual(
      marked.error.map(u => u.question.id),
      ['immediate-risk', 'who-responds'],
    )
  })

  test('reading a form keeps only real options for the questions asked', () => {
    const answers = readAnswers(QUESTIONS, {
      'stage-1-response-time': '3',
      'immediate-risk': ['protect-first', 'wait-for-review'],
      'not-a-complaint': 'maybe',
      'no-response': 42,
      'something-else': 'x',
      _csrf: 'token',
    })
    assert.deepEqual(answers, { 'stage-1-response-time': '3', 'immediate-risk': 'protect-first' })
    const marked = markCheck(QUESTIONS, answers)
    assert.ok(!marked.ok)
    assert.equal(marked.error.length, 3, 'a made-up value counts as no answer')
  })
})
