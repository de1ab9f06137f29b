import type { Viewer } from '../auth.js';
import { ForbiddenError } from '../errors.js';
import type { CareLoader } from './care-relationship.loader.js';

/**
 * What a rule decides about a viewer and a patient. A doctor's access depends on
 * the data (whether the patient is in their care), which the rules leave to
 * `enforceAccess` so that they stay plain functions.
 */
export type Access = 'granted' | 'refused' | 'if-in-their-care';

/** FORBIDDEN unless `access` holds for `viewer` and `patientId`. */
export async function enforceAccess(
  access: Access,
  viewer: Viewer,
  patientId: string,
  inCare: CareLoader,
): Promise<void> {
  if (access === 'granted') return;
  if (access === 'if-in-their-care' && (await inCare.load({ doctorId: viewer.id, patientId }))) return;
  throw new ForbiddenError();
}
