import { AppointmentStatusChangedDocument, CancelAppointmentDocument, PatientVisitsDocument } from '@hospital/client';
import { useMemo, useState } from 'react';
import { useMutation, useQuery, useSubscription } from 'urql';
import { useClinicZone } from '../../auth/session.js';
import { formatDateTime, formatMoney } from '../../ui/format.js';
import { Empty, Loading, ProblemNotice } from '../../ui/status.js';
import { DataTable } from '../../ui/table.js';
import { MAX_RESCHEDULES, MoveVisit, type Visit } from './visits-move.js';
import { RateVisit } from './visits-rate.js';

const usePatientVisits = (patientId: string) =>
  useQuery({ query: PatientVisitsDocument, variables: { patientId, first: 50 } })[0];

const ACTIVE = new Set(['PENDING', 'APPROVED']);

/** Cancelling asks first, with what it would cost now as the API reckons it. */
function CancelVisit({ visit }: { visit: Visit }) {
  const [asking, setAsking] = useState(false);
  const [{ fetching, error }, cancel] = useMutation(CancelAppointmentDocument);
  if (visit.feeIfCancelledNow === null || visit.feeIfCancelledNow === undefined) return null;
  const fee =
    Number(visit.feeIfCancelledNow) > 0 ? `a fee of ${formatMoney(visit.feeIfCancelledNow)} plus tax` : 'nothing';
  if (!asking)
    return (
      <button type="button" className="secondary" onClick={() => setAsking(true)}>
        Cancel…
      </button>
    );
  return (
    <div role="group" aria-label="Confirm the cancellation">
      <p>Cancelling now costs {fee}.</p>
      <div className="row">
        <button
          type="button"
          className="danger"
          disabled={fetching}
          onClick={() => void cancel({ id: visit.id, reason: 'Cancelled by the patient' })}
        >
          Cancel the visit
        </button>
        <button type="button" className="secondary" onClick={() => setAsking(false)}>
          Keep it
        </button>
      </div>
      <ProblemNotice error={error} />
    </div>
  );
}

type Panel = { kind: 'move' | 'rate'; id: string };

/** What a visit's row offers: cancel and move while it is ahead, rate once it has taken place. */
function VisitActions({ visit, onOpen }: { visit: Visit; onOpen: (panel: Panel) => void }) {
  if (visit.feedback)
    return (
      <p>
        Your rating: {visit.feedback.rating} of 5{visit.feedback.comment && <q> {visit.feedback.comment}</q>}
      </p>
    );
  if (visit.status === 'COMPLETED')
    return (
      <button type="button" onClick={() => onOpen({ kind: 'rate', id: visit.id })}>
        Rate this visit
      </button>
    );
  if (!ACTIVE.has(visit.status)) return null;
  return (
    <div className="row" style={{ alignItems: 'flex-start' }}>
      <CancelVisit visit={visit} />
      {visit.rescheduleCount < MAX_RESCHEDULES ? (
        <button type="button" className="secondary" onClick={() => onOpen({ kind: 'move', id: visit.id })}>
          Reschedule…
        </button>
      ) : (
        <small>Moved twice: it cannot be moved again.</small>
      )}
    </div>
  );
}

export function VisitsPage({ patientId }: { patientId: string }) {
  const zone = useClinicZone();
  const { data, fetching, error } = usePatientVisits(patientId);
  // A status change names the Appointment type, so the document cache fetches the list again.
  const context = useMemo(() => ({ additionalTypenames: ['Appointment'] }), []);
  const [{ data: changed }] = useSubscription({
    query: AppointmentStatusChangedDocument,
    variables: { patientId },
    context,
  });
  const [panel, setPanel] = useState<Panel | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const visits = data?.appointments.edges.map((edge) => edge.node) ?? [];
  const change = changed?.appointmentStatusChanged;
  const changedVisit = change && visits.find((visit) => visit.id === change.id);
  const open = visits.find((visit) => visit.id === panel?.id);
  const done = (message: string) => {
    setPanel(null);
    setNotice(message);
  };
  const openPanel = (next: Panel) => {
    setPanel(next);
    setNotice(null);
  };

  return (
    <>
      <h1>My visits</h1>
      <div role="status" aria-live="polite" aria-label="Changes to your visits">
        {notice && <p className="notice">{notice}</p>}
        {change && (
          <p className="notice">
            Your visit{changedVisit ? ` of ${changedVisit.service.name}` : ''} with {change.doctor.name} on{' '}
            {formatDateTime(change.start, zone)} is now {change.status}
            {change.rejectionReason ? `: ${change.rejectionReason}` : '.'}
          </p>
        )}
      </div>
      <ProblemNotice error={error} />
      {fetching && !data && <Loading what="your visits" />}
      {data && visits.length === 0 && <Empty>You have no visits yet.</Empty>}
      {visits.length > 0 && (
        <DataTable caption="Your visits, earliest first" columns={['When', 'Service', 'Doctor', 'Status', 'Actions']}>
          <tbody>
            {visits.map((visit) => (
              <tr key={visit.id} data-visit={visit.id}>
                <td>
                  {formatDateTime(visit.start, zone)}
                  {visit.rescheduleCount > 0 && (
                    <>
                      <br />
                      <small>moved {visit.rescheduleCount === 1 ? 'once' : 'twice'}</small>
                    </>
                  )}
                </td>
                <td>{visit.service.name}</td>
                <td>
                  {visit.doctor.name}
                  <br />
                  <small>{visit.doctor.department.name}</small>
                </td>
                <td>
                  <span className={`badge ${visit.status}`}>{visit.status}</span>
                  {visit.rejectionReason && <p>{visit.rejectionReason}</p>}
                </td>
                <td>
                  <VisitActions visit={visit} onOpen={openPanel} />
                </td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
      {panel?.kind === 'move' && open && ACTIVE.has(open.status) && (
        <MoveVisit key={open.id} visit={open} onDone={done} onClose={() => setPanel(null)} />
      )}
      {panel?.kind === 'rate' && open && open.status === 'COMPLETED' && !open.feedback && (
        <RateVisit key={open.id} visit={open} onDone={done} onClose={() => setPanel(null)} />
      )}
    </>
  );
}
