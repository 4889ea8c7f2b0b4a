import type { MyDisagreementItem, MyDisagreementLists } from '../../../services/disagreement/disagreement-lists.js'
import { formatDate } from '../../formatting.js'
import { paths } from '../../paths.js'
import { disagreementListRow, type DisagreementListRow } from '../../presenters/disagreement-list.js'

// Pure: "My disagreements" in, the two sections of the page out.

export type MyDisagreementRow = DisagreementListRow & Readonly<{ raisedBy: string; raisedOn: string }>

function row(item: MyDisagreementItem): MyDisagreementRow {
  return {
    ...disagreementListRow(item, item.myPart === 'raised' ? 'raiser' : 'other'),
    raisedBy: item.raisedByAgencyName,
    raisedOn: formatDate(item.createdAt),
  }
}

export function myDisagreementsPage(lists: MyDisagreementLists) {
  return {
    pageTitle: 'My disagreements',
    toRespond: lists.toRespond.map(row),
    raisedOpen: lists.raisedOpen.map(row),
    raisedClosed: lists.raisedClosed.map(row),
    guidanceHref: paths.escalationGuidance,
  }
}
