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

export interface AnalyticsContext extends SubgraphContext, AnalyticsServices {
  loaders: ReturnType<typeof createAnalyticsLoaders>;
}

/** What a service needs of the request: who asks, and the request's loaders. */
export type Caller = Pick<AnalyticsContext, 'viewer' | 'loaders'>;
