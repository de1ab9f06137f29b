import { CreateOutbox1763700000000, OutboxOrigin1764900000000 } from '@hospital/kit/events';
import { CreateUsers1763700000100 } from './1763700000100-CreateUsers.js';
import { AccountAdministration1763700000110 } from './1763700000110-AccountAdministration.js';

/** TypeORM runs them by the timestamp in their names, not in this order: a new one is a new file with a later timestamp, listed last; a released one is never edited. */
export const migrations = [
  CreateOutbox1763700000000,
  CreateUsers1763700000100,
  AccountAdministration1763700000110,
  OutboxOrigin1764900000000,
];
