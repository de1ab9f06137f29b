import { createDataSource, databaseOptionsOf } from '@hospital/kit';
import { loadPatientsConfig, patientsTables } from './app.js';
import { medicalRecordsKeyOf, previousMedicalRecordsKeysOf } from './config.js';
import { RecordCipher } from './medical-record/medical-record.cipher.js';
import { rekeyMedicalRecords, rekeyReportLines } from './medical-record/medical-record.rekey.js';

/**
 * The last step of rotating the medical-records key: seals every record, current
 * and earlier versions, again under MEDICAL_RECORDS_KEY, opening what it must with
 * MEDICAL_RECORDS_PREVIOUS_KEYS, and prints what it did. Safe to run while patients
 * serves, and again. Answers the exit code: 1 when a record did not open (those are
 * listed and left as they were), so that no script goes on to remove the previous
 * key while something still needs it, or when migrations are pending.
 */
export async function rekeyCommand(
  env: NodeJS.ProcessEnv,
  print: (line: string) => void,
  batchSize?: number,
): Promise<number> {
  const config = loadPatientsConfig(env);
  const cipher = new RecordCipher(medicalRecordsKeyOf(config), previousMedicalRecordsKeysOf(config));
  const dataSource = createDataSource({ ...databaseOptionsOf(config), ...patientsTables });
  await dataSource.initialize();
  try {
    // Before the latest migration earlier versions refuse every UPDATE; changing the schema is the migrations' job.
    if (await dataSource.showMigrations()) {
      print('the patients database has migrations pending: run its migrations first, then this again');
      return 1;
    }
    const report = await rekeyMedicalRecords(dataSource, cipher, batchSize);
    for (const line of rekeyReportLines(report)) print(line);
    return report.unreadable.length ? 1 : 0;
  } finally {
    await dataSource.destroy();
  }
}
