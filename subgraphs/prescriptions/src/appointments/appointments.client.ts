import { callSubgraph, type SubgraphEndpoint } from '@hospital/kit';

/** A visit as issuing a prescription needs it. */
export interface Visit {
  id: string;
  status: string;
  doctorId: string;
  patientId: string;
}

/** Where the prescriptions subgraph learns about visits. */
export interface VisitDirectory {
  /** null when the id names no visit. */
  visit(appointmentId: string, authorization: string | undefined): Promise<Visit | null>;
}

const VISIT = `query PrescriptionVisit($id: ID!) {
  appointment(id: $id) { id status doctor { id } patient { id } }
}`;

interface RawVisit {
  appointment: { id: string; status: string; doctor: { id: string }; patient: { id: string } } | null;
}

/**
 * The appointments subgraph over HTTP, asked at the moment of issuing (the visit's
 * status then, not a projection's), with the caller's own `Authorization`:
 * appointments refuses a doctor who is not the visit's (FORBIDDEN passes through).
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

/** The visits as this request's caller may see them: their token goes with every question. */
export const visitsAs = (directory: VisitDirectory, authorization: string | undefined) => ({
  visit: (appointmentId: string) => directory.visit(appointmentId, authorization),
});

export type RequestVisits = ReturnType<typeof visitsAs>;
