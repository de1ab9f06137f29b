import { AuditTrail, BadUserInputError, requireRole, Role, type Caller, type Logger } from '@hospital/kit';
import { type UnitOfWork } from '@hospital/kit/events';
import type { EntityManager } from 'typeorm';
import type { CsvImporter, DaySpan, ImportedFile } from '../import/importer.js';

/** More than this in one call is a job for the command line. */
export const MAX_SOURCES = 100;

/**
 * The ADMIN's import of CSV files through the API. Each file that adds facts is an
 * `analytics.import` entry of the audit trail, named after the file and committed
 * with its rows (a file that adds nothing changes nothing); each refusal is recorded
 * too. The command line's import is an operator's at the database, not a signed-in
 * user's, and is not.
 */
export class CsvImports {
  private readonly audit: AuditTrail;

  constructor(
    private readonly uow: UnitOfWork,
    private readonly importer: CsvImporter,
    /** The folder the mutation may read local files from. */
    private readonly importDir: string,
  ) {
    this.audit = new AuditTrail(uow);
  }

  async run(caller: Caller, sources: readonly string[], logger: Logger): Promise<ImportedFile[]> {
    const entry = { action: 'analytics.import', subjectType: 'CsvImport' };
    await this.audit.permit(caller, entry, () => requireRole(caller.viewer, Role.ADMIN));
    if (sources.length === 0 || sources.length > MAX_SOURCES) {
      throw BadUserInputError.field('sources', `give 1 to ${MAX_SOURCES} files, folders or gs:// prefixes`);
    }
    return this.importer.importSources(sources, {
      localRoot: this.importDir,
      onProgress: (progress) => logger.info(progress, 'importing CSV'),
      onWriting: async (manager, file, reportDays) => {
        await this.audit.changedWithin(manager, caller, { ...entry, subjectId: file.source });
        await announceReportChange(this.uow, manager, reportDays);
      },
      // Each file commits on its own: what it announced goes out now, not at the relay's next round.
      onImported: () => this.uow.committed(),
    });
  }
}

/** Tells live reports (`analytics.report-changed`) that the revenue of these days changed, in the import's transaction. */
export function announceReportChange(
  uow: Pick<UnitOfWork, 'joining'>,
  manager: EntityManager,
  days: DaySpan | undefined,
): Promise<void> {
  if (!days) return Promise.resolve();
  return uow.joining(manager, (emit) => emit('analytics.report-changed', days));
}
