import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { AppointmentsContext } from '../context.js';
import { AvailabilityCalendarInput, AvailableSlot, AvailableSlotsInput, CalendarDay } from './availability.types.js';
import { MAX_SEARCH_DAYS } from './slot-finder.js';

@Resolver()
export class AvailabilityResolver {
  @Query(() => [AvailableSlot], {
    description: `Free starts of a service in at most ${MAX_SEARCH_DAYS} days, by start. Any signed-in user`,
  })
  availableSlots(
    @Arg('input', () => AvailableSlotsInput, { description: 'The service, perhaps the doctor, and the time range' })
    input: AvailableSlotsInput,
    @Ctx() context: AppointmentsContext,
  ): Promise<AvailableSlot[]> {
    return context.slots.availableSlots(context, input, context.directory);
  }

  @Query(() => [CalendarDay], {
    description: `Free starts of a service per clinic day, at most ${MAX_SEARCH_DAYS} days. Any signed-in user`,
  })
  availabilityCalendar(
    @Arg('input', () => AvailabilityCalendarInput, { description: 'The service and the clinic days' })
    input: AvailabilityCalendarInput,
    @Ctx() context: AppointmentsContext,
  ): Promise<CalendarDay[]> {
    return context.slots.calendar(context, input, context.directory);
  }
}
