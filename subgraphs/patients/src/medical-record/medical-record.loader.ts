import { loaderOfMany } from '@hospital/kit';
import type { SealedMedicalRecord } from './medical-record.entity.js';
import type { MedicalRecordService } from './medical-record.service.js';

/** Per request: each patient's records, oldest first, every patient asked in a tick in one query. */
export const createMedicalRecordsLoader = (records: MedicalRecordService) =>
  loaderOfMany(
    (patientIds) => records.findForPatients(patientIds),
    (record: SealedMedicalRecord) => record.patientId,
  );
