import type { ExportPart } from '@hospital/kit';
import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { PatientsContext } from '../context.js';
import { PatientDataExport } from './patient-export.type.js';

@Resolver(() => PatientDataExport)
export class PatientExportResolver {
  @Query(() => PatientDataExport, {
    description: 'The patient herself and ADMIN: everything the hospital holds about her, as one JSON document',
  })
  patientDataExport(
    @Arg('patientId', () => ID, { description: 'Whose data; NOT_FOUND when the id names no patient' })
    patientId: string,
    @Ctx() context: PatientsContext,
  ) {
    return context.patientExports.begin(context, patientId);
  }

  @FieldResolver()
  document(@Root() gathered: PatientDataExport, @Ctx() context: PatientsContext): Promise<ExportPart> {
    return context.patientExports.document(context, gathered);
  }
}
