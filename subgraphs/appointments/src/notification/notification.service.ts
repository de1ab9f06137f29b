import {
  ForbiddenError,
  hasRole,
  paginate,
  requireViewer,
  Role,
  type Connection,
  type PageArgs,
  type Viewer,
} from '@hospital/kit';
import type { DataSource } from 'typeorm';
import { Notification } from './notification.entity.js';

/** A datetime column's value as both dialects compare it: 'YYYY-MM-DD HH:MM:SS.mmm', UTC. */
const sortableTime = (date: Date) => date.toISOString().replace('T', ' ').slice(0, 23);

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
        values: (n) => [sortableTime(n.createdAt), n.id],
      },
      page,
    );
  }
}
