import {
  AddMedicalRecordDocument,
  AppointmentsDocument,
  DoctorPatientChartDocument,
  DoctorsDocument,
  IssuePrescriptionDocument,
  MedicalRecordHistoryDocument,
  ReviseMedicalRecordDocument,
  type DoctorPatientChartQuery,
  type MedicalRecordHistoryQuery,
} from '@hospital/client';
import { useId, useMemo, useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { useClinicZone } from '../../auth/session.js';
import { formatDateTime } from '../../ui/format.js';
import { Empty, Loading, ProblemNotice } from '../../ui/status.js';
import { DataTable } from '../../ui/table.js';
import { authorName, formatDate, optionalText } from './chart.js';

type MedicalRecord = NonNullable<NonNullable<MedicalRecordHistoryQuery['patient']>['medicalRecords']>[number];

// A mutation refetches the queries whose answers hold its result's type; an empty list holds none.
const RECORDS = { additionalTypenames: ['MedicalRecord'] };
const PRESCRIPTIONS = { additionalTypenames: ['Prescription'] };

/** A record's versions, oldest first, and a form that writes the next one. */
function RecordCard({
  record,
  doctorId,
  names,
}: {
  record: MedicalRecord;
  doctorId: string;
  names: ReadonlyMap<string, string>;
}) {
  const zone = useClinicZone();
  const headingId = useId();
  const [revising, setRevising] = useState(false);
  const [revision, revise] = useMutation(ReviseMedicalRecordDocument);
  const first = record.versions[0];

  async function onRevise(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const diagnosis = optionalText(form.get('diagnosis'));
    if (!diagnosis) return;
    // Blank notes remove them: the revision says what the record says now.
    const result = await revise({
      id: record.id,
      input: { diagnosis, notes: optionalText(form.get('notes')) ?? null },
    });
    if (result.data) setRevising(false);
  }

  return (
    <article className="card" aria-labelledby={headingId} data-record={record.id}>
      <h3 id={headingId}>{record.diagnosis}</h3>
      {record.notes && <p>{record.notes}</p>}
      <p>
        <small>
          Version {record.version}
          {first &&
            ` · first written ${formatDateTime(first.changedAt, zone)} by ${authorName(first.changedById, doctorId, names)}`}
        </small>
      </p>
      <details>
        <summary>
          History of {record.diagnosis} ({record.versions.length}{' '}
          {record.versions.length === 1 ? 'version' : 'versions'})
        </summary>
        <DataTable
          caption="Every version of the record, oldest first"
          columns={[{ label: 'Version', figure: true }, 'Diagnosis', 'Notes', 'Written', 'By']}
        >
          <tbody>
            {record.versions.map((version) => (
              <tr key={version.version}>
                <td className="number">{version.version}</td>
                <td>{version.diagnosis}</td>
                <td>{version.notes ?? '—'}</td>
                <td>{formatDateTime(version.changedAt, zone)}</td>
                <td>{authorName(version.changedById, doctorId, names)}</td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      </details>
      {revising ? (
        <form onSubmit={(event) => void onRevise(event)} aria-label={`Revise ${record.diagnosis}`}>
          <label>
            Revised diagnosis
            <input name="diagnosis" required defaultValue={record.diagnosis} />
          </label>
          <label>
            Revised notes
            <textarea name="notes" rows={3} defaultValue={record.notes ?? ''} />
          </label>
          <div className="row">
            <button type="submit" disabled={revision.fetching}>
              Save the revision
            </button>
            <button type="button" className="secondary" onClick={() => setRevising(false)}>
              Cancel
            </button>
          </div>
          <ProblemNotice error={revision.error} />
        </form>
      ) : (
        <button
          type="button"
          className="secondary"
          aria-label={`Revise ${record.diagnosis}`}
          onClick={() => setRevising(true)}
        >
          Revise
        </button>
      )}
    </article>
  );
}

function Records({ patientId, doctorId }: { patientId: string; doctorId: string }) {
  const headingId = useId();
  const [added, setAdded] = useState('');
  const [{ data, fetching, error }] = useQuery({
    query: MedicalRecordHistoryDocument,
    variables: { patientId },
    context: RECORDS,
  });
  const [doctors] = useQuery({ query: DoctorsDocument, variables: { first: 100 } });
  const names = useMemo(
    () => new Map(doctors.data?.doctors.edges.map(({ node }) => [node.id, node.name]) ?? []),
    [doctors.data],
  );
  const [addition, add] = useMutation(AddMedicalRecordDocument);
  const records = data?.patient?.medicalRecords ?? [];

  async function onAdd(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const fields = new FormData(form);
    const diagnosis = optionalText(fields.get('diagnosis'));
    if (!diagnosis) return;
    const result = await add({ patientId, input: { diagnosis, notes: optionalText(fields.get('notes')) } });
    if (result.data) {
      form.reset();
      setAdded(`Record added: ${result.data.addMedicalRecord.diagnosis}.`);
    }
  }

  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>Medical records</h2>
      <ProblemNotice error={error ?? doctors.error} />
      {fetching && !data && <Loading what="the records" />}
      {data && records.length === 0 && <Empty>No records yet.</Empty>}
      {records.map((record) => (
        <RecordCard key={record.id} record={record} doctorId={doctorId} names={names} />
      ))}
      <form onSubmit={(event) => void onAdd(event)} aria-labelledby={`${headingId}-add`}>
        <h3 id={`${headingId}-add`}>Add a record</h3>
        <label>
          Diagnosis
          <input name="diagnosis" required />
        </label>
        <label>
          Notes
          <textarea name="notes" rows={3} />
        </label>
        <button type="submit" disabled={addition.fetching}>
          Add the record
        </button>
        <ProblemNotice error={addition.error} />
        <p className="status" role="status">
          {added}
        </p>
      </form>
    </section>
  );
}

function Prescriptions({
  patientId,
  doctorId,
  chart,
}: {
  patientId: string;
  doctorId: string;
  chart: NonNullable<DoctorPatientChartQuery['patient']>;
}) {
  const zone = useClinicZone();
  const headingId = useId();
  const [issued, setIssued] = useState('');
  const [visits] = useQuery({
    query: AppointmentsDocument,
    variables: { filter: { doctorId, patientId, status: ['APPROVED', 'COMPLETED'] }, first: 100 },
  });
  const [issue, issuePrescription] = useMutation(IssuePrescriptionDocument);
  const prescriptions = chart.prescriptions ?? [];
  const prescribable = visits.data?.appointments.edges.map((edge) => edge.node) ?? [];

  async function onIssue(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const fields = new FormData(form);
    const medication = optionalText(fields.get('medication'));
    const dosage = optionalText(fields.get('dosage'));
    if (!medication || !dosage) return;
    const input = {
      appointmentId: String(fields.get('appointmentId')),
      medication,
      dosage,
      days: Number(fields.get('days')),
      instructions: optionalText(fields.get('instructions')),
    };
    const result = await issuePrescription({ input });
    if (result.data) {
      form.reset();
      setIssued(`Prescription issued: ${result.data.issuePrescription.medication}.`);
    }
  }

  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>Prescriptions</h2>
      {prescriptions.length === 0 ? (
        <Empty>No prescriptions yet.</Empty>
      ) : (
        <DataTable
          caption={`${chart.name}'s prescriptions, oldest first`}
          columns={['Medication', 'Dosage', { label: 'Days', figure: true }, 'Instructions', 'Issued', 'By']}
        >
          <tbody>
            {prescriptions.map((prescription) => (
              <tr key={prescription.id}>
                <td>{prescription.medication}</td>
                <td>{prescription.dosage}</td>
                <td className="number">{prescription.days}</td>
                <td>{prescription.instructions ?? '—'}</td>
                <td>{formatDateTime(prescription.issuedAt, zone)}</td>
                <td>{prescription.doctor.name}</td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
      <h3>Issue a prescription</h3>
      <ProblemNotice error={visits.error} />
      {visits.fetching && !visits.data && <Loading what="your visits with the patient" />}
      {visits.data && prescribable.length === 0 && (
        <Empty>A prescription is issued at an approved or completed visit with you; {chart.name} has none yet.</Empty>
      )}
      {prescribable.length > 0 && (
        <form onSubmit={(event) => void onIssue(event)} aria-label="Issue a prescription">
          <label>
            Visit
            <select name="appointmentId" required>
              {prescribable.map((visit) => (
                <option key={visit.id} value={visit.id}>
                  {formatDateTime(visit.start, zone)} ({visit.status.toLowerCase()})
                </option>
              ))}
            </select>
          </label>
          <label>
            Medication
            <input name="medication" required maxLength={200} />
          </label>
          <label>
            Dosage
            <input name="dosage" required maxLength={200} placeholder="e.g. 500 mg twice a day" />
          </label>
          <label>
            Days
            <input name="days" type="number" required min={1} max={365} step={1} inputMode="numeric" />
          </label>
          <label>
            Instructions
            <textarea name="instructions" rows={2} maxLength={2000} />
          </label>
          <button type="submit" disabled={issue.fetching}>
            Issue the prescription
          </button>
          <ProblemNotice error={issue.error} />
        </form>
      )}
      <p className="status" role="status">
        {issued}
      </p>
    </section>
  );
}

/** One patient's chart: her records with their history, and her prescriptions. */
export function ChartPage({ doctorId }: { doctorId: string }) {
  const { patientId = '' } = useParams();
  const [{ data, fetching, error }] = useQuery({
    query: DoctorPatientChartDocument,
    variables: { id: patientId },
    context: PRESCRIPTIONS,
  });
  const patient = data?.patient;
  return (
    <>
      <p>
        <Link to="/doctor/patients">← My patients</Link>
      </p>
      {!patient && <h1>Patient's chart</h1>}
      <ProblemNotice error={error} />
      {fetching && !data && <Loading what="the chart" />}
      {patient && (
        <>
          <h1>{patient.name}</h1>
          <p>Born {formatDate(patient.dateOfBirth)}</p>
          <Records patientId={patient.id} doctorId={doctorId} />
          <Prescriptions patientId={patient.id} doctorId={doctorId} chart={patient} />
        </>
      )}
    </>
  );
}
