import { createCipheriv, randomBytes, randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CONTACTS_SCOPE, Role, SERVICE_ROLE, type HttpService, type Subgraph } from '@hospital/kit';
import {
  auditWritten,
  codeOf,
  createTestDatabase,
  fieldsOf,
  graphqlRequest,
  mysqlAvailable,
  subgraphTestEnv,
  TEST_JWT_SECRET,
  testToken,
  type GraphQLResponse,
} from '@hospital/kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPatientsSubgraph } from './app.js';

const REGISTER = `mutation ($input: RegisterPatientInput!) {
  registerPatient(input: $input) { id name email phone dateOfBirth address gender createdAt }
}`;
const UPDATE = `mutation ($id: ID!, $input: UpdatePatientInput!) {
  updatePatient(id: $id, input: $input) { id name email phone address dateOfBirth gender }
}`;
const PATIENT = `query ($id: ID!) { patient(id: $id) { id name email } }`;
const CHART = `query ($id: ID!) {
  patient(id: $id) { id name medicalRecords { id diagnosis notes createdAt updatedAt author { id } } }
}`;
const PATIENTS = `query ($filter: PatientFilter, $first: Int, $after: String) {
  patients(filter: $filter, first: $first, after: $after) {
    totalCount
    edges { cursor node { id name email } }
    pageInfo { hasNextPage endCursor }
  }
}`;
const ADD_RECORD = `mutation ($patientId: ID!, $input: MedicalRecordInput!) {
  addMedicalRecord(patientId: $patientId, input: $input) { id diagnosis notes createdAt updatedAt author { id } }
}`;
const UPDATE_RECORD = `mutation ($id: ID!, $input: MedicalRecordInput!) {
  updateMedicalRecord(id: $id, input: $input) { id diagnosis notes updatedAt author { id } }
}`;
const HISTORY = `query ($id: ID!) {
  patient(id: $id) { medicalRecords { id diagnosis notes version versions { version diagnosis notes changedAt changedById } } }
}`;
const ENTITIES = `query ($r: [_Any!]!) {
  _entities(representations: $r) {
    ... on Patient { id name }
    ... on User { id patient { id name } }
  }
}`;
const CONTACT = `query ($id: ID!) { patientContact(id: $id) { name email phone } }`;
const USER_IDS = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on User { id } } }`;

interface PatientView {
  id: string;
  name: string;
  email: string;
  phone: string;
  dateOfBirth: string;
  address: string;
  gender: string | null;
}
interface RecordView {
  id: string;
  diagnosis: string;
  notes: string | null;
  createdAt: string;
  updatedAt: string;
  author: { id: string } | null;
}
interface VersionedView {
  version: number;
  versions: { version: number; diagnosis: string; notes: string | null; changedAt: string; changedById: string }[];
}
interface PatientsPage {
  patients: {
    totalCount: number;
    edges: { cursor: string; node: { id: string; name: string; email: string } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

/** The data of a response that must have succeeded. */
function dataOf<T>(result: GraphQLResponse<T>): T {
  expect(result.errors).toBeUndefined();
  if (!result.data) throw new Error('the response has no data');
  return result.data;
}

function nth<T>(items: readonly T[], index: number): T {
  const item = items[index];
  if (item === undefined) throw new Error(`there is no item ${index}`);
  return item;
}

interface Backend {
  env: NodeJS.ProcessEnv;
  drop(): Promise<void>;
}

const MEDICAL_RECORDS_KEY = randomBytes(32).toString('base64');

/**
 * No appointments subgraph runs in this suite: a doctor's care is what the
 * projection holds (putInCare), and the question patients asks appointments about
 * a pair it lacks fails at once, on a port nothing listens on. Asking the real
 * appointments subgraph is tested where it runs, in
 * subgraphs/appointments/src/care-lookup.int.test.ts.
 */
const APPOINTMENTS_URL = 'http://127.0.0.1:9/graphql';

/** Text sealed as records were before versions: `v1`, bound to the record and field only. */
function sealedAsV1(text: string, associatedData: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', Buffer.from(MEDICAL_RECORDS_KEY, 'base64'), iv, { authTagLength: 16 });
  cipher.setAAD(Buffer.from(associatedData, 'utf8'));
  const ciphertext = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);
  return ['v1', ...[iv, cipher.getAuthTag(), ciphertext].map((part) => part.toString('base64'))].join(':');
}

/**
 * Production's MariaDB, and the embedded default's SQLite file: the same
 * migrations and queries must hold on both.
 */
const backends = [
  {
    name: 'MariaDB',
    available: await mysqlAvailable(),
    async open(): Promise<Backend> {
      const database = await createTestDatabase('patients');
      return { env: subgraphTestEnv('patients', database.url, { MEDICAL_RECORDS_KEY }), drop: () => database.drop() };
    },
  },
  {
    name: 'SQLite',
    available: true,
    async open(): Promise<Backend> {
      const dataDir = await mkdtemp(join(tmpdir(), 'patients-'));
      return {
        env: {
          NODE_ENV: 'test',
          LOG_LEVEL: 'silent',
          JWT_SECRET: TEST_JWT_SECRET,
          PATIENTS_PORT: '0',
          DATA_DIR: dataDir,
          MEDICAL_RECORDS_KEY,
        },
        drop: () => rm(dataDir, { recursive: true, force: true }),
      };
    },
  },
];

describe.each(backends.filter((backend) => backend.available))('patients on $name', ({ open }) => {
  let backend: Backend;
  let subgraph: Subgraph;
  let http: HttpService;
  const unique = randomBytes(4).toString('hex');
  let serial = 0;
  const tokens = {} as Record<'staff' | 'admin' | 'stakeholder' | 'doctor' | 'otherDoctor', string>;
  const doctorId = randomUUID();
  const otherDoctorId = randomUUID();

  const call = <T = Record<string, unknown>>(query: string, variables: Record<string, unknown>, token?: string) =>
    graphqlRequest<T>(http.url, query, variables, token);

  /** A fresh, valid registration; each e-mail and phone its own. */
  const details = (overrides: Record<string, unknown> = {}) => {
    serial += 1;
    return {
      name: `Olena Kovalenko ${unique} ${serial}`,
      email: `olena.${unique}.${serial}@example.com`,
      phone: `+38044${String(1_000_000 + serial)}`,
      dateOfBirth: '1994-07-02',
      address: 'Khreshchatyk 1, Kyiv',
      ...overrides,
    };
  };

  /** A walk-in registered at reception. */
  async function walkIn(overrides: Record<string, unknown> = {}): Promise<PatientView> {
    const result = await call<{ registerPatient: PatientView }>(REGISTER, { input: details(overrides) }, tokens.staff);
    expect(result.errors).toBeUndefined();
    return dataOf(result).registerPatient;
  }

  /** A patient who registered themself, with their token. */
  async function selfRegistered(): Promise<{ patient: PatientView; token: string }> {
    const token = await testToken({ id: randomUUID(), role: Role.PATIENT });
    const result = await call<{ registerPatient: PatientView }>(REGISTER, { input: details() }, token);
    expect(result.errors).toBeUndefined();
    return { patient: dataOf(result).registerPatient, token };
  }

  /** What the appointments domain's events project here: the doctor has an approved visit with the patient. */
  const putInCare = (doctor: string, patientId: string) =>
    subgraph.dataSource.query(
      "INSERT INTO care_visits (appointment_id, doctor_id, patient_id, status, updated_at) VALUES (?, ?, ?, 'APPROVED', ?)",
      [randomUUID(), doctor, patientId, new Date().toISOString().replace('T', ' ').replace('Z', '')],
    );

  beforeAll(async () => {
    backend = await open();
    subgraph = await createPatientsSubgraph({ env: { ...backend.env, APPOINTMENTS_URL }, migrate: true });
    http = await subgraph.start();
    tokens.staff = await testToken({ id: randomUUID(), role: Role.STAFF });
    tokens.admin = await testToken({ id: randomUUID(), role: Role.ADMIN });
    tokens.stakeholder = await testToken({ id: randomUUID(), role: Role.STAKEHOLDER });
    tokens.doctor = await testToken({ id: doctorId, role: Role.DOCTOR });
    tokens.otherDoctor = await testToken({ id: otherDoctorId, role: Role.DOCTOR });
  });

  afterAll(async () => {
    await subgraph?.stop();
    await backend?.drop();
  });

  describe("the notification service's identity", () => {
    const service = () => testToken({ id: 'service:appointments', role: SERVICE_ROLE, scopes: [CONTACTS_SCOPE] });

    it('reads how to reach a patient, and nothing else: no profile, no chart, no change', async () => {
      const patient = await walkIn();
      const token = await service();
      const contact = await call(CONTACT, { id: patient.id }, token);
      expect(contact.data).toEqual({
        patientContact: { name: patient.name, email: patient.email, phone: patient.phone },
      });
      for (const [query, variables] of [
        [PATIENT, { id: patient.id }],
        [CHART, { id: patient.id }],
        [REGISTER, { input: details() }],
        [ENTITIES, { r: [{ __typename: 'Patient', id: patient.id }] }],
      ] as const) {
        const refused = await call(query, variables, token);
        expect(codeOf(refused), query).toBe('FORBIDDEN');
        expect(JSON.stringify(refused.data ?? null)).not.toContain(patient.name);
      }
    });

    it('is the only caller of the contact card: an administrator, the desk and the patient are refused', async () => {
      const { patient, token } = await selfRegistered();
      for (const caller of [tokens.admin, tokens.staff, token]) {
        expect(codeOf(await call(CONTACT, { id: patient.id }, caller))).toBe('FORBIDDEN');
      }
      expect(codeOf(await call(CONTACT, { id: patient.id }))).toBe('UNAUTHENTICATED');
    });
  });

  describe('registration', () => {
    it('registers a patient as themself, under their user id, with the e-mail normalized', async () => {
      const userId = randomUUID();
      const token = await testToken({ id: userId, role: Role.PATIENT });
      const input = details({ email: `Self.${unique}@Example.COM`, name: '  Iryna Shevchenko ', gender: 'female' });
      const result = await call(REGISTER, { input }, token);
      expect(result.errors).toBeUndefined();
      expect(result.data).toMatchObject({
        registerPatient: {
          id: userId,
          name: 'Iryna Shevchenko',
          email: `self.${unique}@example.com`,
          phone: input.phone,
          dateOfBirth: '1994-07-02',
          address: input.address,
          gender: 'female',
        },
      });

      const again = await call(REGISTER, { input: details() }, token);
      expect(codeOf(again)).toBe('CONFLICT');
      expect(again.errors?.[0]?.message).toBe('You are already registered as a patient');
    });

    it('registers a patient with an e-mail another patient has, saying nothing of the other', async () => {
      const walkInPatient = await walkIn();
      const token = await testToken({ id: randomUUID(), role: Role.PATIENT });
      const result = await call(REGISTER, { input: details({ email: walkInPatient.email }) }, token);
      expect(result.errors).toBeUndefined();
    });

    it('announces a registration with ids only, no personal data', async () => {
      const { patient } = await selfRegistered();
      const walkInPatient = await walkIn();
      const rows: { type: string; payload: string }[] = await subgraph.dataSource.query(
        'SELECT type, payload FROM outbox WHERE type = ?',
        ['patients.patient-registered'],
      );
      const payloads = rows.map((row) => JSON.parse(row.payload) as unknown);
      expect(payloads).toContainEqual({ patientId: patient.id, selfRegistered: true });
      expect(payloads).toContainEqual({ patientId: walkInPatient.id, selfRegistered: false });
      expect(JSON.stringify(rows)).not.toContain(patient.email);
      expect(JSON.stringify(rows)).not.toContain('Kovalenko');
    });

    it('lets reception and administrators register walk-ins under new ids', async () => {
      const byStaff = await walkIn();
      const byAdmin = await call<{ registerPatient: PatientView }>(REGISTER, { input: details() }, tokens.admin);
      expect(byAdmin.errors).toBeUndefined();
      expect(byStaff.id).toMatch(/^[0-9a-f-]{36}$/);
      expect(dataOf(byAdmin).registerPatient.id).not.toBe(byStaff.id);
      expect(byStaff.gender).toBeNull();
    });

    it('refuses doctors, stakeholders and the anonymous', async () => {
      expect(codeOf(await call(REGISTER, { input: details() }, tokens.doctor))).toBe('FORBIDDEN');
      expect(codeOf(await call(REGISTER, { input: details() }, tokens.stakeholder))).toBe('FORBIDDEN');
      expect(codeOf(await call(REGISTER, { input: details() }))).toBe('UNAUTHENTICATED');
    });

    it('reports every invalid field as BAD_USER_INPUT', async () => {
      const result = await call(
        REGISTER,
        {
          input: details({
            name: '   ',
            email: 'not-an-email',
            phone: '0441234567',
            dateOfBirth: '2999-01-01',
            address: ' ',
          }),
        },
        tokens.staff,
      );
      expect(codeOf(result)).toBe('BAD_USER_INPUT');
      // The input's own checks (format) answer first; the rules (blank, past) when the format is right.
      expect(fieldsOf(result)).toEqual(expect.arrayContaining(['email', 'phone']));

      const rules = await call(
        REGISTER,
        { input: details({ name: '   ', dateOfBirth: '2999-01-01', address: ' ' }) },
        tokens.staff,
      );
      expect(codeOf(rules)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(rules)).toEqual(['name', 'dateOfBirth', 'address']);
    });

    it('refuses a date of birth that is no real day', async () => {
      const result = await call(REGISTER, { input: details({ dateOfBirth: '2001-02-30' }) }, tokens.staff);
      expect(codeOf(result)).toBe('BAD_USER_INPUT');
    });

    it("registers a newborn with her mother's e-mail", async () => {
      const mother = await walkIn();
      const newborn = await call(REGISTER, { input: details({ email: mother.email.toUpperCase() }) }, tokens.staff);
      expect(newborn.errors).toBeUndefined();
      expect(newborn.data).toMatchObject({ registerPatient: { email: mother.email } });
    });

    it('keeps exactly one profile when a patient registers many times at once', async () => {
      const userId = randomUUID();
      const token = await testToken({ id: userId, role: Role.PATIENT });
      const results = await Promise.all(Array.from({ length: 8 }, () => call(REGISTER, { input: details() }, token)));
      expect(results.filter((r) => !r.errors)).toHaveLength(1);
      expect(results.filter((r) => codeOf(r) === 'CONFLICT')).toHaveLength(7);
    });
  });

  describe('reading a profile', () => {
    it('shows a patient their own profile and nobody else’s', async () => {
      const { patient, token } = await selfRegistered();
      const other = await walkIn();
      expect((await call(PATIENT, { id: patient.id }, token)).data).toEqual({
        patient: { id: patient.id, name: patient.name, email: patient.email },
      });
      const refused = await call(PATIENT, { id: other.id }, token);
      expect(codeOf(refused)).toBe('FORBIDDEN');
      expect(refused.data).toEqual({ patient: null });
    });

    it('shows reception and administrators any profile; NOT_FOUND when the id names nobody', async () => {
      const patient = await walkIn();
      for (const token of [tokens.staff, tokens.admin]) {
        expect((await call(PATIENT, { id: patient.id }, token)).data).toMatchObject({ patient: { id: patient.id } });
        expect(codeOf(await call(PATIENT, { id: randomUUID() }, token))).toBe('NOT_FOUND');
      }
    });

    it('refuses stakeholders and the anonymous', async () => {
      const patient = await walkIn();
      expect(codeOf(await call(PATIENT, { id: patient.id }, tokens.stakeholder))).toBe('FORBIDDEN');
      expect(codeOf(await call(PATIENT, { id: patient.id }))).toBe('UNAUTHENTICATED');
    });

    it('shows a doctor only the patients they have an appointment with', async () => {
      const patient = await walkIn();
      expect(codeOf(await call(PATIENT, { id: patient.id }, tokens.doctor))).toBe('FORBIDDEN');
      await putInCare(doctorId, patient.id);
      expect((await call(PATIENT, { id: patient.id }, tokens.doctor)).data).toMatchObject({
        patient: { id: patient.id },
      });
      expect(codeOf(await call(PATIENT, { id: patient.id }, tokens.otherDoctor))).toBe('FORBIDDEN');
    });
  });

  describe('updating a profile', () => {
    it('lets the patient themself, reception and administrators change it, a field at a time', async () => {
      const { patient, token } = await selfRegistered();
      const own = await call<{ updatePatient: PatientView }>(
        UPDATE,
        { id: patient.id, input: { address: '  Sumska 10, Kharkiv ' } },
        token,
      );
      expect(own.errors).toBeUndefined();
      expect(dataOf(own).updatePatient).toMatchObject({ name: patient.name, address: 'Sumska 10, Kharkiv' });

      const byStaff = await call(UPDATE, { id: patient.id, input: { phone: '+380501112233' } }, tokens.staff);
      expect(byStaff.data).toMatchObject({ updatePatient: { phone: '+380501112233', address: 'Sumska 10, Kharkiv' } });

      const email = `moved.${unique}@Example.com`;
      const byAdmin = await call(UPDATE, { id: patient.id, input: { email, gender: 'female' } }, tokens.admin);
      expect(byAdmin.data).toMatchObject({ updatePatient: { email: email.toLowerCase(), gender: 'female' } });

      const cleared = await call(UPDATE, { id: patient.id, input: { gender: null } }, tokens.staff);
      expect(cleared.data).toMatchObject({ updatePatient: { gender: null, phone: '+380501112233' } });
    });

    it('refuses another patient, a doctor (even one caring for them) and a stakeholder', async () => {
      const patient = await walkIn();
      await putInCare(doctorId, patient.id);
      const { token: otherPatient } = await selfRegistered();
      for (const token of [otherPatient, tokens.doctor, tokens.stakeholder]) {
        expect(codeOf(await call(UPDATE, { id: patient.id, input: { name: 'Someone Else' } }, token))).toBe(
          'FORBIDDEN',
        );
      }
    });

    it('validates an update like a registration', async () => {
      const patient = await walkIn();
      const blank = await call(UPDATE, { id: patient.id, input: { name: ' ', address: '' } }, tokens.staff);
      expect(codeOf(blank)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(blank)).toEqual(['name', 'address']);
      const removed = await call(UPDATE, { id: patient.id, input: { email: null } }, tokens.staff);
      expect(fieldsOf(removed)).toEqual(['email']);
      const future = await call(UPDATE, { id: patient.id, input: { dateOfBirth: '2999-12-31' } }, tokens.staff);
      expect(fieldsOf(future)).toEqual(['dateOfBirth']);
      const phone = await call(UPDATE, { id: patient.id, input: { phone: '12345' } }, tokens.staff);
      expect(codeOf(phone)).toBe('BAD_USER_INPUT');
    });

    it('takes an e-mail another patient has without a word about her, and an unknown id is NOT_FOUND', async () => {
      const [first, second] = [await walkIn(), await walkIn()];
      const shared = await call(UPDATE, { id: second.id, input: { email: first.email } }, tokens.staff);
      expect(shared.errors).toBeUndefined();
      const herself = await selfRegistered();
      const byHerself = await call(
        UPDATE,
        { id: herself.patient.id, input: { email: first.email.toUpperCase() } },
        herself.token,
      );
      expect(byHerself.errors).toBeUndefined();
      expect(codeOf(await call(UPDATE, { id: randomUUID(), input: { name: 'Nobody' } }, tokens.staff))).toBe(
        'NOT_FOUND',
      );
    });
  });

  describe('medical records', () => {
    let patient: PatientView;
    let patientToken: string;
    let record: RecordView;
    const diagnosis = `Gestational diabetes ${unique}`;

    beforeAll(async () => {
      ({ patient, token: patientToken } = await selfRegistered());
      await putInCare(doctorId, patient.id);
      const added = await call<{ addMedicalRecord: RecordView }>(
        ADD_RECORD,
        { patientId: patient.id, input: { diagnosis, notes: 'Diet plan; glucose log weekly' } },
        tokens.doctor,
      );
      expect(added.errors).toBeUndefined();
      record = dataOf(added).addMedicalRecord;
    });

    it('lets a doctor write a record for a patient in their care, as its author', () => {
      expect(record).toMatchObject({ diagnosis, notes: 'Diet plan; glucose log weekly', author: { id: doctorId } });
    });

    it('keeps no diagnosis or notes readable in the database', async () => {
      const rows: Record<string, unknown>[] = await subgraph.dataSource.query(
        'SELECT * FROM medical_records WHERE id = ?',
        [record.id],
      );
      expect(rows).toHaveLength(1);
      const raw = JSON.stringify(rows);
      expect(raw).not.toContain('Gestational');
      expect(raw).not.toContain('glucose');
      expect(nth(rows, 0)['diagnosis_sealed']).toMatch(/^v3:[^:]+:[^:]+:[^:]+:[^:]+$/);
      expect(nth(rows, 0)['notes_sealed']).toMatch(/^v3:/);
    });

    it('refuses a record whose sealed text was moved from another row, without revealing it', async () => {
      const other = await walkIn();
      await putInCare(doctorId, other.id);
      const added = await call<{ addMedicalRecord: RecordView }>(
        ADD_RECORD,
        { patientId: other.id, input: { diagnosis: 'Anaemia' } },
        tokens.doctor,
      );
      const sources: { diagnosis_sealed: string }[] = await subgraph.dataSource.query(
        'SELECT diagnosis_sealed FROM medical_records WHERE id = ?',
        [record.id],
      );
      await subgraph.dataSource.query('UPDATE medical_records SET diagnosis_sealed = ? WHERE id = ?', [
        nth(sources, 0).diagnosis_sealed,
        dataOf(added).addMedicalRecord.id,
      ]);
      const result = await call(CHART, { id: other.id }, tokens.doctor);
      expect(codeOf(result)).toBe('INTERNAL_SERVER_ERROR');
      expect(JSON.stringify(result)).not.toContain('Gestational');
    });

    it('shows the patient their own records, and an administrator, and the doctor', async () => {
      for (const token of [patientToken, tokens.admin, tokens.doctor]) {
        const chart = await call<{ patient: { medicalRecords: RecordView[] } }>(CHART, { id: patient.id }, token);
        expect(chart.errors).toBeUndefined();
        expect(dataOf(chart).patient.medicalRecords).toEqual([
          expect.objectContaining({ id: record.id, diagnosis, author: { id: doctorId } }),
        ]);
      }
    });

    it('refuses reception the records with an error on the field, not an empty list', async () => {
      const chart = await call(CHART, { id: patient.id }, tokens.staff);
      expect(codeOf(chart)).toBe('FORBIDDEN');
      expect(chart.errors?.[0]?.path).toEqual(['patient', 'medicalRecords']);
      const profile = await call(PATIENT, { id: patient.id }, tokens.staff);
      expect(profile.errors).toBeUndefined();
    });

    it('refuses a doctor the records of a patient not in their care', async () => {
      expect(codeOf(await call(CHART, { id: patient.id }, tokens.otherDoctor))).toBe('FORBIDDEN');
      const add = await call(ADD_RECORD, { patientId: patient.id, input: { diagnosis: 'x' } }, tokens.otherDoctor);
      expect(codeOf(add)).toBe('FORBIDDEN');
      const update = await call(UPDATE_RECORD, { id: record.id, input: { diagnosis: 'x' } }, tokens.otherDoctor);
      expect(codeOf(update)).toBe('FORBIDDEN');
    });

    it('lets nobody but a doctor write records', async () => {
      for (const token of [patientToken, tokens.staff, tokens.admin, tokens.stakeholder]) {
        const add = await call(ADD_RECORD, { patientId: patient.id, input: { diagnosis: 'x' } }, token);
        expect(codeOf(add)).toBe('FORBIDDEN');
        const update = await call(UPDATE_RECORD, { id: record.id, input: { diagnosis: 'x' } }, token);
        expect(codeOf(update)).toBe('FORBIDDEN');
      }
      expect(codeOf(await call(ADD_RECORD, { patientId: patient.id, input: { diagnosis: 'x' } }))).toBe(
        'UNAUTHENTICATED',
      );
    });

    it('lets the doctor correct a record, keeping the notes unless told otherwise', async () => {
      const corrected = await call<{ updateMedicalRecord: RecordView }>(
        UPDATE_RECORD,
        { id: record.id, input: { diagnosis: `Type 1 diabetes ${unique}` } },
        tokens.doctor,
      );
      expect(corrected.errors).toBeUndefined();
      expect(dataOf(corrected).updateMedicalRecord).toMatchObject({
        diagnosis: `Type 1 diabetes ${unique}`,
        notes: 'Diet plan; glucose log weekly',
        author: { id: doctorId },
      });
      expect(Date.parse(dataOf(corrected).updateMedicalRecord.updatedAt)).toBeGreaterThanOrEqual(
        Date.parse(record.updatedAt),
      );
      const cleared = await call(
        UPDATE_RECORD,
        { id: record.id, input: { diagnosis: `Type 1 diabetes ${unique}`, notes: null } },
        tokens.doctor,
      );
      expect(cleared.data).toMatchObject({ updateMedicalRecord: { notes: null } });
      const chart = await call<{ patient: { medicalRecords: RecordView[] } }>(CHART, { id: patient.id }, patientToken);
      expect(dataOf(chart).patient.medicalRecords[0]).toMatchObject({
        diagnosis: `Type 1 diabetes ${unique}`,
        notes: null,
      });
    });

    it('keeps every earlier version, sealed, and lets nobody change or delete one', async () => {
      const history = await call<{ patient: { medicalRecords: (RecordView & VersionedView)[] } }>(
        HISTORY,
        { id: patient.id },
        patientToken,
      );
      const [current] = dataOf(history).patient.medicalRecords;
      expect(current?.version).toBe(3);
      expect(
        current?.versions.map(({ version, diagnosis, notes, changedById }) => [version, diagnosis, notes, changedById]),
      ).toEqual([
        [1, diagnosis, 'Diet plan; glucose log weekly', doctorId],
        [2, `Type 1 diabetes ${unique}`, 'Diet plan; glucose log weekly', doctorId],
        [3, `Type 1 diabetes ${unique}`, null, doctorId],
      ]);
      const rows: Record<string, unknown>[] = await subgraph.dataSource.query(
        'SELECT * FROM medical_record_versions WHERE record_id = ? ORDER BY version',
        [record.id],
      );
      expect(rows.map((row) => row['version'])).toEqual([1, 2]);
      expect(JSON.stringify(rows)).not.toMatch(/Gestational|glucose|diabetes/);
      await expect(
        subgraph.dataSource.query("UPDATE medical_record_versions SET changed_by_id = 'x' WHERE record_id = ?", [
          record.id,
        ]),
      ).rejects.toThrow('medical record versions are kept as written');
      await expect(
        subgraph.dataSource.query('DELETE FROM medical_record_versions WHERE record_id = ?', [record.id]),
      ).rejects.toThrow('medical record versions are kept as written');
    });

    it('refuses an earlier version moved to another version number, without revealing it', async () => {
      const other = await walkIn();
      await putInCare(doctorId, other.id);
      const added = dataOf(
        await call<{ addMedicalRecord: RecordView }>(
          ADD_RECORD,
          { patientId: other.id, input: { diagnosis: 'Anaemia' } },
          tokens.doctor,
        ),
      ).addMedicalRecord;
      dataOf(await call(UPDATE_RECORD, { id: added.id, input: { diagnosis: 'Anaemia, mild' } }, tokens.doctor));
      const [first] = await subgraph.dataSource.query(
        'SELECT diagnosis_sealed FROM medical_record_versions WHERE record_id = ? AND version = 1',
        [added.id],
      );
      await subgraph.dataSource.query('UPDATE medical_records SET diagnosis_sealed = ? WHERE id = ?', [
        (first as { diagnosis_sealed: string }).diagnosis_sealed,
        added.id,
      ]);
      const result = await call(HISTORY, { id: other.id }, tokens.doctor);
      expect(codeOf(result)).toBe('INTERNAL_SERVER_ERROR');
      expect(JSON.stringify(result)).not.toContain('Anaemia');
    });

    it('opens a record sealed before versions existed, and seals it to its version when revised', async () => {
      const id = randomUUID();
      const now = new Date().toISOString().replace('T', ' ').replace('Z', '');
      await subgraph.dataSource.query(
        `INSERT INTO medical_records (id, patient_id, author_id, diagnosis_sealed, notes_sealed, created_at, updated_at)
         VALUES (?, ?, ?, ?, NULL, ?, ?)`,
        [id, patient.id, doctorId, sealedAsV1('Breech presentation', `medical_records/${id}/diagnosis`), now, now],
      );
      const before = dataOf(
        await call<{ patient: { medicalRecords: (RecordView & VersionedView)[] } }>(
          HISTORY,
          { id: patient.id },
          tokens.doctor,
        ),
      );
      expect(before.patient.medicalRecords.find((r) => r.id === id)).toMatchObject({
        diagnosis: 'Breech presentation',
        version: 1,
        versions: [{ version: 1, diagnosis: 'Breech presentation', changedById: doctorId }],
      });
      dataOf(await call(UPDATE_RECORD, { id, input: { diagnosis: 'Cephalic after version' } }, tokens.doctor));
      const after = dataOf(
        await call<{ patient: { medicalRecords: (RecordView & VersionedView)[] } }>(
          HISTORY,
          { id: patient.id },
          tokens.doctor,
        ),
      );
      expect(after.patient.medicalRecords.find((r) => r.id === id)?.versions.map((v) => v.diagnosis)).toEqual([
        'Breech presentation',
        'Cephalic after version',
      ]);
      const [kept] = await subgraph.dataSource.query(
        'SELECT diagnosis_sealed FROM medical_record_versions WHERE record_id = ?',
        [id],
      );
      expect((kept as { diagnosis_sealed: string }).diagnosis_sealed).toMatch(/^v3:/);
    });

    it('makes two revisions at once into two versions, neither lost', async () => {
      const other = await walkIn();
      await putInCare(doctorId, other.id);
      const added = dataOf(
        await call<{ addMedicalRecord: RecordView }>(
          ADD_RECORD,
          { patientId: other.id, input: { diagnosis: 'Original' } },
          tokens.doctor,
        ),
      ).addMedicalRecord;
      const revisions = await Promise.all(
        ['Revision A', 'Revision B'].map((text) =>
          call(UPDATE_RECORD, { id: added.id, input: { diagnosis: text } }, tokens.doctor),
        ),
      );
      for (const revision of revisions) expect(revision.errors).toBeUndefined();
      const chart = dataOf(
        await call<{ patient: { medicalRecords: (RecordView & VersionedView)[] } }>(
          HISTORY,
          { id: other.id },
          tokens.doctor,
        ),
      );
      const versions = chart.patient.medicalRecords[0]?.versions ?? [];
      expect(versions.map((v) => v.version)).toEqual([1, 2, 3]);
      expect(
        versions
          .map((v) => v.diagnosis)
          .slice(1)
          .sort(),
      ).toEqual(['Revision A', 'Revision B']);
    });

    it('needs a diagnosis, and a record or patient that exists', async () => {
      const blank = await call(ADD_RECORD, { patientId: patient.id, input: { diagnosis: '  ' } }, tokens.doctor);
      expect(codeOf(blank)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(blank)).toEqual(['diagnosis']);
      const blankUpdate = await call(UPDATE_RECORD, { id: record.id, input: { diagnosis: '' } }, tokens.doctor);
      expect(codeOf(blankUpdate)).toBe('BAD_USER_INPUT');

      const missing = await call(UPDATE_RECORD, { id: randomUUID(), input: { diagnosis: 'x' } }, tokens.doctor);
      expect(codeOf(missing)).toBe('NOT_FOUND');
      const ghost = randomUUID();
      await putInCare(doctorId, ghost);
      const noPatient = await call(ADD_RECORD, { patientId: ghost, input: { diagnosis: 'x' } }, tokens.doctor);
      expect(codeOf(noPatient)).toBe('NOT_FOUND');
    });
  });

  describe('the list of patients', () => {
    const tag = `zq${unique}`;
    let listed: PatientView[];

    beforeAll(async () => {
      listed = [];
      // Registered out of order, to see the list sort them by name.
      for (const letter of ['d', 'b', 'e', 'a', 'c']) {
        listed.push(await walkIn({ name: `${tag} ${letter}` }));
      }
      listed.sort((a, b) => a.name.localeCompare(b.name));
    });

    it('pages through a search by name, then id', async () => {
      const first = await call<PatientsPage>(PATIENTS, { filter: { search: tag }, first: 2 }, tokens.staff);
      expect(first.errors).toBeUndefined();
      expect(dataOf(first).patients.totalCount).toBe(5);
      expect(dataOf(first).patients.edges.map((e) => e.node.name)).toEqual([`${tag} a`, `${tag} b`]);
      expect(dataOf(first).patients.pageInfo.hasNextPage).toBe(true);

      const second = await call<PatientsPage>(
        PATIENTS,
        { filter: { search: tag }, first: 2, after: dataOf(first).patients.pageInfo.endCursor },
        tokens.staff,
      );
      expect(dataOf(second).patients.edges.map((e) => e.node.name)).toEqual([`${tag} c`, `${tag} d`]);

      const last = await call<PatientsPage>(
        PATIENTS,
        { filter: { search: tag }, first: 2, after: dataOf(second).patients.pageInfo.endCursor },
        tokens.admin,
      );
      expect(dataOf(last).patients.edges.map((e) => e.node.id)).toEqual([nth(listed, 4).id]);
      expect(dataOf(last).patients.pageInfo).toEqual({
        hasNextPage: false,
        endCursor: nth(dataOf(last).patients.edges, 0).cursor,
      });
      expect(dataOf(last).patients.totalCount).toBe(5);
    });

    it('finds a patient by e-mail and by phone', async () => {
      const target = nth(listed, 2);
      for (const search of [target.email.toUpperCase(), target.phone]) {
        const result = await call<PatientsPage>(PATIENTS, { filter: { search } }, tokens.staff);
        expect(dataOf(result).patients.edges.map((e) => e.node.id)).toEqual([target.id]);
      }
    });

    it('takes % and _ in a search literally', async () => {
      for (const search of ['%', '_', `${tag}%`, `${tag.slice(0, 3)}_`]) {
        const result = await call<PatientsPage>(PATIENTS, { filter: { search } }, tokens.staff);
        expect(dataOf(result).patients.totalCount).toBe(0);
      }
    });

    it('shows a doctor only the patients in their care', async () => {
      await putInCare(otherDoctorId, nth(listed, 1).id);
      await putInCare(otherDoctorId, nth(listed, 3).id);
      const result = await call<PatientsPage>(PATIENTS, { filter: { search: tag } }, tokens.otherDoctor);
      expect(dataOf(result).patients.totalCount).toBe(2);
      expect(dataOf(result).patients.edges.map((e) => e.node.id)).toEqual([nth(listed, 1).id, nth(listed, 3).id]);
    });

    it('refuses patients, stakeholders and the anonymous', async () => {
      const { token } = await selfRegistered();
      expect(codeOf(await call(PATIENTS, {}, token))).toBe('FORBIDDEN');
      expect(codeOf(await call(PATIENTS, {}, tokens.stakeholder))).toBe('FORBIDDEN');
      expect(codeOf(await call(PATIENTS, {}))).toBe('UNAUTHENTICATED');
    });

    it('records each patient on a page once, in one transaction, and a refused list as DENIED', async () => {
      const page = await auditWritten(subgraph.dataSource, async () =>
        dataOf(await call<PatientsPage>(PATIENTS, { filter: { search: tag } }, tokens.staff)),
      );
      expect(page.entries.map((e) => e.subjectId).sort()).toEqual(listed.map((p) => p.id).sort());
      for (const entry of page.entries) {
        expect(entry).toMatchObject({
          action: 'patient.read',
          outcome: 'SUCCESS',
          actorRole: 'STAFF',
          subjectType: 'Patient',
          patientId: entry.subjectId,
        });
      }
      expect(page.transactions).toBe(1);

      const refused = await auditWritten(subgraph.dataSource, () => call(PATIENTS, {}, tokens.stakeholder));
      expect(refused.entries).toEqual([
        expect.objectContaining({
          action: 'patient.read',
          outcome: 'DENIED',
          actorRole: 'STAKEHOLDER',
          patientId: null,
        }),
      ]);
    });

    it('refuses a page size out of range and a cursor it never gave out', async () => {
      expect(codeOf(await call(PATIENTS, { first: 0 }, tokens.staff))).toBe('BAD_USER_INPUT');
      expect(codeOf(await call(PATIENTS, { first: 101 }, tokens.staff))).toBe('BAD_USER_INPUT');
      expect(codeOf(await call(PATIENTS, { after: 'bm90LWEtY3Vyc29y' }, tokens.staff))).toBe('BAD_USER_INPUT');
    });
  });

  describe('federation', () => {
    it('resolves patients by reference in one batch, null for an unknown id', async () => {
      const [first, second] = [await walkIn(), await walkIn()];
      const result = await call<{ _entities: ({ id: string; name: string } | null)[] }>(
        ENTITIES,
        {
          r: [
            { __typename: 'Patient', id: first.id },
            { __typename: 'Patient', id: randomUUID() },
            { __typename: 'Patient', id: second.id },
          ],
        },
        tokens.staff,
      );
      expect(result.errors).toBeUndefined();
      expect(dataOf(result)._entities).toEqual([
        { id: first.id, name: first.name },
        null,
        { id: second.id, name: second.name },
      ]);
    });

    it('records patients fetched by reference once each, in one transaction; not her own, nor an id naming nobody', async () => {
      const [first, second] = [await walkIn(), await walkIn()];
      const fetched = await auditWritten(subgraph.dataSource, async () =>
        dataOf(
          await call(
            ENTITIES,
            {
              r: [
                { __typename: 'Patient', id: first.id },
                { __typename: 'Patient', id: randomUUID() },
                { __typename: 'Patient', id: second.id },
                { __typename: 'User', id: first.id },
              ],
            },
            tokens.staff,
          ),
        ),
      );
      // The unknown id names nobody; `User.patient` reads the first patient's profile a second time.
      expect(fetched.entries.map((e) => e.subjectId).sort()).toEqual([first.id, first.id, second.id].sort());
      for (const entry of fetched.entries) {
        expect(entry).toMatchObject({ action: 'patient.read', outcome: 'SUCCESS', patientId: entry.subjectId });
      }
      expect(fetched.transactions).toBe(1);

      const { patient, token } = await selfRegistered();
      const own = await auditWritten(subgraph.dataSource, async () =>
        dataOf(
          await call(
            ENTITIES,
            {
              r: [
                { __typename: 'Patient', id: patient.id },
                { __typename: 'User', id: patient.id },
              ],
            },
            token,
          ),
        ),
      );
      expect(own.entries).toEqual([]);

      const refused = await auditWritten(subgraph.dataSource, () =>
        call(ENTITIES, { r: [{ __typename: 'Patient', id: first.id }] }, tokens.doctor),
      );
      expect(refused.entries).toEqual([
        expect.objectContaining({ actorId: doctorId, outcome: 'DENIED', subjectId: first.id, patientId: first.id }),
      ]);
    });

    it('applies the profile permission to references too', async () => {
      const patient = await walkIn();
      const r = [{ __typename: 'Patient', id: patient.id }];
      expect(codeOf(await call(ENTITIES, { r }, tokens.stakeholder))).toBe('FORBIDDEN');
      expect(codeOf(await call(ENTITIES, { r }, tokens.doctor))).toBe('FORBIDDEN');
    });

    it("adds a user's patient profile to User, null for a user without one", async () => {
      const { patient, token } = await selfRegistered();
      const own = await call(ENTITIES, { r: [{ __typename: 'User', id: patient.id }] }, token);
      expect(own.errors).toBeUndefined();
      expect(own.data).toEqual({ _entities: [{ id: patient.id, patient: { id: patient.id, name: patient.name } }] });

      // `me { patient }` of a doctor: their own user has no patient profile, and that is no error.
      const doctorMe = await call(ENTITIES, { r: [{ __typename: 'User', id: doctorId }] }, tokens.doctor);
      expect(doctorMe.errors).toBeUndefined();
      expect(doctorMe.data).toEqual({ _entities: [{ id: doctorId, patient: null }] });

      const byStaff = await call(ENTITIES, { r: [{ __typename: 'User', id: patient.id }] }, tokens.staff);
      expect(byStaff.data).toMatchObject({ _entities: [{ patient: { id: patient.id } }] });
      const refused = await call(ENTITIES, { r: [{ __typename: 'User', id: patient.id }] }, tokens.stakeholder);
      expect(codeOf(refused)).toBe('FORBIDDEN');
    });

    it('refuses an anonymous caller every reference, as the queries do', async () => {
      const { patient } = await selfRegistered();
      for (const [query, __typename] of [
        [ENTITIES, 'Patient'],
        [ENTITIES, 'User'],
        // Asking for nothing but the id still goes through the User reference, which checks the caller too.
        [USER_IDS, 'User'],
      ] as const) {
        const result = await call(query, { r: [{ __typename, id: patient.id }] });
        expect(codeOf(result)).toBe('UNAUTHENTICATED');
        expect(JSON.stringify(result.data ?? null)).not.toContain(patient.name);
      }
    });
  });
});
