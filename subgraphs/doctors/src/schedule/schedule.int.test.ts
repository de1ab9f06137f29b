import { randomUUID } from 'node:crypto';
import { Role } from '@hospital/kit';
import {
  graphqlRequest,
  mysqlAvailable,
  startSubgraphForTest,
  testToken,
  type SubgraphForTest,
} from '@hospital/kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { doctorsModule } from '../app.js';

const CREATE_DEPARTMENT = `mutation ($name: String!) { createDepartment(name: $name) { id } }`;
const CREATE_DOCTOR = `mutation ($input: CreateDoctorInput!) { createDoctor(input: $input) { id } }`;
const SET_WEEK = `mutation ($doctorId: ID!, $rules: [AvailabilityRuleInput!]!) {
  setWeeklyAvailability(doctorId: $doctorId, rules: $rules) { id weeklyAvailability { dayOfWeek } }
}`;

describe.runIf(await mysqlAvailable())('schedules set side by side (MariaDB)', () => {
  let running: SubgraphForTest;

  beforeAll(async () => {
    running = await startSubgraphForTest(doctorsModule, { database: 'doctors_schedules' });
  });
  afterAll(async () => {
    await running?.close();
  });

  // InnoDB's gap locks make concurrent replacements of different doctors' weeks
  // deadlock now and then; the unit of work runs the victim again.
  it("sets many doctors' weeks at once without a fault", async () => {
    const admin = await testToken({ id: 'admin', role: Role.ADMIN });
    const department = await graphqlRequest<{ createDepartment: { id: string } }>(
      running.url,
      CREATE_DEPARTMENT,
      { name: 'Obstetrics' },
      admin,
    );
    const departmentId = department.data!.createDepartment.id;
    const rules = ['MONDAY', 'TUESDAY', 'WEDNESDAY'].map((dayOfWeek) => ({
      dayOfWeek,
      startTime: '09:00',
      endTime: '17:00',
    }));
    const results = await Promise.all(
      Array.from({ length: 8 }, async (_, i) => {
        const userId = randomUUID();
        const input = {
          userId,
          name: `Doctor ${i}`,
          email: `doctor.${userId}@example.com`,
          phone: `+3805000000${String(i).padStart(2, '0')}`,
          specialty: 'Obstetrician',
          licenseNumber: `LIC-${userId}`,
          departmentId,
        };
        const created = await graphqlRequest(running.url, CREATE_DOCTOR, { input }, admin);
        expect(created.errors).toBeUndefined();
        return graphqlRequest(running.url, SET_WEEK, { doctorId: userId, rules }, admin);
      }),
    );
    expect(results.map((result) => result.errors)).toEqual(Array.from({ length: 8 }, () => undefined));
  });
});
