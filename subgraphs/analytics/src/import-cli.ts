import { createDataSource, createLogger, databaseOptionsOf, DomainError, migrate, runMain } from '@hospital/kit';
import { UnitOfWork } from '@hospital/kit/events';
import { loadAnalyticsConfig } from './config.js';
import { announceReportChange } from './csv/csv-import.service.js';
import { CsvImporter, CsvImportError, type ImportedFile, type ImportProgress } from './import/importer.js';
import { analyticsTables } from './tables.js';

const USAGE = `usage: node dist/import-cli.js <file.csv | folder | gs://bucket/prefix>…

Imports delivery and department-cost CSV files into the analytics database that the
environment names (ANALYTICS_DATABASE_URL, or the embedded file under DATA_DIR).
A folder means every *.csv directly inside it, a gs:// prefix every *.csv object
under it, by name. Each file is imported whole or not at all, in order; the import
stops at the first bad file, the ones before it staying imported.
`;

const number = (n: number) => n.toLocaleString('en-US');
const rowCount = (n: number) => `${number(n)} ${n === 1 ? 'row' : 'rows'}`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

const progressLine = ({ source, rows, fraction }: ImportProgress, elapsed: number) =>
  `${source}: ${fraction === undefined ? '' : `${Math.floor(fraction * 100)} % · `}${rowCount(rows)} · ${seconds(elapsed)}\n`;

const summaryLine = (file: ImportedFile, elapsed: number) =>
  `${file.source}: ${rowCount(file.rows)}, ${number(file.added)} added, ` +
  `${number(file.alreadyPresent)} already present (${file.kind}) in ${seconds(elapsed)}\n`;

function reportProblems(error: CsvImportError): void {
  for (const problem of error.problems) process.stderr.write(`${error.file}:${problem.line}: ${problem.message}\n`);
  const unlisted = error.problemCount - error.problems.length;
  process.stderr.write(
    `${error.file}: ${number(error.problemCount)} ${error.problemCount === 1 ? 'problem' : 'problems'}` +
      `${unlisted > 0 ? ` (${number(unlisted)} not listed)` : ''}, nothing imported from it\n`,
  );
}

async function importFiles(sources: string[]): Promise<number> {
  const config = loadAnalyticsConfig();
  const dataSource = createDataSource({ ...databaseOptionsOf(config), ...analyticsTables });
  await dataSource.initialize();
  try {
    await migrate(dataSource);
    const importer = new CsvImporter(dataSource, {
      clinicTimeZone: config.clinicTimeZone,
      storageEmulatorHost: config.extra.STORAGE_EMULATOR_HOST,
      // The summary lines say what each file did; the log is for what went wrong.
      logger: createLogger({ name: config.name, level: 'warn' }, process.stderr),
    });
    // No relay here: the running subgraph's, which polls its outbox, publishes what the import announces.
    const uow = new UnitOfWork(dataSource, { nudge: () => {} });
    let started = Date.now();
    await importer.importSources(sources, {
      onWriting: (manager, _file, reportDays) => announceReportChange(uow, manager, reportDays),
      // pnpm runs the package's script from its folder; the paths were typed where pnpm was run.
      baseDir: process.env['INIT_CWD'] ?? process.cwd(),
      onProgress: (progress) => process.stderr.write(progressLine(progress, Date.now() - started)),
      onImported: (file) => {
        process.stdout.write(summaryLine(file, Date.now() - started));
        started = Date.now();
      },
    });
    return 0;
  } catch (error) {
    if (error instanceof CsvImportError) {
      reportProblems(error);
      return 1;
    }
    if (error instanceof DomainError) {
      process.stderr.write(`${error.message}\n`);
      return 1;
    }
    throw error;
  } finally {
    await dataSource.destroy();
  }
}

const sources = process.argv.slice(2);
if (sources.length === 0 || sources.includes('--help') || sources.includes('-h')) {
  process.stderr.write(USAGE);
  process.exit(sources.length === 0 ? 2 : 0);
}
await runMain('analytics-import', async () => {
  process.exitCode = await importFiles(sources);
});
