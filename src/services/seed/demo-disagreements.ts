import { addWorkingDays, toLondonDate, type LocalDate } from '../../domain/calendar/index.js'
import type { Result } from '../../domain/shared/result.js'
import { findUserByEmail, toActor } from '../../data/repositories/identity-repository.js'
import { fixedClock } from '../clock.js'
import { currentEscalationPolicy } from '../escalation-policy-service.js'
import {
  acceptResponse,
  closeDisagreement,
  escalateDisagreement,
  raiseDisagreement,
  respondAtStage,
} from '../disagreement/disagreement-service.js'
import { respondToFeedback } from '../front-door/feedback-service.js'
import type { ServiceDeps } from '../index.js'
import { calendar } from '../referral-service.js'
import { GRACE, JO, SAMIR } from './demo-referral-builders.js'
import { londonTime, workingDaysBefore } from './demo-referrals.js'
import { findDemoContact } from './demo-screening.js'
import { PRIYA, SAM } from './demo-screening-plan.js'

// Professional disagreements in the demo, raised and worked through the real services so the
// tracker, "My disagreements", timelines, clocks and outbox are what real use leaves behind:
// - Jo Evans (family support volunteer) challenged "no further action" for Tyler-Rose Bennett.
//   The front door upheld it; she took it to stage 2, where the managers' response is overdue.
// - Dr Samir Chaudhry (GP) thought the O'Donaill referral needed a strategy discussion. The front
//   door explained, he accepted, and a joint plan was recorded.
// - Children's social care asked the school for attendance records it had not shared, and waits
//   for the school's answer at stage 1.
// The Hughes family is left for you: decide Hannah Ward's open contact and see what happens.

type SeedServiceDeps = Omit<ServiceDeps, 'sessionTtlHours'>

export async function seedDemoDisagreements(base: SeedServiceDeps, now: Date): Promise<void> {
  const seedDay = toLondonDate(now)
  // The partnership's policy was in force before any of the demo's referrals arrived.
  await currentEscalationPolicy(base.db, londonTime(workingDaysBefore(seedDay, 20), '09:00'))
  const as = async (email: string, at: Date) => {
    const user = await findUserByEmail(base.db, email)
    if (!user) throw new Error(`Demo disagreements: no demo user ${email}`)
    if (at >= now) throw new Error(`Demo disagreements: a step at ${at.toISOString()} is in the future`)
    const actor = toActor(user)
    const deps: ServiceDeps = { ...base, clock: fixedClock(at), sessionTtlHours: 0 }
    return { deps, actor, ctx: { actor, correlationId: 'seed-demo' } }
  }
  const contact = async (key: string) => {
    const found = await findDemoContact(base.db, key, seedDay)
    if (!found) throw new Error(`Demo disagreements: no contact for ${key}`)
    return found
  }
  /** A London time `days` working days after the contact arrived. */
  const after = (receivedAt: Date, days: number, time: string) =>
    londonTime(addWorkingDays(calendar, toLondonDate(receivedAt), days) as LocalDate, time)

  // Bennett: raised from the feedback, upheld at stage 1, taken to stage 2.
  const bennett = await contact('bennett-vague')
  let step = await as(JO, after(bennett.receivedAt, 2, '10:05'))
  const answered = await respondToFeedback(step.deps, step.ctx, step.actor, bennett.referralId, {
    kind: 'disagreed',
    answers: {
      subject: 'decision',
      reasons:
        'I see Tyler-Rose twice a week. Since I referred she has come to the group in the same clothes every time, ' +
        'hungry, and mum has missed two appointments I booked. I think the decision was made without this.',
      evidence: 'Group attendance notes for the last three weeks.',
      outcomeWanted: 'Someone from the front door to talk to me and look at this again with what I know now.',
      immediateRisk: 'no',
    },
  })
  const d1 = must('Bennett: disagreeing', answered).disagreement!
  step = await as(SAM, after(bennett.receivedAt, 3, '15:10'))
  const upheld = must(
    'Bennett: the response',
    await respondAtStage(step.deps, step.ctx, step.actor, d1.id, d1.version, {
      response:
        'I rang Jo on Thursday. What she describes is worrying but is not yet evidence of neglect: mum has not been ' +
        'asked for consent and nothing has been tried at universal level. I suggested an early help assessment with ' +
        "mum's agreement. The decision stands.",
    }),
  )
  step = await as(JO, after(bennett.receivedAt, 4, '09:35'))
  must(
    'Bennett: taking it to stage 2',
    await escalateDisagreement(step.deps, step.ctx, step.actor, d1.id, upheld.version, {
      reason: 'Mum will not engage with early help and Tyler-Rose is still coming in hungry. I want a manager to look.',
    }),
  )

  // O'Donaill: a question about the level, answered, accepted and closed with a joint plan.
  const odonaill = await contact('o-donaill')
  step = await as(SAMIR, after(odonaill.receivedAt, 2, '12:40'))
  const d2 = must(
    "O'Donaill: raising",
    await raiseDisagreement(step.deps, step.ctx, step.actor, {
      raisedVia: 'practitioner',
      referralId: odonaill.referralId,
      answers: {
        subject: 'threshold-level',
        reasons: 'Given the injury history I expected a strategy discussion, not only an assessment.',
        outcomeWanted: 'A strategy discussion, or to understand why not.',
        immediateRisk: 'no',
      },
    }),
  )
  step = await as(SAM, after(odonaill.receivedAt, 3, '10:20'))
  const explained = must(
    "O'Donaill: the response",
    await respondAtStage(step.deps, step.ctx, step.actor, d2.id, d2.version, {
      response:
        'We spoke this morning. The assessment is under way and a strategy discussion will be held at once if the ' +
        'social worker finds any sign of physical harm. The GP practice will share the next appointment outcomes.',
    }),
  )
  step = await as(SAMIR, after(odonaill.receivedAt, 3, '13:05'))
  const accepted = must(
    'O’Donaill: accepting',
    await acceptResponse(step.deps, step.ctx, step.actor, d2.id, explained.version),
  )
  step = await as(SAM, after(odonaill.receivedAt, 3, '14:30'))
  must(
    "O'Donaill: closing",
    await closeDisagreement(step.deps, step.ctx, step.actor, d2.id, accepted.version, {
      outcome: 'joint-plan-agreed',
      reasons:
        'Assessment continues; strategy discussion at once on any sign of physical harm; the GP shares outcomes.',
    }),
  )

  // Children's social care asks the school for what it has not shared.
  const nguyen = await contact('nguyen')
  const school = await findUserByEmail(base.db, GRACE)
  step = await as(PRIYA, londonTime(workingDaysBefore(seedDay, 1), '11:15'))
  must(
    'Nguyen: CSC raising about the school',
    await raiseDisagreement(step.deps, step.ctx, step.actor, {
      raisedVia: 'csc-about-partner',
      referralId: nguyen.referralId,
      aboutAgencyId: toActor(school!).agencyId,
      answers: {
        subject: 'information-sharing',
        reasons: 'We asked for the attendance and welfare records a week ago for the assessment and have not had them.',
        outcomeWanted: 'The records shared through Threshold or secure email this week.',
        immediateRisk: 'no',
      },
    }),
  )
}

function must<T>(what: string, result: Result<T, unknown>): T {
  if (!result.ok) throw new Error(`Demo disagreements: ${what} was refused: ${JSON.stringify(result.error)}`)
  return result.value
}
