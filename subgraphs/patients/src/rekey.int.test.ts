import { createCipheriv, randomBytes, randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Role, type Subgraph } from '@hospital/kit';
import {
  createTestDatabase,
  graphqlRequest,
  mysqlAvailable,
  subgraphTestEnv,
  TEST_JWT_SECRET,
  testToken,
  type GraphQLResponse,
} from '@hospital/kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPatientsSubgraph } from './app.js';
import { keyIdOf, RecordCipher, type SealedPlace } from './medical-record/medical-record.cipher.js';
import { ResealableRecordVersions1763700000260 } from './migrations/1763700000260-ResealableRecordVersions.js';
import { rekeyCommand } from './rekey-command.js';

const REGISTER = `mutation ($input: RegisterPatientInput!) { registerPatient(input: $input) { id } }`;
const ADD_RECORD = `mutation ($patientId: ID!, $input: MedicalRecordInput!) {
  addMedicalRecord(patientId: $patientId, input: $input) { id }
}`;
const UPDATE_RECORD = `mutation ($id: ID!, $input: MedicalRecordInput!) { updateMedicalRecord(id: $id, input: $input) { id } }`;
const HISTORY = `query ($id: ID!) {
  patient(id: $id) { medicalRecords { id versions { version diagnosis notes } } }
}`;

type History = Record<string, [version: number, diagnosis: string, notes: string | null][]>;

/** The key before the rotation, the key after it, and one that nobody is given. */
const [OLD, NEW, LOST] = [randomBytes(32), randomBytes(32), randomBytes(32)];
const base64 = (key: Buffer) => key.toString('base64');

/** A value sealed as `v1` or `v2` were, before key ids, under `key`. */
function sealedAs(format: 'v1' | 'v2', key: Buffer, text: string, associatedData: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv, { authTagLength: 16 });
  cipher.setAAD(Buffer.from(associatedData, 'utf8'));
  const ciphertext = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);
  return [format, ...[iv, cipher.getAuthTag(), ciphertext].map((part) => part.toString('base64'))].join(':');
}

const sqlNow = () => new Date().toISOString().replace('T', ' ').replace('Z', '');

/** MEDICAL_RECORDS_KEY, and MEDICAL_RECORDS_PREVIOUS_KEYS during a rotation. */
type Keys = Record<string, string>;

interface Backend {
  env(keys: Keys): NodeJS.ProcessEnv;
  drop(): Promise<void>;
}

/** Production's MariaDB, and the embedded default's SQLite file. */
const backends = [
  {
    name: 'MariaDB',
    available: await mysqlAvailable(),
    rowLocks: true,
    async open(): Promise<Backend> {
      const database = await createTestDatabase('rekey');
      return { env: (keys) => subgraphTestEnv('patients', database.url, keys), drop: () => database.drop() };
    },
  },
  {
    name: 'SQLite',
    available: true,
    /**
     * None: a writer waits for the file's one write lock. Here the service and the
     * command share one thread, where that wait would hold up the very commit it
     * waits for, so they take turns.
     */
    rowLocks: false,
    async open(): Promise<Backend> {
      const dataDir = await mkdtemp(join(tmpdir(), 'patients-rekey-'));
      return {
        env: (keys) => ({
          NODE_ENV: 'test',
          LOG_LEVEL: 'silent',
          JWT_SECRET: TEST_JWT_SECRET,
          PATIENTS_PORT: '0',
          DATA_DIR: dataDir,
          ...keys,
        }),
        drop: () => rm(dataDir, { recursive: true, force: true }),
      };
    },
  },
];

describe.each(backends.filter((backend) => backend.available))(
  'rotating the medical-records key on $name',
  ({ open, rowLocks }) => {
    let backend: Backend;
    let subgraph: Subgraph | undefined;
    let url: string;
    const doctorId = randomUUID();
    const tokens = {} as Record<'staff' | 'doctor', string>;
    const before = { MEDICAL_RECORDS_KEY: base64(OLD) };
    const during = { MEDICAL_RECORDS_KEY: base64(NEW), MEDICAL_RECORDS_PREVIOUS_KEYS: base64(OLD) };
    const after = { MEDICAL_RECORDS_KEY: base64(NEW) };
    let serial = 0;

    /** Patients serving with these keys, in place of whichever served until now. */
    async function serve(keys: Keys): Promise<Subgraph> {
      await subgraph?.stop();
      subgraph = await createPatientsSubgraph({ env: backend.env(keys), migrate: true });
      url = (await subgraph.start()).url;
      return subgraph;
    }

    const query = (sql: string, parameters: unknown[] = []): Promise<Record<string, unknown>[]> => {
      if (!subgraph) throw new Error('patients is not serving');
      return subgraph.dataSource.query(sql, parameters);
    };

    /** A record at version 2, revised by the doctor who wrote it, as a release that sealed it wrote the row. */
    const insertRevisedRecord = (
      record: { id: string; patientId: string; now: string },
      diagnosisSealed: string,
      notesSealed: string | null,
    ) =>
      query(
        `INSERT INTO medical_records (id, patient_id, author_id, diagnosis_sealed, notes_sealed, created_at, updated_at, version, revised_by_id)
         VALUES (?, ?, ?, ?, ?, ?, ?, 2, ?)`,
        [record.id, record.patientId, doctorId, diagnosisSealed, notesSealed, record.now, record.now, doctorId],
      );
    /** Version 1 of that record, which the doctor changed. */
    const insertFirstVersion = (
      record: { id: string; patientId: string; now: string },
      diagnosisSealed: string,
      notesSealed: string,
    ) =>
      query(
        `INSERT INTO medical_record_versions (record_id, version, patient_id, diagnosis_sealed, notes_sealed, changed_at, changed_by_id)
         VALUES (?, 1, ?, ?, ?, ?, ?)`,
        [record.id, record.patientId, diagnosisSealed, notesSealed, record.now, doctorId],
      );

    async function call<T>(document: string, variables: Record<string, unknown>, token: string): Promise<T> {
      const result: GraphQLResponse<T> = await graphqlRequest<T>(url, document, variables, token);
      expect(result.errors).toBeUndefined();
      if (!result.data) throw new Error('the response has no data');
      return result.data;
    }

    /** A walk-in, in the doctor's care. */
    async function patientInCare(): Promise<string> {
      serial += 1;
      const input = {
        name: `Oksana Melnyk ${serial}`,
        email: `oksana.${randomBytes(4).toString('hex')}@example.com`,
        phone: `+38044${String(2_000_000 + serial)}`,
        dateOfBirth: '1991-03-14',
        address: 'Saksahanskoho 5, Kyiv',
      };
      const { registerPatient } = await call<{ registerPatient: { id: string } }>(REGISTER, { input }, tokens.staff);
      await query(
        "INSERT INTO care_visits (appointment_id, doctor_id, patient_id, status, updated_at) VALUES (?, ?, ?, 'APPROVED', ?)",
        [randomUUID(), doctorId, registerPatient.id, sqlNow()],
      );
      return registerPatient.id;
    }

    const addRecord = async (patientId: string, input: { diagnosis: string; notes?: string }) =>
      (await call<{ addMedicalRecord: { id: string } }>(ADD_RECORD, { patientId, input }, tokens.doctor))
        .addMedicalRecord.id;

    const revise = (id: string, diagnosis: string) => call(UPDATE_RECORD, { id, input: { diagnosis } }, tokens.doctor);

    /** Every version of each of the patient's records, as the service reads them. */
    async function historyOf(patientId: string): Promise<History> {
      const { patient } = await call<{
        patient: {
          medicalRecords: { id: string; versions: { version: number; diagnosis: string; notes: string | null }[] }[];
        };
      }>(HISTORY, { id: patientId }, tokens.doctor);
      return Object.fromEntries(
        patient.medicalRecords.map(({ id, versions }) => [
          id,
          versions.map(({ version, diagnosis, notes }) => [version, diagnosis, notes] as const),
        ]),
      ) as History;
    }

    /** Every sealed value in both tables, with where it is. */
    const sealedValues = async () => [
      ...(await query('SELECT id, version, diagnosis_sealed, notes_sealed FROM medical_records ORDER BY id')),
      ...(await query(
        'SELECT record_id, version, diagnosis_sealed, notes_sealed FROM medical_record_versions ORDER BY record_id, version',
      )),
    ];

    /** The rekey command, as an operator runs it with these keys: its exit code and what it printed. */
    async function rekey(keys: Keys): Promise<{ code: number; lines: string[] }> {
      const lines: string[] = [];
      // Batches of two, so that the walk crosses batches in both tables.
      const code = await rekeyCommand(backend.env(keys), (line) => lines.push(line), 2);
      return { code, lines };
    }

    beforeAll(async () => {
      backend = await open();
      tokens.staff = await testToken({ id: randomUUID(), role: Role.STAFF });
      tokens.doctor = await testToken({ id: doctorId, role: Role.DOCTOR });
    });

    afterAll(async () => {
      await subgraph?.stop();
      await backend?.drop();
    });

    it('reads records sealed under the old key, reseals them all under the new one while serving, then needs only it', async () => {
      await serve(before);
      const patientId = await patientInCare();
      const revised = await addRecord(patientId, { diagnosis: 'Pre-eclampsia, mild', notes: 'BP twice daily' });
      await revise(revised, 'Pre-eclampsia, moderate');
      await revise(revised, 'Pre-eclampsia, severe');
      const unrevised = await addRecord(patientId, { diagnosis: 'Anaemia' });
      // Rows as older releases wrote them: `v1` (no versions yet), and `v2` with an earlier version.
      const [legacyV1, legacyV2] = [randomUUID(), randomUUID()];
      const now = sqlNow();
      await query(
        `INSERT INTO medical_records (id, patient_id, author_id, diagnosis_sealed, notes_sealed, created_at, updated_at)
         VALUES (?, ?, ?, ?, NULL, ?, ?)`,
        [
          legacyV1,
          patientId,
          doctorId,
          sealedAs('v1', OLD, 'Breech presentation', `medical_records/${legacyV1}/diagnosis`),
          now,
          now,
        ],
      );
      const v2 = (text: string, version: number, field: SealedPlace['field']) =>
        sealedAs('v2', OLD, text, `medical_records/${patientId}/${legacyV2}/v${version}/${field}`);
      const legacy = { id: legacyV2, patientId, now };
      await insertRevisedRecord(
        legacy,
        v2('Twins, dichorionic diamniotic', 2, 'diagnosis'),
        v2('Scan at 24 weeks', 2, 'notes'),
      );
      await insertFirstVersion(legacy, v2('Twins, dichorionic', 1, 'diagnosis'), v2('Scan at 20 weeks', 1, 'notes'));
      const written: History = {
        [revised]: [
          [1, 'Pre-eclampsia, mild', 'BP twice daily'],
          [2, 'Pre-eclampsia, moderate', 'BP twice daily'],
          [3, 'Pre-eclampsia, severe', 'BP twice daily'],
        ],
        [unrevised]: [[1, 'Anaemia', null]],
        [legacyV1]: [[1, 'Breech presentation', null]],
        [legacyV2]: [
          [1, 'Twins, dichorionic', 'Scan at 20 weeks'],
          [2, 'Twins, dichorionic diamniotic', 'Scan at 24 weeks'],
        ],
      };
      expect(await historyOf(patientId)).toEqual(written);

      await serve(during);
      expect(await historyOf(patientId)).toEqual(written);
      const sealedNew = await addRecord(patientId, { diagnosis: 'Cephalic presentation' });
      // A revision while the walk goes on: locked against it, sealed under the new key either way.
      const revision = () => revise(unrevised, 'Anaemia, iron prescribed');
      const [walked] = rowLocks
        ? await Promise.all([rekey(during), revision()])
        : [await rekey(during), await revision()];
      expect(walked.code).toBe(0);
      expect(walked.lines).toEqual([
        expect.stringMatching(/^medical records: \d+ resealed, \d+ already current, 0 unreadable/),
      ]);

      const values = await sealedValues();
      expect(values).toHaveLength(9);
      for (const row of values) {
        expect(row['diagnosis_sealed']).toMatch(new RegExp(`^v3:${keyIdOf(NEW)}:`));
        if (row['notes_sealed'] !== null) expect(row['notes_sealed']).toMatch(new RegExp(`^v3:${keyIdOf(NEW)}:`));
      }
      const again = await rekey(during);
      expect(again).toEqual({
        code: 0,
        lines: [
          'medical records: 0 resealed, 9 already current, 0 unreadable (versions of records, current and earlier)',
        ],
      });
      expect(await sealedValues()).toEqual(values);

      await serve(after);
      expect(await historyOf(patientId)).toEqual({
        ...written,
        [unrevised]: [
          [1, 'Anaemia', null],
          [2, 'Anaemia, iron prescribed', null],
        ],
        [sealedNew]: [[1, 'Cephalic presentation', null]],
      });
    });

    it('reports a record sealed under a key nobody has as unreadable, leaves it as it was, and fails', async () => {
      await serve(after);
      const patientId = await patientInCare();
      const lost = new RecordCipher(LOST);
      const recordId = randomUUID();
      const place = { patientId, recordId };
      const record = { id: recordId, patientId, now: sqlNow() };
      await insertRevisedRecord(
        record,
        lost.seal('Placenta praevia', { ...place, version: 2, field: 'diagnosis' }),
        null,
      );
      await insertFirstVersion(
        record,
        sealedAs('v2', LOST, 'Low-lying placenta', `medical_records/${patientId}/${recordId}/v1/diagnosis`),
        lost.seal('Rescan at 32 weeks', { ...place, version: 1, field: 'notes' }),
      );
      const stored = await sealedValues();

      const { code, lines } = await rekey(during);
      expect(code).toBe(1);
      expect(lines).toEqual([
        'medical records: 0 resealed, 9 already current, 2 unreadable (versions of records, current and earlier)',
        `unreadable, left as it was: record ${recordId} version 2 (current): diagnosis sealed under a key that is not configured`,
        expect.stringMatching(
          new RegExp(
            `^unreadable, left as it was: record ${recordId} version 1 \\(earlier\\): ` +
              'diagnosis opens under no configured key .*; notes sealed under a key that is not configured$',
          ),
        ),
      ]);
      for (const secret of [keyIdOf(LOST), base64(LOST), keyIdOf(OLD), keyIdOf(NEW)]) {
        expect(lines.join('\n')).not.toContain(secret);
      }
      expect(await sealedValues()).toEqual(stored);
    });

    it('lets an earlier version have its sealed text changed and nothing else, nor be deleted', async () => {
      const { dataSource } = await serve(after);
      const patientId = await patientInCare();
      const recordId = await addRecord(patientId, { diagnosis: 'Gestational diabetes' });
      await revise(recordId, 'Gestational diabetes, diet-controlled');
      const refused = 'medical record versions are kept as written';
      for (const change of [
        "patient_id = 'someone-else'",
        'version = 7',
        "changed_at = '2020-01-01 00:00:00.000'",
        "changed_by_id = 'someone-else'",
        "record_id = 'another-record'",
      ]) {
        await expect(
          query(`UPDATE medical_record_versions SET ${change} WHERE record_id = ?`, [recordId]),
          change,
        ).rejects.toThrow(refused);
      }
      await expect(query('DELETE FROM medical_record_versions WHERE record_id = ?', [recordId])).rejects.toThrow(
        refused,
      );
      const resealed = new RecordCipher(NEW).seal('Gestational diabetes', {
        patientId,
        recordId,
        version: 1,
        field: 'diagnosis',
      });
      await query('UPDATE medical_record_versions SET diagnosis_sealed = ?, notes_sealed = NULL WHERE record_id = ?', [
        resealed,
        recordId,
      ]);
      expect(
        await query('SELECT diagnosis_sealed FROM medical_record_versions WHERE record_id = ?', [recordId]),
      ).toEqual([{ diagnosis_sealed: resealed }]);
      expect(await historyOf(patientId)).toEqual({
        [recordId]: [
          [1, 'Gestational diabetes', null],
          [2, 'Gestational diabetes, diet-controlled', null],
        ],
      });

      // Undone, the migration leaves the versions refusing every UPDATE again, as before it. (Run on
      // its own: later migrations need not be undone first, for they touch no trigger of this table.)
      const migration = new ResealableRecordVersions1763700000260();
      const runner = dataSource.createQueryRunner();
      try {
        await migration.down(runner);
        await expect(
          query('UPDATE medical_record_versions SET diagnosis_sealed = diagnosis_sealed WHERE record_id = ?', [
            recordId,
          ]),
        ).rejects.toThrow(refused);
        await expect(query('DELETE FROM medical_record_versions WHERE record_id = ?', [recordId])).rejects.toThrow(
          refused,
        );
        await migration.up(runner);
      } finally {
        await runner.release();
      }
      await query('UPDATE medical_record_versions SET diagnosis_sealed = diagnosis_sealed WHERE record_id = ?', [
        recordId,
      ]);
    });
  },
);
