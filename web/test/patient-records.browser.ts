import {
  AppointmentsDocument,
  ApproveAppointmentDocument,
  CancelAppointmentDocument,
  CatalogDocument,
  ClaimSlotOfferDocument,
  InvoiceDocument,
  InvoicesDocument,
  IssuePrescriptionDocument,
  RequestAppointmentDocument,
  WaitlistDocument,
} from '@hospital/client';
import { addDays, dateInZone, weekdayOf, zonedToUtc } from '@hospital/kit';
import { eventually } from '@hospital/kit/testing';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDateTime, formatMoney, formatTime } from '../src/ui/format.js';
import { browserAvailable, checkPage, DEMO, startWebStack, type Login, type WebStack, call } from './harness.js';

/** The cells of a table's body rows, as the page writes them. */
async function rowsOf(table: Locator): Promise<string[][]> {
  const rows: string[][] = [];
  for (const row of await table.locator('tbody tr').all()) {
    rows.push((await row.locator('th, td').allInnerTexts()).map((text) => text.replace(/\s+/g, ' ').trim()));
  }
  return rows;
}

/** What the page sends to pay an invoice. */
interface PaymentRequest {
  query?: string;
  variables: { input: { idempotencyKey: string } };
}

/** The page fits a phone: nothing but a table's own scroller is wider than the screen. */
async function expectNoSideways(page: Page): Promise<void> {
  const width = await page.evaluate<number>('document.documentElement.scrollWidth');
  expect(width, 'the page is no wider than the phone').toBeLessThanOrEqual(390);
}

describe.runIf(browserAvailable())("the patient's invoices, prescriptions and waitlist", () => {
  let stack: WebStack;
  let zone: string;
  let patient: Login & { id: string };
  const tokens = { patient: '', doctor: '', staff: '' };
  const ids = { olena: '', consultation: '', feeVisit: '', prescription: '' };
  /** Two weekdays ahead on which Dr Kovalenko sees patients: one for the visits billed and prescribed, one to wait for. */
  const days = { visits: '', waited: '', waitedAgain: '' };
  let at: (day: string, hour: number) => string;

  /** A visit of `who` with Dr Kovalenko at `hour` on `day`, approved by her; its id. */
  async function approvedVisit(who: { id: string; token: string }, day: string, hour: number): Promise<string> {
    const input = {
      patientId: who.id,
      doctorId: ids.olena,
      serviceId: ids.consultation,
      preferredTime: at(day, hour),
      reason: 'Check-up',
    };
    const { requestAppointment } = await call(stack.gatewayUrl, RequestAppointmentDocument, { input }, who.token);
    await call(stack.gatewayUrl, ApproveAppointmentDocument, { id: requestAppointment.id }, tokens.doctor);
    return requestAppointment.id;
  }

  /** Another patient holding Dr Kovalenko's slot at `hour` on `day`, so that cancelling it frees the slot. */
  async function heldSlot(name: string, day: string, hour: number): Promise<{ visit: string; token: string }> {
    const holder = await stack.newPatient(name);
    const token = await stack.token(holder);
    return { visit: await approvedVisit({ id: holder.id, token }, day, hour), token };
  }

  const waitlistOf = async () =>
    (await call(stack.gatewayUrl, WaitlistDocument, { patientId: patient.id }, tokens.patient)).waitlist;

  beforeAll(async () => {
    stack = await startWebStack();
    zone = ((await (await fetch(new URL('config.json', stack.webUrl))).json()) as { clinicTimeZone: string })
      .clinicTimeZone;
    at = (day, hour) => zonedToUtc(day, hour * 60, zone).toISOString();
    tokens.doctor = await stack.token(DEMO.doctor);
    tokens.staff = await stack.token(DEMO.staff);
    patient = await stack.newPatient('Ivanna Records');
    tokens.patient = await stack.token(patient);

    const { departments } = await call(stack.gatewayUrl, CatalogDocument, {}, tokens.patient);
    const obstetrics = departments.find((department) => department.name === 'Obstetrics')!;
    ids.olena = obstetrics.doctors.find((doctor) => doctor.name === 'Olena Kovalenko')!.id;
    ids.consultation = obstetrics.services.find((service) => service.name === 'Prenatal consultation')!.id;

    const weekdays: string[] = [];
    for (let day = addDays(dateInZone(new Date(), zone), 7); weekdays.length < 3; day = addDays(day, 1)) {
      if (!['SATURDAY', 'SUNDAY'].includes(weekdayOf(day))) weekdays.push(day);
    }
    [days.visits, days.waited, days.waitedAgain] = weekdays as [string, string, string];

    const self = { id: patient.id, token: tokens.patient };
    ids.feeVisit = await approvedVisit(self, days.visits, 10);
    const prescribed = await approvedVisit(self, days.visits, 14);
    const input = {
      appointmentId: prescribed,
      medication: 'Folic acid',
      dosage: '400 mcg once a day',
      days: 30,
      instructions: 'With breakfast',
    };
    ids.prescription = (
      await call(stack.gatewayUrl, IssuePrescriptionDocument, { input }, tokens.doctor)
    ).issuePrescription.id;

    // At 09:00 that day the 10:00 visit is less than 2 hours away: cancelling it costs half its price.
    const later = await stack.ahead(Math.ceil((Date.parse(at(days.visits, 9)) - Date.now()) / 60_000));
    await call(later, CancelAppointmentDocument, { id: ids.feeVisit, reason: 'Something came up' }, tokens.patient);
  });

  afterAll(() => stack?.stop());

  it('pays a pending invoice once, through a lost answer and a double-clicked retry, and shows it PAID as the API has it', async () => {
    let invoiceId = '';
    await eventually(async () => {
      const { invoices } = await call(
        stack.gatewayUrl,
        InvoicesDocument,
        { filter: { patientId: patient.id } },
        tokens.patient,
      );
      expect(invoices.edges.map((edge) => edge.node.kind)).toEqual(['CANCELLATION_FEE']);
      invoiceId = invoices.edges[0]!.node.id;
    }, 20_000);
    const readInvoice = async () =>
      (await call(stack.gatewayUrl, InvoiceDocument, { id: invoiceId }, tokens.patient)).invoice;
    const pending = await readInvoice();
    expect(pending).toMatchObject({ status: 'PENDING', subtotal: '52.50', tax: '2.63', total: '55.13', payments: [] });

    const { page } = await stack.signedIn(patient);
    await page.getByRole('link', { name: 'Invoices' }).click();
    await page.getByRole('heading', { level: 1, name: 'Invoices' }).waitFor();
    await page.locator(`tr[data-invoice="${invoiceId}"]`).waitFor();
    expect(await rowsOf(page.getByRole('table', { name: 'Your invoices, newest first' }))).toEqual([
      ['Late cancellation fee', 'PENDING', formatMoney(pending.total), 'Pay'],
    ]);
    await checkPage(page, 'patient-invoices');

    await page
      .getByRole('button', { name: `Pay the late cancellation fee invoice of ${formatMoney(pending.total)}` })
      .click();
    const detail = page.locator('section[data-invoice-detail]');
    await detail.getByRole('heading', { level: 2 }).waitFor();
    // Opening an invoice takes the focus to it.
    await page.locator('#invoice-heading:focus').waitFor();
    expect(await detail.getByRole('heading', { level: 2 }).innerText()).toMatch(/^Late cancellation fee\s+PENDING$/);
    expect(await rowsOf(detail.getByRole('table', { name: 'Sums of the invoice' }))).toEqual([
      ['Subtotal', formatMoney(pending.subtotal)],
      ['Tax (5 %)', formatMoney(pending.tax)],
      ['Total', formatMoney(pending.total)],
    ]);
    await detail.getByText(formatDateTime(pending.appointment.start, zone)).waitFor();
    await checkPage(page, 'patient-invoice-pending');

    await detail.getByLabel('Payment method').selectOption({ label: 'Bank transfer' });
    // The first payment goes through, but its answer is lost on the way back (a gateway timing out): the
    // page offers a retry, which (double-clicked, too) must send the same attempt again and pay nothing more.
    const keys: string[] = [];
    await page.route('**/graphql', async (route) => {
      const body = route.request().postDataJSON() as PaymentRequest | null;
      if (!body?.query?.includes('payInvoice')) return route.continue();
      keys.push(body.variables.input.idempotencyKey);
      const response = await route.fetch();
      if (keys.length > 1) return route.fulfill({ response });
      const lost = { data: null, errors: [{ message: 'Timed out', extensions: { code: 'SERVICE_UNAVAILABLE' } }] };
      return route.fulfill({ response, body: JSON.stringify(lost) });
    });
    await detail.getByRole('button', { name: `Pay ${formatMoney(pending.total)}` }).click();
    await detail.getByRole('alert').getByText('Part of the hospital system is not answering').waitFor();
    expect((await readInvoice()).status, 'the lost answer was a payment made').toBe('PAID');
    await detail.getByRole('button', { name: 'Try again' }).dblclick();
    const notice = detail.locator('[role="status"] .notice');
    await notice.waitFor();
    await expect.poll(() => detail.getByRole('heading', { level: 2 }).innerText()).toMatch(/PAID$/);

    const paid = await readInvoice();
    expect(paid.status).toBe('PAID');
    expect(paid.payments).toEqual([
      expect.objectContaining({ amount: pending.total, method: 'BANK_TRANSFER', reference: expect.any(String) }),
    ]);
    expect(keys.length).toBeGreaterThanOrEqual(2);
    expect(new Set(keys).size, 'one idempotency key for the attempt and its retries').toBe(1);
    const [payment] = paid.payments;
    expect(await notice.innerText()).toBe(
      `Paid ${formatMoney(pending.total)} by bank transfer. Your reference is ${payment!.reference}.`,
    );
    await expect
      .poll(() => rowsOf(page.getByRole('table', { name: 'Your invoices, newest first' })))
      .toEqual([['Late cancellation fee', 'PAID', formatMoney(pending.total), 'Details']]);
    expect(await rowsOf(detail.getByRole('table', { name: 'Payments of the invoice, oldest first' }))).toEqual([
      [formatDateTime(payment!.paidAt, zone), 'Bank transfer', payment!.reference, formatMoney(payment!.amount)],
    ]);
    await expect(detail.getByRole('button', { name: /^Pay/ }).count()).resolves.toBe(0);
    await checkPage(page, 'patient-invoice-paid');
    await page.context().close();
  });

  it('lists her prescriptions with the doctor and the date; her pages fit a phone', async () => {
    const { page } = await stack.signedIn(patient);
    await page.getByRole('link', { name: 'Prescriptions' }).click();
    await page.getByRole('heading', { level: 1, name: 'Prescriptions' }).waitFor();
    await page.locator(`tr[data-prescription="${ids.prescription}"]`).waitFor();
    const { appointments } = await call(
      stack.gatewayUrl,
      AppointmentsDocument,
      { filter: { patientId: patient.id } },
      tokens.patient,
    );
    expect(appointments.totalCount).toBe(2);
    const rows = await rowsOf(page.getByRole('table', { name: 'Your prescriptions, newest first' }));
    expect(rows).toHaveLength(1);
    const [medication, dosage, daysTaken, until, doctor, issued] = rows[0]!;
    expect([medication, dosage, daysTaken, doctor]).toEqual([
      'Folic acid With breakfast',
      '400 mcg once a day',
      '30',
      'Olena Kovalenko',
    ]);
    expect(until).toMatch(/ Current$/);
    expect(issued).toMatch(/ Prenatal consultation$/);
    await checkPage(page, 'patient-prescriptions');
    await page.context().close();

    const phone = await stack.signedIn(patient, { phone: true });
    await phone.page.getByRole('link', { name: 'Prescriptions' }).click();
    await phone.page.locator(`tr[data-prescription="${ids.prescription}"]`).waitFor();
    await expectNoSideways(phone.page);
    await checkPage(phone.page, 'patient-prescriptions-phone');
    await phone.page.getByRole('link', { name: 'Invoices' }).click();
    await phone.page.locator('tr[data-invoice]').waitFor();
    await expectNoSideways(phone.page);
    await checkPage(phone.page, 'patient-invoices-phone');
    await phone.page.getByRole('link', { name: 'Waitlist' }).click();
    await phone.page
      .getByLabel('Service')
      .locator('option', { hasText: 'Prenatal consultation' })
      .waitFor({ state: 'attached' });
    await expectNoSideways(phone.page);
    await checkPage(phone.page, 'patient-waitlist-phone');
    await phone.context.close();
  });

  it('joins the waitlist, sees a freed slot offered live, claims it, and is told when a claim comes too late', async () => {
    const first = await heldSlot('Daria Holder', days.waited, 11);
    const { page } = await stack.signedIn(patient);
    await page.getByRole('link', { name: 'Waitlist' }).click();
    await page.getByRole('heading', { level: 1, name: 'Waitlist' }).waitFor();
    await page.getByText('You are not waiting for any slot.').waitFor();
    await checkPage(page, 'patient-waitlist-empty');

    await page.getByLabel('Service').selectOption({ label: 'Prenatal consultation' });
    await page.getByLabel('Doctor').selectOption({ label: 'Olena Kovalenko' });
    await page.getByLabel('First day').fill(days.waited);
    await page.getByLabel('Last day').fill(days.waited);
    await page.getByRole('button', { name: 'Join the waitlist' }).click();
    await page.getByText('You are waiting for Prenatal consultation with Olena Kovalenko').waitFor();
    const [entry] = await waitlistOf();
    expect(entry).toMatchObject({ status: 'WAITING', from: days.waited, to: days.waited, offers: [] });
    await page.locator(`tr[data-entry="${entry!.id}"]`).getByText('WAITING').waitFor();

    // The page must change by itself: a reload would forget this mark.
    await page.evaluate(() => Object.assign(globalThis, { stillTheSamePage: true }));
    await call(stack.gatewayUrl, CancelAppointmentDocument, { id: first.visit, reason: 'Feeling better' }, first.token);
    const offers = page.locator('#offers-heading + [role="status"]');
    const offered = offers.locator('li[data-offer]');
    await offered.waitFor({ timeout: 20_000 });
    expect(await page.evaluate(() => 'stillTheSamePage' in globalThis)).toBe(true);
    const [withOffer] = await waitlistOf();
    expect(withOffer).toMatchObject({ status: 'OFFERED', offers: [{ start: at(days.waited, 11), status: 'OFFERED' }] });
    const offer = withOffer!.offers[0]!;
    expect(await offered.getAttribute('data-offer')).toBe(offer.id);
    expect((await offered.innerText()).replace(/\s+/g, ' ')).toContain(
      `Prenatal consultation with Olena Kovalenko on ${formatDateTime(offer.start, zone)}–${formatTime(offer.end, zone)}. ` +
        `Yours to claim until ${formatTime(offer.expiresAt, zone)}.`,
    );
    await checkPage(page, 'patient-waitlist-offer');

    await offered
      .getByRole('button', { name: `Claim Prenatal consultation on ${formatDateTime(offer.start, zone)}` })
      .click();
    await offers
      .getByText(`Booked: Prenatal consultation with Olena Kovalenko on ${formatDateTime(offer.start, zone)}`)
      .waitFor();
    await page.locator(`tr[data-entry="${entry!.id}"]`).getByText('BOOKED').waitFor();
    await expect(offered.count()).resolves.toBe(0);
    const { appointments } = await call(
      stack.gatewayUrl,
      AppointmentsDocument,
      { filter: { patientId: patient.id, from: at(days.waited, 11), to: at(days.waited, 12) } },
      tokens.patient,
    );
    expect(appointments.edges.map((edge) => [edge.node.start, edge.node.status])).toEqual([
      [at(days.waited, 11), 'PENDING'],
    ]);
    expect(await waitlistOf()).toMatchObject([{ status: 'BOOKED', offers: [{ id: offer.id, status: 'CLAIMED' }] }]);

    // Waiting again, for any doctor: the desk claims the next offer for her before she does.
    const second = await heldSlot('Sofia Holder', days.waitedAgain, 15);
    await page.getByLabel('Doctor').selectOption({ label: 'Any doctor in Obstetrics' });
    await page.getByLabel('First day').fill(days.waitedAgain);
    await page.getByLabel('Last day').fill(days.waitedAgain);
    await page.getByRole('button', { name: 'Join the waitlist' }).click();
    await page.getByText('You are waiting for Prenatal consultation with any doctor').waitFor();
    await call(stack.gatewayUrl, CancelAppointmentDocument, { id: second.visit }, second.token);
    await offered.waitFor({ timeout: 20_000 });
    const late = (await waitlistOf()).flatMap((listed) => listed.offers).find((o) => o.status === 'OFFERED')!;
    await call(stack.gatewayUrl, ClaimSlotOfferDocument, { offerId: late.id }, tokens.staff);
    await offered.getByRole('button', { name: /^Claim/ }).click();
    const refusal = page.locator('#offers-heading ~ [role="alert"]');
    await refusal.waitFor();
    expect(await refusal.innerText()).toBe('This offer has already been claimed.');
    await expect.poll(() => offered.count()).toBe(0);
    await checkPage(page, 'patient-waitlist-refused');
    await page.context().close();
  });
});
