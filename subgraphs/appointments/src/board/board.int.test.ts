import { randomUUID } from 'node:crypto';
import { createDoctorsSubgraph } from '@hospital/doctors';
import { addDays, Role, weekdayOf, zonedParts, zonedToUtc, type Subgraph } from '@hospital/kit';
import { bothBackends, codeOf, dataOf, graphqlRequest, testToken, type OpenBackend } from '@hospital/kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppointmentsSubgraph } from '../app.js';
import { AppointmentStatus } from '../appointment/appointment.enums.js';
import { Appointment } from '../appointment/appointment.entity.js';
import { IndexVisitsForBoard1765000000300 } from '../migrations/1765000000300-IndexVisitsForBoard.js';
import { approvedVisit } from '../testing/visit.fixture.js';
import { onboardDoctor, type WeeklyHours } from '../testing/visit-world.js';

const ZONE = 'Europe/Kyiv';

const BOARD = `query ScheduleBoard($from: Date!, $to: Date!, $groupBy: ScheduleGrouping!, $departmentId: ID) {
  scheduleBoard(from: $from, to: $to, groupBy: $groupBy, departmentId: $departmentId) {
    periods { start end rows { doctor { id } capacitySlots bookedSlots pendingSlots freeSlots utilisation } }
  }
}`;

interface Row {
  doctor: { id: string };
  capacitySlots: number;
  bookedSlots: number;
  pendingSlots: number;
  freeSlots: number;
  utilisation: number;
}
interface Board {
  scheduleBoard: { periods: { start: string; end: string; rows: Row[] }[] };
}

for (const backend of bothBackends) {
  describe.runIf(await backend.available())(`scheduleBoard on ${backend.name}`, () => {
    let opened: OpenBackend;
    let doctors: Subgraph;
    let appointments: Subgraph;
    let doctorsUrl: string;
    let url: string;
    const tokens = {} as Record<'admin' | 'staff' | 'stakeholder' | 'patient' | 'alpha' | 'beta', string>;
    const ids = { alpha: randomUUID(), beta: randomUUID(), gamma: randomUUID() };
    let obstetrics: string;
    let neonatology: string;
    /** A Monday some weeks ahead, so that extra hours may be added on its Saturday. */
    let monday: string;
    const at = (date: string, hhmm: string) =>
      zonedToUtc(date, Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3)), ZONE);

    const board = (variables: Record<string, unknown>, token: string | undefined) =>
      graphqlRequest<Board>(url, BOARD, variables, token);
    const onDoctors = async <T>(query: string, variables: Record<string, unknown>, token = tokens.admin) =>
      dataOf(await graphqlRequest<T>(doctorsUrl, query, variables, token));

    const createDoctor = (id: string, name: string, departmentId: string, hours: WeeklyHours[]) =>
      onboardDoctor(doctorsUrl, departmentId, tokens.admin, { id, name, hours });

    const visit = (doctorId: string, status: AppointmentStatus, date: string, hhmm: string, minutes = 30) => {
      const startsAt = at(date, hhmm);
      return approvedVisit(new Date(), {
        doctorId,
        departmentId: obstetrics,
        status,
        startsAt,
        endsAt: new Date(startsAt.getTime() + minutes * 60_000),
        clinicDay: date,
        durationMinutes: minutes,
      });
    };

    /** The statements that read the appointments table while `work` runs. */
    async function visitReads(work: () => Promise<unknown>): Promise<number> {
      const { logger } = appointments.dataSource;
      const logQuery = logger.logQuery.bind(logger);
      let count = 0;
      logger.logQuery = (query, parameters, queryRunner) => {
        if (/\bFROM\s+[`"]?appointments[`"]?/i.test(query)) count += 1;
        logQuery(query, parameters, queryRunner);
      };
      try {
        await work();
      } finally {
        logger.logQuery = logQuery;
      }
      return count;
    }

    beforeAll(async () => {
      opened = await backend.open(['doctors', 'appointments']);
      tokens.admin = await testToken({ id: randomUUID(), role: Role.ADMIN });
      tokens.staff = await testToken({ id: randomUUID(), role: Role.STAFF });
      tokens.stakeholder = await testToken({ id: randomUUID(), role: Role.STAKEHOLDER });
      tokens.patient = await testToken({ id: randomUUID(), role: Role.PATIENT });
      tokens.alpha = await testToken({ id: ids.alpha, role: Role.DOCTOR });
      tokens.beta = await testToken({ id: ids.beta, role: Role.DOCTOR });

      doctors = await createDoctorsSubgraph({ env: opened.env('doctors'), migrate: true });
      doctorsUrl = (await doctors.start()).url;
      appointments = await createAppointmentsSubgraph({
        env: opened.env('appointments', {
          DOCTORS_URL: doctorsUrl,
          CLINIC_TIMEZONE: ZONE,
          NOTIFICATIONS_POLL_MS: '600000',
        }),
        migrate: true,
      });
      url = (await appointments.start()).url;

      const department = async (name: string) =>
        (
          await onDoctors<{ createDepartment: { id: string } }>(
            `mutation ($name: String!) { createDepartment(name: $name) { id } }`,
            { name },
          )
        ).createDepartment.id;
      obstetrics = await department(`Obstetrics ${randomUUID()}`);
      neonatology = await department(`Neonatology ${randomUUID()}`);

      let day = addDays(zonedParts(new Date(), ZONE).date, 21);
      while (weekdayOf(day) !== 'MONDAY') day = addDays(day, 1);
      monday = day;

      const weekdays = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'];
      // Alpha: weekdays 09:00–17:00, 16 slots a day.
      await createDoctor(
        ids.alpha,
        'Dr. Alpha',
        obstetrics,
        weekdays.map((dayOfWeek) => ({ dayOfWeek, startTime: '09:00', endTime: '17:00' })),
      );
      // Beta: Monday and Wednesday mornings, 8 slots each.
      await createDoctor(
        ids.beta,
        'Dr. Beta',
        obstetrics,
        ['MONDAY', 'WEDNESDAY'].map((dayOfWeek) => ({ dayOfWeek, startTime: '09:00', endTime: '13:00' })),
      );
      await createDoctor(ids.gamma, 'Dr. Gamma', neonatology, [
        { dayOfWeek: 'TUESDAY', startTime: '09:00', endTime: '18:00' },
      ]);
      const wednesday = addDays(monday, 2);
      const saturday = addDays(monday, 5);
      // Alpha is away Wednesday afternoon (8 slots) and opens Saturday 09:00–12:00 (6 slots).
      await onDoctors(
        `mutation ($doctorId: ID!, $input: TimeOffInput!) { addTimeOff(doctorId: $doctorId, input: $input) { id } }`,
        {
          doctorId: ids.alpha,
          input: { start: at(wednesday, '13:00').toISOString(), end: at(wednesday, '17:00').toISOString() },
        },
      );
      await onDoctors(
        `mutation ($doctorId: ID!, $input: ExtraHoursInput!) { addExtraHours(doctorId: $doctorId, input: $input) { id } }`,
        { doctorId: ids.alpha, input: { date: saturday, startTime: '09:00', endTime: '12:00' } },
      );

      await appointments.dataSource.getRepository(Appointment).insert([
        visit(ids.alpha, AppointmentStatus.APPROVED, monday, '09:00'),
        visit(ids.alpha, AppointmentStatus.COMPLETED, monday, '10:00', 60),
        visit(ids.alpha, AppointmentStatus.PENDING, monday, '11:00'),
        visit(ids.alpha, AppointmentStatus.REJECTED, monday, '12:00'),
        visit(ids.alpha, AppointmentStatus.CANCELLED, monday, '12:30'),
        visit(ids.alpha, AppointmentStatus.NO_SHOW, monday, '13:00'),
        // Booked before the time off was added: it stays, and counts as booked.
        visit(ids.alpha, AppointmentStatus.APPROVED, wednesday, '14:00'),
        visit(ids.alpha, AppointmentStatus.PENDING, saturday, '09:00'),
        visit(ids.beta, AppointmentStatus.APPROVED, monday, '09:00'),
        // The next Monday: outside a one-week board.
        visit(ids.alpha, AppointmentStatus.APPROVED, addDays(monday, 7), '09:00'),
      ]);
    }, 120_000);

    afterAll(async () => {
      await appointments?.stop();
      await doctors?.stop();
      await opened?.close();
    });

    it("a department's week for the desk: capacity from weekly and extra hours less time off, visits by status", async () => {
      const week = dataOf(
        await board({ from: monday, to: addDays(monday, 6), groupBy: 'WEEK', departmentId: obstetrics }, tokens.staff),
      ).scheduleBoard.periods;
      expect(week).toEqual([
        {
          start: monday,
          end: addDays(monday, 6),
          rows: [
            // 16 × 4 + 8 (Wednesday) + 6 (Saturday) = 78; booked 1 + 2 + 1; pending 1 + 1;
            // free 78 less Monday's 4 covered and Saturday's 1 (the Wednesday visit stands in the time off).
            {
              doctor: { id: ids.alpha },
              capacitySlots: 78,
              bookedSlots: 4,
              pendingSlots: 2,
              freeSlots: 73,
              utilisation: 4 / 78,
            },
            {
              doctor: { id: ids.beta },
              capacitySlots: 16,
              bookedSlots: 1,
              pendingSlots: 0,
              freeSlots: 15,
              utilisation: 1 / 16,
            },
          ],
        },
      ]);
    });

    it('by DAY for ADMIN, every department', async () => {
      const days = dataOf(await board({ from: monday, to: addDays(monday, 6), groupBy: 'DAY' }, tokens.admin))
        .scheduleBoard.periods;
      expect(days.map((d) => d.start)).toEqual(Array.from({ length: 7 }, (_, i) => addDays(monday, i)));
      const of = (id: string) =>
        days.map((d) => {
          const row = d.rows.find((r) => r.doctor.id === id)!;
          return [row.capacitySlots, row.bookedSlots, row.pendingSlots, row.freeSlots];
        });
      expect(of(ids.alpha)).toEqual([
        [16, 3, 1, 12],
        [16, 0, 0, 16],
        [8, 1, 0, 8],
        [16, 0, 0, 16],
        [16, 0, 0, 16],
        [6, 0, 1, 5],
        [0, 0, 0, 0],
      ]);
      expect(of(ids.gamma)[1]).toEqual([18, 0, 0, 18]);
    });

    it('a doctor sees only their own row; a patient and a stakeholder are refused', async () => {
      const own = dataOf(await board({ from: monday, to: monday, groupBy: 'DAY' }, tokens.beta)).scheduleBoard;
      expect(own.periods[0]!.rows).toEqual([
        {
          doctor: { id: ids.beta },
          capacitySlots: 8,
          bookedSlots: 1,
          pendingSlots: 0,
          freeSlots: 7,
          utilisation: 0.125,
        },
      ]);
      const elsewhere = await board(
        { from: monday, to: monday, groupBy: 'DAY', departmentId: neonatology },
        tokens.beta,
      );
      expect(dataOf(elsewhere).scheduleBoard.periods[0]!.rows).toEqual([]);
      for (const token of [tokens.patient, tokens.stakeholder]) {
        expect(codeOf(await board({ from: monday, to: monday, groupBy: 'DAY' }, token))).toBe('FORBIDDEN');
      }
      expect(codeOf(await board({ from: monday, to: monday, groupBy: 'DAY' }, undefined))).toBe('UNAUTHENTICATED');
    });

    it('refuses a range over 92 days or backwards, and a department that does not exist', async () => {
      const long = await board({ from: monday, to: addDays(monday, 92), groupBy: 'MONTH' }, tokens.staff);
      expect(codeOf(long)).toBe('BAD_USER_INPUT');
      expect(long.errors?.[0]?.message).toMatch(/at most 92 days/);
      expect(codeOf(await board({ from: monday, to: addDays(monday, -1), groupBy: 'DAY' }, tokens.staff))).toBe(
        'BAD_USER_INPUT',
      );
      const unknown = { from: monday, to: monday, groupBy: 'DAY', departmentId: randomUUID() };
      expect(codeOf(await board(unknown, tokens.staff))).toBe('NOT_FOUND');
    });

    it('reads the visits in one statement, for a week as for 92 days', async () => {
      const week = await visitReads(async () =>
        dataOf(await board({ from: monday, to: addDays(monday, 6), groupBy: 'DAY' }, tokens.admin)),
      );
      const quarter = await visitReads(async () =>
        dataOf(await board({ from: monday, to: addDays(monday, 91), groupBy: 'DAY' }, tokens.admin)),
      );
      expect([week, quarter]).toEqual([1, 1]);
    });

    it("the board's index goes down and up again", async () => {
      const runner = appointments.dataSource.createQueryRunner();
      const indexNames = async () =>
        ((await runner.getTable('appointments'))?.indices ?? []).map((index) => index.name);
      try {
        const migration = new IndexVisitsForBoard1765000000300();
        expect(await indexNames()).toContain('idx_appointments_board');
        await migration.down(runner);
        expect(await indexNames()).not.toContain('idx_appointments_board');
        await migration.up(runner);
        expect(await indexNames()).toContain('idx_appointments_board');
      } finally {
        await runner.release();
      }
    });
  });
}
