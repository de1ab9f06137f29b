import type { VisitStatus } from '../events/payloads.js';
import { callSubgraph, subgraphEndpoint } from '../internal-call.js';
import { VisitOfAppointmentDocument } from './generated/appointments.js';

/** A visit as a subgraph deciding something about it needs it: whose it is, and where it stands. */
export interface Visit {
  id: string;
  status: VisitStatus;
  doctorId: string;
  patientId: string;
}

/** Where prescriptions and feedback learn about visits, at the moment they decide. */
export interface VisitDirectory {
  /** Null when the id names no visit. */
  visit(appointmentId: string, authorization: string | undefined): Promise<Visit | null>;
}

/**
 * The appointments subgraph over HTTP, asked at the moment of deciding (the visit's
 * status then, not a projection's), with the caller's own `Authorization`: it
 * shows a patient or a doctor only their own visits, so its refusal reaches the
 * caller as FORBIDDEN, and a visit unknown to it (NOT_FOUND) comes back as null.
 */
export function createVisitDirectory(url: string, timeoutMs: number): VisitDirectory {
  const endpoint = subgraphEndpoint('appointments', url, timeoutMs);
  return {
    async visit(appointmentId, authorization) {
      const { appointment } = await callSubgraph(
        endpoint,
        VisitOfAppointmentDocument,
        { id: appointmentId },
        authorization,
      );
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

/** The visits as one request's caller may see them: their token goes with every question. */
export const visitsOf = (directory: VisitDirectory, authorization: string | undefined) => ({
  visit: (appointmentId: string) => directory.visit(appointmentId, authorization),
});

export type RequestVisits = ReturnType<typeof visitsOf>;
