import { BadUserInputError, requireRole, Role } from '@hospital/kit';
import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { AnalyticsContext } from '../context.js';
import { CsvImport } from './csv-import.types.js';

/** More than this in one call is a job for the command line. */
const MAX_SOURCES = 100;

@Resolver()
export class CsvImportResolver {
  @Mutation(() => [CsvImport], {
    description:
      'ADMIN. Imports delivery and department-cost CSV files: paths inside the import folder ' +
      '(ANALYTICS_IMPORT_DIR), folders of them, or gs://bucket/prefix. Each file whole or not at all, in order; ' +
      'a bad file is BAD_USER_INPUT with its lines (extensions.problems) and the files imported before it',
  })
  importAnalyticsCsv(
    @Arg('sources', () => [String]) sources: string[],
    @Ctx() { viewer, importer, importDir, logger }: AnalyticsContext,
  ): Promise<CsvImport[]> {
    requireRole(viewer, Role.ADMIN);
    if (sources.length === 0 || sources.length > MAX_SOURCES) {
      throw BadUserInputError.field('sources', `give 1 to ${MAX_SOURCES} files, folders or gs:// prefixes`);
    }
    return importer.importSources(sources, {
      localRoot: importDir,
      onProgress: (progress) => logger.info(progress, 'importing CSV'),
    });
  }
}
