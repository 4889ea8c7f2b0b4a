import { sectionsToReread, type CheckAnswers, type MarkedAnswer } from '../../../domain/training/index.js'
import type { EscalationCheck, EscalationCheckResult } from '../../../services/training-service.js'
import { errorsByField, type FieldError } from '../../forms/field-errors.js'
import { formatDate } from '../../formatting.js'

// Pure view models for the self-check and its results.

type Row = { key: { text: string }; value: { text: string } | { html: string } }

const TAGS = {
  right: '<strong class="govuk-tag govuk-tag--green">Right</strong>',
  wrong: '<strong class="govuk-tag govuk-tag--red">Not right</strong>',
}

/** The questions as GOV.UK radios, keeping any answers already given. */
export function checkPage(check: EscalationCheck, answers: CheckAnswers, errors: FieldError[]) {
  const fieldErrors = errorsByField(errors)
  return {
    pageTitle: 'Check what you know about challenging a decision',
    errors,
    policyVersion: check.policyVersion,
    questionCount: check.questions.length,
    questions: check.questions.map(q => ({
      idPrefix: q.id,
      name: q.id,
      fieldset: { legend: { text: `${q.number}. ${q.question}`, classes: 'govuk-fieldset__legend--m' } },
      errorMessage: fieldErrors[q.id],
      items: q.options.map(o => ({ value: o.value, text: o.text, checked: answers[q.id] === o.value })),
    })),
  }
}

function answerCard(a: MarkedAnswer) {
  const rows: Row[] = [
    { key: { text: 'Question' }, value: { text: a.question.question } },
    { key: { text: 'Your answer' }, value: { text: a.answerText } },
    { key: { text: 'Result' }, value: { html: a.correct ? TAGS.right : TAGS.wrong } },
  ]
  if (!a.correct) rows.push({ key: { text: 'The right answer' }, value: { text: a.correctText } })
  rows.push({ key: { text: 'Why' }, value: { text: a.question.explanation } })
  return {
    card: {
      title: { text: `Question ${a.question.number}`, headingLevel: 3 },
      attributes: { id: `question-${a.question.number}` },
    },
    rows,
  }
}

export function resultsPage(result: EscalationCheckResult, guidanceHref: string) {
  const { score, total } = result.marked
  return {
    pageTitle: 'You have completed the check',
    scoreText: `You got ${score} out of ${total} right`,
    completedOn: formatDate(result.completedAt),
    allRight: score === total,
    reread: sectionsToReread(result.marked).map(r => ({ href: `${guidanceHref}#${r.anchor}`, text: r.text })),
    cards: result.marked.answers.map(answerCard),
  }
}
