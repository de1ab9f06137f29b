import { ContactCard, PageArgs } from '@hospital/kit';
import { Arg, Args, Ctx, Directive, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { PatientsContext } from '../context.js';
import { MedicalRecord } from '../medical-record/medical-record.type.js';
import { Patient, PatientConnection } from './patient.entity.js';
import { PatientFilter, RegisterPatientInput, UpdatePatientInput } from './patient.input.js';

@Resolver(() => Patient)
export class PatientResolver {
  @Query(() => Patient, {
    nullable: true,
    description:
      'The patient herself, STAFF and ADMIN; a DOCTOR a patient they have an appointment with, else FORBIDDEN. NOT_FOUND for STAFF and ADMIN when the id names no patient (a DOCTOR is told FORBIDDEN)',
  })
  patient(
    @Arg('id', () => ID, { description: "The patient's id" }) id: string,
    @Ctx() context: PatientsContext,
  ): Promise<Patient> {
    return context.patients.profile(context, id);
  }

  @Query(() => ContactCard, { description: 'A service with contacts:read only: how to reach the patient' })
  @Directive('@inaccessible')
  patientContact(@Arg('id', () => ID) id: string, @Ctx() context: PatientsContext): Promise<ContactCard> {
    return context.patients.contact(context, id);
  }

  @Query(() => PatientConnection, {
    description: 'By name. STAFF and ADMIN see every patient, a DOCTOR the patients they have appointments with',
  })
  patients(
    @Arg('filter', () => PatientFilter, {
      nullable: true,
      description: 'Narrows the list; every patient the caller may see unless given',
    })
    filter: PatientFilter | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() context: PatientsContext,
  ): Promise<PatientConnection> {
    return context.patients.list(context, filter, page);
  }

  @Mutation(() => Patient, {
    description: 'A PATIENT registers themself (the profile takes their user id); STAFF or ADMIN register a walk-in',
  })
  registerPatient(
    @Arg('input', () => RegisterPatientInput, {
      description: 'Who the patient is; a PATIENT who already has a profile is CONFLICT',
    })
    input: RegisterPatientInput,
    @Ctx() context: PatientsContext,
  ): Promise<Patient> {
    return context.patients.register(context, input);
  }

  @Mutation(() => Patient, {
    description:
      'The patient herself, STAFF or ADMIN; FORBIDDEN for anyone else, a DOCTOR too. NOT_FOUND for STAFF and ADMIN when the id names no patient',
  })
  updatePatient(
    @Arg('id', () => ID, { description: 'The patient to change' }) id: string,
    @Arg('input', () => UpdatePatientInput, { description: 'The fields to change' }) input: UpdatePatientInput,
    @Ctx() context: PatientsContext,
  ): Promise<Patient> {
    return context.patients.update(context, id, input);
  }

  @FieldResolver(() => [MedicalRecord], {
    nullable: true,
    description: 'Oldest first. Null with a FORBIDDEN error for whoever may not read them',
  })
  medicalRecords(@Root() patient: Patient, @Ctx() context: PatientsContext): Promise<MedicalRecord[]> {
    return context.medicalRecords.ofPatient(context, patient.id);
  }
}
