import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { PatientsContext } from '../context.js';
import { MedicalRecordVersion } from './medical-record-version.type.js';
import { MedicalRecordInput } from './medical-record.input.js';
import { MedicalRecord } from './medical-record.type.js';

@Resolver(() => MedicalRecord)
export class MedicalRecordResolver {
  @Mutation(() => MedicalRecord, { description: 'A DOCTOR, for a patient they have an appointment with' })
  addMedicalRecord(
    @Arg('patientId', () => ID, { description: 'Whose record it is; NOT_FOUND when the id names no patient' })
    patientId: string,
    @Arg('input', () => MedicalRecordInput, { description: 'What it says; the caller becomes its author' })
    input: MedicalRecordInput,
    @Ctx() context: PatientsContext,
  ): Promise<MedicalRecord> {
    return context.medicalRecords.add(context, patientId, input);
  }

  @Mutation(() => MedicalRecord, {
    description: 'A DOCTOR, for a patient they have an appointment with: the record becomes its next version',
  })
  updateMedicalRecord(
    @Arg('id', () => ID, { description: 'The record to revise; NOT_FOUND when the id names none' }) id: string,
    @Arg('input', () => MedicalRecordInput, { description: 'What the new version says' })
    input: MedicalRecordInput,
    @Ctx() context: PatientsContext,
  ): Promise<MedicalRecord> {
    return context.medicalRecords.update(context, id, input);
  }

  @FieldResolver(() => [MedicalRecordVersion], {
    description: 'Every version, oldest first, the current one last: for whoever may read the record',
  })
  versions(@Root() record: MedicalRecord, @Ctx() context: PatientsContext): Promise<MedicalRecordVersion[]> {
    return context.medicalRecords.versionsOf(context, record);
  }
}
