import { randomUUID } from 'node:crypto';
import {
  AddMedicalRecordDocument,
  AppointmentDetailDocument,
  AuditEventsDocument,
  CancelAppointmentDocument,
  CompleteAppointmentDocument,
  DeactivateUserDocument,
  InvoiceDocument,
  PatientChartDocument,
  PatientsDocument,
  SignInDocument,
  VoidInvoiceDocument,
  type AuditEventsQuery,
} from '@hospital/client';
import { eventually } from '@hospital/kit/testing';
import { describe, expect, it } from 'vitest';
import { dataOf } from './client.js';
import { recordFigure } from './figures.js';
import { MODE, supergraphAvailable } from './harness.js';
import { mondayAhead, at } from './time.js';
import { useWorld, type World } from './world.js';

type Entry = AuditEventsQuery['auditEvents']['edges'][number]['node'];

/**
 * The audit trail through the gateway: what docs/rules.md#audit says is recorded
 * is in `auditEvents` with who, what, which patient and the request id, and none
 * of the chart's content; what is recorded while the audit subgraph is away is
 * there once it is back.
 */
describe.runIf(await supergraphAvailable())(`the audit trail (${MODE})`, () => {
  // It stops the audit subgraph (distributed), which the other files' requests need.
  const current = useWorld({ own: true });

  const trail = async (world: World, filter: Record<string, unknown>): Promise<Entry[]> => {
    const { auditEvents } = dataOf(
      await world.execute(AuditEventsDocument, { filter, first: 100 }, await world.admin()),
    );
    return auditEvents.edges.map(({ node }) => node);
  };

  /** A patient with a record written by her doctor, who has a visit with her. */
  async function chart(world: World) {
    const { service, doctor } = await world.clinic({ doctor: 'Oksana Audit' });
    const patient = await world.patient('Daryna Audited');
    await world.approvedVisit(patient, doctor, service.id, at(mondayAhead(), '10:00'));
    const diagnosis = `Placenta praevia ${randomUUID().slice(0, 6)}`;
    await eventually(async () =>
      dataOf(
        await world.execute(
          AddMedicalRecordDocument,
          { patientId: patient.id, input: { diagnosis, notes: 'Rest' } },
          doctor.token,
        ),
      ),
    );
    return { patient, doctor, diagnosis };
  }

  it("records a desk's refused read of a chart once, with who, which patient and the request, and nothing of it", async () => {
    const world = current();
    const { patient, doctor, diagnosis } = await chart(world);
    const staff = await world.account('STAFF');
    const requestId = `audit-e2e-${randomUUID()}`;
    const read = await world.execute(PatientChartDocument, { id: patient.id }, staff.token, {
      'x-request-id': requestId,
    });
    expect(read.errors?.some((error) => error.path?.includes('medicalRecords'))).toBe(true);

    await eventually(async () => {
      const entries = await trail(world, { actorId: staff.id, action: 'medicalRecord.read' });
      expect(entries).toEqual([
        expect.objectContaining({
          action: 'medicalRecord.read',
          outcome: 'DENIED',
          actor: { id: staff.id, role: 'STAFF' },
          subjectType: 'MedicalRecord',
          patientId: patient.id,
          requestId,
        }),
      ]);
    });
    // The chart's invoices and prescriptions come from their own subgraphs, whose entries may arrive later.
    await eventually(async () => {
      const byStaff = await trail(world, { actorId: staff.id });
      expect(byStaff.map((entry) => `${entry.action} ${entry.outcome}`).sort()).toEqual([
        'invoice.read SUCCESS',
        'medicalRecord.read DENIED',
        'patient.read SUCCESS',
        'prescription.read SUCCESS',
        'session.signIn SUCCESS',
      ]);
      expect(JSON.stringify(byStaff)).not.toContain(diagnosis);
    });

    // Her doctor's read succeeds and is recorded (a doctor is refused her invoices); the patient's own is not.
    await world.execute(PatientChartDocument, { id: patient.id }, doctor.token);
    dataOf(await world.execute(PatientChartDocument, { id: patient.id }, patient.token));
    await eventually(async () => {
      const reads = await trail(world, { patientId: patient.id, action: 'medicalRecord.read' });
      expect(reads.map((entry) => `${entry.actor?.role} ${entry.outcome}`).sort()).toEqual([
        'DOCTOR SUCCESS',
        'STAFF DENIED',
      ]);
    });
  });

  it("records the desk's reads of an invoice and of a search's patients, and none of the patient's own", async () => {
    const world = current();
    const { service, doctor } = await world.clinic({ doctor: 'Lesia Audit' });
    const name = `Olha Audited ${randomUUID().slice(0, 6)}`;
    const patient = await world.patient(name);
    const monday = mondayAhead();
    const visit = await world.approvedVisit(patient, doctor, service.id, at(monday, '11:00'));
    const later = await world.at(at(monday, '11:45'));
    dataOf(await later(CompleteAppointmentDocument, { id: visit }, doctor.token));
    let invoiceId = '';
    await eventually(async () => {
      const { appointment } = dataOf(await world.execute(AppointmentDetailDocument, { id: visit }, patient.token));
      invoiceId = appointment?.invoice?.id ?? '';
      expect(invoiceId).not.toBe('');
    });

    // Her own read first: billing's entries reach the trail in the order they were written.
    dataOf(await world.execute(InvoiceDocument, { id: invoiceId }, patient.token));
    const staff = await world.account('STAFF');
    const requestId = `audit-e2e-${randomUUID()}`;
    dataOf(await world.execute(InvoiceDocument, { id: invoiceId }, staff.token, { 'x-request-id': requestId }));
    const found = dataOf(await world.execute(PatientsDocument, { filter: { search: name } }, staff.token)).patients;
    expect(found.edges.map(({ node }) => node.id)).toEqual([patient.id]);

    await eventually(async () => {
      expect(await trail(world, { patientId: patient.id, action: 'invoice.read' })).toEqual([
        expect.objectContaining({
          outcome: 'SUCCESS',
          actor: { id: staff.id, role: 'STAFF' },
          subjectType: 'Invoice',
          subjectId: invoiceId,
          requestId,
        }),
      ]);
      // `invoice { patient { name } }` and the search: the profile, through the gateway and listed.
      const profileReads = await trail(world, { patientId: patient.id, action: 'patient.read' });
      expect(profileReads.map((entry) => `${entry.actor?.role} ${entry.requestId === requestId}`).sort()).toEqual([
        'STAFF false',
        'STAFF true',
      ]);
    });
  });

  it("records the desk's cancellation of a visit and void of an invoice, naming each and its patient, and neither reason", async () => {
    const world = current();
    const { service, doctor } = await world.clinic({ doctor: 'Myroslava Audit' });
    const patient = await world.patient('Zoriana Audited');
    const monday = mondayAhead();
    const cancelled = await world.approvedVisit(patient, doctor, service.id, at(monday, '13:00'));
    const billed = await world.approvedVisit(patient, doctor, service.id, at(monday, '14:00'));
    const later = await world.at(at(monday, '14:45'));
    dataOf(await later(CompleteAppointmentDocument, { id: billed }, doctor.token));
    let invoiceId = '';
    await eventually(async () => {
      const { appointment } = dataOf(await world.execute(AppointmentDetailDocument, { id: billed }, patient.token));
      invoiceId = appointment?.invoice?.id ?? '';
      expect(invoiceId).not.toBe('');
    });

    const staff = await world.account('STAFF');
    const requestId = `audit-e2e-${randomUUID()}`;
    dataOf(
      await world.execute(CancelAppointmentDocument, { id: cancelled, reason: 'Moved to Lviv' }, staff.token, {
        'x-request-id': requestId,
      }),
    );
    dataOf(await world.execute(VoidInvoiceDocument, { id: invoiceId, reason: 'Covered by insurance' }, staff.token));

    // Appointments and billing each send their own entries: they may reach the trail in either order.
    await eventually(async () => {
      const changes = (await trail(world, { actorId: staff.id, patientId: patient.id })).sort((a, b) =>
        a.action.localeCompare(b.action),
      );
      expect(changes).toEqual([
        expect.objectContaining({
          action: 'appointment.cancel',
          outcome: 'SUCCESS',
          actor: { id: staff.id, role: 'STAFF' },
          subjectType: 'Appointment',
          subjectId: cancelled,
          requestId,
        }),
        expect.objectContaining({
          action: 'invoice.void',
          outcome: 'SUCCESS',
          actor: { id: staff.id, role: 'STAFF' },
          subjectType: 'Invoice',
          subjectId: invoiceId,
        }),
      ]);
      expect(JSON.stringify(changes)).not.toMatch(/Lviv|insurance/);
    });
    // The patient's own request and her doctor's approval and completion are theirs to make, and not in the trail.
    const byOthers = await trail(world, { patientId: patient.id });
    expect(byOthers.filter(({ action }) => action.startsWith('appointment.'))).toHaveLength(1);
  });

  it('records account changes and sign-ins, failed ones included', async () => {
    const world = current();
    const staff = await world.account('STAFF');
    const wrong = await world.execute(SignInDocument, { email: staff.email, password: 'not-the-password' });
    expect(wrong.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    dataOf(
      await world.execute(DeactivateUserDocument, { id: staff.id, reason: 'Contract ended' }, await world.admin()),
    );
    await eventually(async () => {
      const entries = await trail(world, { actorId: staff.id, action: 'session.signIn' });
      expect(entries.map((entry) => entry.outcome).sort()).toEqual(['DENIED', 'SUCCESS']);
      const deactivation = await trail(world, { action: 'user.deactivate' });
      expect(deactivation.find((entry) => entry.subjectId === staff.id)).toMatchObject({
        outcome: 'SUCCESS',
        actor: { role: 'ADMIN' },
        subjectType: 'User',
      });
    });
  });

  it.runIf(MODE === 'distributed')('keeps what is recorded while the audit subgraph is down', async () => {
    const world = current();
    const { patient, doctor } = await chart(world);
    const restart = await world.supergraph.stopSubgraph!('audit');
    const read = await world.execute(PatientChartDocument, { id: patient.id }, doctor.token);
    expect(read.data?.patient?.medicalRecords).toHaveLength(1);
    const back = Date.now();
    await restart();
    await eventually(async () => {
      const reads = await trail(world, { patientId: patient.id, actorId: doctor.id, action: 'medicalRecord.read' });
      expect(reads).toHaveLength(1);
    }, 20_000);
    recordFigure('audit', 'recorded while audit was down: in the trail after its restart', Date.now() - back, 'ms');
  });
});
