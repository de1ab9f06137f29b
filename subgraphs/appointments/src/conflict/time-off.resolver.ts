import { doctorsOwnOrDesk, ForbiddenError, requireViewer } from '@hospital/kit';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Appointment } from '../appointment/appointment.entity.js';
import type { AppointmentsContext } from '../context.js';
import { TimeOff } from './time-off.type.js';

@Resolver(() => TimeOff)
export class TimeOffConflictsResolver {
  @FieldResolver(() => [Appointment], { nullable: true })
  conflictingAppointments(
    @Root() timeOff: TimeOff,
    @Ctx() { viewer, loaders }: AppointmentsContext,
  ): Promise<Appointment[]> {
    const caller = requireViewer(viewer);
    const doctorId = timeOff.doctor?.id;
    if (!doctorId || timeOff.start === undefined || timeOff.end === undefined) {
      throw new Error('TimeOff reached appointments without the doctor and the period it requires');
    }
    if (!doctorsOwnOrDesk(caller, doctorId)) {
      throw new ForbiddenError("Only the doctor themself, the desk and administrators may see the doctor's visits");
    }
    return loaders.visitsDuring.load({ doctorId, start: new Date(timeOff.start), end: new Date(timeOff.end) });
  }
}
