import {
  type Connection,
  cursorTime,
  ForbiddenError,
  hasRole,
  type PageArgs,
  paginate,
  requireViewer,
  Role,
  type Viewer,
} from '@hospital/kit';
import type { DataSource } from 'typeorm';
import { Notification } from './notification.entity.js';

/** Reads the notifications record. */
export class NotificationService {
  constructor(private readonly dataSource: DataSource) {}

  /** A recipient's notifications, oldest first: the recipient themself, STAFF and ADMIN. */
  list(viewer: Viewer | null, recipientId: string, page: PageArgs): Promise<Connection<Notification>> {
    const caller = requireViewer(viewer);
    if (caller.id !== recipientId && !hasRole(caller, Role.STAFF, Role.ADMIN)) {
      throw new ForbiddenError('Only the recipient, STAFF and ADMIN may read these notifications');
    }
    const query = this.dataSource
      .getRepository(Notification)
      .createQueryBuilder('notification')
      .where('notification.recipientId = :recipientId', { recipientId });
    return paginate(
      query,
      {
        columns: ['notification.createdAt', 'notification.id'],
        values: (n) => [cursorTime(n.createdAt), n.id],
      },
      page,
    );
  }
}
