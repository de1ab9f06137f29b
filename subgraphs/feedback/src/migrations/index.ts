import { CreateOutbox1763700000000, OutboxOrigin1764900000000 } from '@hospital/kit/events';
import { CreateFeedback1763700000700 } from './1763700000700-CreateFeedback.js';
import { IndexFeedbackByTime1764950000700 } from './1764950000700-IndexFeedbackByTime.js';

/** TypeORM runs them by the timestamp in their names, not in this order: a new one is a new file with a later timestamp, listed last; a released one is never edited. */
export const migrations = [
  CreateOutbox1763700000000,
  CreateFeedback1763700000700,
  OutboxOrigin1764900000000,
  IndexFeedbackByTime1764950000700,
];
