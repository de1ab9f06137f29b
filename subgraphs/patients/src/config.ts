import { ConfigError, embeddedSecret, loadSubgraphConfig } from '@hospital/kit';
import { z } from 'zod';

export const PATIENTS_PORT = 4002;

/** AES-256 takes exactly 32 bytes of key. */
export const MEDICAL_RECORDS_KEY_BYTES = 32;

const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

const medicalRecordsKey = z
  .string()
  .refine(
    (value) => BASE64.test(value) && Buffer.from(value, 'base64').length === MEDICAL_RECORDS_KEY_BYTES,
    `must be ${MEDICAL_RECORDS_KEY_BYTES} bytes, base64-encoded (openssl rand -base64 ${MEDICAL_RECORDS_KEY_BYTES})`,
  );

const readConfig = (env: NodeJS.ProcessEnv) =>
  loadSubgraphConfig('patients', PATIENTS_PORT, { MEDICAL_RECORDS_KEY: medicalRecordsKey.optional() }, env);

export type PatientsConfig = ReturnType<typeof readConfig>;

/**
 * The kit's checks plus the records key. Production must bring its own key: one
 * generated on a replica's disk would differ between replicas and vanish with the
 * container, leaving every record unreadable. Problems are reported in one list
 * with the kit's, so an operator fixes them in one pass.
 */
export function loadPatientsConfig(env: NodeJS.ProcessEnv = process.env): PatientsConfig {
  const problems: string[] = [];
  if (env['NODE_ENV']?.trim() === 'production' && !env['MEDICAL_RECORDS_KEY']?.trim()) {
    problems.push(
      `MEDICAL_RECORDS_KEY: required in production (openssl rand -base64 ${MEDICAL_RECORDS_KEY_BYTES}); keep it safe, records cannot be read without it`,
    );
  }
  let config: PatientsConfig | undefined;
  try {
    config = readConfig(env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    problems.unshift(...error.problems);
  }
  if (!config || problems.length) throw new ConfigError(problems);
  return config;
}

/** The configured key, or in the embedded default one made once and kept under DATA_DIR. */
export const medicalRecordsKeyOf = (config: PatientsConfig): Buffer =>
  Buffer.from(
    config.extra.MEDICAL_RECORDS_KEY ??
      embeddedSecret(config.dataDir, 'medical-records-key', MEDICAL_RECORDS_KEY_BYTES),
    'base64',
  );
