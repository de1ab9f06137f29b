import { join } from 'node:path';
import { createRuntime, createSubgraph, type Subgraph, type SubgraphOptions, type SubgraphModule } from '@hospital/kit';
import { ANALYTICS_PORT, loadAnalyticsConfig } from './config.js';
import { createAnalyticsLoaders, type AnalyticsContext, type AnalyticsServices } from './context.js';
import { CsvImports } from './csv/csv-import.service.js';
import { consumeFacts } from './events/facts.consumer.js';
import { FactRecorder } from './facts/facts.recorder.js';
import { CsvImporter } from './import/importer.js';
import { ReportService } from './report/report.service.js';
import { buildAnalyticsSchema } from './schema.js';
import { analyticsTables } from './tables.js';

export { buildAnalyticsSchema } from './schema.js';
export { ANALYTICS_PORT, loadAnalyticsConfig } from './config.js';
export { analyticsTables } from './tables.js';
export { ReportService } from './report/report.service.js';
export { revenueFromFacts } from './report/reports-from-facts.js';

/** Analytics: facts from the other subgraphs' events and from CSV files, and the business department's reports. */
export async function createAnalyticsSubgraph(options: SubgraphOptions = {}): Promise<Subgraph> {
  const config = loadAnalyticsConfig(options.env);
  const runtime = createRuntime(config, analyticsTables, options);
  const services: AnalyticsServices = {
    reports: new ReportService(runtime.dataSource),
    csvImports: new CsvImports(
      runtime.uow,
      new CsvImporter(runtime.dataSource, {
        clinicTimeZone: config.clinicTimeZone,
        storageEmulatorHost: config.extra.STORAGE_EMULATOR_HOST,
        logger: runtime.logger,
      }),
      config.extra.ANALYTICS_IMPORT_DIR ?? join(config.dataDir, 'imports'),
    ),
  };
  const facts = new FactRecorder(config.clinicTimeZone);

  return createSubgraph<AnalyticsContext>(runtime, {
    schema: await buildAnalyticsSchema(),
    context: (base) => ({ ...base, ...services, loaders: createAnalyticsLoaders(services) }),
    consume: () => consumeFacts(runtime, facts),
  });
}

export const analyticsModule: SubgraphModule = {
  name: 'analytics',
  port: ANALYTICS_PORT,
  buildSchema: buildAnalyticsSchema,
  create: createAnalyticsSubgraph,
  loadConfig: loadAnalyticsConfig,
  tables: analyticsTables,
};
