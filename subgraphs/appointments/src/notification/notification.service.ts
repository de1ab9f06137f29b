import {
  cursorTime,
  ForbiddenError,
  hasRole,
  paginate,
  requireViewer,
  Role,
  type Caller,
  type Connection,
  type PageArgs,
} from '@hospital/kit';
import type { DataSource } from 'typeorm';
import { Notification } from './notification.entity.js';

/** Reads the notifications record. */
export class NotificationService {
  constructor(private readonly dataSource: DataSource) {}

  /** A recipient's notifications, oldest first: the recipient themself, STAFF and ADMIN. */
  list(caller: Caller, recipientId: string, page: PageArgs): Promise<Connection<Notification>> {
    const viewer = requireViewer(caller.viewer);
    if (viewer.id !== recipientId && !hasRole(viewer, Role.STAFF, Role.ADMIN)) {
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
