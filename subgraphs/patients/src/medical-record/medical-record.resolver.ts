import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { PatientsContext } from '../context.js';
import { MedicalRecordInput } from './medical-record.input.js';
import { MedicalRecord } from './medical-record.type.js';

@Resolver(() => MedicalRecord)
export class MedicalRecordResolver {
  @Mutation(() => MedicalRecord, { description: 'A DOCTOR, for a patient they have an appointment with' })
  addMedicalRecord(
    @Arg('patientId', () => ID) patientId: string,
    @Arg('input', () => MedicalRecordInput) input: MedicalRecordInput,
    @Ctx() context: PatientsContext,
  ): Promise<MedicalRecord> {
    return context.medicalRecords.add(context, patientId, input);
  }

  @Mutation(() => MedicalRecord, { description: 'A DOCTOR, for a patient they have an appointment with' })
  updateMedicalRecord(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => MedicalRecordInput) input: MedicalRecordInput,
    @Ctx() context: PatientsContext,
  ): Promise<MedicalRecord> {
    return context.medicalRecords.update(context, id, input);
  }
}
