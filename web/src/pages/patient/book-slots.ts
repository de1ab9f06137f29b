/** A day's free starts, grouped the way a patient chooses: first the doctor, then the time. */

export interface SlotInput {
  start: string;
  end: string;
  doctor: { id: string; name: string };
}

export interface DoctorSlots<Slot extends SlotInput> {
  doctor: { id: string; name: string };
  slots: Slot[];
}

/** One group per doctor, by name; each doctor's starts in time order. */
export function slotsByDoctor<Slot extends SlotInput>(slots: readonly Slot[]): DoctorSlots<Slot>[] {
  const groups = new Map<string, DoctorSlots<Slot>>();
  for (const slot of slots) {
    const group = groups.get(slot.doctor.id) ?? { doctor: slot.doctor, slots: [] };
    group.slots.push(slot);
    groups.set(slot.doctor.id, group);
  }
  return [...groups.values()]
    .map((group) => ({ ...group, slots: group.slots.toSorted((a, b) => Date.parse(a.start) - Date.parse(b.start)) }))
    .sort((a, b) => a.doctor.name.localeCompare(b.doctor.name));
}
