import { DecimalScalar, PageArgs, type Cents } from '@hospital/kit';
import { IsNotBlank } from '@hospital/kit';
import { MaxLength } from 'class-validator';
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { AppointmentsContext } from '../context.js';
import { Doctor, MedicalService } from '../federation/doctors.stub.js';
import { Patient } from '../federation/patients.stub.js';
import { Appointment, AppointmentConnection } from './appointment.entity.js';
import { AppointmentFilter, RequestAppointmentInput } from './appointment.input.js';
import {
  LATE_CANCELLATION_FEE_PERCENT,
  LATE_CANCELLATION_MINUTES,
  MAX_REASON_LENGTH,
  MAX_RESCHEDULES,
  RESCHEDULE_WINDOW_MINUTES,
} from './appointment.rules.js';
import { LEAD_TIME_MINUTES } from './booking.rules.js';

const STARTED_VISIT = 'An APPROVED visit whose start has passed (TOO_EARLY before)';

@ArgsType()
class RejectArgs {
  @Field(() => ID, { description: 'A PENDING visit' })
  id!: string;

  @Field(() => String, {
    description: `Why, kept as rejectionReason; not blank, at most ${MAX_REASON_LENGTH} characters`,
  })
  @IsNotBlank()
  @MaxLength(MAX_REASON_LENGTH)
  reason!: string;
}

@ArgsType()
class CancelArgs {
  @Field(() => ID, { description: 'A PENDING or APPROVED visit that has not started (TOO_LATE once it has)' })
  id!: string;

  @Field(() => String, {
    nullable: true,
    description: `Why, kept as cancellationReason; at most ${MAX_REASON_LENGTH} characters`,
  })
  @MaxLength(MAX_REASON_LENGTH)
  reason?: string | null;
}

@Resolver(() => Appointment)
export class AppointmentResolver {
  @Query(() => Appointment, {
    nullable: true,
    description: 'The patient and the doctor their own, STAFF and ADMIN any; NOT_FOUND when the id names none',
  })
  appointment(@Arg('id', () => ID, { description: "The visit's id" }) id: string, @Ctx() context: AppointmentsContext) {
    return context.appointments.get(context, id);
  }

  @Query(() => AppointmentConnection, {
    description: 'By start, then id. A patient or a doctor sees only their own; STAFF and ADMIN all',
  })
  appointments(
    @Arg('filter', () => AppointmentFilter, {
      nullable: true,
      description: 'Absent: every visit the caller may see',
    })
    filter: AppointmentFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() context: AppointmentsContext,
  ) {
    return context.appointments.list(context, filter, page);
  }

  @Query(() => AppointmentConnection, {
    description: 'Requests waiting for the doctor, by start. The doctor, STAFF, ADMIN',
  })
  pendingAppointments(
    @Arg('doctorId', () => ID, { description: 'Whose requests; a doctor may only name themself' }) doctorId: string,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() context: AppointmentsContext,
  ) {
    return context.appointments.pending(context, doctorId, page);
  }

  @Mutation(() => Appointment, { description: 'A patient for themself, STAFF for any patient, ADMIN' })
  requestAppointment(
    @Arg('input', () => RequestAppointmentInput, {
      description: 'Who, with whom, for what and when: checked against every booking rule',
    })
    input: RequestAppointmentInput,
    @Ctx() context: AppointmentsContext,
  ) {
    return context.appointments.request(context, input, context.directory, context.patientExists);
  }

  @Mutation(() => Appointment, { description: 'The doctor, ADMIN; at another time when confirmedTime differs' })
  approveAppointment(
    @Arg('id', () => ID, { description: 'A PENDING visit' }) id: string,
    @Arg('confirmedTime', () => Date, {
      nullable: true,
      description:
        'Another start, checked against every booking rule as a request is; absent, null or the requested start: as requested',
    })
    confirmedTime: Date | null,
    @Ctx() context: AppointmentsContext,
  ) {
    return context.appointments.approve(context, id, confirmedTime, context.directory);
  }

  @Mutation(() => Appointment, { description: 'The doctor, ADMIN' })
  rejectAppointment(@Args(() => RejectArgs) { id, reason }: RejectArgs, @Ctx() context: AppointmentsContext) {
    return context.appointments.reject(context, id, reason);
  }

  @Mutation(() => Appointment, { description: 'The patient, the doctor, STAFF, ADMIN' })
  cancelAppointment(@Args(() => CancelArgs) { id, reason }: CancelArgs, @Ctx() context: AppointmentsContext) {
    return context.appointments.cancel(context, id, reason);
  }

  @Mutation(() => Appointment, {
    description: `The patient, STAFF, ADMIN (a doctor does not reschedule). Moves a PENDING or APPROVED visit to newStart and, when given, to another doctor (doctorId) or another service (serviceId) of the visit's own department; the status is kept. Every booking rule is checked again, atomically: lead time, clinic hours, slot alignment, the doctor's weekly hours and time off, the daily cap, the doctor's slot (SLOT_TAKEN) and the patient's (PATIENT_OVERLAP); a doctor or service of another department is DEPARTMENT_MISMATCH. The length and price follow the new service (unchanged service: the booked ones). Counts as one reschedule: at most ${MAX_RESCHEDULES} in all (RESCHEDULE_LIMIT), none within ${RESCHEDULE_WINDOW_MINUTES} minutes of the current start (RESCHEDULE_WINDOW)`,
  })
  rescheduleAppointment(
    @Arg('id', () => ID, { description: 'A PENDING or APPROVED visit' }) id: string,
    @Arg('newStart', () => Date, {
      description: `On the hour or the half hour, clinic time, at least ${LEAD_TIME_MINUTES / 60} hours ahead`,
    })
    newStart: Date,
    @Arg('doctorId', () => ID, {
      nullable: true,
      description: "Another doctor of the visit's department; absent or null: the same",
    })
    doctorId: string | null,
    @Arg('serviceId', () => ID, {
      nullable: true,
      description: "Another service of the visit's department; absent or null: the same",
    })
    serviceId: string | null,
    @Ctx() context: AppointmentsContext,
  ) {
    return context.appointments.reschedule(context, id, newStart, context.directory, { doctorId, serviceId });
  }

  @Mutation(() => Appointment, { description: 'The doctor, ADMIN; once the visit has started' })
  completeAppointment(
    @Arg('id', () => ID, { description: STARTED_VISIT }) id: string,
    @Ctx() context: AppointmentsContext,
  ) {
    return context.appointments.complete(context, id);
  }

  @Mutation(() => Appointment, { description: 'The doctor, ADMIN; once the visit has started' })
  markNoShow(@Arg('id', () => ID, { description: STARTED_VISIT }) id: string, @Ctx() context: AppointmentsContext) {
    return context.appointments.markNoShow(context, id);
  }

  @FieldResolver(() => DecimalScalar, {
    nullable: true,
    description: `Set once cancelled, before tax: ${LATE_CANCELLATION_FEE_PERCENT} % of the booked price when the patient, STAFF or ADMIN cancelled ${LATE_CANCELLATION_MINUTES / 60} hours or less before the start, else 0 (always 0 when the doctor cancelled)`,
  })
  cancellationFee(@Root() appointment: Appointment): Cents | null {
    return appointment.cancellationFeeCents;
  }

  @FieldResolver(() => DecimalScalar, {
    nullable: true,
    description:
      'What cancelling now would cost the caller, before tax (as cancellationFee would be set); null once the visit can no longer be cancelled',
  })
  feeIfCancelledNow(@Root() appointment: Appointment, @Ctx() context: AppointmentsContext): Cents | null {
    return context.appointments.feeIfCancelledNow(context, appointment);
  }

  @FieldResolver(() => Patient, { description: 'Whose visit it is' })
  patient(@Root() appointment: Appointment): Patient {
    return { id: appointment.patientId };
  }

  @FieldResolver(() => Doctor, { description: 'The doctor the visit is with' })
  doctor(@Root() appointment: Appointment): Doctor {
    return { id: appointment.doctorId };
  }

  @FieldResolver(() => MedicalService, {
    description: 'What the visit is for; the visit keeps the length and price the service had when booked',
  })
  service(@Root() appointment: Appointment): MedicalService {
    return { id: appointment.serviceId };
  }
}

@Resolver(() => Patient)
export class PatientAppointmentsResolver {
  @FieldResolver(() => AppointmentConnection, {
    description: "The patient's visits by start: the patient, STAFF and ADMIN all; a doctor those with them",
  })
  appointments(@Root() patient: Patient, @Args(() => PageArgs) page: PageArgs, @Ctx() context: AppointmentsContext) {
    return context.appointments.ofPatient(context, patient.id, page);
  }
}
