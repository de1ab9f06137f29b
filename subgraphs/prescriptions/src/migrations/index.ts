import { CreateCareVisits1763700000002 } from '@hospital/kit/care';
import {
  AppliedEventsPerGroup1765000000401,
  CreateAppliedEvents1763700000001,
  CreateDeadLetterEvents1763700000003,
  DeadLetterReplay1763700000004,
  CreateOutbox1763700000000,
  OutboxOrigin1764900000000,
} from '@hospital/kit/events';
import { CreatePrescriptions1763700000600 } from './1763700000600-CreatePrescriptions.js';

/** TypeORM runs them by the timestamp in their names, not in this order: a new one is a new file with a later timestamp, listed last; a released one is never edited. */
export const migrations = [
  CreateOutbox1763700000000,
  CreateAppliedEvents1763700000001,
  CreateCareVisits1763700000002,
  CreatePrescriptions1763700000600,
  CreateDeadLetterEvents1763700000003,
  DeadLetterReplay1763700000004,
  OutboxOrigin1764900000000,
  AppliedEventsPerGroup1765000000401,
];
