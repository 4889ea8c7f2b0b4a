import { listActiveUsersWithRole } from '../../data/repositories/deadline-repository.js'
import { enqueueNotification } from '../../data/repositories/notification-repository.js'
import type { NotificationKind } from '../../data/tables/notification.table.js'
import type { Db } from '../../data/database.js'

/**
 * One notification to each active front door manager in children's social care, except the
 * users named. Subject and body must carry the reference only, never child data.
 */
export async function notifyFrontDoorManagers(
  trx: Db,
  n: {
    kind: NotificationKind
    subject: string
    bodyText: string
    relatedType: string
    relatedId: string
    now: Date
    except?: readonly string[]
  },
): Promise<void> {
  const managers = await listActiveUsersWithRole(trx, {
    role: 'front_door_manager',
    agencyKind: 'childrens_social_care',
  })
  for (const m of managers.filter(m => !n.except?.includes(m.userId))) {
    await enqueueNotification(trx, {
      kind: n.kind,
      recipientUserId: m.userId,
      toAddress: m.email,
      subject: n.subject,
      bodyText: n.bodyText,
      relatedType: n.relatedType,
      relatedId: n.relatedId,
      now: n.now,
    })
  }
}
