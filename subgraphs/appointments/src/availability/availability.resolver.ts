import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { AppointmentsContext } from '../context.js';
import { AvailabilityCalendarInput, AvailableSlot, AvailableSlotsInput, CalendarDay } from './availability.types.js';

@Resolver()
export class AvailabilityResolver {
  @Query(() => [AvailableSlot], {
    description: 'Free starts of a service in at most 31 days, by start. Any signed-in user',
  })
  availableSlots(
    @Arg('input', () => AvailableSlotsInput) input: AvailableSlotsInput,
    @Ctx() context: AppointmentsContext,
  ): Promise<AvailableSlot[]> {
    return context.slots.availableSlots(context, input, context.directory);
  }

  @Query(() => [CalendarDay], {
    description: 'Free starts of a service per clinic day, at most 31 days. Any signed-in user',
  })
  availabilityCalendar(
    @Arg('input', () => AvailabilityCalendarInput) input: AvailabilityCalendarInput,
    @Ctx() context: AppointmentsContext,
  ): Promise<CalendarDay[]> {
    return context.slots.calendar(context, input, context.directory);
  }
}
