import { PageArgs, type Connection } from '@hospital/kit';
import { Arg, Args, Ctx, Query, Resolver } from 'type-graphql';
import type { AuditContext } from '../context.js';
import { AuditEvent, AuditEventConnection } from './audit-event.entity.js';
import { AuditFilter } from './audit-event.input.js';

@Resolver(() => AuditEvent)
export class AuditEventResolver {
  @Query(() => AuditEventConnection, { description: 'ADMIN only: the audit trail, newest first' })
  auditEvents(
    @Arg('filter', () => AuditFilter, { nullable: true, description: 'Every event when omitted' })
    filter: AuditFilter | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() context: AuditContext,
  ): Promise<Connection<AuditEvent>> {
    return context.auditEvents.list(context, filter, page);
  }
}
