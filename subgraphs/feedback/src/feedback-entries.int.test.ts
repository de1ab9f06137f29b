import { randomUUID } from 'node:crypto';
import { startVisitWorld, type VisitWorld } from '@hospital/appointments/testing';
import { newId, Role, type HttpService, type Subgraph } from '@hospital/kit';
import {
  bothBackends,
  codeOf,
  dataOf,
  fieldsOf,
  graphqlRequest,
  mysqlAvailable,
  redisAvailable,
  TEST_REDIS_URL,
  type GraphQLResponse,
  type OpenBackend,
} from '@hospital/kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFeedbackSubgraph } from './app.js';
import { Feedback } from './feedback/feedback.entity.js';

const ENTRIES = `query ($filter: FeedbackFilter, $first: Int, $after: String) {
  feedbackEntries(filter: $filter, first: $first, after: $after) {
    totalCount
    edges { cursor node { id rating comment createdAt doctor { id } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

interface Entries {
  feedbackEntries: {
    totalCount: number;
    edges: {
      cursor: string;
      node: { id: string; rating: number; comment: string | null; createdAt: string; doctor: { id: string } };
    }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

// The doctors (for departments) are the visit world's, on MariaDB and Redis whichever backend feedback is on.
const ready = (await mysqlAvailable()) && (await redisAvailable());

for (const backend of bothBackends) {
  describe.runIf(ready)(`feedbackEntries on ${backend.name}`, () => {
    const stream = `test:events:${randomUUID()}`;
    let world: VisitWorld;
    let opened: OpenBackend;
    let subgraph: Subgraph;
    let http: HttpService;
    let tokens: Record<'staff' | 'stakeholder' | 'admin' | 'patient', string>;
    // Two doctors of the world's department, and one of no department the doctors subgraph knows.
    let doctorA: { id: string; token: string };
    let doctorB: { id: string; token: string };
    let departmentId: string;
    const outsider = newId();
    const base = Date.parse('2026-03-02T10:00:00.000Z');
    const minutes = (n: number) => new Date(base + n * 60_000);
    const rows: Feedback[] = [];

    beforeAll(async () => {
      [world, opened] = await Promise.all([startVisitWorld({ stream }), backend.open(['feedback'])]);
      subgraph = await createFeedbackSubgraph({
        env: opened.env('feedback', {
          REDIS_URL: TEST_REDIS_URL,
          EVENT_STREAM: stream,
          APPOINTMENTS_URL: world.appointmentsUrl,
          DOCTORS_URL: world.doctorsUrl,
        }),
        migrate: true,
      });
      http = await subgraph.start();
      tokens = {
        staff: await world.token(randomUUID(), Role.STAFF),
        stakeholder: await world.token(randomUUID(), Role.STAKEHOLDER),
        admin: await world.token(randomUUID(), Role.ADMIN),
        patient: await world.token(randomUUID(), Role.PATIENT),
      };
      // Each world visit brings a new doctor of the world's one department.
      const [a, b] = await Promise.all([world.visit('PENDING'), world.visit('PENDING')]);
      doctorA = { id: a.doctorId, token: a.doctorToken };
      doctorB = { id: b.doctorId, token: b.doctorToken };
      departmentId = a.departmentId;
      const row = (doctorId: string, rating: number, at: Date, id = newId()): Feedback =>
        Object.assign(new Feedback(), {
          id,
          appointmentId: newId(),
          doctorId,
          patientId: newId(),
          rating,
          comment: `rated ${rating}`,
          createdAt: at,
        });
      rows.push(
        row(doctorA.id, 5, minutes(0)),
        row(doctorA.id, 2, minutes(10)),
        row(doctorB.id, 4, minutes(20)),
        row(outsider, 1, minutes(30)),
        // Three of one instant: the id decides their order.
        row(doctorA.id, 3, minutes(40), '00000000-0000-4000-8000-00000000000a'),
        row(doctorB.id, 3, minutes(40), '00000000-0000-4000-8000-00000000000b'),
        row(outsider, 3, minutes(40), '00000000-0000-4000-8000-00000000000c'),
      );
      await subgraph.dataSource.getRepository(Feedback).insert(rows);
    });

    afterAll(async () => {
      await subgraph?.stop();
      await world?.stop();
      await opened?.close();
    });

    const list = (variables: Record<string, unknown>, token?: string) =>
      graphqlRequest<Entries>(http.url, ENTRIES, variables, token);
    const idsOf = (r: GraphQLResponse<Entries>) => dataOf(r).feedbackEntries.edges.map((e) => e.node.id);
    const newestFirst = (keep: (row: Feedback) => boolean) =>
      rows
        .filter(keep)
        .sort((x, y) => y.createdAt.getTime() - x.createdAt.getTime() || (y.id < x.id ? -1 : 1))
        .map((row) => row.id);

    it('lists every entry newest first, ties by id, with the doctor of each, for STAFF, STAKEHOLDER and ADMIN', async () => {
      for (const token of [tokens.staff, tokens.stakeholder, tokens.admin]) {
        const result = dataOf(await list({}, token)).feedbackEntries;
        expect(result.edges.map((e) => e.node.id)).toEqual(newestFirst(() => true));
        expect(result.totalCount).toBe(rows.length);
        expect(result.pageInfo.hasNextPage).toBe(false);
        const first = result.edges[0]!.node;
        expect(first).toEqual({
          id: '00000000-0000-4000-8000-00000000000c',
          rating: 3,
          comment: 'rated 3',
          createdAt: minutes(40).toISOString(),
          doctor: { id: outsider },
        });
      }
    });

    it('pages with the kit cursor, across entries of one instant, neither repeating nor skipping', async () => {
      const seen: string[] = [];
      let after: string | null = null;
      for (let page = 0; page < 10; page++) {
        const { feedbackEntries }: Entries = dataOf(await list({ first: 2, after }, tokens.staff));
        seen.push(...feedbackEntries.edges.map((e) => e.node.id));
        expect(feedbackEntries.totalCount).toBe(rows.length);
        if (!feedbackEntries.pageInfo.hasNextPage) break;
        after = feedbackEntries.pageInfo.endCursor;
      }
      expect(seen).toEqual(newestFirst(() => true));
    });

    it('filters by doctor, department, rating range and time, each narrowing the rest', async () => {
      expect(idsOf(await list({ filter: { doctorId: doctorA.id } }, tokens.staff))).toEqual(
        newestFirst((r) => r.doctorId === doctorA.id),
      );
      expect(idsOf(await list({ filter: { departmentId } }, tokens.stakeholder))).toEqual(
        newestFirst((r) => r.doctorId !== outsider),
      );
      expect(idsOf(await list({ filter: { departmentId: newId() } }, tokens.stakeholder))).toEqual([]);
      expect(idsOf(await list({ filter: { minRating: 3, maxRating: 4 } }, tokens.admin))).toEqual(
        newestFirst((r) => r.rating >= 3 && r.rating <= 4),
      );
      const from = minutes(10).toISOString();
      const to = minutes(40).toISOString();
      expect(idsOf(await list({ filter: { from, to } }, tokens.admin))).toEqual(
        newestFirst((r) => r.createdAt >= minutes(10) && r.createdAt < minutes(40)),
      );
      const narrowed = dataOf(
        await list({ filter: { departmentId, doctorId: doctorB.id, minRating: 4, from, to } }, tokens.staff),
      ).feedbackEntries;
      expect(narrowed.edges.map((e) => e.node.id)).toEqual([rows[2]!.id]);
      expect(narrowed.totalCount).toBe(1);
    });

    it('shows a doctor her own, named or not, and with a department filter still only hers', async () => {
      expect(idsOf(await list({}, doctorA.token))).toEqual(newestFirst((r) => r.doctorId === doctorA.id));
      expect(idsOf(await list({ filter: { doctorId: doctorA.id } }, doctorA.token))).toEqual(
        newestFirst((r) => r.doctorId === doctorA.id),
      );
      expect(idsOf(await list({ filter: { departmentId } }, doctorB.token))).toEqual(
        newestFirst((r) => r.doctorId === doctorB.id),
      );
    });

    it('refuses a doctor asking for another doctor, a patient, and nobody signed in', async () => {
      const other = await list({ filter: { doctorId: doctorB.id } }, doctorA.token);
      expect(codeOf(other)).toBe('FORBIDDEN');
      expect(other.data).toBeNull();
      expect(codeOf(await list({}, tokens.patient))).toBe('FORBIDDEN');
      expect(codeOf(await list({ filter: { doctorId: doctorA.id } }, tokens.patient))).toBe('FORBIDDEN');
      expect(codeOf(await list({}))).toBe('UNAUTHENTICATED');
    });

    it('refuses a bad filter or page with BAD_USER_INPUT', async () => {
      const bad = async (variables: Record<string, unknown>) => {
        const result = await list(variables, tokens.staff);
        expect(codeOf(result)).toBe('BAD_USER_INPUT');
        return result;
      };
      expect(fieldsOf(await bad({ filter: { minRating: 0 } }))).toEqual(['minRating']);
      expect(fieldsOf(await bad({ filter: { maxRating: 6 } }))).toEqual(['maxRating']);
      expect(fieldsOf(await bad({ filter: { minRating: 5, maxRating: 1 } }))).toEqual(['maxRating']);
      expect(fieldsOf(await bad({ filter: { from: minutes(5).toISOString(), to: minutes(5).toISOString() } }))).toEqual(
        ['to'],
      );
      await bad({ filter: { from: 'yesterday' } });
      await bad({ filter: { to: '2026-02-30T10:00:00Z' } });
      await bad({ first: 0 });
      await bad({ first: 101 });
      await bad({ after: 'not-a-cursor' });
    });
  });
}
