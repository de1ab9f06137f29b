import {
  AppointmentsDocument,
  CatalogDocument,
  DeskVisitToMoveDocument,
  RequestAppointmentDocument,
  RescheduleElsewhereDocument,
  type CatalogQuery,
  type DeskVisitToMoveQuery,
} from '@hospital/client';
import { useMemo, useState, type FormEvent } from 'react';
import { useMutation, useQuery, type CombinedError } from 'urql';
import { doctorNames } from '../../api/catalog.js';
import type { Alternative } from '../../api/errors.js';
import { useClinicZone } from '../../auth/session.js';
import { clinicToday, formatDateTime, formatMoney } from '../../ui/format.js';
import { Empty, Loading, ProblemNotice } from '../../ui/status.js';
import { DataTable } from '../../ui/table.js';
import { FreeTimeSelect } from './free-time-select.js';
import { PatientFinder, type ChosenPatient } from './patient-finder.js';
import { slotFromKey } from './slots.js';
import { DayField, DoctorField } from './visit-fields.js';

type Department = CatalogQuery['departments'][number];
type VisitToMove = NonNullable<DeskVisitToMoveQuery['appointment']>;

/** A doctor's name for a doctor id the catalogue knows: how a proposed alternative is named. */
function useDoctorNames(departments: readonly Department[]): (doctorId: string) => string {
  return useMemo(() => {
    const names = doctorNames(departments);
    return (doctorId: string) => names.get(doctorId) ?? 'another doctor';
  }, [departments]);
}

type Slot = { doctorId: string; start: string };

/**
 * What a booking form chooses: the service, the doctor and the day narrow the free times, so choosing
 * another of them drops the time chosen; `submit` books the chosen time with `act`.
 */
function useSlotChoice(initial: () => { serviceId: string; doctorId: string; day: string }) {
  const [first] = useState(initial);
  const [serviceId, setServiceId] = useState(first.serviceId);
  const [doctorId, setDoctorId] = useState(first.doctorId);
  const [day, setDay] = useState(first.day);
  const [slot, setSlot] = useState('');
  const dropping =
    (choose: (value: string) => void) =>
    (value: string): void => {
      choose(value);
      setSlot('');
    };
  return {
    serviceId,
    doctorId,
    day,
    slot,
    setSlot,
    chooseService: dropping(setServiceId),
    chooseDoctor: dropping(setDoctorId),
    chooseDay: dropping(setDay),
    submit: (act: (chosen: Slot) => Promise<void>) => (event: FormEvent) => {
      event.preventDefault();
      const chosen = slotFromKey(slot);
      if (chosen) void act(chosen);
    },
  };
}

/** A refusal, with the free times instead as buttons that take one (`act`). */
function RefusalNotice({
  error,
  act,
  doctorName,
}: {
  error: CombinedError | undefined;
  act: (chosen: Slot) => Promise<void>;
  doctorName: (doctorId: string) => string;
}) {
  const zone = useClinicZone();
  return (
    <ProblemNotice
      error={error}
      onPick={(alternative: Alternative) => void act(alternative)}
      describeAlternative={(alternative) =>
        `${formatDateTime(alternative.start, zone)} with ${doctorName(alternative.doctorId)}`
      }
    />
  );
}

function BookVisit({ patient, departments }: { patient: ChosenPatient; departments: readonly Department[] }) {
  const zone = useClinicZone();
  const doctorName = useDoctorNames(departments);
  const { serviceId, doctorId, day, slot, setSlot, chooseService, chooseDoctor, chooseDay, submit } = useSlotChoice(
    () => ({ serviceId: '', doctorId: '', day: clinicToday(zone) }),
  );
  const [reason, setReason] = useState('');
  const [{ data, fetching, error }, request] = useMutation(RequestAppointmentDocument);
  const department = departments.find((candidate) => candidate.services.some((service) => service.id === serviceId));

  const book = async (chosen: Slot) => {
    const result = await request({
      input: {
        patientId: patient.id,
        serviceId,
        doctorId: chosen.doctorId,
        preferredTime: chosen.start,
        reason: reason.trim(),
      },
    });
    if (result.data) setSlot('');
  };
  const booked = data?.requestAppointment;

  return (
    <section aria-labelledby="book-heading">
      <h2 id="book-heading">Book a visit for {patient.name}</h2>
      <form onSubmit={submit(book)}>
        <div className="row fields">
          <label>
            Service
            <select
              required
              value={serviceId}
              onChange={(event) => {
                chooseService(event.target.value);
                chooseDoctor('');
              }}
            >
              <option value="">Choose a service</option>
              {departments.map((candidate) => (
                <optgroup key={candidate.id} label={candidate.name}>
                  {candidate.services.map((service) => (
                    <option key={service.id} value={service.id}>
                      {service.name} · {service.durationMinutes} min · {formatMoney(service.price)}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
          </label>
          <DayField label="Day" day={day} onChange={chooseDay} />
          <DoctorField
            label="Doctor"
            anyLabel={`Any doctor${department ? ` in ${department.name}` : ''}`}
            doctors={department?.doctors ?? []}
            value={doctorId}
            disabled={!department}
            onChange={chooseDoctor}
          />
        </div>
        <FreeTimeSelect serviceId={serviceId} doctorId={doctorId} day={day} value={slot} onChange={setSlot} />
        <label>
          Reason for the visit
          <input required maxLength={500} value={reason} onChange={(event) => setReason(event.target.value)} />
        </label>
        <button type="submit" disabled={fetching || !slot}>
          Book the visit
        </button>
      </form>
      <RefusalNotice error={error} act={book} doctorName={doctorName} />
      <div role="status" aria-live="polite">
        {booked && !error && (
          <p className="notice" data-appointment={booked.id}>
            Booked {booked.service.name} for {booked.patient.name} with {booked.doctor.name} on{' '}
            {formatDateTime(booked.start, zone)}; it waits for the doctor’s approval.
          </p>
        )}
      </div>
    </section>
  );
}

function MoveForm({
  visit,
  department,
  onClose,
}: {
  visit: VisitToMove;
  department: Department | undefined;
  onClose: () => void;
}) {
  const zone = useClinicZone();
  const doctorName = useDoctorNames(department ? [department] : []);
  const { serviceId, doctorId, day, slot, setSlot, chooseService, chooseDoctor, chooseDay, submit } = useSlotChoice(
    () => ({ serviceId: visit.service.id, doctorId: visit.doctor.id, day: clinicToday(zone, new Date(visit.start)) }),
  );
  const [{ data, fetching, error }, reschedule] = useMutation(RescheduleElsewhereDocument);

  const move = async (chosen: Slot) => {
    const result = await reschedule({ id: visit.id, newStart: chosen.start, doctorId: chosen.doctorId, serviceId });
    if (result.data) setSlot('');
  };
  const moved = data?.rescheduleAppointment;

  return (
    <div className="card" role="group" aria-labelledby="move-visit-heading">
      <h3 id="move-visit-heading">Move the visit on {formatDateTime(visit.start, zone)}</h3>
      <p>
        Now: {visit.service.name} with {visit.doctor.name} ({visit.doctor.department.name}). Moved{' '}
        {visit.rescheduleCount} of the 2 times a visit may be moved.
      </p>
      <form onSubmit={submit(move)}>
        <div className="row fields">
          <label>
            New service
            <select value={serviceId} onChange={(event) => chooseService(event.target.value)}>
              {(department?.services ?? [visit.service]).map((service) => (
                <option key={service.id} value={service.id}>
                  {service.name} · {service.durationMinutes} min
                </option>
              ))}
            </select>
          </label>
          <DayField label="New day" day={day} onChange={chooseDay} />
          <DoctorField
            label="New doctor"
            anyLabel={`Any doctor in ${visit.doctor.department.name}`}
            doctors={department?.doctors ?? [visit.doctor]}
            value={doctorId}
            onChange={chooseDoctor}
          />
        </div>
        <FreeTimeSelect serviceId={serviceId} doctorId={doctorId} day={day} value={slot} onChange={setSlot} />
        <div className="row">
          <button type="submit" disabled={fetching || !slot}>
            Move the visit
          </button>
          <button type="button" className="secondary" onClick={onClose}>
            Close
          </button>
        </div>
      </form>
      <RefusalNotice error={error} act={move} doctorName={doctorName} />
      <div role="status" aria-live="polite">
        {moved && !error && (
          <p className="notice">
            Moved to {formatDateTime(moved.start, zone)}: {moved.service.name} with {moved.doctor.name}.
          </p>
        )}
      </div>
    </div>
  );
}

function MoveVisit({
  id,
  departments,
  onClose,
}: {
  id: string;
  departments: readonly Department[];
  onClose: () => void;
}) {
  const [{ data, fetching, error }] = useQuery({ query: DeskVisitToMoveDocument, variables: { id } });
  const visit = data?.appointment;
  if (!visit) return fetching ? <Loading what="the visit" /> : <ProblemNotice error={error} />;
  const department = departments.find((candidate) => candidate.id === visit.doctor.department.id);
  return <MoveForm key={visit.id} visit={visit} department={department} onClose={onClose} />;
}

// An empty list holds no Appointment for urql's document cache to notice: a booking refetches it all the same.
const APPOINTMENT_CONTEXT = { additionalTypenames: ['Appointment'] };

function PatientVisits({ patient, departments }: { patient: ChosenPatient; departments: readonly Department[] }) {
  const zone = useClinicZone();
  const [since] = useState(() => new Date().toISOString());
  const [moving, setMoving] = useState<string | null>(null);
  const [{ data, fetching, error }] = useQuery({
    query: AppointmentsDocument,
    variables: { filter: { patientId: patient.id, status: ['PENDING', 'APPROVED'], from: since }, first: 50 },
    context: APPOINTMENT_CONTEXT,
  });
  const visits = data?.appointments.edges.map((edge) => edge.node) ?? [];
  return (
    <section aria-labelledby="visits-heading">
      <h2 id="visits-heading">Move one of {patient.name}’s visits</h2>
      <ProblemNotice error={error} />
      {fetching && !data && <Loading what="the patient’s visits" />}
      {data && visits.length === 0 && <Empty>{patient.name} has no upcoming visits.</Empty>}
      {visits.length > 0 && (
        <DataTable
          caption={`Upcoming visits of ${patient.name}, earliest first`}
          columns={['When', 'Doctor', 'Status', 'Action']}
          region={`Upcoming visits of ${patient.name}`}
        >
          <tbody>
            {visits.map((visit) => (
              <tr key={visit.id} data-visit={visit.id}>
                <td>{formatDateTime(visit.start, zone)}</td>
                <td>{visit.doctor.name}</td>
                <td>
                  <span className={`badge ${visit.status}`}>{visit.status}</span>
                </td>
                <td>
                  <button
                    type="button"
                    className="secondary"
                    aria-label={`Move the visit on ${formatDateTime(visit.start, zone)}`}
                    aria-expanded={moving === visit.id}
                    onClick={() => setMoving(visit.id)}
                  >
                    Move…
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
      {moving && <MoveVisit key={moving} id={moving} departments={departments} onClose={() => setMoving(null)} />}
    </section>
  );
}

/** The desk books a visit for a patient and moves her visits: to another time, doctor or service of the department. */
export function BookPage() {
  const [patient, setPatient] = useState<ChosenPatient | null>(null);
  const [{ data: catalog, fetching, error }] = useQuery({ query: CatalogDocument });
  const departments = catalog?.departments ?? [];
  return (
    <>
      <h1>Book or move a visit</h1>
      <section aria-labelledby="patient-heading">
        <h2 id="patient-heading">Patient</h2>
        {patient ? (
          <div className="row">
            <p data-patient={patient.id}>
              <strong>{patient.name}</strong> · {patient.email}
            </p>
            <button type="button" className="secondary" onClick={() => setPatient(null)}>
              Choose another patient
            </button>
          </div>
        ) : (
          <PatientFinder onChoose={setPatient} />
        )}
      </section>
      <ProblemNotice error={error} />
      {fetching && !catalog && <Loading what="the services" />}
      {patient && catalog && (
        <>
          <BookVisit key={`book-${patient.id}`} patient={patient} departments={departments} />
          <PatientVisits key={`visits-${patient.id}`} patient={patient} departments={departments} />
        </>
      )}
    </>
  );
}
