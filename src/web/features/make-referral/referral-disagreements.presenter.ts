import type { Referral } from '../../../domain/referral/referral-lifecycle.js'
import type { DisagreementsAbout } from '../../../services/disagreement/disagreement-lists.js'
import { paths } from '../../paths.js'
import { disagreementsAboutView } from '../../presenters/disagreements-about.js'

// Pure: the professional disagreements on a referral's page, and the words for the referrer's
// answer to the feedback: who answered, and the disagreement her "I disagree" raised.

export type FeedbackDisagreementLink = Readonly<{ reference: string; href: string }>

/**
 * The disagreement raised by answering "I disagree" to the feedback, if this viewer may open it.
 * There is one at most, as the feedback is answered once; the oldest is taken all the same.
 */
export function raisedFromFeedback(list: DisagreementsAbout): FeedbackDisagreementLink | null {
  const d = list.visible.findLast(i => i.raisedVia === 'referrer-feedback')
  return d ? { reference: d.reference, href: paths.disagreement(d.id) } : null
}

export function referralDisagreements(
  referral: Referral,
  viewerUserId: string,
  list: DisagreementsAbout,
  options: { canRaise: boolean },
) {
  const isReferrer = referral.referredByUserId === viewerUserId
  return {
    disagreements: disagreementsAboutView({ kind: 'referral', referralId: referral.id }, list, options),
    response: {
      who: isReferrer ? 'You' : 'The referrer',
      whose: isReferrer ? 'Your' : 'Their',
      disagreement: raisedFromFeedback(list),
    },
  }
}
