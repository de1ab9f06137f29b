import {
  AppointmentDetailDocument,
  ApproveAppointmentDocument,
  AvailabilityCalendarDocument,
  AvailableSlotsDocument,
  CatalogDocument,
  CompleteAppointmentDocument,
  PatientVisitsDocument,
  RejectAppointmentDocument,
  RequestAppointmentDocument,
} from '@hospital/client';
import { addDays, dateInZone, zonedToUtc } from '@hospital/kit';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDateTime, formatMoney, formatTime } from '../src/ui/format.js';
import { browserAvailable, checkPage, DEMO, SOON, startWebStack, type WebStack, call } from './harness.js';

const SERVICE = 'Prenatal consultation';
const OLENA = 'Olena Kovalenko';
const ANDRIY = 'Andriy Shevchenko';

/** "Monday 7 December", as a person says a clinic date. */
const spoken = (date: string): string =>
  new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long' }).format(
    new Date(`${date}T00:00:00Z`),
  );

const MONTHS = Array.from({ length: 12 }, (_, month) =>
  new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', month: 'long' }).format(Date.UTC(2026, month, 1)),
);

/** Resolves once the page has sent a subscription whose document names `operation`. */
function subscribed(page: Page, operation: string): Promise<void> {
  return new Promise((resolve) =>
    page.on('websocket', (socket) =>
      socket.on('framesent', (frame) => {
        if (String(frame.payload).includes(operation)) resolve();
      }),
    ),
  );
}

/**
 * The patient's booking and visits against the real supergraph: the calendar and the slots
 * show what the API has free, a request made through them is the API's PENDING visit; a
 * cancellation and a move say what they cost before they happen, and end as the API has them;
 * a completed visit is rated once.
 */
describe.runIf(browserAvailable())('the patient books, cancels, moves and rates visits, in Chromium', () => {
  let stack: WebStack;
  let zone: string;
  let doctorToken: string;
  const ids = { service: '', olena: '', andriy: '' };
  let price = '';

  beforeAll(async () => {
    stack = await startWebStack();
    zone = ((await (await fetch(new URL('/config.json', stack.webUrl))).json()) as { clinicTimeZone: string })
      .clinicTimeZone;
    doctorToken = await stack.token(DEMO.doctor);
    const { departments } = await call(stack.gatewayUrl, CatalogDocument, {}, doctorToken);
    const obstetrics = departments.find((department) => department.services.some((s) => s.name === SERVICE))!;
    const service = obstetrics.services.find((s) => s.name === SERVICE)!;
    ids.service = service.id;
    price = service.price;
    ids.olena = obstetrics.doctors.find((doctor) => doctor.name === OLENA)!.id;
    ids.andriy = obstetrics.doctors.find((doctor) => doctor.name === ANDRIY)!.id;
  });
  afterAll(() => stack?.stop());

  /** A free start of Olena's, `daysAhead` clinic days or more from today: well clear of the lead time and the move window. */
  async function freeStart(daysAhead: number, token: string): Promise<string> {
    const from = zonedToUtc(addDays(dateInZone(new Date(), zone), daysAhead), 0, zone);
    const input = {
      serviceId: ids.service,
      doctorId: ids.olena,
      from: from.toISOString(),
      to: new Date(from.getTime() + 14 * 86_400_000).toISOString(),
    };
    const { availableSlots } = await call(stack.gatewayUrl, AvailableSlotsDocument, { input }, token);
    expect(availableSlots.length).toBeGreaterThan(0);
    return availableSlots[0]!.start;
  }

  /** A new patient with a PENDING visit with Olena, asked for through the API. */
  async function patientWithVisit(name: string, daysAhead: number) {
    const patient = await stack.newPatient(name);
    const token = await stack.token(patient);
    const start = await freeStart(daysAhead, token);
    const input = {
      patientId: patient.id,
      doctorId: ids.olena,
      serviceId: ids.service,
      preferredTime: start,
      reason: 'Check-up',
    };
    const { requestAppointment } = await call(stack.gatewayUrl, RequestAppointmentDocument, { input }, token);
    return { patient, token, start, visitId: requestAppointment.id };
  }

  async function visitOf(id: string, token: string) {
    const { appointment } = await call(stack.gatewayUrl, AppointmentDetailDocument, { id }, token);
    if (!appointment) throw new Error(`visit ${id} not found`);
    return appointment;
  }

  /** The calendar's first month with a free day (this one or the next), once it has loaded; its day buttons. */
  async function freeDays(page: Page): Promise<Locator> {
    const days = page.getByRole('button', { name: /: \d+ doctors? free$/ });
    const none = page.getByText(/^No free times in/);
    await days.or(none).first().waitFor();
    if (await none.isVisible()) {
      await page.getByRole('button', { name: 'Next month ›' }).click();
      await days.first().waitFor();
    }
    return days;
  }

  /** The month on show (YYYY-MM), from its title ("December 2026"). */
  async function monthOnShow(page: Page): Promise<string> {
    const [name, year] = (
      await page
        .getByText(/^[A-Z][a-z]+ \d{4}$/)
        .first()
        .innerText()
    ).split(' ');
    const index = MONTHS.indexOf(name ?? '');
    expect(index).toBeGreaterThanOrEqual(0);
    return `${year}-${String(index + 1).padStart(2, '0')}`;
  }

  /** On the book page: the service, the day of `start` (this month or the next) and Olena's time then. */
  async function pickSlot(page: Page, start: string): Promise<void> {
    await page.getByLabel('Service').selectOption(ids.service);
    await freeDays(page);
    const date = dateInZone(new Date(start), zone);
    if ((await monthOnShow(page)) !== date.slice(0, 7))
      await page.getByRole('button', { name: 'Next month ›' }).click();
    await page.getByRole('button', { name: new RegExp(`^${spoken(date)}:`) }).click();
    await page.getByRole('button', { name: `${formatTime(start, zone)} with ${OLENA}` }).click();
  }

  /** Asks for the visit picked, and waits until the page says it is PENDING; the visit as the API has it. */
  async function askFor(page: Page, reason: string, patientId: string, token: string, start: string) {
    await page.getByLabel('Reason').fill(reason);
    await page.getByRole('button', { name: 'Ask for this visit' }).click();
    await expect.poll(() => page.getByRole('status', { name: 'Your request' }).innerText(), SOON).toMatch(/PENDING/);
    const { appointments } = await call(stack.gatewayUrl, PatientVisitsDocument, { patientId }, token);
    const visit = appointments.edges.map((edge) => edge.node).find((node) => node.start === start);
    expect(visit).toMatchObject({ status: 'PENDING', reason });
    return visit!;
  }

  it('books through the calendar, showing the days and times the API has free, and sees the request PENDING', async () => {
    const patient = await stack.newPatient('Oksana Kalyna');
    const token = await stack.token(patient);
    const { page, context } = await stack.signedIn(patient);
    await page.getByRole('heading', { name: 'Book a visit', level: 1 }).waitFor();
    await page.getByLabel('Service').selectOption(ids.service);

    // Every day the API has free is a button naming how many doctors are free; no other day is.
    const days = await freeDays(page);
    const month = await monthOnShow(page);
    const last = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).getUTCDate();
    const calendarInput = { serviceId: ids.service, from: `${month}-01`, to: `${month}-${last}` };
    const { availabilityCalendar } = await call(
      stack.gatewayUrl,
      AvailabilityCalendarDocument,
      { input: calendarInput },
      token,
    );
    const expected = availabilityCalendar
      .filter((day) => day.doctors.length > 0)
      .map(
        (day) => `${spoken(day.date)}: ${day.doctors.length} ${day.doctors.length === 1 ? 'doctor' : 'doctors'} free`,
      );
    expect(expected.length).toBeGreaterThan(0);
    await expect.poll(() => days.evaluateAll((buttons) => buttons.map((b) => b.textContent)), SOON).toEqual(expected);

    // The first free day's slots are the API's, each named by its time and doctor.
    const firstDay = availabilityCalendar.find((day) => day.doctors.length > 0)!;
    await days.first().click();
    const from = zonedToUtc(firstDay.date, 0, zone).toISOString();
    const to = zonedToUtc(addDays(firstDay.date, 1), 0, zone).toISOString();
    const { availableSlots } = await call(
      stack.gatewayUrl,
      AvailableSlotsDocument,
      { input: { serviceId: ids.service, from, to } },
      token,
    );
    const slotNames = availableSlots.map((slot) => `${formatTime(slot.start, zone)} with ${slot.doctor.name}`);
    const slotButtons = page.getByRole('button', { name: /^\d\d:\d\d with / });
    await slotButtons.first().waitFor();
    expect(
      (await slotButtons.evaluateAll((buttons) => buttons.map((b) => b.getAttribute('aria-label')))).sort(),
    ).toEqual(slotNames.toSorted());

    const chosen = availableSlots[availableSlots.length - 1]!;
    await page.getByRole('button', { name: `${formatTime(chosen.start, zone)} with ${chosen.doctor.name}` }).click();
    // A request without a reason is not sent.
    await page.getByRole('button', { name: 'Ask for this visit' }).click();
    await expect.poll(() => page.getByLabel('Reason').getAttribute('aria-invalid'), SOON).toBe('true');
    await page.getByLabel('Reason').fill('Routine check at 20 weeks');
    await checkPage(page, 'patient-book');
    await page.getByRole('button', { name: 'Ask for this visit' }).click();

    const status = page.getByRole('status', { name: 'Your request' });
    await expect.poll(() => status.innerText(), SOON).toMatch(/PENDING/);
    const { appointments } = await call(stack.gatewayUrl, PatientVisitsDocument, { patientId: patient.id }, token);
    expect(appointments.edges.map((edge) => edge.node)).toEqual([
      expect.objectContaining({
        status: 'PENDING',
        start: chosen.start,
        reason: 'Routine check at 20 weeks',
        doctor: expect.objectContaining({ id: chosen.doctor.id }),
      }),
    ]);
    expect(await status.innerText()).toContain(formatDateTime(chosen.start, zone));
    await checkPage(page, 'patient-book-requested');
    await context.close();
  });

  it('shows the doctor’s answer on the book page as it comes: approved, then rejected with the reason', async () => {
    const patient = await stack.newPatient('Kateryna Answer');
    const token = await stack.token(patient);
    const { page, context } = await stack.signedIn(patient);
    // A page of its own, so that its socket and subscription are seen from the start.
    const listening = subscribed(page, 'AppointmentStatusChanged');
    await page.goto(new URL('/patient/book', stack.webUrl).href);
    await listening;
    const status = page.getByRole('status', { name: 'Your request' });

    const first = await freeStart(2, token);
    await pickSlot(page, first);
    const approved = await askFor(page, 'Heartburn at night', patient.id, token, first);
    await call(stack.gatewayUrl, ApproveAppointmentDocument, { id: approved.id }, doctorToken);
    await expect.poll(() => status.innerText(), SOON).toMatch(/APPROVED/);
    expect(await status.innerText()).toContain(`${formatDateTime(first, zone)}`);

    await page.getByRole('button', { name: 'Book another visit' }).click();
    const second = await freeStart(3, token);
    await pickSlot(page, second);
    const rejected = await askFor(page, 'Follow-up', patient.id, token, second);
    const reason = 'Dr Kovalenko is at a conference that day';
    await call(stack.gatewayUrl, RejectAppointmentDocument, { id: rejected.id, reason }, doctorToken);
    await expect.poll(() => status.innerText(), SOON).toMatch(/REJECTED/);
    expect(await status.innerText()).toContain(reason);
    expect((await visitOf(rejected.id, token)).status).toBe('REJECTED');
    await checkPage(page, 'patient-book-rejected');
    await context.close();
  });

  it('offers the nearest free times, named by doctor, when the slot was taken meanwhile, and books the one picked', async () => {
    const late = await stack.newPatient('Zoia Late');
    const early = await stack.newPatient('Vira Early');
    const [lateToken, earlyToken] = [await stack.token(late), await stack.token(early)];
    const wanted = await freeStart(4, earlyToken);
    const { page, context } = await stack.signedIn(late);
    await pickSlot(page, wanted);
    // Taken through the API while the page still shows it free.
    const input = {
      patientId: early.id,
      doctorId: ids.olena,
      serviceId: ids.service,
      preferredTime: wanted,
      reason: 'Scan',
    };
    await call(stack.gatewayUrl, RequestAppointmentDocument, { input }, earlyToken);

    await page.getByLabel('Reason').fill('Check-up');
    await page.getByRole('button', { name: 'Ask for this visit' }).click();
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.getAttribute('data-rule'), SOON).toBe('SLOT_TAKEN');
    const offered = await alert.getByRole('button').allInnerTexts();
    expect(offered.length).toBeGreaterThan(0);
    for (const text of offered) expect(text).toMatch(new RegExp(` with (${OLENA}|${ANDRIY})$`));
    await checkPage(page, 'patient-book-taken');
    await alert.getByRole('button').first().click();

    await expect.poll(() => page.getByRole('status', { name: 'Your request' }).innerText(), SOON).toMatch(/PENDING/);
    const { appointments } = await call(stack.gatewayUrl, PatientVisitsDocument, { patientId: late.id }, lateToken);
    const visits = appointments.edges.map((edge) => edge.node);
    expect(visits).toHaveLength(1);
    expect(visits[0]).toMatchObject({ status: 'PENDING', reason: 'Check-up' });
    expect(`${formatDateTime(visits[0]!.start, zone)} with ${visits[0]!.doctor.name}`).toBe(offered[0]);
    await context.close();
  });

  it('fits the book page on a phone', async () => {
    const patient = await stack.newPatient('Lesia Phone');
    const { page, context } = await stack.signedIn(patient, { phone: true });
    await page.getByLabel('Service').selectOption(ids.service);
    await (await freeDays(page)).first().click();
    await page
      .getByRole('button', { name: /^\d\d:\d\d with / })
      .first()
      .click();
    await page.getByLabel('Reason').waitFor();
    const width = await page.evaluate<number>('document.documentElement.scrollWidth');
    expect(width, 'the page is no wider than the phone').toBeLessThanOrEqual(390);
    await checkPage(page, 'patient-book-phone');
    await context.close();
  });

  it('shows the doctor’s approval in the visits list without a reload', async () => {
    const { patient, token, visitId } = await patientWithVisit('Maria Live', 2);
    const { page, context } = await stack.signedIn(patient);
    // A page of its own, so that its socket and subscription are seen from the start.
    const listening = subscribed(page, 'AppointmentStatusChanged');
    await page.goto(new URL('/patient/visits', stack.webUrl).href);
    const row = page.locator(`tr[data-visit="${visitId}"]`);
    await row.waitFor();
    await listening;
    expect(await row.locator('.badge').innerText()).toBe('PENDING');

    await call(stack.gatewayUrl, ApproveAppointmentDocument, { id: visitId }, doctorToken);
    await expect.poll(() => row.locator('.badge').innerText(), SOON).toBe('APPROVED');
    expect((await visitOf(visitId, token)).status).toBe('APPROVED');
    await expect
      .poll(() => page.getByRole('status', { name: 'Changes to your visits' }).innerText(), SOON)
      .toMatch(/is now APPROVED/);
    await context.close();
  });

  it('cancels a visit only after saying what it costs now, and the visit is CANCELLED as the API has it', async () => {
    const { patient, token, visitId } = await patientWithVisit('Nadiia Cancel', 3);
    const { appointments } = await call(stack.gatewayUrl, PatientVisitsDocument, { patientId: patient.id }, token);
    const { feeIfCancelledNow } = appointments.edges[0]!.node;
    expect(feeIfCancelledNow).not.toBeNull();
    const { page, context } = await stack.signedIn(patient);
    await page.getByRole('link', { name: 'My visits' }).click();
    const row = page.locator(`tr[data-visit="${visitId}"]`);
    await row.waitFor();
    await row.getByRole('button', { name: 'Cancel…' }).click();

    const confirm = row.getByRole('group', { name: 'Confirm the cancellation' });
    const words = Number(feeIfCancelledNow) > 0 ? `a fee of ${formatMoney(feeIfCancelledNow!)} plus tax` : 'nothing';
    expect(await confirm.innerText()).toContain(`Cancelling now costs ${words}.`);
    // Asking is not cancelling.
    expect((await visitOf(visitId, token)).status).toBe('PENDING');

    await confirm.getByRole('button', { name: 'Cancel the visit' }).click();
    await expect.poll(() => row.locator('.badge').innerText(), SOON).toBe('CANCELLED');
    const cancelled = await visitOf(visitId, token);
    expect(cancelled).toMatchObject({ status: 'CANCELLED', cancellationFee: feeIfCancelledNow });
    await expect.poll(() => row.getByRole('button').count(), SOON).toBe(0);
    await context.close();
  });

  it('moves a visit to another doctor of the department after saying what it costs, to the time the API then has', async () => {
    const { patient, token, visitId, start } = await patientWithVisit('Iryna Move', 2);
    const { page, context } = await stack.signedIn(patient);
    await page.getByRole('link', { name: 'My visits' }).click();
    const row = page.locator(`tr[data-visit="${visitId}"]`);
    await row.waitFor();
    await expect.poll(() => row.locator('td').first().innerText(), SOON).toBe(formatDateTime(start, zone));
    await row.getByRole('button', { name: 'Reschedule…' }).click();

    const panel = page.getByRole('region', { name: /^Move your visit/ });
    await expect.poll(() => panel.innerText(), SOON).toContain(`the price stays ${formatMoney(price)}`);
    expect(await panel.innerText()).toContain('A visit can be moved at most twice');
    await panel.getByLabel('Doctor').selectOption(ids.andriy);
    const days = await freeDays(page);
    await expect
      .poll(() => days.evaluateAll((buttons) => buttons.map((b) => b.textContent)), SOON)
      .toContainEqual(expect.stringMatching(/: 1 doctor free$/));
    await checkPage(page, 'patient-visits-move');
    const day = (await days.first().textContent())!.split(':')[0];
    await days.first().click();
    const slot = panel.getByRole('button', { name: new RegExp(`^\\d\\d:\\d\\d with ${ANDRIY}$`) }).first();
    await slot.waitFor();
    const time = (await slot.getAttribute('aria-label'))!.slice(0, 5);
    await slot.click();

    const confirm = panel.getByRole('group', { name: 'Confirm the move' });
    expect(await confirm.innerText()).toContain(`The price stays ${formatMoney(price)}.`);
    expect((await visitOf(visitId, token)).start).toBe(start);
    await confirm.getByRole('button', { name: 'Move the visit' }).click();

    await expect
      .poll(() => page.getByRole('status', { name: 'Changes to your visits' }).innerText(), SOON)
      .toMatch(/moved to/);
    const moved = await visitOf(visitId, token);
    expect(moved).toMatchObject({
      status: 'PENDING',
      rescheduleCount: 1,
      doctor: expect.objectContaining({ name: ANDRIY }),
    });
    expect(formatTime(moved.start, zone)).toBe(time);
    expect(spoken(dateInZone(new Date(moved.start), zone))).toBe(day);
    await expect
      .poll(() => row.locator('td').first().innerText(), SOON)
      .toMatch(new RegExp(`^${formatDateTime(moved.start, zone)}`));
    await expect.poll(() => row.locator('td').nth(2).innerText(), SOON).toContain(ANDRIY);
    await context.close();
  });

  // A longer wait than the others': a second stack, whose clock is past the visit, starts inside it.
  it('rates a completed visit once, and shows the rating given', async () => {
    const { patient, token, visitId, start } = await patientWithVisit('Olha Rating', 1);
    await call(stack.gatewayUrl, ApproveAppointmentDocument, { id: visitId }, doctorToken);
    const later = await stack.ahead(Math.ceil((Date.parse(start) - Date.now()) / 60_000) + 5);
    await call(later, CompleteAppointmentDocument, { id: visitId }, doctorToken);

    const { page, context } = await stack.signedIn(patient, { phone: true });
    await page.getByRole('link', { name: 'My visits' }).click();
    const row = page.locator(`tr[data-visit="${visitId}"]`);
    await row.waitFor();
    await expect.poll(() => row.locator('.badge').innerText(), SOON).toBe('COMPLETED');
    await checkPage(page, 'patient-visits-phone');
    await row.getByRole('button', { name: 'Rate this visit' }).click();

    const panel = page.getByRole('region', { name: /^Rate your visit/ });
    await panel.getByRole('button', { name: 'Send the rating' }).click();
    await panel.getByText('Please choose a rating from 1 to 5.').waitFor();
    await panel.getByRole('radio', { name: '4 (very good)' }).check();
    await panel.getByLabel('Comment (optional)').fill('Kind and thorough');
    await checkPage(page, 'patient-visits-rate-phone');
    await panel.getByRole('button', { name: 'Send the rating' }).click();

    await expect.poll(() => row.innerText(), SOON).toContain('Your rating: 4 of 5');
    expect(await row.getByRole('button', { name: 'Rate this visit' }).count()).toBe(0);
    expect((await visitOf(visitId, token)).feedback).toMatchObject({ rating: 4, comment: 'Kind and thorough' });
    await context.close();
  }, 120_000);
});
