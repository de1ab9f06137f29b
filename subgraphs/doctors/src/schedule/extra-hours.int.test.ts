import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import {
  addDays,
  createDataSource,
  dateInZone,
  Role,
  SERVICE_ROLE,
  type HttpService,
  type Subgraph,
} from '@hospital/kit';
import { OutboxEvent } from '@hospital/kit/events';
import {
  auditWritten,
  bothBackends,
  codeOf,
  createTestDatabase,
  dataOf,
  fieldsOf,
  graphqlRequest,
  mysqlAvailable,
  testToken,
  type OpenBackend,
} from '@hospital/kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDoctorsSubgraph, doctorsTables } from '../app.js';

const ZONE = 'Europe/Kyiv';
const CREATE_DEPARTMENT = `mutation ($name: String!) { createDepartment(name: $name) { id } }`;
const CREATE_DOCTOR = `mutation ($input: CreateDoctorInput!) { createDoctor(input: $input) { id } }`;
// The contract's operation (shared/contract/operations/schedule.graphql).
const ADD_EXTRA_HOURS = `mutation AddExtraHours($doctorId: ID!, $input: ExtraHoursInput!) {
  addExtraHours(doctorId: $doctorId, input: $input) { id date startTime endTime }
}`;
const REMOVE_EXTRA_HOURS = `mutation ($id: ID!) { removeExtraHours(id: $id) }`;
const EXTRA_HOURS = `query ($id: ID!, $from: Date, $to: Date) {
  doctor(id: $id) { id extraHours(from: $from, to: $to) { id date startTime endTime } }
}`;
const ADD_TIME_OFF = `mutation ($doctorId: ID!, $input: TimeOffInput!) { addTimeOff(doctorId: $doctorId, input: $input) { id } }`;
const SET_WEEK = `mutation ($doctorId: ID!, $rules: [AvailabilityRuleInput!]!) {
  setWeeklyAvailability(doctorId: $doctorId, rules: $rules) { id }
}`;
const TIME_OFF_ENTITY = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on TimeOff { id start end doctor { id } } } }`;

interface Window {
  id: string;
  date: string;
  startTime: string;
  endTime: string;
}

const mysql = await mysqlAvailable();

for (const backend of bothBackends) {
  describe.runIf(await backend.available())(`extra hours on ${backend.name}`, () => {
    let opened: OpenBackend;
    let subgraph: Subgraph;
    let http: HttpService;
    const adminId = randomUUID();
    const doctorId = randomUUID();
    const otherDoctorId = randomUUID();
    const tokens = {} as Record<
      'admin' | 'staff' | 'patient' | 'doctor' | 'otherDoctor' | 'schedules' | 'contacts',
      string
    >;
    const today = dateInZone(new Date(), ZONE);
    /** A day ahead that each test has to itself. */
    let nextDay = 10;
    const freshDay = () => addDays(today, (nextDay += 1));

    const gql = <T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}, token?: string) =>
      graphqlRequest<T>(http.url, query, variables, token);
    const add = (input: Record<string, unknown>, token = tokens.doctor, doctor = doctorId) =>
      gql<{ addExtraHours: Window }>(ADD_EXTRA_HOURS, { doctorId: doctor, input }, token);
    const windowsOn = async (date: string, token = tokens.patient) =>
      dataOf(
        await gql<{ doctor: { extraHours: Window[] } }>(EXTRA_HOURS, { id: doctorId, from: date, to: date }, token),
      ).doctor.extraHours;
    const outboxOf = async (type: string) =>
      (await subgraph.dataSource.getRepository(OutboxEvent).findBy({ type })).map(
        (event) => JSON.parse(event.payload) as Record<string, unknown>,
      );

    beforeAll(async () => {
      opened = await backend.open(['doctors']);
      subgraph = await createDoctorsSubgraph({ env: opened.env('doctors'), migrate: true });
      http = await subgraph.start();
      tokens.admin = await testToken({ id: adminId, role: Role.ADMIN });
      tokens.staff = await testToken({ id: randomUUID(), role: Role.STAFF });
      tokens.patient = await testToken({ id: randomUUID(), role: Role.PATIENT });
      tokens.doctor = await testToken({ id: doctorId, role: Role.DOCTOR });
      tokens.otherDoctor = await testToken({ id: otherDoctorId, role: Role.DOCTOR });
      tokens.schedules = await testToken({
        id: 'service:appointments',
        role: SERVICE_ROLE,
        scopes: ['schedules:read'],
      });
      tokens.contacts = await testToken({ id: 'service:appointments', role: SERVICE_ROLE, scopes: ['contacts:read'] });
      const departmentId = dataOf(
        await gql<{ createDepartment: { id: string } }>(
          CREATE_DEPARTMENT,
          { name: `Obstetrics ${randomUUID()}` },
          tokens.admin,
        ),
      ).createDepartment.id;
      for (const [id, n] of [
        [doctorId, 1],
        [otherDoctorId, 2],
      ] as const) {
        const input = {
          userId: id,
          name: `Dr. Extra ${n}`,
          email: `extra.${id}@hospital.test`,
          phone: '+380441234567',
          specialty: 'Obstetrics',
          licenseNumber: `LIC-${id}`,
          departmentId,
        };
        dataOf(await gql(CREATE_DOCTOR, { input }, tokens.admin));
      }
    });
    afterAll(async () => {
      await subgraph?.stop();
      await opened?.close();
    });

    it('is added by the doctor themself and read by any signed-in user, by day and start', async () => {
      const date = freshDay();
      const afternoon = dataOf(await add({ date, startTime: '14:00', endTime: '16:30' })).addExtraHours;
      expect(afternoon).toEqual({ id: expect.any(String), date, startTime: '14:00', endTime: '16:30' });
      const morning = dataOf(await add({ date, startTime: '09:00', endTime: '10:00' }, tokens.admin)).addExtraHours;
      for (const token of [tokens.patient, tokens.staff, tokens.otherDoctor]) {
        expect(await windowsOn(date, token)).toEqual([morning, afternoon]);
      }
      // By default from today for a year, so today's reader sees it without asking for a range.
      const byDefault = dataOf(
        await gql<{ doctor: { extraHours: Window[] } }>(EXTRA_HOURS, { id: doctorId }, tokens.patient),
      );
      expect(byDefault.doctor.extraHours).toEqual(expect.arrayContaining([morning, afternoon]));
      expect(await windowsOn(addDays(date, 1))).toEqual([]);
    });

    it('refuses a range of more than 366 days or one that ends before it starts', async () => {
      const tooLong = await gql(EXTRA_HOURS, { id: doctorId, from: today, to: addDays(today, 366) }, tokens.patient);
      expect(codeOf(tooLong)).toBe('BAD_USER_INPUT');
      const reversed = await gql(EXTRA_HOURS, { id: doctorId, from: today, to: addDays(today, -1) }, tokens.patient);
      expect(fieldsOf(reversed)).toEqual(['to']);
    });

    it('refuses a day past, times off the grid, reversed or outside clinic hours, naming each field', async () => {
      const date = freshDay();
      const cases: [Record<string, unknown>, string[]][] = [
        [{ date: addDays(today, -1), startTime: '10:00', endTime: '11:00' }, ['date']],
        [{ date, startTime: '10:15', endTime: '11:00' }, ['startTime']],
        [{ date, startTime: '10:00', endTime: '1100' }, ['endTime']],
        [{ date, startTime: '12:00', endTime: '11:00' }, ['endTime']],
        [{ date, startTime: '17:00', endTime: '19:00' }, ['startTime']],
      ];
      for (const [input, fields] of cases) {
        const result = await add(input);
        expect(codeOf(result)).toBe('BAD_USER_INPUT');
        expect(fieldsOf(result)).toEqual(fields);
      }
      expect(codeOf(await add({ date: '2027-02-30', startTime: '10:00', endTime: '11:00' }))).toBe('BAD_USER_INPUT');
      expect(await windowsOn(date)).toEqual([]);
      const unknown = await add({ date, startTime: '10:00', endTime: '11:00' }, tokens.admin, randomUUID());
      expect(codeOf(unknown)).toBe('NOT_FOUND');
    });

    it('refuses a window overlapping another of that day with CONFLICT, and takes one back to back', async () => {
      const date = freshDay();
      dataOf(await add({ date, startTime: '10:00', endTime: '12:00' }));
      for (const [startTime, endTime] of [
        ['11:30', '13:00'],
        ['09:00', '10:30'],
        ['10:30', '11:00'],
        ['09:00', '18:00'],
      ]) {
        const clash = await add({ date, startTime, endTime });
        expect(codeOf(clash)).toBe('CONFLICT');
        expect(clash.errors?.[0]?.message).toContain('10:00–12:00');
      }
      dataOf(await add({ date, startTime: '12:00', endTime: '13:00' }));
      dataOf(await add({ date, startTime: '09:00', endTime: '10:00' }));
      // Another doctor's window at the same time is no clash.
      dataOf(await add({ date, startTime: '10:00', endTime: '12:00' }, tokens.otherDoctor, otherDoctorId));
      expect((await windowsOn(date)).map((w) => `${w.startTime}-${w.endTime}`)).toEqual([
        '09:00-10:00',
        '10:00-12:00',
        '12:00-13:00',
      ]);
    });

    it('keeps exactly one of many overlapping windows added at once', async () => {
      const date = freshDay();
      const results = await Promise.all(
        ['09:00', '09:30', '10:00', '10:30', '11:00', '11:30'].map((startTime) =>
          add({ date, startTime, endTime: '12:00' }),
        ),
      );
      expect(results.filter((r) => !r.errors)).toHaveLength(1);
      expect(results.filter((r) => codeOf(r) === 'CONFLICT')).toHaveLength(5);
      expect(await windowsOn(date)).toHaveLength(1);
      const [{ count }] = (await subgraph.dataSource.query(
        'SELECT COUNT(*) AS count FROM extra_hours_blocks WHERE doctor_id = ? AND clinic_day = ?',
        [doctorId, date],
      )) as [{ count: number | string }];
      const kept = (await windowsOn(date))[0] as Window;
      const [h = 0, m = 0] = kept.startTime.split(':').map(Number);
      expect(Number(count)).toBe((12 * 60 - (h * 60 + m)) / 30);
    });

    it('is added and removed only by an administrator or the doctor themself', async () => {
      const date = freshDay();
      const input = { date, startTime: '10:00', endTime: '11:00' };
      for (const token of [tokens.otherDoctor, tokens.staff, tokens.patient, tokens.schedules]) {
        expect(codeOf(await add(input, token))).toBe('FORBIDDEN');
      }
      expect(codeOf(await gql(ADD_EXTRA_HOURS, { doctorId, input }))).toBe('UNAUTHENTICATED');
      const { id } = dataOf(await add(input, tokens.admin)).addExtraHours;
      for (const token of [tokens.otherDoctor, tokens.staff, tokens.patient, tokens.schedules]) {
        expect(codeOf(await gql(REMOVE_EXTRA_HOURS, { id }, token))).toBe('FORBIDDEN');
      }
      expect(codeOf(await gql(REMOVE_EXTRA_HOURS, { id }))).toBe('UNAUTHENTICATED');
      expect(dataOf(await gql(REMOVE_EXTRA_HOURS, { id }, tokens.doctor))).toEqual({ removeExtraHours: true });
      expect(codeOf(await gql(REMOVE_EXTRA_HOURS, { id }, tokens.doctor))).toBe('NOT_FOUND');
      expect(await windowsOn(date)).toEqual([]);
      // Its blocks went with it: the same window can be opened again.
      dataOf(await add(input));
    });

    it("records an administrator's changes in the audit trail with them, the doctor's own not, every refusal as DENIED", async () => {
      const date = freshDay();
      let id = '';
      const byAdmin = await auditWritten(subgraph.dataSource, async () => {
        id = dataOf(await add({ date, startTime: '10:00', endTime: '11:00' }, tokens.admin)).addExtraHours.id;
        dataOf(await gql(REMOVE_EXTRA_HOURS, { id }, tokens.admin));
      });
      expect(byAdmin.entries.map((e) => [e.action, e.outcome, e.actorRole, e.subjectType, e.subjectId])).toEqual([
        ['doctor.addExtraHours', 'SUCCESS', 'ADMIN', 'Doctor', doctorId],
        ['doctor.removeExtraHours', 'SUCCESS', 'ADMIN', 'Doctor', doctorId],
      ]);
      expect(byAdmin.transactions).toBe(2);
      expect(byAdmin.alongside).toEqual(['extra_hours', 'extra_hours_blocks']);

      const own = await auditWritten(subgraph.dataSource, async () => {
        const mine = dataOf(await add({ date, startTime: '12:00', endTime: '13:00' })).addExtraHours.id;
        dataOf(await gql(REMOVE_EXTRA_HOURS, { id: mine }, tokens.doctor));
      });
      expect(own.entries).toEqual([]);

      const { id: kept } = dataOf(await add({ date, startTime: '15:00', endTime: '16:00' })).addExtraHours;
      const refused = await auditWritten(subgraph.dataSource, async () => {
        expect(codeOf(await add({ date, startTime: '16:00', endTime: '17:00' }, tokens.staff))).toBe('FORBIDDEN');
        expect(codeOf(await gql(REMOVE_EXTRA_HOURS, { id: kept }, tokens.otherDoctor))).toBe('FORBIDDEN');
      });
      expect(refused.entries.map((e) => [e.action, e.outcome, e.actorRole, e.subjectId])).toEqual([
        ['doctor.addExtraHours', 'DENIED', 'STAFF', doctorId],
        ['doctor.removeExtraHours', 'DENIED', 'DOCTOR', doctorId],
      ]);
    });

    it('announces every change of hours with how it changed and the time it touches', async () => {
      const date = freshDay();
      const before = new Set((await subgraph.dataSource.getRepository(OutboxEvent).find()).map((e) => e.id));
      const { id } = dataOf(await add({ date, startTime: '10:00', endTime: '11:30' })).addExtraHours;
      dataOf(await gql(REMOVE_EXTRA_HOURS, { id }, tokens.doctor));
      const leave = { start: `${date}T06:00:00.000Z`, end: `${date}T15:00:00.000Z` };
      dataOf(await gql(ADD_TIME_OFF, { doctorId, input: leave }, tokens.doctor));
      dataOf(
        await gql(
          SET_WEEK,
          { doctorId, rules: [{ dayOfWeek: 'MONDAY', startTime: '09:00', endTime: '12:00' }] },
          tokens.doctor,
        ),
      );
      const events = (await subgraph.dataSource.getRepository(OutboxEvent).find({ order: { sequence: 'ASC' } }))
        .filter((event) => !before.has(event.id) && event.type === 'doctors.schedule-changed')
        .map((event) => JSON.parse(event.payload) as Record<string, unknown>);
      expect(events).toEqual([
        { doctorId, change: 'EXTRA_HOURS_ADDED', from: expect.any(String), to: expect.any(String) },
        { doctorId, change: 'EXTRA_HOURS_REMOVED', from: expect.any(String), to: expect.any(String) },
        { doctorId, change: 'TIME_OFF_ADDED', from: leave.start, to: leave.end },
        { doctorId, change: 'WEEKLY' },
      ]);
      const [added] = events;
      const hours = (iso: unknown) =>
        new Intl.DateTimeFormat('en-GB', { timeZone: ZONE, timeStyle: 'short' }).format(new Date(iso as string));
      expect([hours(added?.['from']), hours(added?.['to'])]).toEqual(['10:00', '11:30']);
      expect(dateInZone(new Date(added?.['from'] as string), ZONE)).toBe(date);
      expect((await outboxOf('doctors.schedule-changed')).length).toBeGreaterThanOrEqual(4);
    });

    it('lets a service with schedules:read read schedules and the catalogue, and nothing else', async () => {
      const date = freshDay();
      dataOf(await add({ date, startTime: '10:00', endTime: '11:00' }));
      const read = await gql<{ doctor: { extraHours: Window[] } }>(
        `query ($id: ID!, $from: Date, $to: Date) {
        doctor(id: $id) { id weeklyAvailability { dayOfWeek } timeOff { start } extraHours(from: $from, to: $to) { date } }
      }`,
        { id: doctorId, from: date, to: date },
        tokens.schedules,
      );
      expect(read.errors).toBeUndefined();
      expect(read.data?.doctor.extraHours).toEqual([{ date }]);
      const privateField = await gql(
        `query ($id: ID!) { doctor(id: $id) { id email } }`,
        { id: doctorId },
        tokens.schedules,
      );
      expect(codeOf(privateField)).toBe('FORBIDDEN');
      const contact = await gql(
        `query ($id: ID!) { doctorContact(id: $id) { name } }`,
        { id: doctorId },
        tokens.schedules,
      );
      expect(codeOf(contact)).toBe('FORBIDDEN');
      const departments = await gql(`{ departments { id } }`, {}, tokens.schedules);
      expect(codeOf(departments)).toBe('FORBIDDEN');
      const contactsOnly = await gql(`query ($id: ID!) { doctor(id: $id) { id } }`, { id: doctorId }, tokens.contacts);
      expect(codeOf(contactsOnly)).toBe('FORBIDDEN');
    });

    it('serves a period off as an entity with its doctor and its bounds, for the visits appointments adds to it', async () => {
      const leave = { start: '2027-03-01T07:00:00.000Z', end: '2027-03-02T16:00:00.000Z' };
      const { id } = dataOf(
        await gql<{ addTimeOff: { id: string } }>(ADD_TIME_OFF, { doctorId, input: leave }, tokens.doctor),
      ).addTimeOff;
      const r = [
        { __typename: 'TimeOff', id },
        { __typename: 'TimeOff', id: randomUUID() },
      ];
      const result = await gql(TIME_OFF_ENTITY, { r }, tokens.staff);
      expect(result.errors).toBeUndefined();
      expect(result.data).toEqual({ _entities: [{ id, ...leave, doctor: { id: doctorId } }, null] });
      expect(codeOf(await gql(TIME_OFF_ENTITY, { r }))).toBe('UNAUTHENTICATED');
    });
  });
}

describe('the extra hours migration', () => {
  const roundTrip = async (url: string | undefined, dataDir: string) => {
    const dataSource = createDataSource({ name: 'doctors', url, dataDir, ...doctorsTables });
    await dataSource.initialize();
    try {
      await dataSource.runMigrations({ transaction: 'each' });
      await dataSource.undoLastMigration({ transaction: 'each' });
      const tables = (await dataSource.createQueryRunner().getTables(['extra_hours', 'extra_hours_blocks'])).map(
        (t) => t.name,
      );
      expect(tables).toEqual([]);
      await dataSource.runMigrations({ transaction: 'each' });
      const runner = dataSource.createQueryRunner();
      expect(await runner.hasTable('extra_hours')).toBe(true);
      expect(await runner.hasTable('extra_hours_blocks')).toBe(true);
      await runner.release();
    } finally {
      await dataSource.destroy();
    }
  };

  it('goes up, down and up again on SQLite', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'doctors-extra-hours-'));
    try {
      await roundTrip(undefined, dir);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it.runIf(mysql)('goes up, down and up again on MariaDB', async () => {
    const database = await createTestDatabase('doctors_extra_hours_migration');
    try {
      await roundTrip(database.url, tmpdir());
    } finally {
      await database.drop();
    }
  });
});
