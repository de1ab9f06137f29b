import { randomUUID } from 'node:crypto';
import { createDoctorsSubgraph } from '@hospital/doctors';
import { addDays, Role, weekdayOf, zonedParts, zonedToUtc, type Subgraph } from '@hospital/kit';
import {
  createEventBus,
  InProcessEventBus,
  OutboxEvent,
  type EventBus,
  type EventEnvelope,
} from '@hospital/kit/events';
import {
  bothBackends,
  codeOf,
  dataOf,
  eventually,
  graphqlRequest,
  redisAvailable,
  ruleOf,
  TEST_REDIS_URL,
  testToken,
  type OpenBackend,
} from '@hospital/kit/testing';
import { createPatientsSubgraph } from '@hospital/patients';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppointmentsSubgraph } from '../app.js';
import { Appointment } from '../appointment/appointment.entity.js';
import { Notification } from '../notification/notification.entity.js';
import { onboardDoctor } from '../testing/visit-world.js';

const ZONE = 'Europe/Kyiv';
const REQUEST = `mutation ($input: RequestAppointmentInput!) { requestAppointment(input: $input) { id status start } }`;
const APPROVE = `mutation ($id: ID!) { approveAppointment(id: $id) { id status } }`;
const SLOTS = `query ($input: AvailableSlotsInput!) { availableSlots(input: $input) { start doctor { id } } }`;
const CALENDAR = `query ($input: AvailabilityCalendarInput!) { availabilityCalendar(input: $input) { date freeSlotCount } }`;
const CONFLICTS = `query ($r: [_Any!]!) { _entities(representations: $r) {
  ... on TimeOff { id conflictingAppointments { id start status patient { id } } }
} }`;

const at = (date: string, hhmm: string) => {
  const [h = 0, m = 0] = hhmm.split(':').map(Number);
  return zonedToUtc(date, h * 60 + m, ZONE).toISOString();
};

for (const backend of bothBackends) {
  // As deployed (MariaDB), events travel on a Redis stream; the embedded default's subgraphs share one in-process bus.
  const redis = backend.kind === 'mariadb';
  describe.runIf((await backend.available()) && (!redis || (await redisAvailable())))(
    `schedule changes in appointments on ${backend.name}: extra hours booked, stranded visits' patients told`,
    () => {
      let opened: OpenBackend;
      const subgraphs: Subgraph[] = [];
      const stream = `test-schedule-changes-${randomUUID()}`;
      const shared: Record<string, string> = redis ? { REDIS_URL: TEST_REDIS_URL, EVENT_STREAM: stream } : {};
      let doctors: Subgraph;
      let appointments: Subgraph;
      let doctorsUrl: string;
      let patientsUrl: string;
      let url: string;
      let bus: EventBus;
      const ids = { admin: randomUUID(), staff: randomUUID(), doctor: randomUUID(), colleague: randomUUID() };
      const tokens = {} as Record<keyof typeof ids | 'stranger', string>;
      let serviceId: string;
      /** A Monday and the Saturday after it, some weeks ahead. */
      let monday: string;
      let saturday: string;

      const call = <T = Record<string, unknown>>(target: string, query: string, variables: object, token?: string) =>
        graphqlRequest<T>(target, query, variables as Record<string, unknown>, token);
      const onDoctors = async <T = Record<string, unknown>>(query: string, variables: object, token = tokens.admin) =>
        dataOf(await call<T>(doctorsUrl, query, variables, token));
      const start = async (subgraph: Subgraph) => {
        subgraphs.push(subgraph);
        return (await subgraph.start()).url;
      };

      async function newPatient(): Promise<{ id: string; token: string }> {
        const id = randomUUID();
        const token = await testToken({ id, role: Role.PATIENT });
        const input = {
          name: 'Iryna Bondar',
          email: `i.${id}@example.com`,
          phone: '+380501112233',
          dateOfBirth: '1992-03-04',
          address: '7 Khreshchatyk St',
        };
        dataOf(
          await call(
            patientsUrl,
            `mutation ($input: RegisterPatientInput!) { registerPatient(input: $input) { id } }`,
            { input },
            token,
          ),
        );
        return { id, token };
      }
      const book = async (patientId: string, doctorId: string, when: string) =>
        call<{ requestAppointment: { id: string; status: string } }>(
          url,
          REQUEST,
          { input: { patientId, doctorId, serviceId, preferredTime: when, reason: 'Check-up' } },
          tokens.staff,
        );
      const noticesOf = (appointmentIds: string[]) =>
        appointments.dataSource.getRepository(Notification).find({
          where: appointmentIds.map((appointmentId) => ({
            appointmentId,
            kind: 'DOCTOR_UNAVAILABLE' as Notification['kind'],
          })),
        });
      const lastScheduleEvent = async (): Promise<EventEnvelope<'doctors.schedule-changed'>> => {
        const rows = await doctors.dataSource
          .getRepository(OutboxEvent)
          .find({ where: { type: 'doctors.schedule-changed' }, order: { sequence: 'DESC' }, take: 1 });
        const row = rows[0] as OutboxEvent;
        return {
          id: row.id,
          type: 'doctors.schedule-changed',
          occurredAt: row.occurredAt.toISOString(),
          payload: JSON.parse(row.payload) as EventEnvelope<'doctors.schedule-changed'>['payload'],
        };
      };

      beforeAll(async () => {
        tokens.admin = await testToken({ id: ids.admin, role: Role.ADMIN });
        tokens.staff = await testToken({ id: ids.staff, role: Role.STAFF });
        tokens.doctor = await testToken({ id: ids.doctor, role: Role.DOCTOR });
        tokens.colleague = await testToken({ id: ids.colleague, role: Role.DOCTOR });
        tokens.stranger = await testToken({ id: randomUUID(), role: Role.PATIENT });
        opened = await backend.open(['doctors', 'patients', 'appointments']);
        bus = redis
          ? createEventBus({ redisUrl: TEST_REDIS_URL, stream, retentionHours: 24 })
          : new InProcessEventBus();
        const onBus = redis ? {} : { bus };
        doctors = await createDoctorsSubgraph({ env: opened.env('doctors', shared), ...onBus, migrate: true });
        doctorsUrl = await start(doctors);
        patientsUrl = await start(
          await createPatientsSubgraph({ env: opened.env('patients', shared), ...onBus, migrate: true }),
        );
        appointments = await createAppointmentsSubgraph({
          env: opened.env('appointments', {
            ...shared,
            DOCTORS_URL: doctorsUrl,
            PATIENTS_URL: patientsUrl,
            CLINIC_TIMEZONE: ZONE,
          }),
          ...onBus,
          migrate: true,
        });
        url = await start(appointments);

        const departmentId = (
          await onDoctors<{ createDepartment: { id: string } }>(
            `mutation ($name: String!) { createDepartment(name: $name) { id } }`,
            {
              name: `Obstetrics ${randomUUID()}`,
            },
          )
        ).createDepartment.id;
        serviceId = (
          await onDoctors<{ createMedicalService: { id: string } }>(
            `mutation ($input: MedicalServiceInput!) { createMedicalService(input: $input) { id } }`,
            { input: { name: 'Antenatal check-up', departmentId, durationMinutes: 30, price: '100.00' } },
          )
        ).createMedicalService.id;
        for (const id of [ids.doctor, ids.colleague])
          await onboardDoctor(doctorsUrl, departmentId, tokens.admin, { id });
        let day = addDays(zonedParts(new Date(), ZONE).date, 14);
        while (weekdayOf(day) !== 'MONDAY') day = addDays(day, 1);
        monday = day;
        saturday = addDays(monday, 5);
      }, 120_000);

      afterAll(async () => {
        for (const subgraph of subgraphs.reverse()) await subgraph.stop();
        await bus?.close();
        await opened?.close();
      });

      it('shows the slots of extra hours on a day off as free, books them, and nothing outside them', async () => {
        const slotsOf = async (date: string) =>
          dataOf(
            await call<{ availableSlots: { start: string; doctor: { id: string } }[] }>(
              url,
              SLOTS,
              {
                input: { serviceId, doctorId: ids.doctor, from: at(date, '00:00'), to: at(addDays(date, 1), '00:00') },
              },
              tokens.stranger,
            ),
          ).availableSlots.map((s) => s.start);
        expect(await slotsOf(saturday)).toEqual([]);
        const patient = await newPatient();
        expect(ruleOf(await book(patient.id, ids.doctor, at(saturday, '10:00')))).toBe('DOCTOR_UNAVAILABLE');

        await onDoctors(
          `mutation ($doctorId: ID!, $input: ExtraHoursInput!) { addExtraHours(doctorId: $doctorId, input: $input) { id } }`,
          { doctorId: ids.doctor, input: { date: saturday, startTime: '10:00', endTime: '12:00' } },
          tokens.doctor,
        );
        expect(await slotsOf(saturday)).toEqual(['10:00', '10:30', '11:00', '11:30'].map((t) => at(saturday, t)));
        const calendar = dataOf(
          await call<{ availabilityCalendar: { date: string; freeSlotCount: number }[] }>(
            url,
            CALENDAR,
            { input: { serviceId, from: saturday, to: addDays(saturday, 1) } },
            tokens.stranger,
          ),
        ).availabilityCalendar;
        expect(calendar).toEqual([
          { date: saturday, freeSlotCount: 4 },
          { date: addDays(saturday, 1), freeSlotCount: 0 },
        ]);

        expect(dataOf(await book(patient.id, ids.doctor, at(saturday, '10:30'))).requestAppointment.status).toBe(
          'PENDING',
        );
        expect(ruleOf(await book(patient.id, ids.doctor, at(saturday, '12:00')))).toBe('DOCTOR_UNAVAILABLE');
        expect(await slotsOf(saturday)).toEqual(['10:00', '11:00', '11:30'].map((t) => at(saturday, t)));
      });

      it("lists a period off's visits to the doctor, the desk and administrators, and tells each patient once", async () => {
        const [first, second, elsewhere] = await Promise.all([newPatient(), newPatient(), newPatient()]);
        const one = dataOf(await book(first.id, ids.doctor, at(monday, '10:00'))).requestAppointment;
        const two = dataOf(await book(second.id, ids.doctor, at(monday, '11:00'))).requestAppointment;
        const untouched = dataOf(await book(elsewhere.id, ids.doctor, at(monday, '15:00'))).requestAppointment;
        dataOf(await call(url, APPROVE, { id: one.id }, tokens.doctor));

        const leave = { start: at(monday, '09:00'), end: at(monday, '13:00') };
        const { addTimeOff } = await onDoctors<{ addTimeOff: { id: string; start: string; end: string } }>(
          `mutation ($doctorId: ID!, $input: TimeOffInput!) { addTimeOff(doctorId: $doctorId, input: $input) { id start end } }`,
          { doctorId: ids.doctor, input: leave },
          tokens.doctor,
        );
        const r = [{ __typename: 'TimeOff', id: addTimeOff.id, doctor: { id: ids.doctor }, ...leave }];
        for (const token of [tokens.doctor, tokens.staff, tokens.admin]) {
          const result = await call(url, CONFLICTS, { r }, token);
          expect(result.errors).toBeUndefined();
          expect(result.data).toEqual({
            _entities: [
              {
                id: addTimeOff.id,
                conflictingAppointments: [
                  { id: one.id, start: at(monday, '10:00'), status: 'APPROVED', patient: { id: first.id } },
                  { id: two.id, start: at(monday, '11:00'), status: 'PENDING', patient: { id: second.id } },
                ],
              },
            ],
          });
        }
        for (const token of [tokens.colleague, tokens.stranger, first.token]) {
          const refused = await call(url, CONFLICTS, { r }, token);
          expect(codeOf(refused)).toBe('FORBIDDEN');
          expect(refused.data).toEqual({ _entities: [{ id: addTimeOff.id, conflictingAppointments: null }] });
        }

        await eventually(async () => expect(await noticesOf([one.id, two.id])).toHaveLength(4), 15_000);
        const notices = await noticesOf([one.id, two.id, untouched.id]);
        expect(
          notices
            .map((n) => [n.appointmentId, n.recipientId, n.recipientRole, n.channel])
            .sort((a, b) => `${a}`.localeCompare(`${b}`)),
        ).toEqual(
          [
            [one.id, first.id, 'PATIENT', 'EMAIL'],
            [one.id, first.id, 'PATIENT', 'SMS'],
            [two.id, second.id, 'PATIENT', 'EMAIL'],
            [two.id, second.id, 'PATIENT', 'SMS'],
          ].sort((a, b) => `${a}`.localeCompare(`${b}`)),
        );
        for (const notice of notices) {
          const alternatives = (
            notice.context as { alternatives: { start: string; doctorId: string; serviceId: string }[] }
          ).alternatives;
          expect(alternatives).toHaveLength(3);
          for (const alternative of alternatives) {
            expect(alternative.serviceId).toBe(serviceId);
            const inLeave =
              alternative.doctorId === ids.doctor && alternative.start >= leave.start && alternative.start < leave.end;
            expect(inLeave).toBe(false);
          }
          // The doctor's own slots first: the afternoon of the same day is nearest.
          expect(alternatives[0]?.doctorId).toBe(ids.doctor);
        }

        // Delivered again (a relay that crashed before stamping it), and a second period off over the same visits.
        const event = await lastScheduleEvent();
        expect(event.payload).toEqual({
          doctorId: ids.doctor,
          change: 'TIME_OFF_ADDED',
          from: leave.start,
          to: leave.end,
        });
        await bus.publish(event);
        await bus.publish(event);
        await onDoctors(
          `mutation ($doctorId: ID!, $input: TimeOffInput!) { addTimeOff(doctorId: $doctorId, input: $input) { id } }`,
          { doctorId: ids.doctor, input: { start: at(monday, '08:00'), end: at(monday, '12:00') } },
          tokens.doctor,
        );
        const marker = await newPatient();
        const late = dataOf(await book(marker.id, ids.colleague, at(monday, '16:00'))).requestAppointment;
        // The colleague's week shrinks after all of that: once its notices are in, the earlier events were applied.
        await onDoctors(
          `mutation ($doctorId: ID!, $rules: [AvailabilityRuleInput!]!) { setWeeklyAvailability(doctorId: $doctorId, rules: $rules) { id } }`,
          { doctorId: ids.colleague, rules: [{ dayOfWeek: 'MONDAY', startTime: '09:00', endTime: '12:00' }] },
        );
        await eventually(async () => expect(await noticesOf([late.id])).toHaveLength(2), 15_000);
        expect(await noticesOf([one.id, two.id, untouched.id])).toHaveLength(4);

        const visits = await appointments.dataSource.getRepository(Appointment).findBy({ doctorId: ids.doctor });
        const statusOf = (id: string) => visits.find((v) => v.id === id)?.status;
        expect([statusOf(one.id), statusOf(two.id), statusOf(untouched.id)]).toEqual([
          'APPROVED',
          'PENDING',
          'PENDING',
        ]);
      });
    },
  );
}
