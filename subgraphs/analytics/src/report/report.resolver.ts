import { LocalDateScalar, MAX_REPORT_YEARS } from '@hospital/kit';
import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { AnalyticsContext } from '../context.js';
import { Doctor } from '../federation/doctors.stub.js';
import { PERIOD_ARGUMENTS } from './report.rules.js';
import { DoctorPerformance, RevenueReport } from './report.types.js';

@Resolver()
export class ReportResolver {
  @Query(() => RevenueReport, {
    description: `STAKEHOLDER and ADMIN. Inclusive clinic days, at most ${MAX_REPORT_YEARS} years; from after to is BAD_USER_INPUT`,
  })
  revenueReport(
    @Arg('from', () => LocalDateScalar, { description: PERIOD_ARGUMENTS.from }) from: string,
    @Arg('to', () => LocalDateScalar, { description: PERIOD_ARGUMENTS.to }) to: string,
    @Ctx() context: AnalyticsContext,
  ): Promise<RevenueReport> {
    return context.reports.revenueReport(context, from, to);
  }

  @Query(() => DoctorPerformance, {
    description: `STAKEHOLDER and ADMIN for any doctor, a DOCTOR for themselves. Inclusive clinic days, at most ${MAX_REPORT_YEARS} years`,
  })
  doctorPerformance(
    @Arg('doctorId', () => ID, { description: 'The doctor; a DOCTOR may name only themself (FORBIDDEN otherwise)' })
    doctorId: string,
    @Arg('from', () => LocalDateScalar, { description: PERIOD_ARGUMENTS.from }) from: string,
    @Arg('to', () => LocalDateScalar, { description: PERIOD_ARGUMENTS.to }) to: string,
    @Ctx() context: AnalyticsContext,
  ): Promise<DoctorPerformance> {
    return context.reports.doctorPerformance(context, doctorId, from, to);
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
    @Arg('from', () => LocalDateScalar, { description: PERIOD_ARGUMENTS.from }) from: string,
    @Arg('to', () => LocalDateScalar, { description: PERIOD_ARGUMENTS.to }) to: string,
    @Ctx() context: AnalyticsContext,
  ): Promise<DoctorPerformance> {
    return context.reports.doctorPerformance(context, doctor.id, from, to);
  }
}
