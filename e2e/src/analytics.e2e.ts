import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import {
  CompleteAppointmentDocument,
  DoctorPerformanceDocument,
  DoctorProfileDocument,
  ImportAnalyticsCsvDocument,
  MarkNoShowDocument,
  PayInvoiceDocument,
  RevenueReportDocument,
  SubmitFeedbackDocument,
  AppointmentDetailDocument,
} from '@hospital/client';
import { addDays, dateInZone } from '@hospital/kit';
import { eventually } from '@hospital/kit/testing';
import { describe, expect, it } from 'vitest';
import { codeOf, dataOf, type Execute } from './client.js';
import { MODE, supergraphAvailable } from './harness.js';
import { at, CLINIC_ZONE, mondayAhead } from './time.js';
import { useWorld, type Actor } from './world.js';

describe.runIf(await supergraphAvailable())(`the business department's reports (${MODE})`, () => {
  // Its revenue and profit totals are the whole hospital's, which other files' payments would move.
  const current = useWorld({ own: true });
  const monday = mondayAhead();

  /** Pays a visit's invoice in full once billing has made it; resolves with the invoice's total. */
  async function payFor(execute: Execute, appointmentId: string, patient: Actor): Promise<string> {
    let invoice: { id: string; total: string } | undefined;
    await eventually(async () => {
      const { appointment } = dataOf(await execute(AppointmentDetailDocument, { id: appointmentId }, patient.token));
      invoice = appointment?.invoice ?? undefined;
      expect(invoice).toBeDefined();
    });
    const input = {
      invoiceId: invoice!.id,
      amount: invoice!.total,
      method: 'CARD' as const,
      idempotencyKey: randomUUID(),
    };
    dataOf(await execute(PayInvoiceDocument, { input }, patient.token));
    return invoice!.total;
  }

  it('reports revenue, costs, profit and a doctor’s performance from real visits and imported CSV files, each figure as computed by hand', async () => {
    const world = current();
    const [maternity, neonatal] = [await world.department(), await world.department()];
    const consultation = await world.service(maternity.id, '105.00');
    const checkup = await world.service(neonatal.id, '80.00');
    const doctor = await world.doctor(maternity.id, 'Olena Figures');
    const neonatologist = await world.doctor(neonatal.id, 'Marta Figures');
    const [paid, absent, unpaid, baby] = [
      await world.patient('Iryna Paid'),
      await world.patient('Daryna Absent'),
      await world.patient('Vira Unpaid'),
      await world.patient('Alla Newborn'),
    ];
    const visits = {
      paid: await world.approvedVisit(paid, doctor, consultation.id, at(monday, '10:00')),
      absent: await world.approvedVisit(absent, doctor, consultation.id, at(monday, '11:00')),
      unpaid: await world.approvedVisit(unpaid, doctor, consultation.id, at(monday, '12:00')),
      baby: await world.approvedVisit(baby, neonatologist, checkup.id, at(monday, '10:00')),
    };
    const later = await world.at(at(monday, '13:00'));
    dataOf(await later(CompleteAppointmentDocument, { id: visits.paid }, doctor.token));
    dataOf(await later(MarkNoShowDocument, { id: visits.absent }, doctor.token));
    dataOf(await later(CompleteAppointmentDocument, { id: visits.unpaid }, doctor.token));
    dataOf(await later(CompleteAppointmentDocument, { id: visits.baby }, neonatologist.token));

    // Paid today: 105.00 + 5.25 tax, the no-show fee 105.00 + 5.25, and 80.00 + 4.00. The third visit stays unpaid.
    expect(await payFor(world.execute, visits.paid, paid)).toBe('110.25');
    expect(await payFor(world.execute, visits.absent, absent)).toBe('110.25');
    expect(await payFor(world.execute, visits.baby, baby)).toBe('84.00');
    for (const [visit, patient, rating] of [
      [visits.paid, paid, 5],
      [visits.unpaid, unpaid, 4],
    ] as const) {
      dataOf(await world.execute(SubmitFeedbackDocument, { input: { appointmentId: visit, rating } }, patient.token));
    }

    const today = dateInZone(new Date(), CLINIC_ZONE);
    const [sunday, wednesday] = [addDays(monday, -1), addDays(monday, 2)];
    mkdirSync(world.supergraph.importDir, { recursive: true });
    const deliveries = `run-${randomUUID().slice(0, 8)}-deliveries.csv`;
    const costs = `run-${randomUUID().slice(0, 8)}-costs.csv`;
    writeFileSync(
      join(world.supergraph.importDir, deliveries),
      [
        'delivery_id,doctor_id,delivered_at,delivery_type',
        `${randomUUID()},${doctor.id},${sunday}T03:15:00,natural`,
        `${randomUUID()},${doctor.id},${monday}T15:40:00,C_SECTION`,
        `${randomUUID()},${doctor.id},${wednesday}T23:50:00+02:00,Caesarean`,
        `${randomUUID()},${neonatologist.id},${monday}T08:00:00Z,vaginal`,
      ].join('\n'),
    );
    writeFileSync(
      join(world.supergraph.importDir, costs),
      [
        'cost_id,department_id,cost_date,amount,category',
        `${randomUUID()},${maternity.id},${today},40,supplies`,
        `${randomUUID()},${maternity.id},${today},12.35,laundry`,
        `${randomUUID()},${neonatal.id},${today},100.00,equipment`,
        `${randomUUID()},${maternity.id},${addDays(today, -30)},999.99,rent`,
      ].join('\n'),
    );

    const admin = await world.admin();
    const stakeholder = await world.account('STAKEHOLDER');
    const sources = [deliveries, costs];
    expect(codeOf(await world.execute(ImportAnalyticsCsvDocument, { sources }, stakeholder.token))).toBe('FORBIDDEN');
    const imported = dataOf(await world.execute(ImportAnalyticsCsvDocument, { sources }, admin)).importAnalyticsCsv;
    expect(imported).toEqual([
      { source: deliveries, kind: 'DELIVERIES', rows: 4, added: 4, alreadyPresent: 0 },
      { source: costs, kind: 'DEPARTMENT_COSTS', rows: 4, added: 4, alreadyPresent: 0 },
    ]);
    const again = dataOf(await world.execute(ImportAnalyticsCsvDocument, { sources }, admin)).importAnalyticsCsv;
    expect(again.map((file) => [file.added, file.alreadyPresent])).toEqual([
      [0, 4],
      [0, 4],
    ]);
    const broken = `run-${randomUUID().slice(0, 8)}-broken.csv`;
    writeFileSync(
      join(world.supergraph.importDir, broken),
      `cost_id,department_id,cost_date,amount,category\n${randomUUID()},${neonatal.id},${today},5.00,ok\nc-2,${neonatal.id},2026-02-30,5.00,bad\n`,
    );
    const refused = await world.execute(ImportAnalyticsCsvDocument, { sources: [broken] }, admin);
    expect(codeOf(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0]?.extensions?.['problems']).toEqual([
      { line: 3, message: expect.stringContaining('2026-02-30') },
    ]);

    // Revenue by the day paid (today), net of tax; costs dated today.
    const period = { from: addDays(today, -1), to: addDays(today, 1) };
    const expected = {
      startDate: period.from,
      endDate: period.to,
      totalRevenue: '290.00',
      totalProfit: '137.65',
      profitMargin: 137.65 / 290,
      departmentBreakdown: [
        {
          department: { id: maternity.id, name: maternity.name },
          revenue: '210.00',
          profit: '157.65',
          profitMargin: 157.65 / 210,
        },
        {
          department: { id: neonatal.id, name: neonatal.name },
          revenue: '80.00',
          profit: '-20.00',
          profitMargin: -0.25,
        },
      ],
    };
    await eventually(async () => {
      const { revenueReport } = dataOf(await world.execute(RevenueReportDocument, period, stakeholder.token));
      expect(revenueReport).toEqual({
        ...expected,
        profitMargin: expect.closeTo(expected.profitMargin, 12),
        departmentBreakdown: [
          { ...expected.departmentBreakdown[0], profitMargin: expect.closeTo(157.65 / 210, 12) },
          expected.departmentBreakdown[1],
        ],
      });
    }, 20_000);
    expect(dataOf(await world.execute(RevenueReportDocument, period, admin)).revenueReport.totalRevenue).toBe('290.00');
    expect(codeOf(await world.execute(RevenueReportDocument, period, doctor.token))).toBe('FORBIDDEN');
    expect(codeOf(await world.execute(RevenueReportDocument, { from: period.to, to: period.from }, admin))).toBe(
      'BAD_USER_INPUT',
    );

    // Sunday (a delivery), Monday (visits and a delivery), Wednesday (a delivery at 23:50 Kyiv time): 3 working days.
    const span = { doctorId: doctor.id, from: addDays(today, -1), to: addDays(wednesday, 1) };
    const performance = {
      doctor: { id: doctor.id, name: 'Olena Figures', department: { name: maternity.name } },
      startDate: span.from,
      endDate: span.to,
      totalCSections: 2,
      totalNaturalBirths: 1,
      totalWorkingDays: 3,
      averagePatientSatisfaction: 4.5,
      completedAppointments: 2,
      noShows: 1,
    };
    await eventually(async () =>
      expect(dataOf(await world.execute(DoctorPerformanceDocument, span, stakeholder.token)).doctorPerformance).toEqual(
        performance,
      ),
    );
    expect(dataOf(await world.execute(DoctorPerformanceDocument, span, doctor.token)).doctorPerformance).toEqual(
      performance,
    );
    expect(
      codeOf(await world.execute(DoctorPerformanceDocument, { ...span, doctorId: neonatologist.id }, doctor.token)),
    ).toBe('FORBIDDEN');

    // The doctor's profile carries the same figures, through the gateway's federation of doctors and analytics.
    const profileOf = (token: string) =>
      world.execute(DoctorProfileDocument, { id: doctor.id, from: span.from, to: span.to }, token);
    const profile = dataOf(await profileOf(stakeholder.token)).doctor;
    expect(profile).toMatchObject({
      id: doctor.id,
      name: 'Olena Figures',
      department: { id: maternity.id, name: maternity.name },
      feedbackSummary: { averageRating: 4.5, count: 2 },
      performance: { totalCSections: 2, totalNaturalBirths: 1, averagePatientSatisfaction: 4.5 },
    });
    const asPatient = await profileOf(paid.token);
    expect(asPatient.data?.doctor).toMatchObject({ name: 'Olena Figures', performance: null });
    expect(asPatient.errors?.map((e) => [e.path?.join('.'), e.extensions?.code])).toContainEqual([
      'doctor.performance',
      'FORBIDDEN',
    ]);
  });
});
