import { callTimeoutMs, embeddedSecret, loadSubgraphConfig, subgraphUrl } from '@hospital/kit';
import { z } from 'zod';

export const PATIENTS_PORT = 4002;

/** AES-256 takes exactly 32 bytes of key. */
export const MEDICAL_RECORDS_KEY_BYTES = 32;

const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;
const KEY_FORMAT = `must be ${MEDICAL_RECORDS_KEY_BYTES} bytes, base64-encoded (openssl rand -base64 ${MEDICAL_RECORDS_KEY_BYTES})`;

const isMedicalRecordsKey = (value: string) =>
  BASE64.test(value) && Buffer.from(value, 'base64').length === MEDICAL_RECORDS_KEY_BYTES;

const medicalRecordsKey = z.string().refine(isMedicalRecordsKey, KEY_FORMAT);

/**
 * The keys of earlier rotations, comma-separated: they still open records sealed
 * under them until `rekey` has sealed everything again under the current one. A
 * bad one is named by its place in the list, never by its value.
 */
const previousMedicalRecordsKeys = z.string().transform((value, context) => {
  const keys = value.split(',').map((key) => key.trim());
  keys.forEach((key, index) => {
    if (!isMedicalRecordsKey(key)) {
      context.addIssue({ code: 'custom', message: `key ${index + 1} of ${keys.length} ${KEY_FORMAT}` });
    }
  });
  return keys;
});

/**
 * The kit's checks plus the records keys, every problem in one list. Production
 * must bring its own key: one generated on a replica's disk would differ between
 * replicas and vanish with the container, leaving every record unreadable.
 */
export const loadPatientsConfig = (env: NodeJS.ProcessEnv = process.env) =>
  loadSubgraphConfig(
    'patients',
    PATIENTS_PORT,
    {
      MEDICAL_RECORDS_KEY: medicalRecordsKey.optional(),
      MEDICAL_RECORDS_PREVIOUS_KEYS: previousMedicalRecordsKeys.optional(),
      /** The appointments subgraph, asked about a visit the care projection does not hold yet (an internal GraphQL call). */
      APPOINTMENTS_URL: subgraphUrl(4004),
      /** Short: the question stands between a doctor and an answer, and its failure leaves the projection's answer. */
      APPOINTMENTS_TIMEOUT_MS: callTimeoutMs(1_000),
    },
    env,
    {
      MEDICAL_RECORDS_KEY: `records cannot be read without it; make one with openssl rand -base64 ${MEDICAL_RECORDS_KEY_BYTES} and keep it safe`,
    },
  );

export type PatientsConfig = ReturnType<typeof loadPatientsConfig>;

/** The configured key, or in the embedded default one made once and kept under DATA_DIR. */
export const medicalRecordsKeyOf = (config: PatientsConfig): Buffer =>
  Buffer.from(
    config.extra.MEDICAL_RECORDS_KEY ??
      embeddedSecret(config.dataDir, 'medical-records-key', MEDICAL_RECORDS_KEY_BYTES),
    'base64',
  );

/** The keys records sealed before the last rotation still open with; none when no rotation is under way. */
export const previousMedicalRecordsKeysOf = (config: PatientsConfig): Buffer[] =>
  (config.extra.MEDICAL_RECORDS_PREVIOUS_KEYS ?? []).map((key) => Buffer.from(key, 'base64'));
