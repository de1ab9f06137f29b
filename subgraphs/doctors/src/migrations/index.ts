import { CreateOutbox1763700000000, OutboxOrigin1764900000000 } from '@hospital/kit/events';
import { CreateCatalogue1763700000300 } from './1763700000300-CreateCatalogue.js';
import { CreateDoctors1763700000310 } from './1763700000310-CreateDoctors.js';
import { CreateSchedules1763700000320 } from './1763700000320-CreateSchedules.js';
import { CreateExtraHours1765000000200 } from './1765000000200-CreateExtraHours.js';

/** TypeORM runs them by the timestamp in their names, not in this order: a new one is a new file with a later timestamp, listed last; a released one is never edited. */
export const migrations = [
  CreateOutbox1763700000000,
  CreateCatalogue1763700000300,
  CreateDoctors1763700000310,
  CreateSchedules1763700000320,
  OutboxOrigin1764900000000,
  CreateExtraHours1765000000200,
];
