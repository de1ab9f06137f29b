import { CreateOutbox1763700000000 } from '@hospital/kit';
import { CreateAppointments1763700000400 } from './1763700000400-CreateAppointments.js';

/** In order. A new migration is a new file listed last; a released one is never edited. */
export const migrations = [CreateOutbox1763700000000, CreateAppointments1763700000400];
