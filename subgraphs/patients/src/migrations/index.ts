import {
  AppliedEventsPerGroup1765000000401,
  CreateAppliedEvents1763700000001,
  CreateDeadLetterEvents1763700000003,
  DeadLetterReplay1763700000004,
  CreateOutbox1763700000000,
  OutboxOrigin1764900000000,
} from '@hospital/kit/events';
import { CreateCareRelationships1763700000220 } from './1763700000220-CreateCareRelationships.js';
import { CareFromVisits1763700000230 } from './1763700000230-CareFromVisits.js';
import { CreateMedicalRecords1763700000210 } from './1763700000210-CreateMedicalRecords.js';
import { CreatePatients1763700000200 } from './1763700000200-CreatePatients.js';
import { MedicalRecordVersions1763700000250 } from './1763700000250-MedicalRecordVersions.js';
import { ResealableRecordVersions1763700000260 } from './1763700000260-ResealableRecordVersions.js';
import { SharedContactEmails1763700000240 } from './1763700000240-SharedContactEmails.js';

/** TypeORM runs them by the timestamp in their names, not in this order: a new one is a new file with a later timestamp, listed last; a released one is never edited. */
export const migrations = [
  CreateOutbox1763700000000,
  CreatePatients1763700000200,
  CreateMedicalRecords1763700000210,
  CreateCareRelationships1763700000220,
  CreateAppliedEvents1763700000001,
  CareFromVisits1763700000230,
  CreateDeadLetterEvents1763700000003,
  SharedContactEmails1763700000240,
  DeadLetterReplay1763700000004,
  MedicalRecordVersions1763700000250,
  ResealableRecordVersions1763700000260,
  OutboxOrigin1764900000000,
  AppliedEventsPerGroup1765000000401,
];
