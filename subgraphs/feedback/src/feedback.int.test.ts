import { randomUUID } from 'node:crypto';
import { startVisitWorld, type Visit, type VisitWorld } from '@hospital/appointments/testing';
import { newId, Role } from '@hospital/kit';
import { RedisEventBus, type EventEnvelope } from '@hospital/kit/events';
import {
  codeOf,
  dataOf,
  eventually,
  graphqlRequest,
  mysqlAvailable,
  redisAvailable,
  startSubgraphForTest,
  TEST_REDIS_URL,
  type GraphQLResponse,
  type SubgraphForTest,
} from '@hospital/kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { feedbackModule } from './app.js';
import { Feedback } from './feedback/feedback.entity.js';

const SUBMIT = `mutation SubmitFeedback($input: SubmitFeedbackInput!) {
  submitFeedback(input: $input) { id rating comment createdAt appointment { id } }
}`;
const APPOINTMENT_FEEDBACK = `query ($r: [_Any!]!) {
  _entities(representations: $r) { ... on Appointment { id feedback { id rating comment } } }
}`;
const DOCTOR_SUMMARY = `query ($r: [_Any!]!) {
  _entities(representations: $r) { ... on Doctor { id feedbackSummary { averageRating count } } }
}`;

interface Submitted {
  id: string;
  rating: number;
  comment: string | null;
  createdAt: string;
  appointment: { id: string };
}
interface Summary {
  averageRating: number | null;
  count: number;
}
type Result<T = Record<string, unknown>> = GraphQLResponse<T>;

describe.runIf((await mysqlAvailable()) && (await redisAvailable()))(
  'feedback on MariaDB, with real visits and the Redis bus',
  () => {
    const stream = `test:events:${randomUUID()}`;
    let world: VisitWorld;
    let running: SubgraphForTest;
    // Stands where analytics will stand: a durable consumer of the same stream.
    const analytics = new RedisEventBus(TEST_REDIS_URL, () => {}, stream);
    const heard: EventEnvelope<'feedback.submitted'>[] = [];
    let tokens: Record<'staff' | 'stakeholder' | 'admin' | 'otherPatient' | 'otherDoctor', string>;

    beforeAll(async () => {
      world = await startVisitWorld({ stream });
      running = await startSubgraphForTest(feedbackModule, {
        stream,
        env: { APPOINTMENTS_URL: world.appointmentsUrl },
      });
      await analytics.consume('test-analytics', ['feedback.submitted'], (event) => {
        heard.push(event);
      });
      tokens = {
        staff: await world.token(randomUUID(), Role.STAFF),
        stakeholder: await world.token(randomUUID(), Role.STAKEHOLDER),
        admin: await world.token(randomUUID(), Role.ADMIN),
        otherPatient: await world.token(randomUUID(), Role.PATIENT),
        otherDoctor: await world.token(randomUUID(), Role.DOCTOR),
      };
    });

    afterAll(async () => {
      await analytics.close();
      await running?.close();
      await world?.stop();
    });

    const gql = <T = Record<string, unknown>>(query: string, variables: Record<string, unknown>, token?: string) =>
      graphqlRequest<T>(running.url, query, variables, token);
    const submit = (input: Record<string, unknown>, token?: string) =>
      gql<{ submitFeedback: Submitted }>(SUBMIT, { input }, token);
    const feedbackOf = (appointmentIds: string[], token?: string) =>
      gql<{ _entities: { id: string; feedback: { id: string; rating: number; comment: string | null } | null }[] }>(
        APPOINTMENT_FEEDBACK,
        { r: appointmentIds.map((id) => ({ __typename: 'Appointment', id })) },
        token,
      );
    const summariesOf = (doctorIds: string[], token?: string) =>
      gql<{ _entities: { id: string; feedbackSummary: Summary }[] }>(
        DOCTOR_SUMMARY,
        { r: doctorIds.map((id) => ({ __typename: 'Doctor', id })) },
        token,
      );

    describe('a completed visit, rated by its patient', () => {
      let visit: Visit;
      let submitted: Submitted;

      beforeAll(async () => {
        visit = await world.visit('COMPLETED');
        submitted = dataOf(
          await submit(
            { appointmentId: visit.appointmentId, rating: 5, comment: '  Calm, clear and kind.\n' },
            visit.patientToken,
          ),
        ).submitFeedback;
      });

      it('is stored with its rating and trimmed comment', () => {
        expect(submitted).toMatchObject({
          rating: 5,
          comment: 'Calm, clear and kind.',
          appointment: { id: visit.appointmentId },
        });
        expect(Date.now() - Date.parse(submitted.createdAt)).toBeLessThan(60_000);
      });

      it('is announced once on the stream, with ids and the rating only', async () => {
        await eventually(() => expect(heard.map((e) => e.payload.feedbackId)).toContain(submitted.id));
        const event = heard.find((e) => e.payload.feedbackId === submitted.id);
        expect(event?.payload).toEqual({
          feedbackId: submitted.id,
          appointmentId: visit.appointmentId,
          patientId: visit.patientId,
          doctorId: visit.doctorId,
          rating: 5,
          submittedAt: submitted.createdAt,
        });
        const outbox: { n: number | string }[] = await running.subgraph.dataSource.query(
          'SELECT COUNT(*) AS n FROM outbox WHERE type = ? AND payload LIKE ?',
          ['feedback.submitted', `%${submitted.id}%`],
        );
        expect(Number(outbox[0]?.n)).toBe(1);
      });

      it('is refused a second time with CONFLICT', async () => {
        const again = await submit({ appointmentId: visit.appointmentId, rating: 1 }, visit.patientToken);
        expect(codeOf(again)).toBe('CONFLICT');
        const read = dataOf(await feedbackOf([visit.appointmentId], tokens.staff));
        expect(read._entities[0]?.feedback?.rating).toBe(5);
      });

      it('is read by its patient, the doctor of the visit, STAFF, STAKEHOLDER and ADMIN', async () => {
        for (const token of [visit.patientToken, visit.doctorToken, tokens.staff, tokens.stakeholder, tokens.admin]) {
          const result = await feedbackOf([visit.appointmentId], token);
          expect(result.errors).toBeUndefined();
          expect(result.data?._entities).toEqual([
            {
              id: visit.appointmentId,
              feedback: { id: submitted.id, rating: 5, comment: 'Calm, clear and kind.' },
            },
          ]);
        }
      });

      it('is refused with FORBIDDEN to another patient and another doctor, and to nobody signed in', async () => {
        for (const token of [tokens.otherPatient, tokens.otherDoctor]) {
          const result = await feedbackOf([visit.appointmentId], token);
          expect(result.errors?.map((e) => [e.path?.join('.'), e.extensions?.['code']])).toEqual([
            ['_entities.0.feedback', 'FORBIDDEN'],
          ]);
        }
        expect(codeOf(await feedbackOf([visit.appointmentId]))).toBe('UNAUTHENTICATED');
      });

      it("counts in the doctor's summary", async () => {
        const result = dataOf(await summariesOf([visit.doctorId], tokens.otherPatient));
        expect(result._entities).toEqual([{ id: visit.doctorId, feedbackSummary: { averageRating: 5, count: 1 } }]);
      });
    });

    it('shows no feedback on a visit nobody rated yet', async () => {
      const unrated = await world.visit('COMPLETED');
      const result = dataOf(await feedbackOf([unrated.appointmentId], unrated.doctorToken));
      expect(result._entities).toEqual([{ id: unrated.appointmentId, feedback: null }]);
    });

    it.each(['PENDING', 'APPROVED', 'REJECTED', 'CANCELLED', 'NO_SHOW'] as const)(
      'refuses feedback on a %s visit with VISIT_NOT_COMPLETED',
      async (status) => {
        const visit = await world.visit(status);
        const result = await submit({ appointmentId: visit.appointmentId, rating: 4 }, visit.patientToken);
        expect(result.errors?.[0]?.extensions).toMatchObject({
          code: 'BUSINESS_RULE_VIOLATION',
          rule: 'VISIT_NOT_COMPLETED',
          status,
        });
      },
    );

    it('refuses another patient, the doctor, the desk, a stakeholder and an administrator with FORBIDDEN', async () => {
      const visit = await world.visit('COMPLETED');
      for (const token of [tokens.otherPatient, visit.doctorToken, tokens.staff, tokens.stakeholder, tokens.admin]) {
        expect(codeOf(await submit({ appointmentId: visit.appointmentId, rating: 4 }, token))).toBe('FORBIDDEN');
      }
      expect(codeOf(await submit({ appointmentId: visit.appointmentId, rating: 4 }))).toBe('UNAUTHENTICATED');
      const read = dataOf(await feedbackOf([visit.appointmentId], tokens.staff));
      expect(read._entities[0]?.feedback).toBeNull();
    });

    it('answers NOT_FOUND for a visit that does not exist', async () => {
      const patient = await world.token(randomUUID(), Role.PATIENT);
      expect(codeOf(await submit({ appointmentId: randomUUID(), rating: 4 }, patient))).toBe('NOT_FOUND');
    });

    it('keeps exactly one feedback when the patient submits several at once', async () => {
      const visit = await world.visit('COMPLETED');
      const results = await Promise.all(
        [1, 2, 3, 4, 5].map((rating) => submit({ appointmentId: visit.appointmentId, rating }, visit.patientToken)),
      );
      const winners = results.filter((r) => !r.errors);
      expect(winners).toHaveLength(1);
      expect(results.filter((r) => codeOf(r) === 'CONFLICT')).toHaveLength(4);
      const rows: { n: number | string }[] = await running.subgraph.dataSource.query(
        'SELECT COUNT(*) AS n FROM feedback WHERE appointment_id = ?',
        [visit.appointmentId],
      );
      expect(Number(rows[0]?.n)).toBe(1);
      const winner = winners[0]?.data?.submitFeedback.id;
      await eventually(() =>
        expect(heard.filter((e) => e.payload.appointmentId === visit.appointmentId)).toHaveLength(1),
      );
      expect(heard.find((e) => e.payload.appointmentId === visit.appointmentId)?.payload.feedbackId).toBe(winner);
    });

    describe('validation', () => {
      let visit: Visit;
      beforeAll(async () => {
        visit = await world.visit('COMPLETED');
      });
      const fieldsOf = (r: Result<unknown>) =>
        (r.errors?.[0]?.extensions?.['fields'] as { field: string }[] | undefined)?.map((f) => f.field);

      it.each([0, 6, -3])('refuses a rating of %i with BAD_USER_INPUT', async (rating) => {
        const result = await submit({ appointmentId: visit.appointmentId, rating }, visit.patientToken);
        expect(codeOf(result)).toBe('BAD_USER_INPUT');
        expect(fieldsOf(result)).toEqual(['rating']);
      });

      it('refuses a rating that is not a whole number with BAD_USER_INPUT', async () => {
        const result = await submit({ appointmentId: visit.appointmentId, rating: 4.5 }, visit.patientToken);
        expect(codeOf(result)).toBe('BAD_USER_INPUT');
      });

      it('refuses a comment over 2000 characters, and names every broken field', async () => {
        const result = await submit(
          { appointmentId: visit.appointmentId, rating: 7, comment: 'x'.repeat(2001) },
          visit.patientToken,
        );
        expect(codeOf(result)).toBe('BAD_USER_INPUT');
        expect(fieldsOf(result)).toEqual(['rating', 'comment']);
      });

      it('stores a comment of 2000 characters, and a blank one as none', async () => {
        const longest = 'ж'.repeat(2000);
        const long = dataOf(
          await submit({ appointmentId: visit.appointmentId, rating: 3, comment: longest }, visit.patientToken),
        );
        expect(long.submitFeedback.comment).toBe(longest);

        const other = await world.visit('COMPLETED');
        const blank = dataOf(
          await submit({ appointmentId: other.appointmentId, rating: 4, comment: ' \n\t ' }, other.patientToken),
        );
        expect(blank.submitFeedback.comment).toBeNull();
      });

      it('has the database refuse a rating outside 1–5 and an empty comment on its own', async () => {
        const row = {
          id: newId(),
          appointmentId: newId(),
          doctorId: newId(),
          patientId: newId(),
          comment: null,
          createdAt: new Date(),
        };
        const feedback = running.subgraph.dataSource.getRepository(Feedback);
        await expect(feedback.insert({ ...row, rating: 6 })).rejects.toThrow(/chk_feedback_rating/);
        await expect(feedback.insert({ ...row, rating: 0 })).rejects.toThrow(/chk_feedback_rating/);
        await expect(feedback.insert({ ...row, rating: 3, comment: '' })).rejects.toThrow(/chk_feedback_comment/);
      });
    });

    describe("a doctor's summary", () => {
      const rate = (doctorId: string, ratings: number[]) =>
        running.subgraph.dataSource.getRepository(Feedback).insert(
          ratings.map((rating) => ({
            id: newId(),
            appointmentId: newId(),
            doctorId,
            patientId: newId(),
            rating,
            comment: null,
            createdAt: new Date(),
          })),
        );

      it('gives the exact mean to 2 decimals, and null and 0 for a doctor nobody rated, in one batch', async () => {
        const [thirds, half, unrated] = [newId(), newId(), newId()];
        await rate(thirds, [5, 4, 4]);
        await rate(half, [5, 4, 5, 4, 1, 2]);
        const result = dataOf(await summariesOf([thirds, unrated, half], tokens.staff));
        expect(result._entities).toEqual([
          { id: thirds, feedbackSummary: { averageRating: 4.33, count: 3 } },
          { id: unrated, feedbackSummary: { averageRating: null, count: 0 } },
          { id: half, feedbackSummary: { averageRating: 3.5, count: 6 } },
        ]);
      });

      it('is open to every signed-in role, and to nobody else', async () => {
        const doctorId = newId();
        await rate(doctorId, [2, 3]);
        const patient = await world.token(randomUUID(), Role.PATIENT);
        for (const token of [patient, tokens.otherDoctor, tokens.staff, tokens.stakeholder, tokens.admin]) {
          const result = await summariesOf([doctorId], token);
          expect(result.errors).toBeUndefined();
          expect(result.data?._entities[0]?.feedbackSummary).toEqual({ averageRating: 2.5, count: 2 });
        }
        expect(codeOf(await summariesOf([doctorId]))).toBe('UNAUTHENTICATED');
      });
    });
  },
);
