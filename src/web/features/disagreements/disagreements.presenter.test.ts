import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { DEFAULT_ESCALATION_POLICY } from '../../../domain/disagreement/index.js'
import { stageSides } from './stage-sides.presenter.js'
import { timelineEntries } from './timeline.presenter.js'

const policy = DEFAULT_ESCALATION_POLICY
const [stage1, stage2, , , stage5] = policy.stages
const at = new Date('2026-11-26T10:00:00Z')
const event = (type: string, stage: number, data: Record<string, unknown>, actorUserId: string | null = 'u1') => ({
  seq: '1',
  disagreementId: 'd1',
  type,
  stage,
  occurredAt: at,
  actorUserId,
  data,
})

describe('the timeline in plain words', () => {
  const names = { u1: 'Hannah Ward', u2: 'Sam Taylor' }

  test('each kind of event says what happened, who did it and when', () => {
    const entries = timelineEntries(
      [
        event('raised', 3, { immediateRisk: true, stageDueAt: '2026-12-03T23:59:59.999Z' }),
        event('responded', 3, { response: 'Seen today.' }, 'u2'),
        event('escalated', 4, {
          fromStage: 3,
          toStage: 4,
          reason: 'Not answered.',
          stageDueAt: '2026-12-03T23:59:59.999Z',
        }),
        event('reminder', 4, { kind: 'stage-deadline' }, null),
        event('closed', 4, { outcome: 'referred-to-moderation', reasons: 'For the panel.' }, 'u2'),
        event('decision-changed', 4, {}, 'gone'),
      ],
      policy,
      names,
    )
    assert.deepEqual(
      entries.map(e => [e.title, e.by, e.body, e.detail]),
      [
        [
          'Raised at stage 3 (Service managers)',
          'Hannah Ward',
          null,
          'A child may be at immediate risk of harm: the duty manager was alerted at once. A response is due by the end of 3 December 2026.',
        ],
        ['Responded at stage 3 (Service managers)', 'Sam Taylor', 'Seen today.', null],
        [
          'Taken from stage 3 to stage 4 (Strategic leads)',
          'Hannah Ward',
          'Not answered.',
          'A response is due by the end of 3 December 2026.',
        ],
        [
          'The deadline for a response was reached',
          'Threshold (automatic)',
          null,
          'Sent to: the responders at this stage and their manager.',
        ],
        ['Closed: Referred to threshold moderation', 'Sam Taylor', 'For the panel.', null],
        ['Decision changed at stage 4 (Strategic leads)', 'Someone no longer listed', null, null],
      ],
    )
    assert.equal(entries[0]!.at, '26 November 2026, 10:00am')
  })
})

describe('who speaks for each side', () => {
  test('a partner agency challenging the front door: the policy’s own words', () => {
    assert.deepEqual(stageSides(stage2!, { id: null, name: null }), {
      raising: 'Line manager or designated safeguarding lead',
      responding: 'Front door team manager',
    })
  })

  test('children’s social care challenging a partner: the partner responds at the same level, the partnership keeps its stage', () => {
    const school = { id: 'school-id', name: 'Northbridge Primary School' }
    assert.deepEqual(stageSides(stage1!, school), {
      raising: "Children's social care: a front door practitioner",
      responding: 'Northbridge Primary School: a referrer',
    })
    assert.equal(stageSides(stage2!, school).responding, 'Northbridge Primary School: an agency safeguarding lead')
    assert.equal(stageSides(stage5!, school).responding, stage5!.responders.responderSide)
  })
})
