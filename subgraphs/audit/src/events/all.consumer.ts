import { consumeDurably, type DurableRuntime, type Unsubscribe } from '@hospital/kit/events';
import type { AuditEventService } from '../audit-event/audit-event.service.js';

/** The consumer group under which the audit subgraph reads the event stream. */
export const AUDIT_CONSUMER_GROUP = 'audit';

/**
 * Every subgraph's `audit.recorded`, read durably: what was recorded while this
 * subgraph, Redis or its database was away is appended once it is back, each
 * event once (its id is the entry's).
 */
export function consumeAuditTrail(runtime: DurableRuntime, auditEvents: AuditEventService): Promise<Unsubscribe> {
  return consumeDurably(runtime, {
    group: AUDIT_CONSUMER_GROUP,
    types: ['audit.recorded'] as const,
    apply: (event, manager) => auditEvents.append(manager, event),
  });
}
