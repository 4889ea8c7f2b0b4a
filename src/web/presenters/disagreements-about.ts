import type { DisagreementAbout, DisagreementsAbout } from '../../services/disagreement/disagreement-lists.js'
import { formatDate } from '../formatting.js'
import { paths } from '../paths.js'
import { disagreementListRow, type DisagreementListRow } from './disagreement-list.js'

// Pure: the professional disagreements about a child or a referral, for the section on its page
// (views/disagreement/_about.njk). A changed decision is shown as its own outcome tag, so it
// stands out in the list.

export type DisagreementsAboutTarget =
  Readonly<{ kind: 'child'; personId: string }> | Readonly<{ kind: 'referral'; referralId: string }>

export type DisagreementAboutRow = DisagreementListRow & Readonly<{ raised: string; raisedBy: string }>

export type DisagreementsAboutView = Readonly<{
  caption: string
  emptyText: string
  rows: readonly DisagreementAboutRow[]
  hiddenText: string | null
  raise: Readonly<{ href: string; text: string }> | null
}>

const RAISE_TEXT: Record<DisagreementsAboutTarget['kind'], string> = {
  child: 'Raise a disagreement about this child',
  referral: 'Raise a professional disagreement about this referral',
}

function row(d: DisagreementAbout): DisagreementAboutRow {
  return {
    ...disagreementListRow(d, 'other'),
    raised: formatDate(d.raisedAt),
    raisedBy: d.raisedByAgencyName,
  }
}

const raiseHref = (target: DisagreementsAboutTarget): string =>
  target.kind === 'child'
    ? paths.raiseDisagreement({ personId: target.personId })
    : paths.raiseDisagreement({ referralId: target.referralId })

export function disagreementsAboutView(
  target: DisagreementsAboutTarget,
  list: DisagreementsAbout,
  options: { canRaise: boolean },
): DisagreementsAboutView {
  const about = `about this ${target.kind}`
  const hidden = list.hiddenCount
  return {
    caption: `Professional disagreements ${about}, newest first`,
    emptyText: `No professional disagreements have been raised ${about}.`,
    rows: list.visible.map(row),
    hiddenText:
      hidden === 0
        ? null
        : `There ${hidden === 1 ? 'is 1 more disagreement' : `are ${hidden} more disagreements`} ${about} at a stage you cannot open.`,
    raise: options.canRaise ? { href: raiseHref(target), text: RAISE_TEXT[target.kind] } : null,
  }
}
