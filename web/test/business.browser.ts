import {
  AppointmentDetailDocument,
  ApproveAppointmentDocument,
  CancelAppointmentDocument,
  CatalogDocument,
  CompleteAppointmentDocument,
  DoctorPerformanceDocument,
  FeedbackEntriesDocument,
  PayInvoiceDocument,
  RequestAppointmentDocument,
  RevenueReportDocument,
  SubmitFeedbackDocument,
  type RevenueReportQuery,
} from '@hospital/client';
import { addDays, dateInZone, weekdayOf, zonedToUtc } from '@hospital/kit';
import { eventually } from '@hospital/kit/testing';
import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatMoney } from '../src/ui/format.js';
import { browserAvailable, checkPage, DEMO, startWebStack, type WebStack, call } from './harness.js';

type Report = RevenueReportQuery['revenueReport'];

/** The API's margin (a ratio) as the page writes it: a percentage to one decimal. */
const percent = (ratio: number): string => {
  const tenths = Math.round(Math.abs(ratio) * 1000);
  return `${ratio < 0 && tenths > 0 ? '−' : ''}${(tenths / 10).toFixed(1)}%`;
};

/** What the revenue page should show for a report of the API. */
function expectedOf(report: Report) {
  return {
    totals: {
      'Total revenue': formatMoney(report.totalRevenue),
      Profit: formatMoney(report.totalProfit),
      Margin: percent(report.profitMargin),
    },
    rows: report.departmentBreakdown.map((row) => [
      row.department?.name ?? 'Unknown department',
      formatMoney(row.revenue),
      formatMoney(row.profit),
      percent(row.profitMargin),
    ]),
    bars: report.departmentBreakdown
      .flatMap((row) => [
        `${row.department?.name}|revenue|${row.revenue}`,
        `${row.department?.name}|profit|${row.profit}`,
      ])
      .sort(),
  };
}

/** What the revenue page shows: its totals, its table's rows and its chart's bars (by their data attributes). */
async function shownOn(page: Page) {
  const totals: Record<string, string> = {};
  for (const figure of await page.locator('dd[data-figure]').all()) {
    totals[(await figure.getAttribute('data-figure')) ?? ''] = (await figure.innerText()).trim();
  }
  const rows: string[][] = [];
  for (const row of await page.locator('tbody tr').all()) {
    rows.push((await row.locator('th, td').allInnerTexts()).map((text) => text.trim()));
  }
  const bars: string[] = [];
  for (const bar of await page.locator('svg g[data-department]').all()) {
    const attribute = (name: string) => bar.getAttribute(`data-${name}`);
    bars.push(`${await attribute('department')}|${await attribute('series')}|${await attribute('value')}`);
  }
  return { totals, rows, bars: bars.sort() };
}

describe.runIf(browserAvailable())("the business department's pages", () => {
  let stack: WebStack;
  let zone: string;
  let visitDay: string;
  const ids = { olena: '', consultation: '', colposcopy: '', paidVisit: '', lateCancellation: '' };
  const tokens = { staff: '', stakeholder: '', doctor: '', patient: '' };

  /** The invoice the API made for a visit, once the event that makes it has reached billing. */
  async function invoiceOf(visitId: string): Promise<{ id: string; total: string; kind: string }> {
    let invoice: { id: string; total: string; kind: string } | null | undefined;
    await eventually(async () => {
      const { appointment } = await call(stack.gatewayUrl, AppointmentDetailDocument, { id: visitId }, tokens.staff);
      invoice = appointment?.invoice;
      expect(invoice).toBeTruthy();
    }, 15_000);
    return invoice!;
  }

  const pay = async (invoice: { id: string; total: string }) =>
    call(
      stack.gatewayUrl,
      PayInvoiceDocument,
      { input: { invoiceId: invoice.id, amount: invoice.total, method: 'CARD', idempotencyKey: randomUUID() } },
      tokens.staff,
    );

  beforeAll(async () => {
    stack = await startWebStack();
    zone = ((await (await fetch(new URL('config.json', stack.webUrl))).json()) as { clinicTimeZone: string })
      .clinicTimeZone;
    tokens.staff = await stack.token(DEMO.staff);
    tokens.stakeholder = await stack.token(DEMO.stakeholder);
    tokens.doctor = await stack.token(DEMO.doctor);
    const patient = await stack.newPatient('Oksana Revenue');
    tokens.patient = await stack.token(patient);

    const { departments } = await call(stack.gatewayUrl, CatalogDocument, {}, tokens.staff);
    const obstetrics = departments.find((department) => department.name === 'Obstetrics')!;
    const gynecology = departments.find((department) => department.name === 'Gynecology')!;
    ids.olena = obstetrics.doctors.find((doctor) => doctor.name === 'Olena Kovalenko')!.id;
    const iryna = gynecology.doctors.find((doctor) => doctor.name === 'Iryna Bondarenko')!.id;
    ids.consultation = obstetrics.services.find((service) => service.name === 'Prenatal consultation')!.id;
    ids.colposcopy = gynecology.services.find((service) => service.name === 'Colposcopy')!.id;

    // A weekday ahead on which both doctors see patients in the morning.
    visitDay = addDays(dateInZone(new Date(), zone), 1);
    while (['SATURDAY', 'SUNDAY'].includes(weekdayOf(visitDay))) visitDay = addDays(visitDay, 1);
    const at = (hour: number, minute = 0) => zonedToUtc(visitDay, hour * 60 + minute, zone);
    const ask = async (doctorId: string, serviceId: string, hour: number) =>
      (
        await call(
          stack.gatewayUrl,
          RequestAppointmentDocument,
          {
            input: {
              patientId: patient.id,
              doctorId,
              serviceId,
              preferredTime: at(hour).toISOString(),
              reason: 'Check-up',
            },
          },
          tokens.patient,
        )
      ).requestAppointment.id;
    ids.paidVisit = await ask(ids.olena, ids.consultation, 10);
    ids.lateCancellation = await ask(iryna, ids.colposcopy, 11);
    await call(stack.gatewayUrl, ApproveAppointmentDocument, { id: ids.paidVisit }, tokens.doctor);

    // At 10:40 that day the 10:00 visit has begun (the doctor completes it: a CONSULTATION invoice) and the
    // 11:00 one is less than 2 hours away (the patient cancels it: a CANCELLATION_FEE invoice).
    const later = await stack.ahead(Math.ceil((at(10, 40).getTime() - Date.now()) / 60_000));
    await call(later, CompleteAppointmentDocument, { id: ids.paidVisit }, tokens.doctor);
    await call(
      later,
      CancelAppointmentDocument,
      { id: ids.lateCancellation, reason: 'Something came up' },
      tokens.patient,
    );

    await pay(await invoiceOf(ids.paidVisit));
    const input = { appointmentId: ids.paidVisit, rating: 4, comment: 'Kind and thorough; the wait was short.' };
    await call(stack.gatewayUrl, SubmitFeedbackDocument, { input }, tokens.patient);
  });

  afterAll(() => stack?.stop());

  it("shows the API's revenue report as a chart and a table, and follows a payment as it lands", async () => {
    const fee = await invoiceOf(ids.lateCancellation);
    expect(fee.kind).toBe('CANCELLATION_FEE');

    const { page } = await stack.signedIn(DEMO.stakeholder);
    await page.waitForURL(/\/business\/revenue/);
    await page.getByRole('heading', { level: 1, name: 'Revenue' }).waitFor();
    const period = {
      from: await page.getByLabel('From', { exact: true }).inputValue(),
      to: await page.getByLabel('To', { exact: true }).inputValue(),
    };
    const today = dateInZone(new Date(), zone);
    expect(period.from <= today && today <= period.to, 'the period shown by default holds today').toBe(true);

    const report = async () =>
      (await call(stack.gatewayUrl, RevenueReportDocument, period, tokens.stakeholder)).revenueReport;
    const before = await report();
    expect(before.departmentBreakdown.map((row) => [row.department?.name, row.revenue])).toEqual([
      ['Obstetrics', '105.00'],
    ]);
    await eventually(async () => expect(await shownOn(page)).toEqual(expectedOf(before)), 10_000);
    await page.locator('figcaption').filter({ hasText: 'Obstetrics: revenue 105.00, profit 105.00' }).waitFor();
    await checkPage(page, 'business-revenue');

    // The page must change by itself: a reload would forget this mark.
    await page.evaluate(() => Object.assign(globalThis, { stillTheSamePage: true }));
    await pay(fee);
    let after: Report | undefined;
    await eventually(async () => {
      after = await report();
      expect(after.totalRevenue).toBe('175.00');
    }, 10_000);
    await page
      .getByRole('status')
      .filter({ hasText: /^Figures updated at \d\d:\d\d\.$/ })
      .waitFor({ timeout: 10_000 });
    await eventually(async () => expect(await shownOn(page)).toEqual(expectedOf(after!)), 10_000);
    expect(after!.departmentBreakdown.map((row) => [row.department?.name, row.revenue])).toContainEqual([
      'Gynecology',
      '70.00',
    ]);
    expect(await page.evaluate(() => 'stillTheSamePage' in globalThis)).toBe(true);
    await checkPage(page, 'business-revenue-updated');
  });

  it("shows a doctor's performance over a chosen period as the API reckons it, at a phone's width", async () => {
    const { page } = await stack.signedIn(DEMO.stakeholder, { phone: true });
    await page.getByRole('link', { name: 'Doctor performance' }).click();
    await page.getByRole('heading', { level: 1, name: 'Doctor performance' }).waitFor();
    await page.getByLabel('Doctor', { exact: true }).selectOption(ids.olena);
    // Feedback counts on the day it is given (today), a visit on the day it was booked for.
    const period = { from: dateInZone(new Date(), zone), to: visitDay };
    await page.getByLabel('To', { exact: true }).fill(period.to);
    await page.getByLabel('From', { exact: true }).fill(period.from);

    const { doctorPerformance } = await call(
      stack.gatewayUrl,
      DoctorPerformanceDocument,
      { doctorId: ids.olena, ...period },
      tokens.stakeholder,
    );
    expect(doctorPerformance).toMatchObject({ completedAppointments: 1, averagePatientSatisfaction: 4 });
    await page.getByText(`From ${period.from} to ${period.to}.`).waitFor();
    const figure = (term: string) => page.locator(`dd[data-figure="${term}"]`);
    expect(await figure('Completed visits').innerText()).toBe(String(doctorPerformance.completedAppointments));
    expect(await figure('No-shows').innerText()).toBe(String(doctorPerformance.noShows));
    expect(await figure('Working days').innerText()).toBe(String(doctorPerformance.totalWorkingDays));
    expect(await figure('Patient satisfaction').innerText()).toBe(
      `${doctorPerformance.averagePatientSatisfaction?.toFixed(2)} out of 5`,
    );
    expect(await figure('Natural births').innerText()).toBe(String(doctorPerformance.totalNaturalBirths));
    expect(await figure('C-sections').innerText()).toBe(String(doctorPerformance.totalCSections));
    await checkPage(page, 'business-doctors-phone');
  });

  it("lists the API's feedback newest first, filtered by doctor and rating", async () => {
    const { page } = await stack.signedIn(DEMO.stakeholder);
    await page.getByRole('link', { name: 'Feedback' }).click();
    await page.getByRole('heading', { level: 1, name: 'Feedback' }).waitFor();

    const { feedbackEntries } = await call(
      stack.gatewayUrl,
      FeedbackEntriesDocument,
      { first: 20 },
      tokens.stakeholder,
    );
    const entries = page.getByRole('list', { name: 'Feedback, newest first' }).getByRole('listitem');
    await eventually(async () => expect(await entries.count()).toBe(feedbackEntries.edges.length), 10_000);
    const first = feedbackEntries.edges[0]!.node;
    expect(await entries.first().getAttribute('data-feedback')).toBe(first.id);
    await expect(entries.first().innerText()).resolves.toContain(first.comment);
    await expect(entries.first().innerText()).resolves.toContain('4 out of 5');

    await page.getByLabel('Doctor', { exact: true }).selectOption(ids.olena);
    await page.getByLabel('Rating', { exact: true }).selectOption('5');
    await page.getByText('No feedback matches these filters.').waitFor();
    await page.getByLabel('Rating', { exact: true }).selectOption('4');
    await entries.first().filter({ hasText: first.comment! }).waitFor();
    await checkPage(page, 'business-feedback');
  });
});
