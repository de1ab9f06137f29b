import { callSubgraph, type AppointmentEventPayload, type SubgraphEndpoint } from '@hospital/kit';

export type VisitStatus = AppointmentEventPayload['status'];

/** A visit as feedback needs it: whose it is, and how it ended. */
export interface Visit {
  id: string;
  status: VisitStatus;
  doctorId: string;
  patientId: string;
}

/** Where the feedback subgraph learns about visits. */
export interface VisitDirectory {
  /** Null when the id names no visit. */
  visit(appointmentId: string, authorization: string | undefined): Promise<Visit | null>;
}

const VISIT = `query FeedbackVisit($id: ID!) {
  appointment(id: $id) { id status doctor { id } patient { id } }
}`;

interface RawVisit {
  appointment: { id: string; status: VisitStatus; doctor: { id: string }; patient: { id: string } } | null;
}

/**
 * The appointments subgraph over HTTP with the caller's own `Authorization`: it
 * shows a patient only their own visits, so its refusal reaches the caller as
 * FORBIDDEN, and a visit unknown to it (NOT_FOUND) comes back as null.
 */
export function createAppointmentsClient(url: string, timeoutMs: number): VisitDirectory {
  const endpoint: SubgraphEndpoint = { name: 'appointments', url, timeoutMs };
  return {
    async visit(appointmentId, authorization) {
      const { appointment } = await callSubgraph<RawVisit>(endpoint, VISIT, { id: appointmentId }, authorization);
      return appointment
        ? {
            id: appointment.id,
            status: appointment.status,
            doctorId: appointment.doctor.id,
            patientId: appointment.patient.id,
          }
        : null;
    },
  };
}

/** The directory as one request's caller sees it. */
export const visitsOf = (directory: VisitDirectory, authorization: string | undefined) => ({
  visit: (appointmentId: string) => directory.visit(appointmentId, authorization),
});

export type RequestVisits = ReturnType<typeof visitsOf>;
