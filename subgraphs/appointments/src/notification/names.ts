import { subgraphEndpoint, type SubgraphEndpoint } from '@hospital/kit';
import { namesOf } from '../clients/doctors.client.js';
import { DeliveryError } from './contacts.js';

/** A service's name and where it is given (its department). */
export interface ServiceNames {
  name: string;
  departmentName: string;
}

/** Names read for one dispatch round; null where the id names nothing (any more). */
export interface Names {
  doctors: Map<string, string | null>;
  services: Map<string, ServiceNames | null>;
}

/** What the messages name: doctors, services and their departments, owned by the doctors subgraph. */
export interface NameDirectory {
  lookup(ids: { doctorIds: Iterable<string>; serviceIds: Iterable<string> }): Promise<Names>;
}

/** Ids per call: a round's batch names a few dozen at most; this bounds the query's size whatever the batch. */
const PER_CALL = 50;

async function lookupChunk(
  endpoint: SubgraphEndpoint,
  doctorIds: readonly string[],
  serviceIds: readonly string[],
  authorization: string,
  names: Names,
): Promise<void> {
  const answer = await namesOf(endpoint, doctorIds, serviceIds, authorization);
  doctorIds.forEach((id, i) => names.doctors.set(id, answer.doctors[i]?.name ?? null));
  serviceIds.forEach((id, i) => {
    const service = answer.services[i];
    names.services.set(id, service ? { name: service.name, departmentName: service.department?.name ?? '' } : null);
  });
}

/**
 * Doctors' and services' names (and the services' departments) from the doctors
 * subgraph, asked once per dispatch round for every id the round's messages name,
 * with the dispatcher's own service token (scope schedules:read: what any
 * signed-in user may read, nothing personal).
 */
export function createNameDirectory(url: string, token: () => Promise<string>, timeoutMs: number): NameDirectory {
  const endpoint = subgraphEndpoint('doctors', url, timeoutMs);
  return {
    async lookup({ doctorIds, serviceIds }) {
      const names: Names = { doctors: new Map(), services: new Map() };
      const doctors = [...new Set(doctorIds)];
      const services = [...new Set(serviceIds)];
      try {
        const authorization = `Bearer ${await token()}`;
        for (let i = 0; i < Math.max(doctors.length, services.length); i += PER_CALL) {
          await lookupChunk(
            endpoint,
            doctors.slice(i, i + PER_CALL),
            services.slice(i, i + PER_CALL),
            authorization,
            names,
          );
        }
      } catch (error) {
        throw new DeliveryError(`names lookup: ${(error as Error).message}`, { cause: error });
      }
      return names;
    },
  };
}
