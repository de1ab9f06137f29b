import {
  AppointmentStatusChangedDocument,
  CatalogDocument,
  RequestAppointmentDocument,
  type AppointmentStatusChangedSubscription,
  type RequestAppointmentMutation,
} from '@hospital/client';
import { useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useMutation, useQuery, useSubscription, type CombinedError } from 'urql';
import { useClinicZone } from '../../auth/session.js';
import { formatDateTime, formatMoney } from '../../ui/format.js';
import { Empty, Loading, ProblemNotice } from '../../ui/status.js';
import { dayName } from './book-calendar.js';
import { DaySlots, MonthCalendar, type FreeSlot } from './book-picker.js';
import { doctorNames } from '../../api/catalog.js';

type Requested = RequestAppointmentMutation['requestAppointment'];
type StatusChange = AppointmentStatusChangedSubscription['appointmentStatusChanged'];

/** The latest change of each of the patient's visits that arrived while the page was open, by id. */
const keepLatest = (
  changes: Record<string, StatusChange> | undefined,
  event: AppointmentStatusChangedSubscription,
): Record<string, StatusChange> => ({
  ...changes,
  [event.appointmentStatusChanged.id]: event.appointmentStatusChanged,
});

const STATUS_WORDS: Record<string, string> = {
  PENDING: 'waiting for the doctor to answer; this page shows the answer as soon as it comes.',
  APPROVED: 'the doctor approved it. See you then!',
  REJECTED: 'the doctor could not take it.',
  CANCELLED: 'it has been cancelled.',
};

/** The request just made, kept current by the patient's status subscription. */
function RequestStatus({ requested, change }: { requested: Requested; change: StatusChange | undefined }) {
  const zone = useClinicZone();
  const status = change?.status ?? requested.status;
  const doctor = change?.doctor.name ?? requested.doctor.name;
  const start = change?.start ?? requested.start;
  return (
    <div className={status === 'REJECTED' || status === 'CANCELLED' ? 'problem' : 'notice'}>
      <p>
        {requested.service.name} with {doctor}, {formatDateTime(start, zone)}:{' '}
        <span className={`badge ${status}`}>{status}</span> — {STATUS_WORDS[status] ?? ''}
      </p>
      {change?.rejectionReason && <p>The doctor wrote: {change.rejectionReason}</p>}
    </div>
  );
}

export function BookPage({ patientId }: { patientId: string }) {
  const zone = useClinicZone();
  const reasonId = useId();
  const serviceField = useId();
  const reasonField = useRef<HTMLTextAreaElement>(null);
  const [{ data: catalog, fetching, error }] = useQuery({ query: CatalogDocument });
  const [serviceId, setServiceId] = useState('');
  const [date, setDate] = useState<string | null>(null);
  const [slot, setSlot] = useState<FreeSlot | null>(null);
  const [reason, setReason] = useState('');
  const [reasonMissing, setReasonMissing] = useState(false);
  const [problem, setProblem] = useState<CombinedError | undefined>();
  const [requested, setRequested] = useState<Requested | null>(null);
  const [refusals, setRefusals] = useState(0);
  const [{ fetching: asking }, request] = useMutation(RequestAppointmentDocument);
  // Subscribed from the start, so that an answer arriving right after the request is not missed.
  const [{ data: changes }] = useSubscription(
    { query: AppointmentStatusChangedDocument, variables: { patientId } },
    keepLatest,
  );

  const departments = useMemo(() => catalog?.departments ?? [], [catalog]);
  const names = useMemo(() => doctorNames(departments), [departments]);
  const service = departments.flatMap((department) => department.services).find((s) => s.id === serviceId);

  const chooseService = (id: string) => {
    setServiceId(id);
    setDate(null);
    setSlot(null);
    setProblem(undefined);
  };
  const chooseDay = (day: string) => {
    setDate(day);
    setSlot(null);
    setProblem(undefined);
  };
  const chooseSlot = (free: FreeSlot) => {
    setSlot(free);
    setProblem(undefined);
  };

  const ask = async (doctorId: string, start: string) => {
    const result = await request({
      input: { patientId, doctorId, serviceId, preferredTime: start, reason: reason.trim() },
    });
    setProblem(result.error);
    // A refusal may mean the day's free times have changed meanwhile: the list is asked for again.
    if (result.error) setRefusals((count) => count + 1);
    if (!result.data) return;
    setRequested(result.data.requestAppointment);
    setSlot(null);
    setDate(null);
    setReason('');
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!slot) return;
    if (!reason.trim()) {
      setReasonMissing(true);
      reasonField.current?.focus();
      return;
    }
    void ask(slot.doctor.id, slot.start);
  };
  const startOver = () => {
    setRequested(null);
    setProblem(undefined);
  };

  return (
    <>
      <h1>Book a visit</h1>
      <div role="status" aria-live="polite" aria-label="Your request">
        {requested && <RequestStatus requested={requested} change={changes?.[requested.id]} />}
      </div>
      {requested ? (
        <div className="row">
          <button type="button" onClick={startOver}>
            Book another visit
          </button>
          <Link to="/patient/visits">See all my visits</Link>
        </div>
      ) : (
        <>
          <section>
            <h2>1. Choose a service</h2>
            <ProblemNotice error={error} />
            {fetching && !catalog && <Loading what="the services" />}
            {catalog && departments.length === 0 && <Empty>The hospital offers no services yet.</Empty>}
            {departments.length > 0 && (
              <div style={{ marginBottom: '0.75rem' }}>
                <label htmlFor={serviceField}>Service</label>
                <select id={serviceField} value={serviceId} onChange={(event) => chooseService(event.target.value)}>
                  <option value="">Choose a service…</option>
                  {departments.map((department) => (
                    <optgroup key={department.id} label={department.name}>
                      {department.services.map((s) => (
                        <option key={s.id} value={s.id}>
                          {s.name} · {s.durationMinutes} min · {formatMoney(s.price)}
                        </option>
                      ))}
                    </optgroup>
                  ))}
                </select>
              </div>
            )}
            {service && (
              <p>
                {service.name} takes {service.durationMinutes} minutes and costs {formatMoney(service.price)} (plus 5 %
                tax), billed after the visit.
              </p>
            )}
          </section>

          {service && (
            <section>
              <h2>2. Choose a day</h2>
              <MonthCalendar serviceId={service.id} selected={date} onPick={chooseDay} />
            </section>
          )}

          {service && date && (
            <section>
              <h2>3. Choose a doctor and a time on {dayName(date)}</h2>
              <DaySlots key={refusals} serviceId={service.id} date={date} selected={slot} onPick={chooseSlot} />
            </section>
          )}

          {service && slot && (
            <section>
              <h2>4. Ask for the visit</h2>
              <p>
                {service.name} with {slot.doctor.name}, {formatDateTime(slot.start, zone)}. The doctor approves or
                declines your request; you will see the answer here.
              </p>
              <form onSubmit={submit} noValidate>
                <label htmlFor={reasonId}>Reason</label>
                <textarea
                  id={reasonId}
                  ref={reasonField}
                  required
                  maxLength={1000}
                  rows={3}
                  value={reason}
                  aria-invalid={reasonMissing && !reason.trim()}
                  aria-describedby={`${reasonId}-hint`}
                  onChange={(event) => {
                    setReason(event.target.value);
                    setReasonMissing(false);
                  }}
                  style={{ width: '100%' }}
                />
                <p id={`${reasonId}-hint`} className={reasonMissing ? 'problem' : 'status'}>
                  {reasonMissing
                    ? 'Please write why you would like to see the doctor.'
                    : 'Why you would like to see the doctor: a few words are enough.'}
                </p>
                <button type="submit" disabled={asking}>
                  Ask for this visit
                </button>
              </form>
              <ProblemNotice
                error={problem}
                onPick={(alternative) => void ask(alternative.doctorId, alternative.start)}
                describeAlternative={(alternative) =>
                  `${formatDateTime(alternative.start, zone)} with ${names.get(alternative.doctorId) ?? 'another doctor'}`
                }
              />
            </section>
          )}
        </>
      )}
    </>
  );
}
