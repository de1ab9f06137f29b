import { buildFederatedSchema } from '@hospital/kit';
import type { AnalyticsContext } from './context.js';
import { CsvImportResolver } from './csv/csv-import.resolver.js';
import { Doctor } from './federation/doctors.stub.js';
import { DoctorPerformanceResolver, ReportResolver } from './report/report.resolver.js';
import { REPORT_SUBSCRIPTION_SDL } from './report/report.subscription.js';

export const buildAnalyticsSchema = () =>
  buildFederatedSchema<AnalyticsContext>({
    resolvers: [ReportResolver, DoctorPerformanceResolver, CsvImportResolver],
    typeDefs: REPORT_SUBSCRIPTION_SDL,
    stubs: [Doctor],
  });
