import { cursorTime, paginate, requireRole, Role, type Caller, type Connection, type PageArgs } from '@hospital/kit';
import { checkedPayload, type EventEnvelope } from '@hospital/kit/events';
import type { EntityManager, Repository } from 'typeorm';
import { AuditEvent } from './audit-event.entity.js';
import type { AuditFilter } from './audit-event.input.js';

/** The audit trail: appended from the subgraphs' events, read by administrators. */
export class AuditEventService {
  constructor(private readonly events: Repository<AuditEvent>) {}

  /** Appends one entry inside the consumer's transaction; a redelivered event adds nothing. */
  async append(manager: EntityManager, event: EventEnvelope<'audit.recorded'>): Promise<void> {
    const entry = checkedPayload(event);
    await manager
      .createQueryBuilder()
      .insert()
      .into(AuditEvent)
      .values({ ...entry, id: event.id, at: new Date(entry.at) })
      .orIgnore()
      .execute();
  }

  /** ADMIN only: newest first, each filter an indexed equality or range. */
  list(caller: Caller, filter: AuditFilter | undefined, page: PageArgs): Promise<Connection<AuditEvent>> {
    requireRole(caller.viewer, Role.ADMIN);
    const query = this.events.createQueryBuilder('event');
    for (const column of ['actorId', 'patientId', 'action', 'outcome'] as const) {
      const value = filter?.[column];
      if (value) query.andWhere(`event.${column} = :${column}`, { [column]: value });
    }
    if (filter?.from) query.andWhere('event.at >= :from', { from: filter.from });
    if (filter?.to) query.andWhere('event.at < :to', { to: filter.to });
    return paginate(
      query,
      { columns: ['event.at', 'event.id'], values: (e) => [cursorTime(e.at), e.id], descending: true },
      page,
    );
  }
}
