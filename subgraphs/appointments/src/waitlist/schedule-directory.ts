import { serviceTokens } from '@hospital/kit';
import type { Directory, DirectoryQuery, DoctorsDirectory } from '../clients/doctors.client.js';
import { SCHEDULES_SUBJECT } from '../service-identities.js';

/** The doctors directory as a background job sees it: no user token, so a scope-limited service one. */
export interface ScheduleDirectory {
  lookup(query: DirectoryQuery): Promise<Directory>;
}

/**
 * The sweep offers freed slots long after the request that freed them, and must
 * check them against the doctor's schedule as it stands then (time off taken
 * meanwhile, extra hours): it asks the doctors subgraph as this subgraph itself.
 */
export function scheduleDirectory(doctors: DoctorsDirectory, secret: string): ScheduleDirectory {
  const token = serviceTokens(secret, SCHEDULES_SUBJECT);
  return { lookup: async (query) => doctors.lookup(query, `Bearer ${await token()}`) };
}
