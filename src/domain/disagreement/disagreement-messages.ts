// The error messages for disagreements, in GOV.UK style: say what is wrong and how to put it
// right. The web journey and the JSON API show the same messages, so they live beside the rules.

// By hand rather than toLocaleString, so the wording never depends on the runtime's locale data.
const thousands = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',')

export const disagreementMessages = {
  subjectMissing: 'Select what you disagree with',
  reasonsMissing: 'Enter why you disagree',
  outcomeWantedMissing: 'Enter what you want to happen',
  immediateRiskMissing: 'Select yes if a child is at immediate risk of harm',
  startAtStageInvalid: (last: number) => `Select a stage from 1 to ${last}`,
  startAtStageNeedsRisk:
    'You can only start at a later stage if a child is at immediate risk of harm. Otherwise, start at stage 1',
  tooLong: (label: string, maximum: number) => `${label} must be ${thousands(maximum)} characters or fewer`,
  responseMissing: 'Enter your response',
  escalationReasonMissing: 'Enter why you are taking this to the next stage',
  noteMissing: 'Enter what was discussed or agreed',
  outcomeMissing: 'Select the outcome',
  outcomeReasonsMissing: 'Enter the reasons for the outcome',
  newDecisionMissing: 'Select the new decision',
} as const
