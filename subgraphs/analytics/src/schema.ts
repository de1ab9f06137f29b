import { buildFederatedSchema } from '@hospital/kit';
import type { AnalyticsContext } from './context.js';
import { CsvImportResolver } from './csv/csv-import.resolver.js';
import { doctorReference } from './federation/references.js';
import { DoctorPerformanceResolver, ReportResolver } from './report/report.resolver.js';

export const buildAnalyticsSchema = () =>
  buildFederatedSchema<AnalyticsContext>({
    resolvers: [ReportResolver, DoctorPerformanceResolver, CsvImportResolver],
    references: { Doctor: doctorReference },
  });
