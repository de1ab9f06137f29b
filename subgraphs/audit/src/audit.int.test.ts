import { randomUUID } from 'node:crypto';
import { AuditOutcome, newId, Role, type AuditEventPayload, type HttpService, type Subgraph } from '@hospital/kit';
import { InProcessEventBus, type EventEnvelope } from '@hospital/kit/events';
import { bothBackends, eventually, graphqlRequest, testToken, type OpenBackend } from '@hospital/kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuditSubgraph } from './app.js';

const AUDIT_EVENTS = `query ($filter: AuditFilter, $first: Int, $after: String) {
  auditEvents(filter: $filter, first: $first, after: $after) {
    totalCount
    edges { node { id at action outcome actor { id role } subjectType subjectId patientId requestId clientAddress } }
    pageInfo { hasNextPage endCursor }
  }
}`;

interface Page {
  auditEvents: {
    totalCount: number;
    edges: { node: { id: string; at: string; action: string; actor: { id: string; role: string } | null } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

const entry = (overrides: Partial<AuditEventPayload> = {}): EventEnvelope<'audit.recorded'> => ({
  id: newId(),
  type: 'audit.recorded',
  occurredAt: new Date().toISOString(),
  payload: {
    at: new Date().toISOString(),
    actorId: randomUUID(),
    actorRole: 'STAFF',
    action: 'medicalRecord.read',
    outcome: AuditOutcome.DENIED,
    subjectType: 'MedicalRecord',
    subjectId: null,
    patientId: randomUUID(),
    requestId: 'req-1',
    clientAddress: '203.0.113.7',
    ...overrides,
  },
});

for (const backend of bothBackends) {
  describe.runIf(await backend.available())(`the audit trail on ${backend.name}`, () => {
    const bus = new InProcessEventBus();
    let opened: OpenBackend;
    let subgraph: Subgraph;
    let http: HttpService;
    let admin: string;

    beforeAll(async () => {
      opened = await backend.open(['audit']);
      subgraph = await createAuditSubgraph({ env: opened.env('audit'), bus, migrate: true });
      http = await subgraph.start();
      admin = await testToken({ id: randomUUID(), role: Role.ADMIN });
    });
    afterAll(async () => {
      await subgraph?.stop();
      await bus.close();
      await opened?.close();
    });

    const list = (variables: Record<string, unknown>, token = admin) =>
      graphqlRequest<Page>(http.url, AUDIT_EVENTS, variables, token);

    it('appends what every subgraph records, once however often it is delivered, newest first', async () => {
      const patientId = randomUUID();
      const events = [0, 1, 2].map((i) =>
        entry({ patientId, at: new Date(Date.now() - (3 - i) * 1_000).toISOString(), action: `patient.read` }),
      );
      for (const event of [...events, events[0]!, events[1]!]) await bus.publish(event);
      await eventually(async () =>
        expect((await list({ filter: { patientId } })).data?.auditEvents.totalCount).toBe(3),
      );

      const first = await list({ filter: { patientId }, first: 2 });
      expect(first.data!.auditEvents.edges.map(({ node }) => node.id)).toEqual([events[2]!.id, events[1]!.id]);
      const rest = await list({ filter: { patientId }, first: 2, after: first.data!.auditEvents.pageInfo.endCursor });
      expect(rest.data!.auditEvents.edges.map(({ node }) => node.id)).toEqual([events[0]!.id]);
      expect(rest.data!.auditEvents.pageInfo.hasNextPage).toBe(false);
      expect(first.data!.auditEvents.edges[0]!.node.actor).toEqual({ id: events[2]!.payload.actorId, role: 'STAFF' });
    });

    it('filters by actor, action, outcome and time', async () => {
      const actorId = randomUUID();
      const signIns = [
        entry({ actorId, action: 'session.signIn', outcome: AuditOutcome.DENIED }),
        entry({ actorId, action: 'session.signIn', outcome: AuditOutcome.SUCCESS }),
        entry({ actorId, action: 'user.changePassword', outcome: AuditOutcome.SUCCESS }),
      ];
      for (const event of signIns) await bus.publish(event);
      await eventually(async () => expect((await list({ filter: { actorId } })).data?.auditEvents.totalCount).toBe(3));
      const denied = await list({ filter: { actorId, action: 'session.signIn', outcome: 'DENIED' } });
      expect(denied.data!.auditEvents.edges.map(({ node }) => node.id)).toEqual([signIns[0]!.id]);
      const none = await list({ filter: { actorId, from: new Date(Date.now() + 60_000).toISOString() } });
      expect(none.data!.auditEvents.totalCount).toBe(0);
    });

    it('shows the trail to administrators only', async () => {
      for (const role of [Role.STAFF, Role.DOCTOR, Role.PATIENT, Role.STAKEHOLDER]) {
        const refused = await list({}, await testToken({ id: randomUUID(), role }));
        expect(refused.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
      }
      expect((await graphqlRequest(http.url, AUDIT_EVENTS, {})).errors?.[0]?.extensions?.['code']).toBe(
        'UNAUTHENTICATED',
      );
    });

    it('refuses in the database itself to change or delete an entry', async () => {
      const event = entry();
      await bus.publish(event);
      await eventually(async () =>
        expect(await subgraph.dataSource.query('SELECT id FROM audit_events WHERE id = ?', [event.id])).toHaveLength(1),
      );
      await expect(
        subgraph.dataSource.query("UPDATE audit_events SET outcome = 'SUCCESS' WHERE id = ?", [event.id]),
      ).rejects.toThrow('audit events are append-only');
      await expect(subgraph.dataSource.query('DELETE FROM audit_events WHERE id = ?', [event.id])).rejects.toThrow(
        'audit events are append-only',
      );
      const [row] = (await subgraph.dataSource.query('SELECT outcome FROM audit_events WHERE id = ?', [event.id])) as {
        outcome: string;
      }[];
      expect(row?.outcome).toBe('DENIED');
    });
  });
}
