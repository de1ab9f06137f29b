import { loaderOfMany } from '@hospital/kit';
import type { SealedRecordVersion } from './medical-record-version.entity.js';
import type { MedicalRecordService } from './medical-record.service.js';

/** Per request: each record's earlier versions, oldest first, every record asked in a tick in one query. */
export const createRecordVersionsLoader = (records: MedicalRecordService) =>
  loaderOfMany(
    (recordIds) => records.findEarlierVersions(recordIds),
    (version: SealedRecordVersion) => version.recordId,
  );
