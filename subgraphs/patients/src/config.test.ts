import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError } from '@hospital/kit';
import { describe, expect, it } from 'vitest';
import { loadPatientsConfig, medicalRecordsKeyOf, previousMedicalRecordsKeysOf } from './config.js';

const production = {
  NODE_ENV: 'production',
  JWT_SECRET: 'a-production-secret-of-at-least-32-chars',
  PATIENTS_DATABASE_URL: 'mysql://u:p@db:3306/patients',
  REDIS_URL: 'redis://redis:6379',
};

function problemsOf(env: NodeJS.ProcessEnv): string[] {
  try {
    loadPatientsConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe('loadPatientsConfig', () => {
  it('requires the medical records key in production, saying how to make one', () => {
    const missing = [expect.stringMatching(/^MEDICAL_RECORDS_KEY: required in production \(.*openssl rand -base64 32/)];
    expect(problemsOf(production)).toEqual(missing);
    expect(problemsOf({ ...production, MEDICAL_RECORDS_KEY: '  ' })).toEqual(missing);
  });

  it("lists a missing key together with the kit's own problems", () => {
    const problems = problemsOf({ ...production, REDIS_URL: undefined, PATIENTS_DATABASE_URL: undefined });
    expect(problems).toEqual([
      expect.stringMatching(/^REDIS_URL/),
      expect.stringMatching(/^PATIENTS_DATABASE_URL/),
      expect.stringMatching(/^MEDICAL_RECORDS_KEY: required in production/),
    ]);
  });

  it('does not ask for the key outside production', () => {
    expect(problemsOf({ NODE_ENV: 'test', DATA_DIR: mkdtempSync(join(tmpdir(), 'patients-config-')) })).toEqual([]);
  });

  it('refuses a key of the wrong length or not base64', () => {
    for (const key of [randomBytes(16).toString('base64'), 'not base64 at all!'.repeat(3)]) {
      expect(problemsOf({ ...production, MEDICAL_RECORDS_KEY: key })).toEqual([
        expect.stringMatching(/^MEDICAL_RECORDS_KEY: must be 32 bytes/),
      ]);
    }
  });

  it('uses the configured key', () => {
    const key = randomBytes(32);
    const config = loadPatientsConfig({ ...production, MEDICAL_RECORDS_KEY: key.toString('base64') });
    expect(medicalRecordsKeyOf(config).equals(key)).toBe(true);
  });

  it('takes the previous keys of a rotation, comma-separated, and none by default', () => {
    const [first, second] = [randomBytes(32), randomBytes(32)];
    const current = randomBytes(32).toString('base64');
    const rotating = loadPatientsConfig({
      ...production,
      MEDICAL_RECORDS_KEY: current,
      MEDICAL_RECORDS_PREVIOUS_KEYS: ` ${first.toString('base64')} , ${second.toString('base64')}`,
    });
    expect(previousMedicalRecordsKeysOf(rotating)).toEqual([first, second]);
    expect(previousMedicalRecordsKeysOf(loadPatientsConfig({ ...production, MEDICAL_RECORDS_KEY: current }))).toEqual(
      [],
    );
  });

  it('names a bad previous key by its place in the list, never by its value', () => {
    const good = randomBytes(32).toString('base64');
    const short = randomBytes(16).toString('base64');
    const problems = problemsOf({
      ...production,
      MEDICAL_RECORDS_KEY: good,
      MEDICAL_RECORDS_PREVIOUS_KEYS: `${good},${short},,`,
    });
    expect(problems).toEqual([
      expect.stringMatching(/^MEDICAL_RECORDS_PREVIOUS_KEYS: key 2 of 4 must be 32 bytes, base64-encoded/),
      expect.stringMatching(/^MEDICAL_RECORDS_PREVIOUS_KEYS: key 3 of 4 must be 32 bytes/),
      expect.stringMatching(/^MEDICAL_RECORDS_PREVIOUS_KEYS: key 4 of 4 must be 32 bytes/),
    ]);
    expect(problems.join('\n')).not.toContain(short);
  });

  it('makes a key once under DATA_DIR in the embedded default, and keeps it', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'patients-config-'));
    const first = medicalRecordsKeyOf(loadPatientsConfig({ DATA_DIR: dataDir }));
    const again = medicalRecordsKeyOf(loadPatientsConfig({ DATA_DIR: dataDir }));
    expect(first).toHaveLength(32);
    expect(again.equals(first)).toBe(true);
  });
});
