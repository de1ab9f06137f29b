import {
  AppointmentsDocument,
  ApproveAppointmentDocument,
  AuditEventsDocument,
  AvailableSlotsDocument,
  CancelAppointmentDocument,
  CatalogDocument,
  DeskInvoicesDocument,
  InvoiceDocument,
  MeDocument,
  request,
  RequestAppointmentDocument,
  ScheduleBoardDocument,
  SignInDocument,
  UsersDocument,
} from '@hospital/client';
import { eventually } from '@hospital/kit/testing';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { periodOf } from '../src/pages/desk/periods.js';
import { addDays, clinicToday, formatDateTime } from '../src/ui/format.js';
import { browserAvailable, checkPage, DEMO, startWebStack, type WebStack, call } from './harness.js';

const HALF_HOUR = 30 * 60_000;

describe.runIf(browserAvailable())('the desk’s and the administrator’s pages', () => {
  let stack: WebStack;
  let zone: string;
  const ids = { olena: '', obstetrics: '', consultation: '' };
  const tokens = { staff: '', doctor: '', admin: '' };

  beforeAll(async () => {
    stack = await startWebStack();
    zone = ((await (await fetch(new URL('config.json', stack.webUrl))).json()) as { clinicTimeZone: string })
      .clinicTimeZone;
    tokens.staff = await stack.token(DEMO.staff);
    tokens.doctor = await stack.token(DEMO.doctor);
    tokens.admin = await stack.token(DEMO.admin);
    const { departments } = await call(stack.gatewayUrl, CatalogDocument, {}, tokens.staff);
    const obstetrics = departments.find((department) => department.name === 'Obstetrics')!;
    ids.obstetrics = obstetrics.id;
    ids.olena = obstetrics.doctors.find((doctor) => doctor.name === 'Olena Kovalenko')!.id;
    ids.consultation = obstetrics.services.find((service) => service.name === 'Prenatal consultation')!.id;
  });
  afterAll(() => stack?.stop());

  /** Dr Kovalenko's free starts of a consultation over the next two weeks, by the API. */
  async function freeStarts(): Promise<string[]> {
    const input = {
      serviceId: ids.consultation,
      doctorId: ids.olena,
      from: new Date().toISOString(),
      to: new Date(Date.now() + 14 * 86_400_000).toISOString(),
    };
    const { availableSlots } = await call(stack.gatewayUrl, AvailableSlotsDocument, { input }, tokens.staff);
    return availableSlots.map((slot) => slot.start);
  }

  /** The desk books a consultation with Dr Kovalenko for a patient, through the API. */
  async function book(patientId: string, start: string): Promise<string> {
    const input = {
      patientId,
      doctorId: ids.olena,
      serviceId: ids.consultation,
      preferredTime: start,
      reason: 'Check-up',
    };
    return (await call(stack.gatewayUrl, RequestAppointmentDocument, { input }, tokens.staff)).requestAppointment.id;
  }

  async function choosePatient(page: Page, name: string): Promise<void> {
    await page.getByLabel('Find a patient (name, e-mail or phone)').fill(name);
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page.getByRole('button', { name: `Choose ${name}` }).click();
  }

  it('shows on the board, for a doctor, the figures the API gives for the same period', async () => {
    // Next week, so that the visits set up below still lie ahead whatever the day today.
    const period = periodOf(addDays(clinicToday(zone), 7), 'WEEK');
    const inPeriod = (await freeStarts()).filter((start) => {
      const day = clinicToday(zone, new Date(start));
      return period.from <= day && day <= period.to;
    });
    expect(inPeriod.length).toBeGreaterThanOrEqual(2);
    const approved = await book((await stack.newPatient('Halyna Board')).id, inPeriod[0]!);
    await book((await stack.newPatient('Daryna Board')).id, inPeriod[1]!);
    await call(stack.gatewayUrl, ApproveAppointmentDocument, { id: approved }, tokens.doctor);

    const board = async (departmentId: string | null) =>
      (await call(stack.gatewayUrl, ScheduleBoardDocument, { ...period, groupBy: 'WEEK', departmentId }, tokens.staff))
        .scheduleBoard.periods;
    const [apiPeriod] = await board(null);
    const row = apiPeriod?.rows.find((candidate) => candidate.doctor.id === ids.olena);
    expect(row?.bookedSlots).toBeGreaterThan(0);
    expect(row?.pendingSlots).toBeGreaterThan(0);

    const { page } = await stack.signedIn(DEMO.staff);
    await page.waitForURL(/\/desk\/board/);
    await page.getByRole('heading', { level: 1, name: 'Schedule board' }).waitFor();
    await page.getByRole('button', { name: 'Next week' }).click();
    const shown = page.locator(`[data-period="${period.from}/${period.to}"] tr[data-doctor="${ids.olena}"]`);
    const figure = (name: string) => shown.locator(`[data-figure="${name}"]`).innerText();
    await shown.waitFor();
    expect({
      capacity: await figure('capacity'),
      booked: await figure('booked'),
      pending: await figure('pending'),
      free: await figure('free'),
      utilisation: (await figure('utilisation')).trim(),
    }).toEqual({
      capacity: String(row!.capacitySlots),
      booked: String(row!.bookedSlots),
      pending: String(row!.pendingSlots),
      free: String(row!.freeSlots),
      utilisation: `${Math.round(row!.utilisation * 100)} %`,
    });
    await checkPage(page, 'desk-board');

    // One department: the API's doctors of it, no others.
    await page.getByLabel('Department').selectOption(ids.obstetrics);
    const [obstetrics] = await board(ids.obstetrics);
    const doctorsShown = page.locator(`[data-period="${period.from}/${period.to}"] tbody tr`);
    await expect
      .poll(() => doctorsShown.evaluateAll((rows) => rows.map((tr) => tr.getAttribute('data-doctor'))))
      .toEqual(obstetrics?.rows.map((candidate) => candidate.doctor.id));

    await page.getByLabel('Show by').selectOption('MONTH');
    const month = periodOf(period.from, 'MONTH');
    await page.locator(`[data-period="${month.from}/${month.to}"]`).waitFor();
    await checkPage(page, 'desk-board-month');

    const phone = await stack.signedIn(DEMO.staff, { phone: true });
    await phone.page.locator('[data-period] tbody tr').first().waitFor();
    await checkPage(phone.page, 'desk-board-phone');
  });

  it('books a visit for a patient, takes a proposed time when the slot is gone, and moves the visit', async () => {
    const patient = await stack.newPatient('Oksana Deskbook');
    const rival = await stack.newPatient('Vira Quicker');
    const starts = (await freeStarts()).filter((start) => Date.parse(start) > Date.now() + 86_400_000);
    const wanted = starts[0]!;

    const { page } = await stack.signedIn(DEMO.staff);
    await page.getByRole('link', { name: 'Book or move a visit' }).click();
    await page.getByRole('heading', { level: 1, name: 'Book or move a visit' }).waitFor();
    await choosePatient(page, 'Oksana Deskbook');
    await page.getByLabel('Service').selectOption(ids.consultation);
    await page.getByLabel('Day', { exact: true }).fill(clinicToday(zone, new Date(wanted)));
    await page.getByLabel(/^Doctor/).selectOption(ids.olena);
    await page.getByLabel('Free time').selectOption(`${ids.olena} ${wanted}`);
    await page.getByLabel('Reason for the visit').fill('First visit at 12 weeks');
    await checkPage(page, 'desk-book');

    // Someone else takes the time while the desk is still typing: the page offers the nearest free ones.
    await book(rival.id, wanted);
    await page.getByRole('button', { name: 'Book the visit' }).click();
    const problem = page.locator('.problem[data-rule="SLOT_TAKEN"]');
    await problem.waitFor();
    await checkPage(page, 'desk-book-slot-taken');
    await problem.getByRole('button').first().click();
    await page.getByRole('status').filter({ hasText: 'Booked Prenatal consultation for Oksana Deskbook' }).waitFor();

    const visitsOf = async () =>
      (
        await call(
          stack.gatewayUrl,
          AppointmentsDocument,
          { filter: { patientId: patient.id }, first: 10 },
          tokens.staff,
        )
      ).appointments.edges.map((edge) => edge.node);
    const [booked] = await visitsOf();
    expect(booked).toMatchObject({ status: 'PENDING', doctor: { id: ids.olena } });
    expect(booked!.start).not.toBe(wanted);
    expect(Math.abs(Date.parse(booked!.start) - Date.parse(wanted))).toBeLessThanOrEqual(7 * 86_400_000);

    // Move it to another free time that day or later.
    const target = (await freeStarts()).find((start) => Date.parse(start) > Date.parse(booked!.start) + HALF_HOUR)!;
    await page
      .locator(`tr[data-visit="${booked!.id}"]`)
      .getByRole('button', { name: /^Move the visit on/ })
      .click();
    const panel = page.getByRole('group', { name: /^Move the visit on/ });
    await panel.getByLabel('New day').fill(clinicToday(zone, new Date(target)));
    await panel.getByLabel('New doctor').selectOption(ids.olena);
    await panel.getByLabel('Free time').selectOption(`${ids.olena} ${target}`);
    await checkPage(page, 'desk-move');
    await panel.getByRole('button', { name: 'Move the visit', exact: true }).click();
    await panel.getByRole('status').filter({ hasText: 'Moved to' }).waitFor();
    const [moved] = await visitsOf();
    expect(moved).toMatchObject({ id: booked!.id, start: target, status: 'PENDING' });
  });

  it('takes a payment of a late cancellation’s fee and voids another', { timeout: 180_000 }, async () => {
    const patient = await stack.newPatient('Iryna Latefee');
    // Two back-to-back consultations at least three hours ahead: both can be cancelled within 2 hours of their start.
    const starts = await freeStarts();
    const first = starts.find(
      (start) =>
        Date.parse(start) > Date.now() + 3 * 3_600_000 &&
        starts.includes(new Date(Date.parse(start) + HALF_HOUR).toISOString()),
    )!;
    const second = new Date(Date.parse(first) + HALF_HOUR).toISOString();
    const visits = [await book(patient.id, first), await book(patient.id, second)];
    const later = await stack.ahead(Math.ceil((Date.parse(first) - Date.now()) / 60_000) - 60);
    for (const id of visits) {
      await call(later, CancelAppointmentDocument, { id, reason: 'Something came up' }, tokens.staff);
    }
    type Fee = { id: string; total: string; appointment: { id: string } };
    let fees: Fee[] = [];
    await eventually(async () => {
      const { invoices } = await call(
        stack.gatewayUrl,
        DeskInvoicesDocument,
        { filter: { patientId: patient.id, status: ['PENDING'] }, first: 10 },
        tokens.staff,
      );
      fees = invoices.edges.map((edge) => edge.node).filter((invoice) => invoice.kind === 'CANCELLATION_FEE');
      expect(fees).toHaveLength(2);
    }, 20_000);
    const feeOf = (visit: string | undefined): Fee => fees.find((fee) => fee.appointment.id === visit)!;
    const [toPay, toVoid] = [feeOf(visits[0]), feeOf(visits[1])];

    const { page } = await stack.signedIn(DEMO.staff);
    await page.getByRole('link', { name: 'Invoices' }).click();
    await page.getByLabel('Status').selectOption('PENDING');
    // Each row names the visit it bills: two fees of one patient are told apart by their times.
    for (const [invoice, start] of [
      [toPay, first],
      [toVoid, second],
    ] as const) {
      await page.locator(`tr[data-invoice="${invoice.id}"]`).getByText(formatDateTime(start, zone)).waitFor();
    }
    await page.locator(`tr[data-invoice="${toPay.id}"]`).getByRole('button', { name: /^Pay/ }).click();
    await page.getByRole('heading', { name: 'Take a payment' }).waitFor();
    await page.getByLabel('Payment method').selectOption('CASH');
    await checkPage(page, 'desk-pay');
    await page.getByRole('button', { name: /^Take / }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /reference PAY-/ })
      .waitFor();
    const { invoice: paid } = await call(stack.gatewayUrl, InvoiceDocument, { id: toPay.id }, tokens.staff);
    expect(paid.status).toBe('PAID');
    expect(paid.payments).toMatchObject([{ amount: toPay.total, method: 'CASH' }]);
    // The pending list no longer holds it.
    await page.locator(`tr[data-invoice="${toPay.id}"]`).waitFor({ state: 'detached' });

    await page.locator(`tr[data-invoice="${toVoid.id}"]`).getByRole('button', { name: /^Void/ }).click();
    await page.getByLabel('Why is it void?').fill('Waived: the patient was in labour');
    await checkPage(page, 'desk-void');
    await page.getByRole('button', { name: 'Void the invoice' }).click();
    await page.getByRole('status').filter({ hasText: 'is void' }).waitFor();
    const { invoice: voided } = await call(stack.gatewayUrl, InvoiceDocument, { id: toVoid.id }, tokens.staff);
    expect(voided.status).toBe('VOID');
    await page.getByLabel('Status').selectOption('');
    await page.locator(`tr[data-invoice="${toVoid.id}"] .badge.VOID`).waitFor();
    await checkPage(page, 'desk-invoices');
  });

  it('lets the administrator deactivate an account, and the audit trail shows it', async () => {
    const leaving = await stack.newPatient('Taras Leaving');
    const admin = (await call(stack.gatewayUrl, MeDocument, {}, tokens.admin)).me;

    const { page } = await stack.signedIn(DEMO.admin);
    await page.waitForURL(/\/admin\/users/);
    await page.getByLabel('E-mail contains').fill(leaving.email);
    await page.getByRole('button', { name: 'Show accounts' }).click();
    const row = page.locator(`tr[data-user="${leaving.id}"]`);
    await row.getByRole('button', { name: `Deactivate ${leaving.email}` }).click();
    await page.getByLabel('Reason, for the record').fill('Moved to another city');
    await checkPage(page, 'admin-deactivate');
    await page.getByRole('button', { name: 'Deactivate the account' }).click();
    await row.getByText('Deactivated').waitFor();
    await page.getByRole('status').filter({ hasText: 'is deactivated' }).waitFor();
    const { users } = await call(stack.gatewayUrl, UsersDocument, { filter: { search: leaving.email } }, tokens.admin);
    expect(users.edges.map((edge) => edge.node)).toMatchObject([{ id: leaving.id, active: false }]);
    const signIn = await request(stack.gatewayUrl, SignInDocument, {
      email: leaving.email,
      password: leaving.password,
    });
    expect(signIn.data?.signIn).toBeFalsy();
    await checkPage(page, 'admin-users');

    await page.getByRole('link', { name: 'Audit trail', exact: true }).click();
    await page.getByLabel('Action').fill('user.deactivate');
    const shown = page.locator(`tr[data-action="user.deactivate"] [data-subject="${leaving.id}"]`);
    // The event travels to the audit service through the outbox: ask again until it is there.
    await eventually(async () => {
      await page.getByRole('button', { name: 'Show events' }).click();
      await shown.waitFor({ timeout: 1_000 });
    }, 15_000);
    const { auditEvents } = await call(
      stack.gatewayUrl,
      AuditEventsDocument,
      { filter: { action: 'user.deactivate' }, first: 25 },
      tokens.admin,
    );
    const event = auditEvents.edges.map((edge) => edge.node).find((candidate) => candidate.subjectId === leaving.id);
    expect(event).toMatchObject({ outcome: 'SUCCESS', actor: { id: admin.id, role: 'ADMIN' } });
    await expect
      .poll(() =>
        page.locator('tbody tr[data-event]').evaluateAll((rows) => rows.map((tr) => tr.getAttribute('data-event'))),
      )
      .toEqual(auditEvents.edges.map((edge) => edge.node.id));
    await checkPage(page, 'admin-audit');
  });

  it('sends the desk from the administrator’s pages to its own, with no administrator’s menu', async () => {
    const { page } = await stack.signedIn(DEMO.staff);
    await page.goto(new URL('admin/users', stack.webUrl).href);
    await page.waitForURL(/\/desk\/board$/);
    await page.getByRole('heading', { level: 1, name: 'Schedule board' }).waitFor();
    const menu = page.getByRole('navigation', { name: 'Main' });
    expect(await menu.getByRole('link').allInnerTexts()).toEqual([
      'Schedule board',
      'Book or move a visit',
      'Invoices',
    ]);
  });
});
