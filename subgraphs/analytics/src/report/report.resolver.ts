import { ForbiddenError, LocalDateScalar, requireViewer } from '@hospital/kit';
import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { AnalyticsContext } from '../context.js';
import { Doctor } from '../federation/stubs.js';
import { checkPeriod, mayReadPerformance, mayReadRevenue } from './report.rules.js';
import { DoctorPerformance, RevenueReport } from './report.types.js';
import { doctorPerformanceOf, revenueReportOf } from './report.view.js';

@Resolver()
export class ReportResolver {
  @Query(() => RevenueReport, {
    description: 'STAKEHOLDER and ADMIN. Inclusive clinic days, at most 5 years; from after to is BAD_USER_INPUT',
  })
  async revenueReport(
    @Arg('from', () => LocalDateScalar) from: string,
    @Arg('to', () => LocalDateScalar) to: string,
    @Ctx() { viewer, reports }: AnalyticsContext,
  ): Promise<RevenueReport> {
    if (!mayReadRevenue(requireViewer(viewer)))
      throw new ForbiddenError('Revenue reports are for the business department');
    checkPeriod(from, to);
    return revenueReportOf(from, to, await reports.revenue(from, to));
  }

  @Query(() => DoctorPerformance, {
    description:
      'STAKEHOLDER and ADMIN for any doctor, a DOCTOR for themselves. Inclusive clinic days, at most 5 years',
  })
  async doctorPerformance(
    @Arg('doctorId', () => ID) doctorId: string,
    @Arg('from', () => LocalDateScalar) from: string,
    @Arg('to', () => LocalDateScalar) to: string,
    @Ctx() context: AnalyticsContext,
  ): Promise<DoctorPerformance> {
    return performanceFor(context, doctorId, from, to);
  }
}

@Resolver(() => Doctor)
export class DoctorPerformanceResolver {
  @FieldResolver(() => DoctorPerformance, {
    nullable: true,
    description: 'As doctorPerformance: refused (FORBIDDEN) to anyone but the doctor, STAKEHOLDER and ADMIN',
  })
  performance(
    @Root() doctor: Doctor,
    @Arg('from', () => LocalDateScalar) from: string,
    @Arg('to', () => LocalDateScalar) to: string,
    @Ctx() context: AnalyticsContext,
  ): Promise<DoctorPerformance> {
    return performanceFor(context, doctor.id, from, to);
  }
}

async function performanceFor(
  { viewer, loaders }: AnalyticsContext,
  doctorId: string,
  from: string,
  to: string,
): Promise<DoctorPerformance> {
  if (!mayReadPerformance(requireViewer(viewer), doctorId)) {
    throw new ForbiddenError("A doctor's performance is for the doctor and the business department");
  }
  checkPeriod(from, to);
  return doctorPerformanceOf(doctorId, from, to, await loaders.performance.load({ doctorId, from, to }));
}
