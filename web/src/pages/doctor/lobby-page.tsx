import {
  AppointmentCancelledDocument,
  AppointmentRequestedDocument,
  ApproveAppointmentDocument,
  AvailableSlotsDocument,
  CatalogDocument,
  PendingAppointmentsDocument,
  RejectAppointmentDocument,
} from '@hospital/client';
import { useEffect, useId, useMemo, useReducer, useState, type FormEvent } from 'react';
import { useClient, useMutation, useQuery, type CombinedError } from 'urql';
import { useClinicZone } from '../../auth/session.js';
import { formatDateTime } from '../../ui/format.js';
import { Empty, Loading, ProblemNotice } from '../../ui/status.js';
import {
  initialLobby,
  lobbyReducer,
  servicesOf,
  slotsByDay,
  waitingRequests,
  type LobbyEvent,
  type LobbyRequest,
} from './lobby.js';

const DAY = 86_400_000;
/** How far ahead another time may be offered. */
const SLOT_DAYS = 14;

// Free times change with every decision on a visit: any mutation of an appointment refetches them.
const SLOTS = { additionalTypenames: ['Appointment'] };

// The API's alternatives may be other doctors' times, which she cannot give: the choice above is hers.
const APPROVAL_WORDS = { SLOT_TAKEN: 'Someone has just taken that time. Please choose another free time.' };

interface SlotWindow {
  from: string;
  to: string;
}

function RequestCard({
  request,
  doctorId,
  serviceId,
  slotWindow,
  onDecided,
}: {
  request: LobbyRequest;
  doctorId: string;
  serviceId: string | undefined;
  slotWindow: SlotWindow;
  onDecided: (event: LobbyEvent) => void;
}) {
  const zone = useClinicZone();
  const headingId = useId();
  const name = request.patient.name;
  const [time, setTime] = useState('');
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
  const [slots, refetchSlots] = useQuery({
    query: AvailableSlotsDocument,
    variables: { input: { serviceId: serviceId ?? '', doctorId, ...slotWindow } },
    pause: !serviceId,
    context: SLOTS,
  });
  const [approval, approve] = useMutation(ApproveAppointmentDocument);
  const [rejection, reject] = useMutation(RejectAppointmentDocument);
  const days = slotsByDay(slots.data?.availableSlots ?? [], zone);
  const stillFree = !time || days.some((day) => day.slots.some((slot) => slot.start === time));

  async function onApprove() {
    const result = await approve({ id: request.id, confirmedTime: time || null });
    const approved = result.data?.approveAppointment;
    if (approved) onDecided({ type: 'approved', request, start: approved.start });
    // The time chosen may just have been taken: offer what is free now.
    else if (time) refetchSlots({ requestPolicy: 'network-only' });
  }

  async function onReject(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!reason.trim()) return;
    const result = await reject({ id: request.id, reason: reason.trim() });
    if (result.data) onDecided({ type: 'rejected', request });
  }

  return (
    <section className="card" aria-labelledby={headingId} data-request={request.id}>
      <h2 id={headingId}>{name}</h2>
      <p>
        <time dateTime={request.start}>{formatDateTime(request.start, zone)}</time> · {request.service.name}
      </p>
      <p>Reason: {request.reason}</p>
      <div className="row">
        <label>
          Time to confirm for {name}
          <select value={time} onChange={(event) => setTime(event.target.value)}>
            <option value="">As requested: {formatDateTime(request.start, zone)}</option>
            {!stillFree && <option value={time}>{formatDateTime(time, zone)} (taken meanwhile)</option>}
            {days.map((day) => (
              <optgroup key={day.day} label={day.day}>
                {day.slots.map((slot) => (
                  <option key={slot.start} value={slot.start}>
                    {day.day}, {slot.time}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </label>
        <button
          type="button"
          aria-label={`Approve ${name}`}
          disabled={approval.fetching}
          onClick={() => void onApprove()}
        >
          Approve
        </button>
        <button
          type="button"
          className="secondary"
          aria-label={`Reject ${name}`}
          aria-expanded={rejecting}
          onClick={() => setRejecting(!rejecting)}
        >
          Reject
        </button>
      </div>
      <ProblemNotice error={slots.error} />
      <ProblemNotice error={approval.error} words={APPROVAL_WORDS} />
      {rejecting && (
        <form onSubmit={(event) => void onReject(event)} aria-label={`Reject ${name}'s request`}>
          <label>
            Why you cannot see {name} (the patient is told)
            <textarea
              name="reason"
              required
              rows={2}
              maxLength={1000}
              value={reason}
              onChange={(event) => setReason(event.target.value)}
            />
          </label>
          <div className="row">
            <button type="submit" className="danger" disabled={rejection.fetching || !reason.trim()}>
              Send the rejection
            </button>
            <button type="button" className="secondary" onClick={() => setRejecting(false)}>
              Keep the request
            </button>
          </div>
          <ProblemNotice error={rejection.error} />
        </form>
      )}
    </section>
  );
}

/** The doctor's waiting requests, kept live: new ones arrive and cancelled ones leave without a reload. */
export function LobbyPage({ doctorId }: { doctorId: string }) {
  const zone = useClinicZone();
  const client = useClient();
  const [state, dispatch] = useReducer(lobbyReducer, zone, initialLobby);
  const [liveError, setLiveError] = useState<CombinedError>();
  const [{ data, fetching, error }] = useQuery({
    query: PendingAppointmentsDocument,
    variables: { doctorId, first: 100 },
  });
  const [catalog] = useQuery({ query: CatalogDocument });
  const services = useMemo(() => servicesOf(catalog.data?.departments ?? [], doctorId), [catalog.data, doctorId]);
  // One window for every card, so that requests for one service share one query of free slots.
  const [slotWindow] = useState<SlotWindow>(() => {
    const now = Date.now();
    return { from: new Date(now).toISOString(), to: new Date(now + SLOT_DAYS * DAY).toISOString() };
  });

  useEffect(() => {
    const requested = client.subscription(AppointmentRequestedDocument, { doctorId }).subscribe((result) => {
      setLiveError(result.error);
      const request = result.data?.appointmentRequested;
      if (request) dispatch({ type: 'requested', request });
    });
    const cancelled = client.subscription(AppointmentCancelledDocument, { doctorId }).subscribe((result) => {
      setLiveError(result.error);
      const visit = result.data?.appointmentCancelled;
      if (visit) dispatch({ type: 'cancelled', visit });
    });
    return () => {
      requested.unsubscribe();
      cancelled.unsubscribe();
    };
  }, [client, doctorId]);

  const loaded = data?.pendingAppointments.edges.map((edge) => edge.node) ?? [];
  const requests = waitingRequests(loaded, state);
  return (
    <>
      <h1>Lobby</h1>
      <p>Requests waiting for you, earliest first. New ones appear here as patients make them.</p>
      <p className="status" role="status" aria-live="polite">
        {state.announcement}
      </p>
      <ProblemNotice error={liveError} />
      <ProblemNotice error={error} />
      <ProblemNotice error={catalog.error} />
      {fetching && !data && <Loading what="the requests" />}
      {data && requests.length === 0 && <Empty>No requests are waiting.</Empty>}
      {requests.map((request) => (
        <RequestCard
          key={request.id}
          request={request}
          doctorId={doctorId}
          serviceId={services.get(request.service.name)}
          slotWindow={slotWindow}
          onDecided={dispatch}
        />
      ))}
      {data?.pendingAppointments.pageInfo.hasNextPage && (
        <p className="notice">More requests are waiting than shown here: decide these to see the next ones.</p>
      )}
    </>
  );
}
