import {
  AppliedEventsPerGroup1765000000401,
  CreateAppliedEvents1763700000001,
  CreateDeadLetterEvents1763700000003,
  DeadLetterReplay1763700000004,
  CreateOutbox1763700000000,
  OutboxOrigin1764900000000,
} from '@hospital/kit/events';
import { CreateAppointments1763700000400 } from './1763700000400-CreateAppointments.js';
import { CreateNotifications1763700000410 } from './1763700000410-CreateNotifications.js';
import { NoticesInDetail1765000000100 } from './1765000000100-NoticesInDetail.js';
import { IndexVisitsForBoard1765000000300 } from './1765000000300-IndexVisitsForBoard.js';
import { CreateWaitlist1765000000400 } from './1765000000400-CreateWaitlist.js';

/** TypeORM runs them by the timestamp in their names, not in this order: a new one is a new file with a later timestamp, listed last; a released one is never edited. */
export const migrations = [
  CreateOutbox1763700000000,
  CreateAppointments1763700000400,
  CreateAppliedEvents1763700000001,
  CreateNotifications1763700000410,
  CreateDeadLetterEvents1763700000003,
  DeadLetterReplay1763700000004,
  OutboxOrigin1764900000000,
  NoticesInDetail1765000000100,
  IndexVisitsForBoard1765000000300,
  CreateWaitlist1765000000400,
  AppliedEventsPerGroup1765000000401,
];
