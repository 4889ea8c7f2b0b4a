import { fail, ok, type Result } from '../shared/result.js'
import type { CheckQuestion } from './escalation-check.js'

// Marking the self-check. Every question must be answered for the check to count as completed;
// the score is recorded, but a low score is never a failure: the results say what to re-read.

/** What the user chose, by question id. */
export type CheckAnswers = Readonly<Record<string, string>>

export type MarkedAnswer = Readonly<{
  question: CheckQuestion
  answer: string
  answerText: string
  correct: boolean
  correctText: string
}>

export type MarkedCheck = Readonly<{ answers: readonly MarkedAnswer[]; score: number; total: number }>

export type Unanswered = Readonly<{ question: CheckQuestion; message: string }>

export const unansweredMessage = (q: CheckQuestion) => `Select an answer to question ${q.number}: ${q.topic}`

/**
 * The user's answers from a form body: only the questions' own fields, and only values that are
 * one of the question's options, so a tampered answer counts as no answer.
 */
export function readAnswers(
  questions: readonly CheckQuestion[],
  body: Readonly<Record<string, unknown>>,
): CheckAnswers {
  const answers: Record<string, string> = {}
  for (const q of questions) {
    const raw = body[q.id]
    const value = typeof raw === 'string' ? raw : Array.isArray(raw) && typeof raw[0] === 'string' ? raw[0] : ''
    if (q.options.some(o => o.value === value)) answers[q.id] = value
  }
  return answers
}

/** Marks a full set of answers, or lists every question left unanswered, in order. */
export function markCheck(
  questions: readonly CheckQuestion[],
  answers: CheckAnswers,
): Result<MarkedCheck, Unanswered[]> {
  const unanswered = questions
    .filter(q => !q.options.some(o => o.value === answers[q.id]))
    .map(question => ({ question, message: unansweredMessage(question) }))
  if (unanswered.length > 0) return fail(unanswered)
  const marked = questions.map(question => {
    const answer = answers[question.id]!
    return {
      question,
      answer,
      answerText: optionText(question, answer),
      correct: answer === question.correct,
      correctText: optionText(question, question.correct),
    }
  })
  return ok({ answers: marked, score: marked.filter(m => m.correct).length, total: questions.length })
}

function optionText(question: CheckQuestion, value: string): string {
  return question.options.find(o => o.value === value)?.text ?? value
}

/** The guidance sections to re-read: one per wrongly answered question, without repeats. */
export function sectionsToReread(check: MarkedCheck): CheckQuestion['reread'][] {
  const sections = new Map<string, CheckQuestion['reread']>()
  for (const a of check.answers) if (!a.correct) sections.set(a.question.reread.anchor, a.question.reread)
  return [...sections.values()]
}
