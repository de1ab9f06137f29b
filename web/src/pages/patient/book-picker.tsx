import { AvailabilityCalendarDocument, AvailableSlotsDocument, type AvailableSlotsQuery } from '@hospital/client';
import { useMemo, useState } from 'react';
import { useQuery } from 'urql';
import { useClinicZone } from '../../auth/session.js';
import { clinicDaySpan, clinicToday, formatTime } from '../../ui/format.js';
import { Empty, Loading, ProblemNotice } from '../../ui/status.js';
import {
  doctorsFree,
  freeWords,
  dayName,
  monthGrid,
  monthOf,
  monthRange,
  shiftMonth,
  WEEKDAYS,
} from './book-calendar.js';
import { slotsByDoctor } from './book-slots.js';

export type FreeSlot = AvailableSlotsQuery['availableSlots'][number];

/**
 * A month of a service's free days, Monday first: a day with free time is a button naming how
 * many doctors are free; a day without is plain text. With `doctorId`, that doctor's days only.
 */
export function MonthCalendar({
  serviceId,
  doctorId,
  selected,
  onPick,
}: {
  serviceId: string;
  doctorId?: string | null;
  selected: string | null;
  onPick: (date: string) => void;
}) {
  const zone = useClinicZone();
  const today = clinicToday(zone);
  const thisMonth = monthOf(today);
  const [month, setMonth] = useState(() => (selected ? monthOf(selected) : thisMonth));
  const input = useMemo(() => ({ serviceId, ...monthRange(month) }), [serviceId, month]);
  const [{ data, fetching, error }] = useQuery({ query: AvailabilityCalendarDocument, variables: { input } });
  const grid = monthGrid(month, data?.availabilityCalendar ?? [], today, doctorId);
  const freeDays = grid.weeks.flat().filter((cell) => cell && cell.doctorCount > 0).length;

  return (
    <div>
      <div
        style={{
          display: 'grid',
          gridTemplateColumns: 'auto 1fr auto',
          gap: '0.5rem',
          alignItems: 'center',
          marginBottom: '0.5rem',
        }}
      >
        <button
          type="button"
          className="secondary"
          disabled={month <= thisMonth}
          onClick={() => setMonth(shiftMonth(month, -1))}
        >
          ‹ Previous month
        </button>
        <p aria-live="polite" style={{ margin: 0, fontWeight: 700, textAlign: 'center' }}>
          {grid.title}
        </p>
        <button type="button" className="secondary" onClick={() => setMonth(shiftMonth(month, 1))}>
          Next month ›
        </button>
      </div>
      <ProblemNotice error={error} />
      {fetching && !data && <Loading what={`the free days of ${grid.title}`} />}
      <table style={{ tableLayout: 'fixed' }}>
        <caption className="skip">Free days in {grid.title}, Monday first</caption>
        <thead>
          <tr>
            {WEEKDAYS.map((weekday) => (
              <th key={weekday} scope="col" abbr={weekday} style={{ textAlign: 'center', padding: '0.25rem 0' }}>
                {weekday.slice(0, 3)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {grid.weeks.map((week, index) => (
            <tr key={week.find((cell) => cell)?.date ?? index}>
              {week.map((cell, column) => (
                <td key={cell?.date ?? `blank-${column}`} style={{ textAlign: 'center', padding: '2px' }}>
                  {cell && cell.doctorCount > 0 && (
                    // Only the numbers show; the words around them are read out, so that the button's name,
                    // "Monday 7 December: 3 doctors free", is its own text and holds what is seen.
                    <button
                      type="button"
                      className={cell.date === selected ? undefined : 'secondary'}
                      aria-pressed={cell.date === selected}
                      aria-current={cell.today ? 'date' : undefined}
                      onClick={() => onPick(cell.date)}
                      style={{ width: '100%', padding: '0.3rem 0', lineHeight: 1.2 }}
                    >
                      <span className="skip">{cell.weekday} </span>
                      <strong>{cell.day}</strong>
                      <span className="skip"> {cell.monthName}: </span>
                      <br />
                      <small>{cell.doctorCount}</small>
                      <span className="skip"> {doctorsFree(cell.doctorCount)}</span>
                    </button>
                  )}
                  {cell && cell.doctorCount === 0 && (
                    <span style={{ color: 'var(--muted)', fontWeight: cell.today ? 700 : 400 }}>
                      <span className="skip">{cell.weekday} </span>
                      {cell.day}
                      <span className="skip">
                        {' '}
                        {cell.monthName}
                        {cell.today ? ', today' : ''}: {freeWords(cell)}
                      </span>
                    </span>
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="status">
        {data && freeDays === 0
          ? `No free times in ${grid.title}; try the next month.`
          : 'The small number under a day is how many doctors are free that day.'}
      </p>
    </div>
  );
}

/** A day's free starts of a service, by doctor: each a button "10:00 with Olena Kovalenko". */
export function DaySlots({
  serviceId,
  date,
  doctorId,
  selected,
  onPick,
}: {
  serviceId: string;
  date: string;
  doctorId?: string | null;
  selected: FreeSlot | null;
  onPick: (slot: FreeSlot) => void;
}) {
  const zone = useClinicZone();
  const input = useMemo(
    () => ({ serviceId, ...clinicDaySpan(date, zone), ...(doctorId ? { doctorId } : {}) }),
    [serviceId, date, zone, doctorId],
  );
  const [{ data, fetching, error }] = useQuery({ query: AvailableSlotsDocument, variables: { input } });
  const groups = slotsByDoctor(data?.availableSlots ?? []);
  const isSelected = (slot: FreeSlot) => selected?.start === slot.start && selected.doctor.id === slot.doctor.id;
  return (
    <>
      <ProblemNotice error={error} />
      {fetching && !data && <Loading what={`the free times on ${dayName(date)}`} />}
      {data && groups.length === 0 && (
        <Empty>No free times on {dayName(date)} any more; please choose another day.</Empty>
      )}
      {groups.map(({ doctor, slots }) => (
        <div key={doctor.id}>
          <h3>{doctor.name}</h3>
          <ul className="alternatives" aria-label={`Free times with ${doctor.name}`} style={{ marginBottom: '1rem' }}>
            {slots.map((slot) => (
              <li key={slot.start}>
                <button
                  type="button"
                  className={isSelected(slot) ? undefined : 'secondary'}
                  aria-pressed={isSelected(slot)}
                  aria-label={`${formatTime(slot.start, zone)} with ${doctor.name}`}
                  onClick={() => onPick(slot)}
                >
                  {formatTime(slot.start, zone)}
                </button>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </>
  );
}
