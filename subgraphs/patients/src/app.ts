import {
  CONTACTS_SCOPE,
  AuditTrail,
  createRuntime,
  createSubgraph,
  type Subgraph,
  type SubgraphOptions,
  type SubgraphModule,
} from '@hospital/kit';
import { CareRelationshipService, CareVisit } from '@hospital/kit/care';
import { AppliedEvent, DeadLetterEvent, OutboxEvent } from '@hospital/kit/events';
import { loadPatientsConfig, medicalRecordsKeyOf, PATIENTS_PORT, previousMedicalRecordsKeysOf } from './config.js';
import { createVisitsLedger } from './clients/appointments.client.js';
import { createPatientsLoaders, type PatientsContext, type PatientsServices } from './context.js';
import { PatientExportService } from './export/patient-export.service.js';
import { RecordCipher } from './medical-record/medical-record.cipher.js';
import { SealedMedicalRecord } from './medical-record/medical-record.entity.js';
import { SealedRecordVersion } from './medical-record/medical-record-version.entity.js';
import { MedicalRecordService } from './medical-record/medical-record.service.js';
import { migrations } from './migrations/index.js';
import { Patient } from './patient/patient.entity.js';
import { PatientService } from './patient/patient.service.js';
import { buildPatientsSchema } from './schema.js';
import { consumeAppointments } from './events/appointments.consumer.js';

export { buildPatientsSchema } from './schema.js';
export { loadPatientsConfig, PATIENTS_PORT } from './config.js';

/**
 * The gateway hands patients every other subgraph's part of a patient's data
 * export in one request (docs/decisions.md, "A patient's data export"): a
 * patient with years of visits and audit entries needs more than the kit's 1 MB.
 * The port is internal (127.0.0.1 unless told otherwise), and the JSON is parsed
 * only up to this.
 */
const EXPORT_MAX_BODY = '16mb';

export const patientsTables = {
  entities: [Patient, SealedMedicalRecord, SealedRecordVersion, CareVisit, OutboxEvent, AppliedEvent, DeadLetterEvent],
  migrations,
};

/** Patients: profiles and medical records (sealed at rest); who may see them is decided here. */
export async function createPatientsSubgraph(options: SubgraphOptions = {}): Promise<Subgraph> {
  const config = loadPatientsConfig(options.env);
  const runtime = createRuntime(config, patientsTables, options);
  const cipher = new RecordCipher(medicalRecordsKeyOf(config), previousMedicalRecordsKeysOf(config));
  const medicalRecords = new MedicalRecordService(runtime.uow, cipher);
  const services: PatientsServices = {
    patients: new PatientService(runtime.uow, config.clinicTimeZone),
    medicalRecords,
    patientExports: new PatientExportService(runtime.uow, medicalRecords),
    care: new CareRelationshipService(runtime.dataSource),
    visits: createVisitsLedger(config.extra.APPOINTMENTS_URL, config.extra.APPOINTMENTS_TIMEOUT_MS, runtime.logger),
    audit: new AuditTrail(runtime.uow),
  };

  return createSubgraph<PatientsContext>(runtime, {
    schema: await buildPatientsSchema(),
    serviceFields: { patientContact: CONTACTS_SCOPE },
    maxBody: EXPORT_MAX_BODY,
    context: (base, req) => ({
      ...base,
      ...services,
      loaders: createPatientsLoaders(services, base, req.header('authorization')),
    }),
    consume: () => consumeAppointments(runtime),
  });
}

export const patientsModule: SubgraphModule = {
  name: 'patients',
  port: PATIENTS_PORT,
  buildSchema: buildPatientsSchema,
  create: createPatientsSubgraph,
  loadConfig: loadPatientsConfig,
  tables: patientsTables,
};
