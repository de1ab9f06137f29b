import { addDays } from '@hospital/kit';
import { eventually } from '@hospital/kit/testing';
import {
  AddExtraHoursDocument,
  AddTimeOffWithConflictsDocument,
  AppointmentDetailDocument,
  AvailableSlotsDocument,
  NotificationsInDetailDocument,
  RequestAppointmentDocument,
} from '@hospital/client';
import { describe, expect, it } from 'vitest';
import { codeOf, dataOf } from './client.js';
import { MODE, supergraphAvailable } from './harness.js';
import { at, mondayAhead } from './time.js';
import { useWorld } from './world.js';

describe.runIf(await supergraphAvailable())(`extra hours and schedule conflicts through the gateway (${MODE})`, () => {
  const current = useWorld();

  it('opens a day the doctor does not work: its slots are free and bookable; a patient may not open one', async () => {
    const world = current();
    const { service, doctor } = await world.clinic();
    const patient = await world.patient();
    const saturday = addDays(mondayAhead(), 5);
    const slotsOnSaturday = async () =>
      dataOf(
        await world.execute(
          AvailableSlotsDocument,
          {
            input: {
              serviceId: service.id,
              doctorId: doctor.id,
              from: at(saturday, '00:00'),
              to: at(addDays(saturday, 1), '00:00'),
            },
          },
          patient.token,
        ),
      ).availableSlots.map((slot) => slot.start);
    expect(await slotsOnSaturday()).toEqual([]);

    const input = { date: saturday, startTime: '10:00', endTime: '12:00' };
    expect(codeOf(await world.execute(AddExtraHoursDocument, { doctorId: doctor.id, input }, patient.token))).toBe(
      'FORBIDDEN',
    );
    const added = await world.execute(AddExtraHoursDocument, { doctorId: doctor.id, input }, doctor.token);
    expect(dataOf(added).addExtraHours).toEqual({ id: expect.any(String), ...input });

    expect(await slotsOnSaturday()).toEqual(['10:00', '10:30', '11:00', '11:30'].map((time) => at(saturday, time)));
    const request = {
      patientId: patient.id,
      doctorId: doctor.id,
      serviceId: service.id,
      preferredTime: at(saturday, '10:30'),
      reason: 'Check-up on Saturday',
    };
    const booked = dataOf(await world.execute(RequestAppointmentDocument, { input: request }, patient.token));
    expect(booked.requestAppointment).toMatchObject({ status: 'PENDING', start: at(saturday, '10:30') });
    expect(await slotsOnSaturday()).toEqual(['10:00', '11:00', '11:30'].map((time) => at(saturday, time)));
  });

  it('lists the visits a period off falls on, and tells both patients with alternatives; the visits stay', async () => {
    const world = current();
    const { department, service, doctor } = await world.clinic();
    await world.doctor(department.id, 'Oksana Hrytsenko');
    const [first, second] = [await world.patient('Maria Lysenko'), await world.patient('Anna Tkachenko')];
    const desk = await world.account('STAFF');
    const monday = mondayAhead();
    const one = await world.approvedVisit(first, doctor, service.id, at(monday, '10:00'));
    const two = await world.approvedVisit(second, doctor, service.id, at(monday, '11:30'));

    const leave = { start: at(monday, '09:00'), end: at(monday, '13:00'), reason: 'Training' };
    const added = await world.execute(
      AddTimeOffWithConflictsDocument,
      { doctorId: doctor.id, input: leave },
      doctor.token,
    );
    expect(dataOf(added).addTimeOff).toMatchObject({ start: leave.start, end: leave.end });
    expect(dataOf(added).addTimeOff.conflictingAppointments).toEqual([
      { id: one, start: at(monday, '10:00'), status: 'APPROVED', patient: { id: first.id } },
      { id: two, start: at(monday, '11:30'), status: 'APPROVED', patient: { id: second.id } },
    ]);

    const noticesOf = async (recipientId: string, token: string, appointmentId: string) =>
      dataOf(await world.execute(NotificationsInDetailDocument, { recipientId, first: 50 }, token))
        .notifications.edges.map((edge) => edge.node)
        .filter((notice) => notice.kind === 'DOCTOR_UNAVAILABLE' && notice.appointmentId === appointmentId);
    // Asynchronous: the consumer records the notices, the dispatcher renders them (the alternatives are in the text).
    await eventually(async () => {
      for (const [patient, token, visit] of [
        [first, first.token, one],
        [second, desk.token, two],
      ] as const) {
        const notices = await noticesOf(patient.id, token, visit);
        expect(notices.map((notice) => notice.channel).sort()).toEqual(['EMAIL', 'SMS']);
        expect(notices.find((notice) => notice.channel === 'EMAIL')?.body).toContain('Free slots instead');
      }
    }, 20_000);
    const stillThere = await world.execute(AppointmentDetailDocument, { id: one }, first.token);
    expect(dataOf(stillThere).appointment?.status).toBe('APPROVED');
  });
});
