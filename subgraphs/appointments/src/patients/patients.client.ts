import { callSubgraph, subgraphEndpoint } from '@hospital/kit';

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
      const data = await callSubgraph<{ patient: { id: string } | null }>(
        endpoint,
        'query BookingPatient($id: ID!) { patient(id: $id) { id } }',
        { id: patientId },
        authorization,
      );
      return data.patient !== null;
    },
  };
}
