import DataLoader from 'dataloader';
import type { CarePair, CareRelationshipService } from './care-relationship.service.js';

const keyOf = ({ doctorId, patientId }: CarePair): string => `${doctorId}/${patientId}`;

/**
 * Where pairs the projection does not hold are looked up: the appointments
 * subgraph itself, asked at that moment. The projection is fed by events, so a
 * visit booked an instant ago may not be in it yet (the lobby's follow-up of the
 * very event that books it asks about it at once).
 */
export type UnrecordedCare = (pairs: readonly CarePair[]) => Promise<readonly CarePair[]>;

/**
 * Per request: whether a doctor has a visit with a patient (in one of `statuses`,
 * or any), every pair asked in a tick in one query; the pairs it does not find,
 * when `unrecorded` is given, in one question to it.
 */
export const createCareLoader = (
  care: CareRelationshipService,
  statuses?: readonly string[],
  unrecorded?: UnrecordedCare,
) =>
  new DataLoader<CarePair, boolean, string>(
    async (pairs) => {
      const found = new Set((await care.existing(pairs, statuses)).map(keyOf));
      const missing = pairs.filter((pair) => !found.has(keyOf(pair)));
      if (unrecorded && missing.length) for (const pair of await unrecorded(missing)) found.add(keyOf(pair));
      return pairs.map((pair) => found.has(keyOf(pair)));
    },
    { cacheKeyFn: keyOf },
  );

export type CareLoader = ReturnType<typeof createCareLoader>;
