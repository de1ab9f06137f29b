import {
  AddExtraHoursDocument,
  AddTimeOffDocument,
  CancelAppointmentDocument,
  RequestAppointmentDocument,
  ScheduleBoardDocument,
} from '@hospital/client';
import { addDays } from '@hospital/kit';
import { describe, expect, it } from 'vitest';
import { codeOf, dataOf } from './client.js';
import { MODE, supergraphAvailable } from './harness.js';
import { at, mondayAhead } from './time.js';
import { useWorld, type Actor } from './world.js';

describe.runIf(await supergraphAvailable())(`the desk's schedule board through the gateway (${MODE})`, () => {
  const current = useWorld();
  const monday = mondayAhead();
  const sunday = addDays(monday, 6);

  it('adds up a week of a department by WEEK and by DAY, names from doctors, rows by role', async () => {
    const world = current();
    const admin = await world.admin();
    const department = await world.department();
    const consultation = await world.service(department.id);
    const scan = await world.service(department.id, '140.00', 60);
    // world.doctor: Monday to Friday 09:00–17:00, 16 slots a day.
    const anna = await world.doctor(department.id, 'Anna Board');
    const bohdana = await world.doctor(department.id, 'Bohdana Board');
    const desk = await world.account('STAFF');
    const [olena, iryna, maria] = await Promise.all([
      world.patient('Olena Board'),
      world.patient('Iryna Board'),
      world.patient('Maria Board'),
    ]);

    // Anna opens Saturday 10:00–12:00 (4 slots); Bohdana is away all Thursday.
    dataOf(
      await world.execute(
        AddExtraHoursDocument,
        { doctorId: anna.id, input: { date: addDays(monday, 5), startTime: '10:00', endTime: '12:00' } },
        anna.token,
      ),
    );
    const thursday = addDays(monday, 3);
    dataOf(
      await world.execute(
        AddTimeOffDocument,
        { doctorId: bohdana.id, input: { start: at(thursday, '00:00'), end: at(addDays(thursday, 1), '00:00') } },
        bohdana.token,
      ),
    );

    const ask = async (patient: Actor, doctor: Actor, serviceId: string, start: string) => {
      const input = { patientId: patient.id, doctorId: doctor.id, serviceId, preferredTime: start, reason: 'Board' };
      return dataOf(await world.execute(RequestAppointmentDocument, { input }, patient.token)).requestAppointment.id;
    };
    await world.approvedVisit(olena, anna, consultation.id, at(monday, '09:00'));
    await ask(iryna, anna, consultation.id, at(monday, '10:00'));
    await world.approvedVisit(olena, anna, consultation.id, at(addDays(monday, 1), '09:00'));
    await ask(maria, anna, scan.id, at(addDays(monday, 2), '11:00'));
    await world.approvedVisit(maria, bohdana, consultation.id, at(monday, '09:00'));
    const cancelled = await ask(iryna, bohdana, consultation.id, at(monday, '11:00'));
    dataOf(await world.execute(CancelAppointmentDocument, { id: cancelled }, iryna.token));

    const week = dataOf(
      await world.execute(
        ScheduleBoardDocument,
        { from: monday, to: sunday, groupBy: 'WEEK', departmentId: department.id },
        desk.token,
      ),
    ).scheduleBoard.periods;
    const ofDepartment = { id: department.id, name: department.name };
    expect(week).toEqual([
      {
        start: monday,
        end: sunday,
        rows: [
          // 16 × 5 + 4; booked Monday and Tuesday 09:00; pending Monday 10:00 and Wednesday's hour (2 slots).
          {
            doctor: { id: anna.id, name: 'Anna Board', department: ofDepartment },
            capacitySlots: 84,
            bookedSlots: 2,
            pendingSlots: 3,
            freeSlots: 79,
            utilisation: 2 / 84,
          },
          // 16 × 4 without Thursday; the cancelled visit holds nothing.
          {
            doctor: { id: bohdana.id, name: 'Bohdana Board', department: ofDepartment },
            capacitySlots: 64,
            bookedSlots: 1,
            pendingSlots: 0,
            freeSlots: 63,
            utilisation: 1 / 64,
          },
        ],
      },
    ]);

    const days = dataOf(
      await world.execute(
        ScheduleBoardDocument,
        { from: monday, to: sunday, groupBy: 'DAY', departmentId: department.id },
        admin,
      ),
    ).scheduleBoard.periods;
    type Row = (typeof days)[number]['rows'][number];
    const figures = (row: Row) => [row.capacitySlots, row.bookedSlots, row.pendingSlots, row.freeSlots];
    expect(days.map((day) => [day.start, day.end])).toEqual(
      Array.from({ length: 7 }, (_, i) => [addDays(monday, i), addDays(monday, i)]),
    );
    expect(days.map((day) => figures(day.rows[0]!))).toEqual([
      [16, 1, 1, 14],
      [16, 1, 0, 15],
      [16, 0, 2, 14],
      [16, 0, 0, 16],
      [16, 0, 0, 16],
      [4, 0, 0, 4],
      [0, 0, 0, 0],
    ]);
    expect(days.map((day) => figures(day.rows[1]!))).toEqual([
      [16, 1, 0, 15],
      [16, 0, 0, 16],
      [16, 0, 0, 16],
      [0, 0, 0, 0],
      [16, 0, 0, 16],
      [0, 0, 0, 0],
      [0, 0, 0, 0],
    ]);
    expect(days[0]!.rows.map((row) => row.utilisation)).toEqual([1 / 16, 1 / 16]);

    // A doctor sees only their own row; a patient is refused.
    const own = dataOf(
      await world.execute(
        ScheduleBoardDocument,
        { from: monday, to: sunday, groupBy: 'WEEK', departmentId: department.id },
        bohdana.token,
      ),
    ).scheduleBoard.periods;
    expect(own[0]!.rows.map((row) => [row.doctor.id, row.capacitySlots, row.bookedSlots])).toEqual([
      [bohdana.id, 64, 1],
    ]);
    const refused = await world.execute(
      ScheduleBoardDocument,
      { from: monday, to: sunday, groupBy: 'WEEK' },
      olena.token,
    );
    expect(codeOf(refused)).toBe('FORBIDDEN');
    const tooLong = await world.execute(
      ScheduleBoardDocument,
      { from: monday, to: addDays(monday, 92), groupBy: 'MONTH' },
      desk.token,
    );
    expect(codeOf(tooLong)).toBe('BAD_USER_INPUT');
  });
});
