import {
  AppointmentsDocument,
  AvailableSlotsDocument,
  CatalogDocument,
  request,
  RequestAppointmentDocument,
} from '@hospital/client';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, checkPage, DEMO, SOON, startWebStack, type Login, type WebStack } from './harness.js';

const ZONE = 'Europe/Kyiv';
const SERVICE = 'Prenatal consultation';
const DOCTOR = 'Olena Kovalenko';

const clinicTime = (iso: string) =>
  new Intl.DateTimeFormat('en-GB', { timeZone: ZONE, hour: '2-digit', minute: '2-digit' }).format(new Date(iso));
const clinicDay = (iso: string) =>
  new Intl.DateTimeFormat('en-GB', { timeZone: ZONE, weekday: 'long', day: 'numeric', month: 'long' }).format(
    new Date(iso),
  );

/**
 * The promise of the app in one story, across people in separate browsers: a patient's request
 * reaches the doctor's open lobby and the doctor's decision reaches the patient's open page,
 * neither reloading; a slot taken meanwhile offers the nearest free times, and one of them books.
 */
describe.runIf(browserAvailable())('the care flow live, in Chromium, on the embedded default', () => {
  let stack: WebStack;
  let serviceId: string;
  let doctorId: string;

  beforeAll(async () => {
    stack = await startWebStack();
    const token = await stack.token(DEMO.staff);
    const catalog = (await request(stack.gatewayUrl, CatalogDocument, {}, { token })).data;
    const department = catalog?.departments.find((d) => d.services.some((s) => s.name === SERVICE));
    serviceId = department?.services.find((s) => s.name === SERVICE)?.id ?? '';
    doctorId = department?.doctors.find((d) => d.name === DOCTOR)?.id ?? '';
    expect(serviceId && doctorId).toBeTruthy();
  });
  afterAll(() => stack?.stop());

  /** Olena's free starts for the service over the next week, by the API. */
  async function freeStarts(token: string): Promise<string[]> {
    const from = new Date().toISOString();
    const to = new Date(Date.now() + 7 * 86_400_000).toISOString();
    const input = { serviceId, doctorId, from, to };
    const slots = (await request(stack.gatewayUrl, AvailableSlotsDocument, { input }, { token })).data?.availableSlots;
    return (slots ?? []).map((slot) => slot.start);
  }

  /** On the book page: the service, the day of `start`, and its slot with Olena. */
  async function pickSlot(page: Page, start: string): Promise<void> {
    await page.getByRole('link', { name: 'Book a visit' }).click();
    const option = page.locator('option', { hasText: SERVICE }).first();
    await page.getByLabel('Service').selectOption((await option.getAttribute('value')) ?? '');
    // The month's calendar first: until it has loaded, no day is there to be found.
    await page
      .getByRole('button', { name: /doctors? free$/ })
      .or(page.getByText(/^No free times in/))
      .first()
      .waitFor();
    const day = page.getByRole('button', { name: new RegExp(`^${clinicDay(start)}\\b`) });
    if (!(await day.isVisible())) await page.getByRole('button', { name: /next month/i }).click();
    await day.click();
    await page.getByRole('button', { name: `${clinicTime(start)} with ${DOCTOR}` }).click();
  }

  async function ask(page: Page, reason: string): Promise<void> {
    await page.getByLabel('Reason').fill(reason);
    await page.getByRole('button', { name: 'Ask for this visit' }).click();
  }

  it('greets whoever is not signed in with a sign-in form that says why a sign-in was refused', async () => {
    const context = await stack.browser.newContext();
    const page = await context.newPage();
    await page.goto(stack.webUrl);
    await page.getByLabel('E-mail').fill(DEMO.patient.email);
    await page.getByLabel('Password').fill('not-her-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect
      .poll(() => page.getByRole('alert').innerText())
      .toBe('That e-mail and password do not match an account.');
    await checkPage(page, 'sign-in-refused');
    await context.close();
  });

  it('shows a request in the doctor’s open lobby as it is made, and the approval on the patient’s page', async () => {
    const patient: Login = await stack.newPatient('Sofiia Ivanenko');
    const doctor = await stack.signedIn(DEMO.doctor);
    await doctor.page.getByRole('heading', { name: /lobby/i }).waitFor();
    const mother = await stack.signedIn(patient);
    const [start] = await freeStarts(await stack.token(patient));
    expect(start).toBeDefined();

    await pickSlot(mother.page, start!);
    await ask(mother.page, 'First visit at 12 weeks');
    await expect
      .poll(() => mother.page.getByRole('status').allInnerTexts(), { timeout: 10_000 })
      .toContainEqual(expect.stringMatching(/pending/i));

    // No reload: the lobby page was open before the request existed.
    const approve = doctor.page.getByRole('button', { name: 'Approve Sofiia Ivanenko' });
    await approve.waitFor({ timeout: 10_000 });
    await checkPage(doctor.page, 'doctor-lobby-with-request');
    await approve.click();

    await expect
      .poll(() => mother.page.getByRole('status').allInnerTexts(), { timeout: 10_000 })
      .toContainEqual(expect.stringMatching(/approved/i));
    await checkPage(mother.page, 'patient-book-approved');
    await doctor.context.close();
    await mother.context.close();
  });

  it('offers the nearest free times when the slot was taken meanwhile, and books the one picked', async () => {
    const late = await stack.newPatient('Daryna Koval');
    const early = await stack.newPatient('Halyna Savchuk');
    const earlyToken = await stack.token(early);
    const starts = await freeStarts(earlyToken);
    const wanted = starts[starts.length - 1];
    expect(wanted).toBeDefined();

    const { page, context } = await stack.signedIn(late);
    await pickSlot(page, wanted!);
    // Taken through the API while the page still shows it free.
    const input = { patientId: early.id, doctorId, serviceId, preferredTime: wanted!, reason: 'Follow-up' };
    const taken = await request(stack.gatewayUrl, RequestAppointmentDocument, { input }, { token: earlyToken });
    expect(taken.data?.requestAppointment.status).toBe('PENDING');

    await ask(page, 'Check-up');
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.getAttribute('data-rule'), SOON).toBe('SLOT_TAKEN');
    const alternatives = alert.getByRole('button');
    expect(await alternatives.count()).toBeGreaterThan(0);
    await checkPage(page, 'patient-book-slot-taken');
    await alternatives.first().click();

    await expect
      .poll(() => page.getByRole('status').allInnerTexts(), { timeout: 10_000 })
      .toContainEqual(expect.stringMatching(/pending/i));
    const lateToken = await stack.token(late);
    const filter = { patientId: late.id };
    const booked = await request(stack.gatewayUrl, AppointmentsDocument, { filter }, { token: lateToken });
    const visits = booked.data?.appointments.edges.map((edge) => edge.node) ?? [];
    expect(visits).toHaveLength(1);
    expect(visits[0]).toMatchObject({ status: 'PENDING', doctor: { id: doctorId } });
    expect(visits[0]?.start).not.toBe(wanted);
    await context.close();
  });
});
