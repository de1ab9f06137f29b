import { describe, expect, it } from 'vitest';
import { slotsByDoctor } from './book-slots.js';

const olena = { id: 'd1', name: 'Olena Kovalenko' };
const andriy = { id: 'd2', name: 'Andriy Shevchenko' };
const slot = (start: string, doctor: { id: string; name: string }) => ({ start, end: start, doctor });

describe('a day’s free starts', () => {
  it('groups them by doctor, doctors by name and each doctor’s starts by time', () => {
    const groups = slotsByDoctor([
      slot('2026-12-07T09:00:00.000Z', olena),
      slot('2026-12-07T08:00:00.000Z', andriy),
      slot('2026-12-07T07:30:00.000Z', olena),
      slot('2026-12-07T07:00:00.000Z', andriy),
    ]);
    expect(groups.map((group) => group.doctor.name)).toEqual(['Andriy Shevchenko', 'Olena Kovalenko']);
    expect(groups[1]!.slots.map((s) => s.start)).toEqual(['2026-12-07T07:30:00.000Z', '2026-12-07T09:00:00.000Z']);
    expect(groups[0]!.slots.map((s) => s.start)).toEqual(['2026-12-07T07:00:00.000Z', '2026-12-07T08:00:00.000Z']);
  });

  it('has no group when nothing is free', () => {
    expect(slotsByDoctor([])).toEqual([]);
  });
});
