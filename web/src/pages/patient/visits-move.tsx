import { CatalogDocument, RescheduleElsewhereDocument, type PatientVisitsQuery } from '@hospital/client';
import { useId, useState } from 'react';
import { useMutation, useQuery, type CombinedError } from 'urql';
import { useClinicZone } from '../../auth/session.js';
import { useFocusOnOpen, type PanelProps } from '../../ui/confirm.js';
import { formatDateTime, formatMoney } from '../../ui/format.js';
import { ProblemNotice } from '../../ui/status.js';
import { dayName } from './book-calendar.js';
import { DaySlots, MonthCalendar, type FreeSlot } from './book-picker.js';
import { doctorNames } from '../../api/catalog.js';

export type Visit = PatientVisitsQuery['appointments']['edges'][number]['node'];

/** docs/rules.md#booking-rules: a visit is moved at most twice. */
export const MAX_RESCHEDULES = 2;

const times = (count: number): string => (count === 1 ? 'once' : count === 2 ? 'twice' : `${count} times`);

/**
 * Moving a visit: another time with the same doctor or with another doctor of the department,
 * from the service's free slots; what it costs and how many moves are left are said before
 * the patient confirms.
 */
export function MoveVisit({ visit, onDone, onClose }: { visit: Visit } & PanelProps) {
  const zone = useClinicZone();
  const headingId = useId();
  const heading = useFocusOnOpen();
  const [{ data: catalog }] = useQuery({ query: CatalogDocument });
  const [doctorId, setDoctorId] = useState(visit.doctor.id);
  const [date, setDate] = useState<string | null>(null);
  const [slot, setSlot] = useState<FreeSlot | null>(null);
  const [problem, setProblem] = useState<CombinedError | undefined>();
  const [refusals, setRefusals] = useState(0);
  const [{ fetching }, reschedule] = useMutation(RescheduleElsewhereDocument);

  const department = catalog?.departments.find((d) => d.id === visit.doctor.department.id);
  const colleagues = department?.doctors.filter((doctor) => doctor.id !== visit.doctor.id) ?? [];
  const names = doctorNames(catalog?.departments ?? []);
  const left = MAX_RESCHEDULES - visit.rescheduleCount;

  const move = async (toDoctorId: string, start: string) => {
    const result = await reschedule({
      id: visit.id,
      newStart: start,
      ...(toDoctorId === visit.doctor.id ? {} : { doctorId: toDoctorId }),
    });
    setProblem(result.error);
    // A refusal may mean the day's free times have changed meanwhile: the list is asked for again.
    if (result.error) setRefusals((count) => count + 1);
    const moved = result.data?.rescheduleAppointment;
    if (moved) onDone(`Your visit is moved to ${formatDateTime(moved.start, zone)} with ${moved.doctor.name}.`);
  };

  return (
    <section aria-labelledby={headingId} style={{ marginTop: '1rem' }}>
      <h2 id={headingId} ref={heading} tabIndex={-1}>
        Move your visit of {formatDateTime(visit.start, zone)}
      </h2>
      <p>
        {visit.service.name} with {visit.doctor.name} ({visit.doctor.department.name}),{' '}
        {formatDateTime(visit.start, zone)}.
      </p>
      <ul>
        <li>Moving costs nothing: it stays the same service, so the price stays {formatMoney(visit.service.price)}.</li>
        <li>
          A visit can be moved at most {times(MAX_RESCHEDULES)}
          {visit.rescheduleCount > 0 ? `; this one has been moved ${times(visit.rescheduleCount)} already` : ''}, so
          after this move {left - 1 > 0 ? `it can be moved ${times(left - 1)} more` : 'it cannot be moved again'}.
        </li>
        <li>A visit cannot be moved in the hour before it starts.</li>
      </ul>
      <div style={{ marginBottom: '0.75rem' }}>
        <label htmlFor={`${headingId}-doctor`}>Doctor</label>
        <select
          id={`${headingId}-doctor`}
          value={doctorId}
          onChange={(event) => {
            setDoctorId(event.target.value);
            setSlot(null);
            setProblem(undefined);
          }}
        >
          <option value={visit.doctor.id}>{visit.doctor.name} (your doctor)</option>
          {colleagues.map((doctor) => (
            <option key={doctor.id} value={doctor.id}>
              {doctor.name}
            </option>
          ))}
          <option value="">Any doctor in {visit.doctor.department.name}</option>
        </select>
      </div>
      <MonthCalendar
        serviceId={visit.service.id}
        doctorId={doctorId || null}
        selected={date}
        onPick={(day) => {
          setDate(day);
          setSlot(null);
          setProblem(undefined);
        }}
      />
      {date && (
        <>
          <p>Free times on {dayName(date)}:</p>
          <DaySlots
            key={refusals}
            serviceId={visit.service.id}
            date={date}
            doctorId={doctorId || null}
            selected={slot}
            onPick={(free) => {
              setSlot(free);
              setProblem(undefined);
            }}
          />
        </>
      )}
      {slot && (
        <div role="group" aria-label="Confirm the move" className="card">
          <p>
            Move {visit.service.name} to {formatDateTime(slot.start, zone)} with {slot.doctor.name}
            {slot.doctor.id === visit.doctor.id ? '' : ' (another doctor of the department)'}? The price stays{' '}
            {formatMoney(visit.service.price)}.
          </p>
          <div className="row">
            <button type="button" disabled={fetching} onClick={() => void move(slot.doctor.id, slot.start)}>
              Move the visit
            </button>
            <button type="button" className="secondary" onClick={() => setSlot(null)}>
              Choose another time
            </button>
          </div>
        </div>
      )}
      <ProblemNotice
        error={problem}
        onPick={(alternative) => void move(alternative.doctorId, alternative.start)}
        describeAlternative={(alternative) =>
          `${formatDateTime(alternative.start, zone)} with ${names.get(alternative.doctorId) ?? 'another doctor'}`
        }
      />
      <button type="button" className="secondary" onClick={onClose}>
        Keep the visit as it is
      </button>
    </section>
  );
}
