import { ForbiddenError, PageArgs, requireViewer, type Connection, type Viewer } from '@hospital/kit';
import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { FeedbackContext } from '../context.js';
import { Appointment } from '../federation/appointments.stub.js';
import { Doctor } from '../federation/doctors.stub.js';
import { FeedbackSummary } from './feedback-summary.js';
import { Feedback, FeedbackConnection } from './feedback.entity.js';
import { FeedbackFilter, SubmitFeedbackInput } from './feedback.input.js';
import { mayRead } from './feedback.rules.js';

/** The feedback if this viewer may read it; a refusal is an error on the field, never a quiet null. */
function readable(viewer: Viewer | null, feedback: Feedback | null): Feedback | null {
  const caller = requireViewer(viewer);
  if (feedback && !mayRead(caller, feedback)) throw new ForbiddenError('You may not read the feedback on this visit');
  return feedback;
}

@Resolver(() => Feedback)
export class FeedbackResolver {
  @Mutation(() => Feedback, {
    description: "The visit's patient, once per COMPLETED visit (else VISIT_NOT_COMPLETED); a second time is CONFLICT",
  })
  submitFeedback(
    @Arg('input', () => SubmitFeedbackInput, { description: 'The visit, its rating and an optional comment' })
    input: SubmitFeedbackInput,
    @Ctx() context: FeedbackContext,
  ): Promise<Feedback> {
    return context.feedback.submit(context, input, context.visits);
  }

  @Query(() => FeedbackConnection, {
    description:
      "Ratings and comments, newest first. STAFF, STAKEHOLDER and ADMIN anyone's; a doctor her own only (naming another doctor is FORBIDDEN); a patient FORBIDDEN",
  })
  feedbackEntries(
    @Arg('filter', () => FeedbackFilter, {
      nullable: true,
      description: 'Narrows the list; all the caller may read unless given',
    })
    filter: FeedbackFilter | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() context: FeedbackContext,
  ): Promise<Connection<Feedback>> {
    return context.feedback.list(context, filter, page, context.departments);
  }

  @FieldResolver(() => Appointment, {
    description:
      'The visit rated. Beyond its id, read as `appointment(id)` allows: a STAKEHOLDER is FORBIDDEN, and reads `doctor` instead',
  })
  appointment(@Root() feedback: Feedback): Appointment {
    return { id: feedback.appointmentId };
  }

  @FieldResolver(() => Doctor, {
    description: "The visit's doctor, readable by whoever may read the feedback, without going through the appointment",
  })
  doctor(@Root() feedback: Feedback): Doctor {
    return { id: feedback.doctorId };
  }
}

@Resolver(() => Appointment)
export class AppointmentFeedbackResolver {
  @FieldResolver(() => Feedback, {
    nullable: true,
    description:
      'Null until the patient rates the visit. The patient who wrote it, the doctor of the visit, STAFF, STAKEHOLDER, ADMIN',
  })
  async feedback(
    @Root() appointment: Appointment,
    @Ctx() { viewer, loaders }: FeedbackContext,
  ): Promise<Feedback | null> {
    return readable(viewer, await loaders.feedbackOfAppointment.load(appointment.id));
  }
}

@Resolver(() => Doctor)
export class DoctorFeedbackSummaryResolver {
  @FieldResolver(() => FeedbackSummary, {
    description: "Part of the doctor's public profile: any signed-in user",
  })
  feedbackSummary(@Root() doctor: Doctor, @Ctx() { viewer, loaders }: FeedbackContext): Promise<FeedbackSummary> {
    requireViewer(viewer);
    return loaders.feedbackSummary.load(doctor.id);
  }
}
