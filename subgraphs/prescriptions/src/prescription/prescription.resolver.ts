import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { PrescriptionsContext } from '../context.js';
import { Appointment } from '../federation/appointments.stub.js';
import { Doctor } from '../federation/doctors.stub.js';
import { Patient } from '../federation/patients.stub.js';
import { Prescription } from './prescription.entity.js';
import { IssuePrescriptionInput } from './prescription.input.js';

@Resolver(() => Prescription)
export class PrescriptionResolver {
  @Query(() => Prescription, {
    description:
      'The patient their own; a DOCTOR those they issued and those of patients in their care; STAFF, ADMIN any',
  })
  prescription(
    @Arg('id', () => ID, { description: "The prescription's id; NOT_FOUND when it names none" }) id: string,
    @Ctx() context: PrescriptionsContext,
  ): Promise<Prescription> {
    return context.prescriptions.get(context, id);
  }

  @Mutation(() => Prescription, { description: 'The DOCTOR of an APPROVED or COMPLETED visit' })
  issuePrescription(
    @Arg('input', () => IssuePrescriptionInput, { description: 'The visit, and what the patient is to take' })
    input: IssuePrescriptionInput,
    @Ctx() context: PrescriptionsContext,
  ): Promise<Prescription> {
    return context.prescriptions.issue(context, input, context.visits);
  }

  @FieldResolver(() => Doctor, { description: 'Who issued it: the doctor of the visit' })
  doctor(@Root() prescription: Prescription): Doctor {
    return { id: prescription.doctorId };
  }

  @FieldResolver(() => Patient, { description: 'Whom it is for: the patient of the visit' })
  patient(@Root() prescription: Prescription): Patient {
    return { id: prescription.patientId };
  }

  @FieldResolver(() => Appointment, { description: 'The visit it was issued at' })
  appointment(@Root() prescription: Prescription): Appointment {
    return { id: prescription.appointmentId };
  }
}

@Resolver(() => Patient)
export class PatientPrescriptionsResolver {
  @FieldResolver(() => [Prescription], {
    nullable: true,
    description:
      'Oldest first. A DOCTOR without the patient in their care sees those they issued; null with a FORBIDDEN error for whoever may see none',
  })
  prescriptions(@Root() patient: Patient, @Ctx() context: PrescriptionsContext): Promise<Prescription[]> {
    return context.prescriptions.ofPatient(context, patient.id);
  }
}

@Resolver(() => Appointment)
export class AppointmentPrescriptionsResolver {
  @FieldResolver(() => [Prescription], {
    nullable: true,
    description: 'Issued at this visit, oldest first. Null with a FORBIDDEN error for whoever may not read them',
  })
  prescriptions(@Root() appointment: Appointment, @Ctx() context: PrescriptionsContext): Promise<Prescription[]> {
    return context.prescriptions.ofAppointment(context, appointment.id);
  }
}
