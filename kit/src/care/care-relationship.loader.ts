import DataLoader from 'dataloader';
import type { CarePair, CareRelationshipService } from './care-relationship.service.js';

const keyOf = ({ doctorId, patientId }: CarePair): string => `${doctorId}/${patientId}`;

/**
 * Per request: whether a doctor has a visit with a patient (in one of `statuses`,
 * or any), every pair asked in a tick in one query.
 */
export const createCareLoader = (care: CareRelationshipService, statuses?: readonly string[]) =>
  new DataLoader<CarePair, boolean, string>(
    async (pairs) => {
      const found = new Set((await care.existing(pairs, statuses)).map(keyOf));
      return pairs.map((pair) => found.has(keyOf(pair)));
    },
    { cacheKeyFn: keyOf },
  );

export type CareLoader = ReturnType<typeof createCareLoader>;
