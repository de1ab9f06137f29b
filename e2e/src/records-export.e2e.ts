import { randomUUID } from 'node:crypto';
import {
  AddMedicalRecordDocument,
  AuditEventsDocument,
  CompleteAppointmentDocument,
  MedicalRecordHistoryDocument,
  PatientDataExportDocument,
  ReviseMedicalRecordDocument,
} from '@hospital/client';
import { eventually } from '@hospital/kit/testing';
import { describe, expect, it } from 'vitest';
import { dataOf } from './client.js';
import { recordFigure } from './figures.js';
import { MODE, supergraphAvailable } from './harness.js';
import { at, mondayAhead } from './time.js';
import { useWorld, type World } from './world.js';

/**
 * Medical records keep every version, readable by whoever may read the record;
 * a patient's data export gathers what every subgraph holds about her into one
 * document, for her and for administrators only, and is in the audit trail.
 */
describe.runIf(await supergraphAvailable())(`record versions and the patient's data export (${MODE})`, () => {
  // It stops the feedback subgraph (distributed), which the other files' requests need.
  const current = useWorld({ own: true });

  /** A patient, her doctor with a visit of hers, and a record he wrote and revised twice. */
  async function revisedChart(world: World) {
    const { service, doctor } = await world.clinic({ doctor: 'Vira Versions', price: '120.00' });
    const patient = await world.patient('Solomiia Exported');
    const monday = mondayAhead();
    const visitId = await world.approvedVisit(patient, doctor, service.id, at(monday, '10:00'));
    const tag = randomUUID().slice(0, 6);
    // The doctor may write once the approval has reached patients (her care list).
    let recordId = '';
    await eventually(async () => {
      const { addMedicalRecord } = dataOf(
        await world.execute(
          AddMedicalRecordDocument,
          { patientId: patient.id, input: { diagnosis: `Anaemia ${tag}`, notes: 'Iron' } },
          doctor.token,
        ),
      );
      recordId = addMedicalRecord.id;
    });
    const revise = async (diagnosis: string, notes?: string) =>
      dataOf(
        await world.execute(
          ReviseMedicalRecordDocument,
          { id: recordId, input: { diagnosis, ...(notes === undefined ? {} : { notes }) } },
          doctor.token,
        ),
      ).updateMedicalRecord;
    expect(await revise(`Anaemia, mild ${tag}`)).toMatchObject({ version: 2, notes: 'Iron' });
    expect(await revise(`Anaemia, resolved ${tag}`, 'Stop iron')).toMatchObject({ version: 3, notes: 'Stop iron' });
    return { patient, doctor, service, monday, visitId, recordId, tag };
  }

  it('keeps every version of a record, for the patient, her doctor and an administrator, and for nobody else', async () => {
    const world = current();
    const { patient, doctor, recordId, tag } = await revisedChart(world);
    for (const token of [patient.token, doctor.token, await world.admin()]) {
      const { patient: chart } = dataOf(
        await world.execute(MedicalRecordHistoryDocument, { patientId: patient.id }, token),
      );
      const record = chart?.medicalRecords?.find(({ id }) => id === recordId);
      expect(record).toMatchObject({ version: 3, diagnosis: `Anaemia, resolved ${tag}`, notes: 'Stop iron' });
      expect(
        record?.versions.map(({ version, diagnosis, notes, changedById }) => ({
          version,
          diagnosis,
          notes,
          changedById,
        })),
      ).toEqual([
        { version: 1, diagnosis: `Anaemia ${tag}`, notes: 'Iron', changedById: doctor.id },
        { version: 2, diagnosis: `Anaemia, mild ${tag}`, notes: 'Iron', changedById: doctor.id },
        { version: 3, diagnosis: `Anaemia, resolved ${tag}`, notes: 'Stop iron', changedById: doctor.id },
      ]);
    }
    const staff = await world.account('STAFF');
    const refused = await world.execute(MedicalRecordHistoryDocument, { patientId: patient.id }, staff.token);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(JSON.stringify(refused.data ?? null)).not.toContain(tag);
  });

  it('gives the patient everything held about her in one document, and is in the audit trail', async () => {
    const world = current();
    const { patient, doctor, monday, visitId, recordId, tag } = await revisedChart(world);
    const later = await world.at(at(monday, '10:45'));
    dataOf(await later(CompleteAppointmentDocument, { id: visitId }, doctor.token));
    await eventually(async () => {
      const { patientDataExport } = dataOf(
        await world.execute(PatientDataExportDocument, { patientId: patient.id }, patient.token),
      );
      expect((patientDataExport.document['invoices'] as unknown[]).length).toBe(1);
    });

    const requestId = `export-e2e-${randomUUID()}`;
    const started = performance.now();
    const { patientDataExport } = dataOf(
      await world.execute(PatientDataExportDocument, { patientId: patient.id }, patient.token, {
        'x-request-id': requestId,
      }),
    );
    recordFigure('export', "a patient's data export through the gateway", performance.now() - started, 'ms');
    const { document } = patientDataExport;
    expect(patientDataExport.patientId).toBe(patient.id);
    expect(document).toMatchObject({
      format: 'hospital.patient-data-export/1',
      patientId: patient.id,
      profile: { id: patient.id, name: 'Solomiia Exported' },
      account: { id: patient.id, role: 'PATIENT', active: true },
      appointments: [expect.objectContaining({ id: visitId, status: 'COMPLETED', price: '120.00' })],
      invoices: [expect.objectContaining({ appointmentId: visitId, subtotal: '120.00', tax: '6.00', total: '126.00' })],
      prescriptions: [],
      feedback: [],
    });
    const [record] = document['medicalRecords'] as { id: string; version: number; versions: { diagnosis: string }[] }[];
    expect(record).toMatchObject({ id: recordId, version: 3 });
    expect(record?.versions.map(({ diagnosis }) => diagnosis)).toEqual([
      `Anaemia ${tag}`,
      `Anaemia, mild ${tag}`,
      `Anaemia, resolved ${tag}`,
    ]);
    expect(Array.isArray(document['notifications'])).toBe(true);
    const trail = document['auditEvents'] as { action: string; actorId: string | null }[];
    expect(trail).toContainEqual(expect.objectContaining({ action: 'medicalRecord.create', actorId: doctor.id }));
    expect(trail.filter(({ action }) => action === 'medicalRecord.update')).toHaveLength(2);
    const text = JSON.stringify(document);
    for (const secret of ['passwordHash', 'password_hash', 'tokenHash', 'sessionVersion', 'Sealed', 'v3:']) {
      expect(text).not.toContain(secret);
    }

    await eventually(async () => {
      const { auditEvents } = dataOf(
        await world.execute(
          AuditEventsDocument,
          { filter: { patientId: patient.id, action: 'patient.export' }, first: 20 },
          await world.admin(),
        ),
      );
      const exported = auditEvents.edges.filter(({ node }) => node.requestId === requestId);
      const parts = exported.map(({ node }) => node.subjectId).sort();
      expect(parts).toEqual(['accounts', 'appointments', 'audit', 'billing', 'feedback', 'patients', 'prescriptions']);
      expect(exported.every(({ node }) => node.actor?.id === patient.id && node.outcome === 'SUCCESS')).toBe(true);
    });
  });

  it('lets an administrator export a patient, and refuses anyone else', async () => {
    const world = current();
    const { patient, doctor } = await revisedChart(world);
    const admin = dataOf(
      await world.execute(PatientDataExportDocument, { patientId: patient.id }, await world.admin()),
    );
    expect(admin.patientDataExport.document).toMatchObject({ profile: { id: patient.id } });

    const other = await world.patient('Nadiia Curious');
    const staff = await world.account('STAFF');
    for (const token of [other.token, doctor.token, staff.token, (await world.account('STAKEHOLDER')).token]) {
      const refused = await world.execute(PatientDataExportDocument, { patientId: patient.id }, token);
      expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(refused.data).toBeNull();
    }
    const anonymous = await world.execute(PatientDataExportDocument, { patientId: patient.id });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const nobody = await world.execute(PatientDataExportDocument, { patientId: randomUUID() }, await world.admin());
    expect(nobody.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    await eventually(async () => {
      const { auditEvents } = dataOf(
        await world.execute(
          AuditEventsDocument,
          { filter: { actorId: other.id, action: 'patient.export' } },
          await world.admin(),
        ),
      );
      expect(auditEvents.edges.map(({ node }) => node.outcome)).toEqual(['DENIED']);
    });
  });

  it.runIf(MODE === 'distributed')(
    'refuses an export whole while a subgraph that holds part of it is down',
    async () => {
      const world = current();
      const { patient } = await revisedChart(world);
      const restart = await world.supergraph.stopSubgraph!('feedback');
      try {
        const partial = await world.execute(PatientDataExportDocument, { patientId: patient.id }, patient.token);
        expect(partial.data).toBeNull();
        expect(partial.errors?.length).toBeGreaterThan(0);
      } finally {
        await restart();
      }
      await eventually(async () =>
        dataOf(await world.execute(PatientDataExportDocument, { patientId: patient.id }, patient.token)),
      );
    },
  );
});
