import { addDays, clinicToday } from '../../ui/format.js';

/**
 * The AvailableSlots window for one clinic day: the day before to the day after, in UTC, which
 * holds the whole clinic day whatever the zone's offset; `onClinicDay` then keeps that day's starts.
 */
export const dayWindow = (date: string): { from: string; to: string } => ({
  from: `${addDays(date, -1)}T00:00:00.000Z`,
  to: `${addDays(date, 2)}T00:00:00.000Z`,
});

/** The starts that fall on the clinic day `date`, in the clinic's zone. */
export const onClinicDay = <T extends { start: string }>(slots: readonly T[], date: string, zone: string): T[] =>
  slots.filter((slot) => clinicToday(zone, new Date(slot.start)) === date);

/** A free time as one select value and back: the doctor who is free and the start. */
export const slotKey = (slot: { doctorId: string; start: string }): string => `${slot.doctorId} ${slot.start}`;

export function slotFromKey(key: string): { doctorId: string; start: string } | null {
  const [doctorId, start] = key.split(' ');
  return doctorId && start ? { doctorId, start } : null;
}
