import { randomUUID } from 'node:crypto';
import { Role } from '@hospital/kit';
import { OutboxEvent } from '@hospital/kit/events';
import {
  auditWritten,
  codeOf,
  fieldsOf,
  graphqlRequest,
  mysqlAvailable,
  startSubgraphForTest,
  testToken,
  type GraphQLResponse,
  type SubgraphForTest,
} from '@hospital/kit/testing';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { doctorsModule } from './app.js';

// The client contract's operations (shared/contract/operations/doctors.graphql), minus fields of other subgraphs.
const CREATE_DEPARTMENT = `mutation CreateDepartment($name: String!) { createDepartment(name: $name) { id name } }`;
const CREATE_MEDICAL_SERVICE = `mutation CreateMedicalService($input: MedicalServiceInput!) {
  createMedicalService(input: $input) { id name durationMinutes price department { id name } }
}`;
const CATALOG = `query Catalog {
  departments { id name services { id name durationMinutes price } doctors { id name specialty } }
}`;
const CREATE_DOCTOR = `mutation CreateDoctor($input: CreateDoctorInput!) {
  createDoctor(input: $input) { id name email phone specialty licenseNumber department { id name } }
}`;
const UPDATE_DOCTOR = `mutation UpdateDoctor($id: ID!, $input: UpdateDoctorInput!) {
  updateDoctor(id: $id, input: $input) { id name phone specialty }
}`;
const DOCTORS = `query Doctors($filter: DoctorFilter, $first: Int, $after: String) {
  doctors(filter: $filter, first: $first, after: $after) {
    totalCount
    edges { cursor node { id name specialty department { name } } }
    pageInfo { hasNextPage endCursor }
  }
}`;
const DOCTOR_PROFILE = `query DoctorProfile($id: ID!) {
  doctor(id: $id) {
    id name specialty department { id name }
    weeklyAvailability { dayOfWeek startTime endTime }
    timeOff { id start end reason }
  }
}`;
const SET_WEEKLY_AVAILABILITY = `mutation SetWeeklyAvailability($doctorId: ID!, $rules: [AvailabilityRuleInput!]!) {
  setWeeklyAvailability(doctorId: $doctorId, rules: $rules) { id weeklyAvailability { dayOfWeek startTime endTime } }
}`;
const ADD_TIME_OFF = `mutation AddTimeOff($doctorId: ID!, $input: TimeOffInput!) {
  addTimeOff(doctorId: $doctorId, input: $input) { id start end reason }
}`;
const REMOVE_TIME_OFF = `mutation ($id: ID!) { removeTimeOff(id: $id) }`;
const PRIVATE_DETAILS = `query ($id: ID!) { doctor(id: $id) { id name specialty email phone licenseNumber } }`;
const ENTITIES = `query ($r: [_Any!]!) { _entities(representations: $r) {
  __typename
  ... on Doctor { id name department { name } }
  ... on Department { id name }
  ... on MedicalService { id name price }
  ... on User { id doctor { id name department { name } } }
} }`;

interface Department {
  id: string;
  name: string;
}
interface DoctorConnection {
  totalCount: number;
  edges: { cursor: string; node: { id: string; name: string; specialty: string; department: { name: string } } }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}
interface Rule {
  dayOfWeek: string;
  startTime: string;
  endTime: string;
}

/** The data of a response that must have succeeded; its errors in the failure message otherwise. */
function dataOf<T>(result: GraphQLResponse<T>): T {
  if (!result.data) throw new Error(`expected data, got ${JSON.stringify(result.errors)}`);
  return result.data;
}

describe.runIf(await mysqlAvailable())('doctors on MariaDB', () => {
  let running: SubgraphForTest;
  const unique = Date.now().toString(36);

  const adminId = randomUUID();
  const doctorId = randomUUID();
  const otherDoctorId = randomUUID();
  const tokens = {} as Record<'admin' | 'staff' | 'patient' | 'stakeholder' | 'doctor' | 'otherDoctor', string>;
  let obstetrics: Department;
  let neonatology: Department;

  const gql = <T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}, token?: string) =>
    graphqlRequest<T>(running.url, query, variables, token);

  let licence = 0;
  const doctorInput = (overrides: Record<string, unknown> = {}) => {
    licence += 1;
    return {
      name: `Dr. Test ${licence}`,
      email: `doctor.${licence}.${unique}@hospital.test`,
      phone: '+380441234567',
      specialty: 'Obstetrics',
      licenseNumber: `LIC-${unique}-${licence}`,
      departmentId: obstetrics.id,
      ...overrides,
    };
  };
  const createDoctor = async (overrides: Record<string, unknown> = {}): Promise<string> => {
    const result = await gql<{ createDoctor: { id: string } }>(
      CREATE_DOCTOR,
      { input: doctorInput(overrides) },
      tokens.admin,
    );
    expect(result.errors).toBeUndefined();
    return dataOf(result).createDoctor.id;
  };
  const createDepartment = async (name: string): Promise<Department> => {
    const result = await gql<{ createDepartment: Department }>(CREATE_DEPARTMENT, { name }, tokens.admin);
    expect(result.errors).toBeUndefined();
    return dataOf(result).createDepartment;
  };
  const createService = async (departmentId: string, overrides: Record<string, unknown> = {}) => {
    const input = { name: `Service ${randomUUID()}`, departmentId, durationMinutes: 30, price: '50.00', ...overrides };
    return gql<{ createMedicalService: { id: string; price: string } }>(
      CREATE_MEDICAL_SERVICE,
      { input },
      tokens.admin,
    );
  };

  beforeAll(async () => {
    running = await startSubgraphForTest(doctorsModule);
    tokens.admin = await testToken({ id: adminId, role: Role.ADMIN });
    tokens.staff = await testToken({ id: randomUUID(), role: Role.STAFF });
    tokens.patient = await testToken({ id: randomUUID(), role: Role.PATIENT });
    tokens.stakeholder = await testToken({ id: randomUUID(), role: Role.STAKEHOLDER });
    tokens.doctor = await testToken({ id: doctorId, role: Role.DOCTOR });
    tokens.otherDoctor = await testToken({ id: otherDoctorId, role: Role.DOCTOR });
    obstetrics = await createDepartment(`Obstetrics ${unique}`);
    neonatology = await createDepartment(`Neonatology ${unique}`);
    await createDoctor({ userId: doctorId, name: 'Olena Kovalenko', email: `olena.${unique}@hospital.test` });
    await createDoctor({ userId: otherDoctorId, name: 'Taras Shevchuk' });
  });

  afterAll(async () => {
    await running?.close();
  });

  describe('anonymous callers', () => {
    // docs/rules.md#roles grants the catalogue to every role; a caller with no token has none.
    const refusedOutright = (result: GraphQLResponse<Record<string, unknown>>) => {
      expect(result.errors?.map((e) => e.extensions?.['code'])).toEqual(['UNAUTHENTICATED']);
      expect(Object.values(result.data ?? {}).every((value) => value === null)).toBe(true);
    };

    it('are refused every query with UNAUTHENTICATED', async () => {
      const service = dataOf(await createService(obstetrics.id)).createMedicalService;
      const queries: [string, Record<string, unknown>][] = [
        [CATALOG, {}],
        [`query ($id: ID!) { department(id: $id) { id name } }`, { id: obstetrics.id }],
        [`query ($id: ID!) { medicalService(id: $id) { id name } }`, { id: service.id }],
        [DOCTOR_PROFILE, { id: doctorId }],
        [PRIVATE_DETAILS, { id: doctorId }],
        [DOCTORS, {}],
        [DOCTORS, { filter: { departmentId: obstetrics.id } }],
      ];
      for (const [query, variables] of queries) refusedOutright(await gql(query, variables));
    });

    it('are refused `_entities` of every type with UNAUTHENTICATED, the ids known or not', async () => {
      const service = dataOf(await createService(obstetrics.id)).createMedicalService;
      const representations = [
        { __typename: 'Doctor', id: doctorId },
        { __typename: 'Doctor', id: randomUUID() },
        { __typename: 'Department', id: obstetrics.id },
        { __typename: 'MedicalService', id: service.id },
        { __typename: 'User', id: doctorId },
      ];
      for (const representation of representations) {
        const result = await gql<{ _entities: unknown[] }>(ENTITIES, { r: [representation] });
        expect(result.errors?.map((e) => e.extensions?.['code'])).toEqual(['UNAUTHENTICATED']);
        expect(result.data?._entities ?? [null]).toEqual([null]);
      }
    });

    it("are not told this subgraph's own schema: composition reads it from the code", async () => {
      for (const query of [
        '{ _service { sdl } }',
        '{ __schema { queryType { name } } }',
        '{ ...s } fragment s on Query { _service { sdl } }',
      ]) {
        expect(codeOf(await gql(query))).toBe('UNAUTHENTICATED');
        expect(codeOf(await gql(query, {}, tokens.staff))).toBe('FORBIDDEN');
      }
    });
  });

  describe('departments and medical services', () => {
    it('lets only an administrator create a department', async () => {
      for (const token of [tokens.staff, tokens.doctor, tokens.patient, tokens.stakeholder]) {
        expect(codeOf(await gql(CREATE_DEPARTMENT, { name: `Nope ${randomUUID()}` }, token))).toBe('FORBIDDEN');
      }
      expect(codeOf(await gql(CREATE_DEPARTMENT, { name: `Nope ${randomUUID()}` }))).toBe('UNAUTHENTICATED');
    });

    it('refuses a blank department name', async () => {
      const result = await gql(CREATE_DEPARTMENT, { name: '   ' }, tokens.admin);
      expect(codeOf(result)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(result)).toEqual(['name']);
    });

    it('refuses a department name that is taken with CONFLICT, and keeps one when many create it at once', async () => {
      const again = await gql(CREATE_DEPARTMENT, { name: obstetrics.name }, tokens.admin);
      expect(codeOf(again)).toBe('CONFLICT');

      const name = `Gynaecology ${unique}`;
      const results = await Promise.all(
        Array.from({ length: 8 }, () => gql(CREATE_DEPARTMENT, { name }, tokens.admin)),
      );
      expect(results.filter((r) => !r.errors)).toHaveLength(1);
      expect(results.filter((r) => codeOf(r) === 'CONFLICT')).toHaveLength(7);
    });

    it('keeps a price exactly: "105" goes in, "105.00" comes out', async () => {
      const input = { name: 'Prenatal consultation', departmentId: obstetrics.id, durationMinutes: 60, price: '105' };
      const created = await gql<{ createMedicalService: { id: string } }>(
        CREATE_MEDICAL_SERVICE,
        { input },
        tokens.admin,
      );
      expect(created.errors).toBeUndefined();
      expect(created.data?.createMedicalService).toMatchObject({
        name: 'Prenatal consultation',
        durationMinutes: 60,
        price: '105.00',
        department: obstetrics,
      });
      const read = await gql(
        `query ($id: ID!) { medicalService(id: $id) { price durationMinutes } }`,
        { id: dataOf(created).createMedicalService.id },
        tokens.patient,
      );
      expect(read.data).toEqual({ medicalService: { price: '105.00', durationMinutes: 60 } });
      expect((await createService(obstetrics.id, { price: '0.5' })).data?.createMedicalService.price).toBe('0.50');
    });

    it('refuses a duration off the 30-minute grid or over 8 hours, and a negative or malformed price', async () => {
      for (const durationMinutes of [0, 45, 510]) {
        const result = await createService(obstetrics.id, { durationMinutes });
        expect(codeOf(result)).toBe('BAD_USER_INPUT');
        expect(fieldsOf(result)).toEqual(['durationMinutes']);
      }
      const negative = await createService(obstetrics.id, { price: '-1.00' });
      expect(codeOf(negative)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(negative)).toEqual(['price']);
      expect(codeOf(await createService(obstetrics.id, { price: '1.234' }))).toBe('BAD_USER_INPUT');
      expect(codeOf(await createService(obstetrics.id, { price: 105 }))).toBe('BAD_USER_INPUT');
    });

    it('refuses a service of an unknown department with NOT_FOUND, and a name the department already offers', async () => {
      expect(codeOf(await createService(randomUUID()))).toBe('NOT_FOUND');
      const name = `Ultrasound ${unique}`;
      expect((await createService(neonatology.id, { name })).errors).toBeUndefined();
      expect(codeOf(await createService(neonatology.id, { name }))).toBe('CONFLICT');
      expect((await createService(obstetrics.id, { name })).errors).toBeUndefined();
    });

    it('lets only an administrator create a medical service', async () => {
      const input = { name: 'Nope', departmentId: obstetrics.id, durationMinutes: 30, price: '10.00' };
      for (const token of [tokens.staff, tokens.doctor, tokens.patient]) {
        expect(codeOf(await gql(CREATE_MEDICAL_SERVICE, { input }, token))).toBe('FORBIDDEN');
      }
      expect(codeOf(await gql(CREATE_MEDICAL_SERVICE, { input }))).toBe('UNAUTHENTICATED');
    });

    it('shows the catalogue to every role', async () => {
      for (const token of [tokens.patient, tokens.doctor, tokens.staff, tokens.stakeholder, tokens.admin]) {
        const result = await gql<{
          departments: (Department & { services: { name: string }[]; doctors: { id: string }[] })[];
        }>(CATALOG, {}, token);
        expect(result.errors).toBeUndefined();
        const listed = dataOf(result).departments.find((d) => d.id === obstetrics.id);
        expect(listed?.services.map((s) => s.name)).toContain('Prenatal consultation');
        expect(listed?.doctors.map((d) => d.id)).toEqual(expect.arrayContaining([doctorId, otherDoctorId]));
      }
    });

    it('answers NOT_FOUND for a department or a service the id names nothing of', async () => {
      const department = `query ($id: ID!) { department(id: $id) { id } }`;
      const medicalService = `query ($id: ID!) { medicalService(id: $id) { id } }`;
      expect(codeOf(await gql(department, { id: randomUUID() }, tokens.patient))).toBe('NOT_FOUND');
      expect(codeOf(await gql(medicalService, { id: randomUUID() }, tokens.patient))).toBe('NOT_FOUND');
      const found = await gql(
        `query ($id: ID!) { department(id: $id) { id name } }`,
        { id: obstetrics.id },
        tokens.staff,
      );
      expect(found.data).toEqual({ department: obstetrics });
    });

    it('has the database refuse a duration off the grid even when the code is bypassed', async () => {
      await expect(
        running.subgraph.dataSource.query(
          'INSERT INTO medical_services (id, department_id, name, duration_minutes, price_cents, created_at) VALUES (?, ?, ?, ?, ?, ?)',
          [randomUUID(), obstetrics.id, 'Bypass', 45, 100, new Date()],
        ),
      ).rejects.toThrow(/chk_medical_services_duration/);
    });
  });

  describe('creating doctors', () => {
    it("takes the user account's id as the doctor's id, and keeps the e-mail in one spelling", async () => {
      const userId = randomUUID();
      const input = doctorInput({ userId, email: `Iryna.${unique}@Hospital.TEST` });
      const result = await gql(CREATE_DOCTOR, { input }, tokens.admin);
      expect(result.errors).toBeUndefined();
      expect(result.data).toEqual({
        createDoctor: {
          id: userId,
          name: input.name,
          email: `iryna.${unique}@hospital.test`,
          phone: '+380441234567',
          specialty: 'Obstetrics',
          licenseNumber: input.licenseNumber,
          department: obstetrics,
        },
      });
    });

    it('gives a doctor without an account an id of their own', async () => {
      const id = await createDoctor();
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
    });

    it('refuses a taken e-mail (in any case), licence number or user account with CONFLICT naming it', async () => {
      const taken = doctorInput();
      await createDoctor(taken);
      const cases: [Record<string, unknown>, string][] = [
        [{ email: taken.email.toUpperCase() }, 'email'],
        [{ licenseNumber: taken.licenseNumber }, 'licenseNumber'],
        [{ userId: doctorId }, 'userId'],
      ];
      for (const [overrides, field] of cases) {
        const result = await gql(CREATE_DOCTOR, { input: doctorInput(overrides) }, tokens.admin);
        expect(codeOf(result)).toBe('CONFLICT');
        expect(result.errors?.[0]?.extensions?.['field']).toBe(field);
      }
    });

    it('keeps exactly one doctor when the same licence number is entered many times at once', async () => {
      const licenseNumber = `RACE-${unique}`;
      const results = await Promise.all(
        Array.from({ length: 8 }, () => gql(CREATE_DOCTOR, { input: doctorInput({ licenseNumber }) }, tokens.admin)),
      );
      expect(results.filter((r) => !r.errors)).toHaveLength(1);
      expect(results.filter((r) => codeOf(r) === 'CONFLICT')).toHaveLength(7);
    });

    it('reports every invalid field as BAD_USER_INPUT', async () => {
      const input = doctorInput({ name: '  ', email: 'not-an-email', phone: '044 123 45 67', userId: 'not-a-uuid' });
      const result = await gql(CREATE_DOCTOR, { input }, tokens.admin);
      expect(codeOf(result)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(result)).toEqual(expect.arrayContaining(['name', 'email', 'phone', 'userId']));
      expect(codeOf(await gql(CREATE_DOCTOR, { input: doctorInput({ specialty: '' }) }, tokens.admin))).toBe(
        'BAD_USER_INPUT',
      );
    });

    it('refuses an unknown department with NOT_FOUND', async () => {
      const result = await gql(CREATE_DOCTOR, { input: doctorInput({ departmentId: randomUUID() }) }, tokens.admin);
      expect(codeOf(result)).toBe('NOT_FOUND');
    });

    it('lets only an administrator create a doctor', async () => {
      for (const token of [tokens.staff, tokens.doctor, tokens.patient]) {
        expect(codeOf(await gql(CREATE_DOCTOR, { input: doctorInput() }, token))).toBe('FORBIDDEN');
      }
      expect(codeOf(await gql(CREATE_DOCTOR, { input: doctorInput() }))).toBe('UNAUTHENTICATED');
    });
  });

  describe("a doctor's private details", () => {
    it('are shown to administrators and the doctor themself', async () => {
      for (const token of [tokens.admin, tokens.doctor]) {
        const result = await gql(PRIVATE_DETAILS, { id: doctorId }, token);
        expect(result.errors).toBeUndefined();
        expect(result.data).toEqual({
          doctor: {
            id: doctorId,
            name: 'Olena Kovalenko',
            specialty: 'Obstetrics',
            email: `olena.${unique}@hospital.test`,
            phone: '+380441234567',
            licenseNumber: expect.stringMatching(/^LIC-/),
          },
        });
      }
    });

    it('are refused field by field with FORBIDDEN to anyone else, the public profile still served', async () => {
      for (const token of [tokens.staff, tokens.patient, tokens.otherDoctor, tokens.stakeholder]) {
        const result = await gql(PRIVATE_DETAILS, { id: doctorId }, token);
        expect(result.data).toEqual({
          doctor: {
            id: doctorId,
            name: 'Olena Kovalenko',
            specialty: 'Obstetrics',
            email: null,
            phone: null,
            licenseNumber: null,
          },
        });
        expect(result.errors?.map((e) => [e.path?.join('.'), e.extensions?.['code']])).toEqual([
          ['doctor.email', 'FORBIDDEN'],
          ['doctor.phone', 'FORBIDDEN'],
          ['doctor.licenseNumber', 'FORBIDDEN'],
        ]);
      }
    });

    it('answers NOT_FOUND for a doctor the id names nothing of', async () => {
      expect(codeOf(await gql(DOCTOR_PROFILE, { id: randomUUID() }, tokens.patient))).toBe('NOT_FOUND');
    });
  });

  describe('updating a doctor', () => {
    it('lets the doctor themself change their name, phone and specialty', async () => {
      const input = { name: 'Olena Kovalenko-Bondar', phone: '+380501112233', specialty: 'Maternal-fetal medicine' };
      const result = await gql(UPDATE_DOCTOR, { id: doctorId, input }, tokens.doctor);
      expect(result.errors).toBeUndefined();
      expect(result.data).toEqual({ updateDoctor: { id: doctorId, ...input } });
      const back = { name: 'Olena Kovalenko', phone: '+380441234567', specialty: 'Obstetrics' };
      expect((await gql(UPDATE_DOCTOR, { id: doctorId, input: back }, tokens.doctor)).errors).toBeUndefined();
    });

    it('keeps the department for an administrator to change', async () => {
      const move = await gql(UPDATE_DOCTOR, { id: doctorId, input: { departmentId: neonatology.id } }, tokens.doctor);
      expect(codeOf(move)).toBe('FORBIDDEN');
      const stay = await gql(UPDATE_DOCTOR, { id: doctorId, input: { departmentId: obstetrics.id } }, tokens.doctor);
      expect(stay.errors).toBeUndefined();

      const id = await createDoctor();
      const moved = await gql<{ updateDoctor: { department: Department } }>(
        `mutation ($id: ID!, $input: UpdateDoctorInput!) { updateDoctor(id: $id, input: $input) { department { id name } } }`,
        { id, input: { departmentId: neonatology.id } },
        tokens.admin,
      );
      expect(moved.data?.updateDoctor.department).toEqual(neonatology);
      const unknown = await gql(UPDATE_DOCTOR, { id, input: { departmentId: randomUUID() } }, tokens.admin);
      expect(codeOf(unknown)).toBe('NOT_FOUND');
    });

    it('refuses other doctors, staff and patients, and anonymous callers', async () => {
      const input = { name: 'Someone Else' };
      for (const token of [tokens.otherDoctor, tokens.staff, tokens.patient]) {
        expect(codeOf(await gql(UPDATE_DOCTOR, { id: doctorId, input }, token))).toBe('FORBIDDEN');
      }
      expect(codeOf(await gql(UPDATE_DOCTOR, { id: doctorId, input }))).toBe('UNAUTHENTICATED');
    });

    it('refuses an invalid phone or a blank name, and an unknown doctor', async () => {
      const phone = await gql(UPDATE_DOCTOR, { id: doctorId, input: { phone: '0501112233' } }, tokens.admin);
      expect(fieldsOf(phone)).toEqual(['phone']);
      const name = await gql(UPDATE_DOCTOR, { id: doctorId, input: { name: ' ' } }, tokens.admin);
      expect(fieldsOf(name)).toEqual(['name']);
      expect(codeOf(await gql(UPDATE_DOCTOR, { id: randomUUID(), input: { name: 'X' } }, tokens.admin))).toBe(
        'NOT_FOUND',
      );
    });
  });

  describe('weekly availability', () => {
    const week: Rule[] = [
      { dayOfWeek: 'WEDNESDAY', startTime: '09:00', endTime: '18:00' },
      { dayOfWeek: 'MONDAY', startTime: '14:00', endTime: '17:30' },
      { dayOfWeek: 'MONDAY', startTime: '09:00', endTime: '12:00' },
    ];
    const availabilityOf = async (id: string): Promise<Rule[]> => {
      const result = await gql<{ doctor: { weeklyAvailability: Rule[] } }>(DOCTOR_PROFILE, { id }, tokens.patient);
      expect(result.errors).toBeUndefined();
      return dataOf(result).doctor.weeklyAvailability;
    };

    it('is set by the doctor themself and read by any signed-in user, Monday first', async () => {
      const result = await gql(SET_WEEKLY_AVAILABILITY, { doctorId, rules: week }, tokens.doctor);
      expect(result.errors).toBeUndefined();
      const inOrder = [week[2], week[1], week[0]];
      expect(result.data).toEqual({ setWeeklyAvailability: { id: doctorId, weeklyAvailability: inOrder } });
      expect(await availabilityOf(doctorId)).toEqual(inOrder);
    });

    it('is replaced as a whole, not added to', async () => {
      const friday = [{ dayOfWeek: 'FRIDAY', startTime: '10:00', endTime: '13:30' }];
      expect(
        (await gql(SET_WEEKLY_AVAILABILITY, { doctorId: otherDoctorId, rules: week }, tokens.admin)).errors,
      ).toBeUndefined();
      expect(
        (await gql(SET_WEEKLY_AVAILABILITY, { doctorId: otherDoctorId, rules: friday }, tokens.admin)).errors,
      ).toBeUndefined();
      expect(await availabilityOf(otherDoctorId)).toEqual(friday);
      expect(
        (await gql(SET_WEEKLY_AVAILABILITY, { doctorId: otherDoctorId, rules: [] }, tokens.admin)).errors,
      ).toBeUndefined();
      expect(await availabilityOf(otherDoctorId)).toEqual([]);
    });

    it('never mixes two replacements made at the same moment', async () => {
      const id = await createDoctor();
      const weeks = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'].map((dayOfWeek) => [
        { dayOfWeek, startTime: '09:00', endTime: '12:00' },
        { dayOfWeek, startTime: '13:00', endTime: '16:00' },
      ]);
      const results = await Promise.all(
        weeks.map((rules) => gql(SET_WEEKLY_AVAILABILITY, { doctorId: id, rules }, tokens.admin)),
      );
      expect(results.map((r) => r.errors)).toEqual(weeks.map(() => undefined));
      const final = await availabilityOf(id);
      expect(weeks).toContainEqual(final);
    });

    it('refuses rules that are malformed, off the grid, outside clinic hours, reversed or overlapping, naming each', async () => {
      const cases: [Rule[], string[]][] = [
        [[{ dayOfWeek: 'MONDAY', startTime: '9:00', endTime: '12:00' }], ['rules[0].startTime']],
        [[{ dayOfWeek: 'MONDAY', startTime: '09:15', endTime: '12:00' }], ['rules[0].startTime']],
        [[{ dayOfWeek: 'MONDAY', startTime: '08:00', endTime: '12:00' }], ['rules[0]']],
        [[{ dayOfWeek: 'MONDAY', startTime: '17:00', endTime: '18:30' }], ['rules[0]']],
        [[{ dayOfWeek: 'MONDAY', startTime: '12:00', endTime: '11:00' }], ['rules[0]']],
        [
          [
            { dayOfWeek: 'MONDAY', startTime: '09:00', endTime: '12:00' },
            { dayOfWeek: 'MONDAY', startTime: '11:30', endTime: '13:00' },
          ],
          ['rules[1]'],
        ],
      ];
      for (const [rules, fields] of cases) {
        const result = await gql(SET_WEEKLY_AVAILABILITY, { doctorId, rules }, tokens.doctor);
        expect(codeOf(result)).toBe('BAD_USER_INPUT');
        expect(fieldsOf(result)).toEqual(fields);
      }
      const unknownDay = await gql(
        SET_WEEKLY_AVAILABILITY,
        { doctorId, rules: [{ dayOfWeek: 'FUNDAY', startTime: '09:00', endTime: '10:00' }] },
        tokens.doctor,
      );
      expect(codeOf(unknownDay)).toBe('BAD_USER_INPUT');
      expect(await availabilityOf(doctorId)).toHaveLength(3);
    });

    it('is refused to other doctors, staff and patients, and anonymous callers', async () => {
      for (const token of [tokens.otherDoctor, tokens.staff, tokens.patient]) {
        expect(codeOf(await gql(SET_WEEKLY_AVAILABILITY, { doctorId, rules: [] }, token))).toBe('FORBIDDEN');
      }
      expect(codeOf(await gql(SET_WEEKLY_AVAILABILITY, { doctorId, rules: [] }))).toBe('UNAUTHENTICATED');
      expect(codeOf(await gql(SET_WEEKLY_AVAILABILITY, { doctorId: randomUUID(), rules: [] }, tokens.admin))).toBe(
        'NOT_FOUND',
      );
      expect(await availabilityOf(doctorId)).toHaveLength(3);
    });
  });

  describe('time off', () => {
    const leave = { start: '2026-12-01T11:00:00+02:00', end: '2026-12-05T18:00:00+02:00', reason: 'Conference' };
    const timeOffOf = (token?: string) =>
      gql<{ doctor: { timeOff: { id: string; start: string; end: string; reason: string | null }[] } }>(
        DOCTOR_PROFILE,
        { id: doctorId },
        token,
      );

    it('is added by the doctor themself, in UTC; its reason is private to administrators and the doctor', async () => {
      const added = await gql<{ addTimeOff: { id: string } }>(ADD_TIME_OFF, { doctorId, input: leave }, tokens.doctor);
      expect(added.errors).toBeUndefined();
      const expected = {
        id: dataOf(added).addTimeOff.id,
        start: '2026-12-01T09:00:00.000Z',
        end: '2026-12-05T16:00:00.000Z',
        reason: 'Conference',
      };
      expect(added.data).toEqual({ addTimeOff: expected });

      for (const token of [tokens.admin, tokens.doctor]) {
        const result = await timeOffOf(token);
        expect(result.errors).toBeUndefined();
        expect(result.data?.doctor.timeOff).toContainEqual(expected);
      }
      for (const token of [tokens.staff, tokens.stakeholder, tokens.patient, tokens.otherDoctor]) {
        const result = await timeOffOf(token);
        expect(result.data?.doctor.timeOff).toContainEqual({ ...expected, reason: null });
        expect(result.errors?.every((e) => e.extensions?.['code'] === 'FORBIDDEN' && e.path?.at(-1) === 'reason')).toBe(
          true,
        );
      }
    });

    it('refuses a period that does not end after it starts', async () => {
      const input = { start: '2026-12-01T09:00:00Z', end: '2026-12-01T09:00:00Z' };
      const result = await gql(ADD_TIME_OFF, { doctorId, input }, tokens.doctor);
      expect(codeOf(result)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(result)).toEqual(['end']);
      await expect(
        running.subgraph.dataSource.query(
          'INSERT INTO time_off (id, doctor_id, starts_at, ends_at, created_at) VALUES (?, ?, ?, ?, ?)',
          [randomUUID(), doctorId, new Date('2026-12-02T00:00:00Z'), new Date('2026-12-01T00:00:00Z'), new Date()],
        ),
      ).rejects.toThrow(/chk_time_off_period/);
    });

    it('is added and removed only by an administrator or the doctor themself', async () => {
      for (const token of [tokens.otherDoctor, tokens.staff, tokens.patient]) {
        expect(codeOf(await gql(ADD_TIME_OFF, { doctorId, input: leave }, token))).toBe('FORBIDDEN');
      }
      expect(codeOf(await gql(ADD_TIME_OFF, { doctorId, input: leave }))).toBe('UNAUTHENTICATED');
      expect(codeOf(await gql(ADD_TIME_OFF, { doctorId: randomUUID(), input: leave }, tokens.admin))).toBe('NOT_FOUND');

      const added = await gql<{ addTimeOff: { id: string } }>(
        ADD_TIME_OFF,
        { doctorId, input: { start: '2027-01-10T00:00:00Z', end: '2027-01-11T00:00:00Z' } },
        tokens.admin,
      );
      expect(added.data?.addTimeOff).toMatchObject({ reason: null });
      const id = dataOf(added).addTimeOff.id;
      for (const token of [tokens.otherDoctor, tokens.staff, tokens.patient]) {
        expect(codeOf(await gql(REMOVE_TIME_OFF, { id }, token))).toBe('FORBIDDEN');
      }
      expect(codeOf(await gql(REMOVE_TIME_OFF, { id }))).toBe('UNAUTHENTICATED');
      expect((await gql(REMOVE_TIME_OFF, { id }, tokens.doctor)).data).toEqual({ removeTimeOff: true });
      expect(codeOf(await gql(REMOVE_TIME_OFF, { id }, tokens.doctor))).toBe('NOT_FOUND');
      expect((await timeOffOf(tokens.doctor)).data?.doctor.timeOff.map((t) => t.id)).not.toContain(id);
    });
  });

  describe('listing doctors', () => {
    let paging: Department;
    const names = ['Anna Melnyk', 'Bohdan Tkachenko', 'Daria Lysenko', 'Ivan Petrenko', 'Ivan_Petrenko'];

    beforeAll(async () => {
      paging = await createDepartment(`Paging ${unique}`);
      for (const name of [...names].reverse()) {
        await createDoctor({
          name,
          departmentId: paging.id,
          specialty: name.startsWith('Ivan') ? 'Midwifery' : 'Neonatology',
        });
      }
      await createDoctor({ name: 'Olha 100% Bondarenko', departmentId: neonatology.id });
    });

    const list = async (variables: Record<string, unknown>, token = tokens.stakeholder) => {
      const result = await gql<{ doctors: DoctorConnection }>(DOCTORS, variables, token);
      expect(result.errors).toBeUndefined();
      return dataOf(result).doctors;
    };

    it('pages through a department by name with first and after', async () => {
      const filter = { departmentId: paging.id };
      const first = await list({ filter, first: 2 });
      expect(first.totalCount).toBe(5);
      expect(first.pageInfo.hasNextPage).toBe(true);
      const second = await list({ filter, first: 2, after: first.pageInfo.endCursor });
      expect(second.pageInfo.hasNextPage).toBe(true);
      const last = await list({ filter, first: 2, after: second.pageInfo.endCursor }, tokens.patient);
      expect(last.pageInfo.hasNextPage).toBe(false);
      expect(last.totalCount).toBe(5);
      const seen = [...first.edges, ...second.edges, ...last.edges].map((e) => e.node.name);
      expect(seen).toEqual(names);
      expect(last.edges[0]?.node.department).toEqual({ name: paging.name });
      expect(last.pageInfo.endCursor).toBe(last.edges.at(-1)?.cursor);
    });

    it('gives 20 by default and refuses a page size outside 1–100 or a cursor it did not give out', async () => {
      const all = await list({});
      expect(all.edges.length).toBe(Math.min(all.totalCount, 20));
      for (const variables of [{ first: 0 }, { first: 101 }, { after: 'not-a-cursor' }]) {
        expect(codeOf(await gql(DOCTORS, variables, tokens.patient))).toBe('BAD_USER_INPUT');
      }
    });

    it("finds the doctors of a service's department", async () => {
      const service = await createService(paging.id);
      const found = await list({ filter: { serviceId: dataOf(service).createMedicalService.id } });
      expect(found.edges.map((e) => e.node.name)).toEqual(names);
      expect((await list({ filter: { serviceId: randomUUID() } })).totalCount).toBe(0);
    });

    it('matches the specialty whatever its case', async () => {
      const found = await list({ filter: { specialty: 'MIDWIFERY' } });
      expect(found.edges.map((e) => e.node.name)).toEqual(['Ivan Petrenko', 'Ivan_Petrenko']);
    });

    it('searches names case-blind and takes % and _ literally', async () => {
      expect((await list({ filter: { search: 'petrenko' } })).totalCount).toBe(2);
      expect((await list({ filter: { search: '_' } })).edges.map((e) => e.node.name)).toEqual(['Ivan_Petrenko']);
      expect((await list({ filter: { search: '%' } })).edges.map((e) => e.node.name)).toEqual(['Olha 100% Bondarenko']);
      const combined = await list({
        filter: { search: 'ivan', specialty: 'midwifery', departmentId: paging.id },
        first: 1,
      });
      expect(combined.totalCount).toBe(2);
      expect(combined.pageInfo.hasNextPage).toBe(true);
    });
  });

  describe('federation', () => {
    it('resolves doctors, departments and medical services by reference, null for an unknown id', async () => {
      const service = await createService(obstetrics.id, { price: '12.30' });
      const serviceId = dataOf(service).createMedicalService.id;
      const result = await gql<{ _entities: unknown[] }>(
        ENTITIES,
        {
          r: [
            { __typename: 'Doctor', id: doctorId },
            { __typename: 'Department', id: obstetrics.id },
            { __typename: 'MedicalService', id: serviceId },
            { __typename: 'Doctor', id: randomUUID() },
          ],
        },
        tokens.patient,
      );
      expect(result.errors).toBeUndefined();
      expect(result.data?._entities).toEqual([
        { __typename: 'Doctor', id: doctorId, name: 'Olena Kovalenko', department: { name: obstetrics.name } },
        { __typename: 'Department', ...obstetrics },
        { __typename: 'MedicalService', id: serviceId, name: expect.any(String), price: '12.30' },
        null,
      ]);
    });

    it('loads a batch of references with one query per table', async () => {
      const third = await createDoctor();
      const logQuery = vi.spyOn(running.subgraph.dataSource.logger, 'logQuery');
      try {
        const result = await gql(
          ENTITIES,
          { r: [doctorId, otherDoctorId, third].map((id) => ({ __typename: 'Doctor', id })) },
          tokens.patient,
        );
        expect(result.errors).toBeUndefined();
        const selects = logQuery.mock.calls.map(([query]) => query).filter((query) => /^SELECT/i.test(query));
        expect(selects.filter((query) => /FROM `doctors`/.test(query))).toHaveLength(1);
        expect(selects.filter((query) => /FROM `departments`/.test(query))).toHaveLength(1);
      } finally {
        logQuery.mockRestore();
      }
    });

    it("adds the doctor to a user account: `me { doctor { … } }`, null for an account that is not a doctor's", async () => {
      const result = await gql<{ _entities: unknown[] }>(
        ENTITIES,
        {
          r: [
            { __typename: 'User', id: doctorId },
            { __typename: 'User', id: adminId },
          ],
        },
        tokens.admin,
      );
      expect(result.errors).toBeUndefined();
      expect(result.data?._entities).toEqual([
        {
          __typename: 'User',
          id: doctorId,
          doctor: { id: doctorId, name: 'Olena Kovalenko', department: { name: obstetrics.name } },
        },
        { __typename: 'User', id: adminId, doctor: null },
      ]);
    });

    it('keeps private details private through `_entities` too', async () => {
      const query = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Doctor { email } } }`;
      const r = [{ __typename: 'Doctor', id: doctorId }];
      for (const token of [tokens.staff, tokens.patient, tokens.otherDoctor]) {
        const result = await gql(query, { r }, token);
        expect(result.data).toEqual({ _entities: [{ email: null }] });
        expect(codeOf(result)).toBe('FORBIDDEN');
      }
      const own = await gql(query, { r }, tokens.doctor);
      expect(own.errors).toBeUndefined();
      expect(own.data).toEqual({ _entities: [{ email: `olena.${unique}@hospital.test` }] });
    });

    it('declares the entities it owns and the field it adds to User', async () => {
      const result = await gql<{ _service: { sdl: string } }>(`{ _service { sdl } }`, {}, tokens.admin);
      const sdl = dataOf(result)._service.sdl;
      for (const type of ['Department', 'MedicalService', 'Doctor', 'User']) {
        expect(sdl).toMatch(new RegExp(`type ${type}\\s+@key\\(fields: "id"\\)`));
      }
      expect(sdl).toMatch(/type User[^}]*doctor: Doctor\n/);
    });
  });

  describe('the audit trail', () => {
    const written = (work: () => Promise<unknown>) => auditWritten(running.subgraph.dataSource, work);
    const leave = { start: '2027-02-01T09:00:00Z', end: '2027-02-02T09:00:00Z', reason: 'Surgery' };

    it("records each administrator's change once, committed with it, naming what changed and nothing of it", async () => {
      let department = '';
      let service = '';
      let doctor = '';
      let timeOff = '';
      const changes = [
        await written(async () => {
          department = (await createDepartment(`Gynaecology ${randomUUID()}`)).id;
        }),
        await written(async () => {
          service = dataOf(await createService(department, { price: '321.00' })).createMedicalService.id;
        }),
        await written(async () => {
          doctor = await createDoctor({ departmentId: department });
        }),
        await written(async () =>
          dataOf(await gql(UPDATE_DOCTOR, { id: doctor, input: { name: 'Dr. Renamed' } }, tokens.admin)),
        ),
        await written(async () =>
          dataOf(
            await gql(
              SET_WEEKLY_AVAILABILITY,
              { doctorId: doctor, rules: [{ dayOfWeek: 'MONDAY', startTime: '09:00', endTime: '12:00' }] },
              tokens.admin,
            ),
          ),
        ),
        await written(async () => {
          timeOff = dataOf(
            await gql<{ addTimeOff: { id: string } }>(ADD_TIME_OFF, { doctorId: doctor, input: leave }, tokens.admin),
          ).addTimeOff.id;
        }),
        await written(async () => dataOf(await gql(REMOVE_TIME_OFF, { id: timeOff }, tokens.admin))),
      ];
      expect(changes.map(({ entries }) => entries.map((e) => [e.action, e.subjectType, e.subjectId]))).toEqual([
        [['department.create', 'Department', department]],
        [['medicalService.create', 'MedicalService', service]],
        [['doctor.create', 'Doctor', doctor]],
        [['doctor.update', 'Doctor', doctor]],
        [['doctor.setWeeklyAvailability', 'Doctor', doctor]],
        [['doctor.addTimeOff', 'Doctor', doctor]],
        [['doctor.removeTimeOff', 'Doctor', doctor]],
      ]);
      expect(changes.map(({ alongside }) => alongside)).toEqual([
        ['departments'],
        ['medical_services'],
        ['doctors'],
        ['doctors'],
        ['availability_rules', 'doctors'],
        ['time_off'],
        ['time_off'],
      ]);
      for (const { entries, transactions } of changes) {
        expect(entries[0]).toMatchObject({ actorId: adminId, actorRole: 'ADMIN', outcome: 'SUCCESS', patientId: null });
        expect(transactions).toBe(1);
      }
      expect(JSON.stringify(changes.map(({ entries }) => entries))).not.toMatch(/Renamed|Surgery|321\.00|@|LIC-/);
    });

    it("records the doctor's own changes not at all, and every refusal as DENIED", async () => {
      const own = await written(async () => {
        dataOf(await gql(UPDATE_DOCTOR, { id: doctorId, input: { specialty: 'Obstetrics' } }, tokens.doctor));
        const { id } = dataOf(
          await gql<{ addTimeOff: { id: string } }>(ADD_TIME_OFF, { doctorId, input: leave }, tokens.doctor),
        ).addTimeOff;
        dataOf(await gql(REMOVE_TIME_OFF, { id }, tokens.doctor));
      });
      expect(own.entries).toEqual([]);

      const { id: timeOff } = dataOf(
        await gql<{ addTimeOff: { id: string } }>(ADD_TIME_OFF, { doctorId, input: leave }, tokens.doctor),
      ).addTimeOff;
      const refused = await written(async () => {
        expect(codeOf(await gql(CREATE_DEPARTMENT, { name: `Refused ${randomUUID()}` }, tokens.staff))).toBe(
          'FORBIDDEN',
        );
        expect(codeOf(await gql(UPDATE_DOCTOR, { id: doctorId, input: { name: 'X' } }, tokens.otherDoctor))).toBe(
          'FORBIDDEN',
        );
        const move = { id: doctorId, input: { departmentId: neonatology.id } };
        expect(codeOf(await gql(UPDATE_DOCTOR, move, tokens.doctor))).toBe('FORBIDDEN');
        expect(codeOf(await gql(REMOVE_TIME_OFF, { id: timeOff }))).toBe('UNAUTHENTICATED');
        expect(codeOf(await gql(REMOVE_TIME_OFF, { id: timeOff }, tokens.staff))).toBe('FORBIDDEN');
      });
      expect(refused.entries.map((e) => [e.action, e.outcome, e.actorRole, e.subjectId])).toEqual([
        ['department.create', 'DENIED', 'STAFF', null],
        ['doctor.update', 'DENIED', 'DOCTOR', doctorId],
        ['doctor.update', 'DENIED', 'DOCTOR', doctorId],
        // Refused before the lookup: nobody signed in learns whose time off it is.
        ['doctor.removeTimeOff', 'DENIED', null, null],
        ['doctor.removeTimeOff', 'DENIED', 'STAFF', doctorId],
      ]);
    });
  });

  describe('events', () => {
    it('announces changes in the outbox, with ids and no personal data', async () => {
      const events = await running.subgraph.dataSource.getRepository(OutboxEvent).find();
      const types = new Set(events.map((event) => event.type));
      for (const type of [
        'doctors.doctor-created',
        'doctors.doctor-updated',
        'doctors.medical-service-created',
        'doctors.schedule-changed',
      ]) {
        expect(types).toContain(type);
      }
      const created = events.find(
        (event) => event.type === 'doctors.doctor-created' && JSON.parse(event.payload).doctorId === doctorId,
      );
      expect(JSON.parse(created?.payload ?? 'null')).toEqual({ doctorId, departmentId: obstetrics.id });
      const priced = events.find((event) => event.type === 'doctors.medical-service-created');
      expect(JSON.parse(priced?.payload ?? 'null')).toEqual({
        serviceId: expect.any(String),
        departmentId: expect.any(String),
        durationMinutes: expect.any(Number),
        priceCents: expect.any(Number),
      });
      const everything = events.map((event) => event.payload).join('\n');
      expect(everything).not.toMatch(/@|Kovalenko|\+380|LIC-/);
    });
  });
});
