import { callSubgraph, subgraphEndpoint, type SubgraphEndpoint } from '@hospital/kit';
import {
  BookingPatientDocument,
  NotificationPatientDocument,
  type NotificationPatientQuery,
} from './generated/patients.js';

/** Where the appointments subgraph learns whether a patient exists. */
export interface PatientsRegistry {
  exists(patientId: string, authorization: string | undefined): Promise<boolean>;
}

/**
 * The patients subgraph, asked with the caller's own token: a patient booking for
 * themself may read their own profile, the desk any patient's. A visit is never
 * booked for an id that names nobody.
 */
export function createPatientsClient(url: string, timeoutMs: number): PatientsRegistry {
  const endpoint = subgraphEndpoint('patients', url, timeoutMs);
  return {
    async exists(patientId, authorization) {
      const data = await callSubgraph(endpoint, BookingPatientDocument, { id: patientId }, authorization);
      return data.patient !== null;
    },
  };
}

/** A patient's contact card (`patientContact`, internal to the patients subgraph). */
export async function patientContact(
  endpoint: SubgraphEndpoint,
  id: string,
  authorization: string,
): Promise<NotificationPatientQuery['patientContact'] | null> {
  return (await callSubgraph(endpoint, NotificationPatientDocument, { id }, authorization)).patientContact;
}
