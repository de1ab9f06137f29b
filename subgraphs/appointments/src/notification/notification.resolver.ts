import { PageArgs } from '@hospital/kit';
import { Arg, Args, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { AppointmentsContext } from '../context.js';
import { Notification, NotificationConnection } from './notification.entity.js';

@Resolver(() => Notification)
export class NotificationResolver {
  @Query(() => NotificationConnection, {
    description: "A patient's or a doctor's notifications, oldest first: the recipient themself, STAFF, ADMIN",
  })
  notifications(
    @Arg('recipientId', () => ID, {
      description: "The patient's or the doctor's id; the caller's own unless STAFF or ADMIN (FORBIDDEN otherwise)",
    })
    recipientId: string,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() context: AppointmentsContext,
  ) {
    return context.notifications.list(context, recipientId, page);
  }
}
