import type { SubgraphContext } from '@hospital/kit';
import type { CsvImports } from './csv/csv-import.service.js';
import { createPerformanceLoader } from './report/report.loader.js';
import type { ReportService } from './report/report.service.js';

export interface AnalyticsServices {
  reports: ReportService;
  csvImports: CsvImports;
}

export const createAnalyticsLoaders = ({ reports }: Pick<AnalyticsServices, 'reports'>) => ({
  performance: createPerformanceLoader(reports),
});

export type AnalyticsLoaders = ReturnType<typeof createAnalyticsLoaders>;

export interface AnalyticsContext extends SubgraphContext, AnalyticsServices {
  loaders: AnalyticsLoaders;
}
