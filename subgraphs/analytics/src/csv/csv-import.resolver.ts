import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { AnalyticsContext } from '../context.js';
import { MAX_SOURCE_LENGTH } from '../import/sources.js';
import { MAX_SOURCES } from './csv-import.service.js';
import { CsvImport } from './csv-import.types.js';

@Resolver()
export class CsvImportResolver {
  @Mutation(() => [CsvImport], {
    description:
      'ADMIN. Imports delivery and department-cost CSV files: paths inside the import folder ' +
      '(ANALYTICS_IMPORT_DIR), folders of them, or gs://bucket/prefix. Each file whole or not at all, in order; ' +
      'a bad file is BAD_USER_INPUT with its lines (extensions.problems) and the files imported before it',
  })
  importAnalyticsCsv(
    @Arg('sources', () => [String], {
      description: `1 to ${MAX_SOURCES} files, folders or gs:// prefixes, each at most ${MAX_SOURCE_LENGTH} characters; imported in this order`,
    })
    sources: string[],
    @Ctx() context: AnalyticsContext,
  ): Promise<CsvImport[]> {
    return context.csvImports.run(context, sources, context.logger);
  }
}
