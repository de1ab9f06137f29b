import { randomUUID } from 'node:crypto';
import { Role, type HttpService, type Subgraph } from '@hospital/kit';
import {
  createTestDatabase,
  graphqlRequest,
  mysqlAvailable,
  subgraphTestEnv,
  testToken,
  type TestDatabase,
} from '@hospital/kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDoctorsSubgraph } from '../app.js';

const CREATE_DEPARTMENT = `mutation ($name: String!) { createDepartment(name: $name) { id } }`;
const CREATE_DOCTOR = `mutation ($input: CreateDoctorInput!) { createDoctor(input: $input) { id } }`;
const SET_WEEK = `mutation ($doctorId: ID!, $rules: [AvailabilityRuleInput!]!) {
  setWeeklyAvailability(doctorId: $doctorId, rules: $rules) { id weeklyAvailability { dayOfWeek } }
}`;

describe.runIf(await mysqlAvailable())('schedules set side by side (MariaDB)', () => {
  let database: TestDatabase;
  let subgraph: Subgraph;
  let http: HttpService;

  beforeAll(async () => {
    database = await createTestDatabase('doctors_schedules');
    subgraph = await createDoctorsSubgraph({ env: subgraphTestEnv('doctors', database.url), migrate: true });
    http = await subgraph.start();
  });
  afterAll(async () => {
    await subgraph?.stop();
    await database?.drop();
  });

  // InnoDB's gap locks make concurrent replacements of different doctors' weeks
  // deadlock now and then; the unit of work runs the victim again.
  it("sets many doctors' weeks at once without a fault", async () => {
    const admin = await testToken({ id: 'admin', role: Role.ADMIN });
    const department = await graphqlRequest<{ createDepartment: { id: string } }>(
      http.url,
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
        const created = await graphqlRequest(http.url, CREATE_DOCTOR, { input }, admin);
        expect(created.errors).toBeUndefined();
        return graphqlRequest(http.url, SET_WEEK, { doctorId: userId, rules }, admin);
      }),
    );
    expect(results.map((result) => result.errors)).toEqual(Array.from({ length: 8 }, () => undefined));
  });
});
