import {
  AppointmentDetailDocument,
  AppointmentsDocument,
  ApproveAppointmentDocument,
  AvailableSlotsDocument,
  CancelAppointmentDocument,
  CatalogDocument,
  CompleteAppointmentDocument,
  DoctorPatientChartDocument,
  MedicalRecordHistoryDocument,
  request,
  RequestAppointmentDocument,
} from '@hospital/client';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDateTime, formatTime } from '../src/ui/format.js';
import { browserAvailable, checkPage, DEMO, SOON, startWebStack, type Login, type WebStack } from './harness.js';

const SERVICE = 'Prenatal consultation';
const DOCTOR = 'Olena Kovalenko';

/**
 * The doctor's pages against the real supergraph: requests made through the API reach her open
 * lobby, her decisions reach the API; her chart writes records with their history and prescriptions;
 * her week shows what the API holds, and a visit closed through a later clock shows closed.
 */
describe.runIf(browserAvailable())('the doctor’s pages, in Chromium, on the embedded default', () => {
  let stack: WebStack;
  let zone: string;
  let serviceId: string;
  let doctorId: string;
  let doctorToken: string;
  /** Olena's free starts for the service, later ones first taken by no one else in this file. */
  let starts: string[];

  beforeAll(async () => {
    stack = await startWebStack();
    zone = ((await (await fetch(new URL('/config.json', stack.webUrl))).json()) as { clinicTimeZone: string })
      .clinicTimeZone;
    doctorToken = await stack.token(DEMO.doctor);
    const catalog = (await request(stack.gatewayUrl, CatalogDocument, {}, { token: doctorToken })).data;
    const department = catalog?.departments.find((d) => d.services.some((s) => s.name === SERVICE));
    serviceId = department?.services.find((s) => s.name === SERVICE)?.id ?? '';
    doctorId = department?.doctors.find((d) => d.name === DOCTOR)?.id ?? '';
    expect(serviceId && doctorId).toBeTruthy();
    const input = {
      serviceId,
      doctorId,
      from: new Date().toISOString(),
      to: new Date(Date.now() + 14 * 86_400_000).toISOString(),
    };
    const slots = await request(stack.gatewayUrl, AvailableSlotsDocument, { input }, { token: doctorToken });
    // Well clear of the 2-hour lead time, whenever the suite runs.
    starts = (slots.data?.availableSlots ?? []).map((slot) => slot.start).slice(4);
    expect(starts.length).toBeGreaterThan(12);
  });
  afterAll(() => stack?.stop());

  /** A new patient asks Olena for a visit at `start` through the API; the visit's id. */
  async function requestVisit(patient: Login & { id: string }, start: string, reason: string): Promise<string> {
    const input = { patientId: patient.id, doctorId, serviceId, preferredTime: start, reason };
    const token = await stack.token(patient);
    const made = await request(stack.gatewayUrl, RequestAppointmentDocument, { input }, { token });
    expect(made.errors).toBeUndefined();
    return made.data!.requestAppointment.id;
  }

  async function visitAsPatient(patient: Login, id: string) {
    const token = await stack.token(patient);
    return (await request(stack.gatewayUrl, AppointmentDetailDocument, { id }, { token })).data?.appointment;
  }

  /** Opens the lobby and waits until its subscription is sent, so what happens next reaches it live. */
  async function openLobby(page: Page): Promise<void> {
    const subscribed = new Promise<void>((resolve) => {
      page.on('websocket', (socket) =>
        socket.on('framesent', (frame) => {
          if (String(frame.payload).includes('AppointmentRequested')) resolve();
        }),
      );
    });
    await page.goto(new URL('/doctor/lobby', stack.webUrl).href);
    await page.getByRole('heading', { level: 1, name: 'Lobby' }).waitFor();
    await subscribed;
    // The gateway registers a subscription just after its message arrives.
    await page.waitForTimeout(500);
  }

  it('shows requests as they are made, and rejects one with a reason and approves another at another time', async () => {
    const lesya = await stack.newPatient('Lesya Kravets');
    const oksana = await stack.newPatient('Oksana Petrenko');
    const halyna = await stack.newPatient('Halyna Zelenko');
    const { page, context } = await stack.signedIn(DEMO.doctor);
    await openLobby(page);
    await page.getByText('No requests are waiting.').waitFor();
    let navigations = 0;
    page.on('framenavigated', () => (navigations += 1));
    const announced = () => page.getByRole('status').allInnerTexts();

    const lesyaVisit = await requestVisit(lesya, starts[0]!, 'Lower back pain');
    await expect
      .poll(announced, { timeout: 10_000 })
      .toContainEqual(`New request from Lesya Kravets for ${formatDateTime(starts[0]!, zone)}`);
    const lesyaCard = page.getByRole('region', { name: 'Lesya Kravets' });
    await expect.poll(() => lesyaCard.innerText(), SOON).toContain('Lower back pain');
    expect(await lesyaCard.innerText()).toContain(SERVICE);
    expect(await lesyaCard.innerText()).toContain(formatDateTime(starts[0]!, zone));

    const oksanaVisit = await requestVisit(oksana, starts[2]!, 'First visit at 10 weeks');
    await page.getByRole('button', { name: 'Approve Oksana Petrenko' }).waitFor({ timeout: 10_000 });
    const halynaVisit = await requestVisit(halyna, starts[3]!, 'Nausea');
    await page.getByRole('button', { name: 'Approve Halyna Zelenko' }).waitFor({ timeout: 10_000 });
    await checkPage(page, 'doctor-lobby');

    // A request the patient withdraws leaves the lobby by itself.
    const cancelled = await request(
      stack.gatewayUrl,
      CancelAppointmentDocument,
      { id: halynaVisit, reason: 'Feeling better' },
      { token: await stack.token(halyna) },
    );
    expect(cancelled.data?.cancelAppointment.status).toBe('CANCELLED');
    await expect
      .poll(announced, { timeout: 10_000 })
      .toContainEqual(`Halyna Zelenko cancelled the visit on ${formatDateTime(starts[3]!, zone)}`);
    expect(await page.getByRole('button', { name: 'Approve Halyna Zelenko' }).count()).toBe(0);

    await page.getByRole('button', { name: 'Reject Lesya Kravets' }).click();
    await page.getByLabel('Why you cannot see Lesya Kravets').fill('Please see the gynecology department first');
    await page.getByRole('button', { name: 'Send the rejection' }).click();
    await expect
      .poll(announced)
      .toContainEqual(`Rejected: Lesya Kravets's request for ${formatDateTime(starts[0]!, zone)}`);
    expect(await lesyaCard.count()).toBe(0);
    expect(await visitAsPatient(lesya, lesyaVisit)).toMatchObject({
      status: 'REJECTED',
      rejectionReason: 'Please see the gynecology department first',
    });

    // Another time, taken by someone else between the choice and the approval: the page says so.
    const choice = page.getByLabel('Time to confirm for Oksana Petrenko');
    await choice.selectOption(starts[8]!);
    const vira = await stack.newPatient('Vira Taran');
    const viraVisit = await requestVisit(vira, starts[8]!, 'Heartburn');
    await page.getByRole('button', { name: 'Approve Vira Taran' }).waitFor({ timeout: 10_000 });
    await page.getByRole('button', { name: 'Approve Oksana Petrenko' }).click();
    const oksanaCard = page.getByRole('region', { name: 'Oksana Petrenko' });
    await expect.poll(() => oksanaCard.getByRole('alert').getAttribute('data-rule'), SOON).toBe('SLOT_TAKEN');
    expect(await choice.locator('option:checked').innerText()).toBe(
      `${formatDateTime(starts[8]!, zone)} (taken meanwhile)`,
    );
    expect(await visitAsPatient(oksana, oksanaVisit)).toMatchObject({ status: 'PENDING', start: starts[2] });

    const other = starts[9]!;
    await choice.selectOption(other);
    await page.getByRole('button', { name: 'Approve Oksana Petrenko' }).click();
    await expect.poll(announced, SOON).toContainEqual(`Approved: Oksana Petrenko on ${formatDateTime(other, zone)}`);
    expect(await visitAsPatient(oksana, oksanaVisit)).toMatchObject({ status: 'APPROVED', start: other });
    expect(await oksanaCard.count()).toBe(0);

    const withdrawn = await request(
      stack.gatewayUrl,
      CancelAppointmentDocument,
      { id: viraVisit },
      { token: await stack.token(vira) },
    );
    expect(withdrawn.data?.cancelAppointment.status).toBe('CANCELLED');
    await page.getByText('No requests are waiting.').waitFor();
    expect(navigations).toBe(0);
    await context.close();
  });

  it('finds a patient in her care; adds a record, revises it with its history, and prescribes', async () => {
    const maria = await stack.newPatient('Maria Hnatyuk');
    const visit = await requestVisit(maria, starts[10]!, 'Tiredness');
    const approved = await request(stack.gatewayUrl, ApproveAppointmentDocument, { id: visit }, { token: doctorToken });
    expect(approved.data?.approveAppointment.status).toBe('APPROVED');

    const { page, context } = await stack.signedIn(DEMO.doctor);
    await page.getByRole('link', { name: 'My patients' }).click();
    await page.getByRole('heading', { level: 1, name: 'My patients' }).waitFor();
    await page.getByRole('searchbox', { name: 'Search by name' }).fill('Hnatyuk');
    await expect
      .poll(() => page.locator('tbody tr').allInnerTexts())
      .toEqual([expect.stringContaining('Maria Hnatyuk')]);
    await checkPage(page, 'doctor-patients');
    await page.getByRole('link', { name: 'Maria Hnatyuk' }).click();
    await page.getByRole('heading', { level: 1, name: 'Maria Hnatyuk' }).waitFor();
    await page.getByText('No records yet.').waitFor();

    await page.getByLabel('Diagnosis', { exact: true }).fill('Iron-deficiency anaemia');
    await page.getByLabel('Notes', { exact: true }).fill('Ferritin 9 µg/L');
    await page.getByRole('button', { name: 'Add the record' }).click();
    await page.getByRole('heading', { level: 3, name: 'Iron-deficiency anaemia' }).waitFor();

    await page.getByRole('button', { name: 'Revise Iron-deficiency anaemia' }).click();
    await page.getByLabel('Revised diagnosis').fill('Iron-deficiency anaemia, mild');
    await page.getByLabel('Revised notes').fill('Ferritin 9 µg/L; iron supplements for 30 days');
    await page.getByRole('button', { name: 'Save the revision' }).click();
    await page.getByRole('heading', { level: 3, name: 'Iron-deficiency anaemia, mild' }).waitFor();

    await page.getByText('History of Iron-deficiency anaemia, mild (2 versions)').click();
    const rows = page.locator('details tbody tr');
    await expect.poll(() => rows.count(), SOON).toBe(2);
    const history = (
      await request(stack.gatewayUrl, MedicalRecordHistoryDocument, { patientId: maria.id }, { token: doctorToken })
    ).data?.patient?.medicalRecords;
    expect(history).toHaveLength(1);
    const versions = history![0]!.versions;
    expect(versions.map((v) => [v.version, v.diagnosis, v.notes])).toEqual([
      [1, 'Iron-deficiency anaemia', 'Ferritin 9 µg/L'],
      [2, 'Iron-deficiency anaemia, mild', 'Ferritin 9 µg/L; iron supplements for 30 days'],
    ]);
    for (const [index, version] of versions.entries()) {
      const cells = await rows.nth(index).locator('td').allInnerTexts();
      expect(cells.slice(0, 4)).toEqual([
        String(version.version),
        version.diagnosis,
        version.notes,
        formatDateTime(version.changedAt, zone),
      ]);
    }

    const form = page.getByRole('form', { name: 'Issue a prescription' });
    expect(await form.getByLabel('Visit').inputValue()).toBe(visit);
    await form.getByLabel('Medication').fill('Ferrous sulfate');
    await form.getByLabel('Dosage').fill('200 mg once a day');
    await form.getByLabel('Days').fill('30');
    await form.getByRole('button', { name: 'Issue the prescription' }).click();
    const prescriptionRow = page.getByRole('row', { name: /Ferrous sulfate/ });
    await prescriptionRow.waitFor();
    const chart = (
      await request(stack.gatewayUrl, DoctorPatientChartDocument, { id: maria.id }, { token: doctorToken })
    ).data?.patient;
    expect(chart?.prescriptions).toEqual([
      expect.objectContaining({ medication: 'Ferrous sulfate', dosage: '200 mg once a day', days: 30 }),
    ]);
    expect(await prescriptionRow.innerText()).toContain(formatDateTime(chart!.prescriptions![0]!.issuedAt, zone));
    await checkPage(page, 'doctor-chart');
    await context.close();
  });

  it('shows her visits of the day as the API holds them, on a phone, and one completed once its start has passed', async () => {
    const iryna = await stack.newPatient('Iryna Savchenko');
    const start = starts[12]!;
    const id = await requestVisit(iryna, start, 'Follow-up');
    await request(stack.gatewayUrl, ApproveAppointmentDocument, { id }, { token: doctorToken });
    const filter = { doctorId, from: start, to: new Date(Date.parse(start) + 1).toISOString() };
    const statusNow = async () =>
      (await request(stack.gatewayUrl, AppointmentsDocument, { filter }, { token: doctorToken })).data?.appointments
        .edges[0]?.node;

    const { page, context } = await stack.signedIn(DEMO.doctor, { phone: true });
    // The browser's clock a few minutes into the visit: the page offers to close it; the API's clock has not got there.
    await page.clock.setFixedTime(new Date(Date.parse(start) + 5 * 60_000));
    await page.goto(new URL('/doctor/visits', stack.webUrl).href);
    await page.getByRole('heading', { level: 2, name: /^Today/ }).waitFor();
    const row = page.locator(`tr[data-visit="${id}"]`);
    const visit = await statusNow();
    expect(visit?.status).toBe('APPROVED');
    await expect.poll(() => row.innerText(), SOON).toContain('Iryna Savchenko');
    expect(await row.locator('.badge').innerText()).toBe(visit!.status);
    expect(await row.innerText()).toContain(`${formatTime(visit!.start, zone)}–${formatTime(visit!.end, zone)}`);
    await checkPage(page, 'doctor-visits-phone');

    // A no-show bills the full price: it asks first, and keeping the visit open asks nothing of the API.
    await row.getByRole('button', { name: 'No-show: Iryna Savchenko' }).click();
    const confirm = row.getByRole('group', { name: 'Confirm that Iryna Savchenko did not come' });
    expect(await confirm.innerText()).toContain('bills Iryna Savchenko the full price');
    await confirm.getByRole('button', { name: 'Keep it open' }).click();
    expect(await confirm.count()).toBe(0);

    await row.getByRole('button', { name: 'Complete the visit of Iryna Savchenko' }).click();
    await expect.poll(() => row.getByRole('alert').innerText(), SOON).toBe('This visit has not begun yet.');

    const minutes = Math.ceil((Date.parse(start) - Date.now()) / 60_000) + 10;
    const later = await stack.ahead(minutes);
    const completed = await request(later, CompleteAppointmentDocument, { id }, { token: doctorToken });
    expect(completed.data?.completeAppointment.status).toBe('COMPLETED');
    await page.reload();
    await expect.poll(() => row.locator('.badge').innerText(), SOON).toBe((await statusNow())!.status);
    expect(await row.locator('.badge').innerText()).toBe('COMPLETED');
    expect(await row.getByRole('button').count()).toBe(0);

    await page.getByRole('link', { name: 'Next week' }).click();
    await page.getByRole('heading', { level: 2, name: /^Week of/ }).waitFor();
    expect(page.url()).toMatch(/week=\d{4}-\d{2}-\d{2}$/);
    await context.close();
  }, 180_000);
});
