import {
  CONTACTS_SCOPE,
  AppliedEvent,
  DeadLetterEvent,
  CareRelationshipService,
  CareVisit,
  consumeAppointmentEvents,
  createRuntime,
  createSubgraph,
  OutboxEvent,
  type Subgraph,
  type SubgraphOptions,
  type Unsubscribe,
} from '@hospital/kit';
import { loadPatientsConfig, medicalRecordsKeyOf } from './config.js';
import { createPatientsLoaders, type PatientsContext, type PatientsServices } from './context.js';
import { RecordCipher } from './medical-record/medical-record.cipher.js';
import { SealedMedicalRecord } from './medical-record/medical-record.entity.js';
import { MedicalRecordService } from './medical-record/medical-record.service.js';
import { migrations } from './migrations/index.js';
import { Patient } from './patient/patient.entity.js';
import { PatientService } from './patient/patient.service.js';
import { buildPatientsSchema } from './schema.js';

export { buildPatientsSchema } from './schema.js';
export { loadPatientsConfig, PATIENTS_PORT } from './config.js';

/** The consumer group under which this subgraph reads the event stream. */
const PATIENTS_CONSUMER_GROUP = 'patients';

export const patientsTables = {
  entities: [Patient, SealedMedicalRecord, CareVisit, OutboxEvent, AppliedEvent, DeadLetterEvent],
  migrations,
};

/** Patients: profiles and medical records (sealed at rest); who may see them is decided here. */
export async function createPatientsSubgraph(options: SubgraphOptions = {}): Promise<Subgraph> {
  const config = loadPatientsConfig(options.env);
  const runtime = createRuntime(config, patientsTables, options);
  const services: PatientsServices = {
    patients: new PatientService(runtime.uow, config.clinicTimeZone),
    medicalRecords: new MedicalRecordService(runtime.uow, new RecordCipher(medicalRecordsKeyOf(config))),
    care: new CareRelationshipService(runtime.dataSource),
  };

  let stopConsuming: Unsubscribe | undefined;
  return createSubgraph<PatientsContext>(runtime, {
    schema: await buildPatientsSchema(),
    serviceFields: { patientContact: CONTACTS_SCOPE },
    context: (base) => ({ ...base, ...services, loaders: createPatientsLoaders(services) }),
    onStart: async () => {
      stopConsuming = await consumeAppointmentEvents(runtime, PATIENTS_CONSUMER_GROUP);
    },
    onStop: async () => {
      await stopConsuming?.();
    },
  });
}
