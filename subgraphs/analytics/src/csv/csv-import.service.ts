import {
  AuditTrail,
  BadUserInputError,
  requireRole,
  Role,
  type AuditedRequest,
  type Logger,
  type UnitOfWork,
} from '@hospital/kit';
import type { CsvImporter, ImportedFile } from '../import/importer.js';

/** More than this in one call is a job for the command line. */
const MAX_SOURCES = 100;

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
    uow: UnitOfWork,
    private readonly importer: CsvImporter,
    /** The folder the mutation may read local files from. */
    private readonly importDir: string,
  ) {
    this.audit = new AuditTrail(uow);
  }

  async run(request: AuditedRequest & { logger: Logger }, sources: readonly string[]): Promise<ImportedFile[]> {
    const entry = { action: 'analytics.import', subjectType: 'CsvImport' };
    await this.audit.permit(request, entry, () => requireRole(request.viewer, Role.ADMIN));
    if (sources.length === 0 || sources.length > MAX_SOURCES) {
      throw BadUserInputError.field('sources', `give 1 to ${MAX_SOURCES} files, folders or gs:// prefixes`);
    }
    return this.importer.importSources(sources, {
      localRoot: this.importDir,
      onProgress: (progress) => request.logger.info(progress, 'importing CSV'),
      onWriting: (manager, file) => this.audit.changedWithin(manager, request, { ...entry, subjectId: file.source }),
    });
  }
}
