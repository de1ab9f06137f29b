import { forUpdate, retryOnLockConflict } from '@hospital/kit';
import { MoreThan, type DataSource, type EntityManager, type FindOptionsWhere } from 'typeorm';
import { SealedRecordVersion } from './medical-record-version.entity.js';
import {
  isSealedUnder,
  UnreadableRecordError,
  type RecordCipher,
  type SealedPlace,
  type UnreadableReason,
} from './medical-record.cipher.js';
import { SealedMedicalRecord } from './medical-record.entity.js';

type Field = SealedPlace['field'];
type SealedText = Pick<SealedMedicalRecord, 'diagnosisSealed' | 'notesSealed'>;

const COLUMN_OF = { diagnosis: 'diagnosisSealed', notes: 'notesSealed' } as const satisfies Record<
  Field,
  keyof SealedText
>;
const FIELDS = Object.keys(COLUMN_OF) as Field[];

/** A sealed value of a version, by field. */
export interface SealedValue {
  field: Field;
  value: string;
}

/**
 * The rule of a rotation: which values of a version must be sealed again. Every
 * value but one already in the current format under the current key (`v1`, `v2`,
 * or `v3` under a key of an earlier rotation); absent notes have nothing to seal.
 */
export function valuesToReseal(sealed: SealedText, currentKeyId: string): SealedValue[] {
  return FIELDS.flatMap((field) => {
    const value = sealed[COLUMN_OF[field]];
    return value === null || isSealedUnder(value, currentKeyId) ? [] : [{ field, value }];
  });
}

/** A version of a record that did not open, left as it was. */
export interface UnreadableVersion {
  recordId: string;
  version: number;
  /** An earlier version (kept in `medical_record_versions`), or the record's current one. */
  earlier: boolean;
  fields: { field: Field; reason: UnreadableReason }[];
}

/** What a rotation did, counted in versions of records: each record's current one and each earlier one. */
export interface RekeyReport {
  resealed: number;
  alreadyCurrent: number;
  unreadable: UnreadableVersion[];
}

/** One of the two tables that hold sealed text, walked in the order of its primary key. */
interface SealedTable<Row extends SealedText> {
  earlier: boolean;
  /** Up to `take` rows after `after` (from the start without it), locked until the batch's transaction ends. */
  batch(manager: EntityManager, after: Row | undefined, take: number): Promise<Row[]>;
  placeOf(row: Row): Omit<SealedPlace, 'field'>;
  reseal(manager: EntityManager, row: Row, sealed: Partial<SealedText>): Promise<unknown>;
}

const currentVersions: SealedTable<SealedMedicalRecord> = {
  earlier: false,
  batch: (manager, after, take) =>
    manager.find(SealedMedicalRecord, {
      where: after ? { id: MoreThan(after.id) } : {},
      order: { id: 'ASC' },
      take,
      ...forUpdate(manager),
    }),
  placeOf: ({ patientId, id, version }) => ({ patientId, recordId: id, version }),
  reseal: (manager, { id }, sealed) => manager.update(SealedMedicalRecord, { id }, sealed),
};

const earlierVersions: SealedTable<SealedRecordVersion> = {
  earlier: true,
  batch: (manager, after, take) => {
    // (record_id, version) > (after's): a later record, or a later version of the same one.
    const where: FindOptionsWhere<SealedRecordVersion>[] | FindOptionsWhere<SealedRecordVersion> = after
      ? [{ recordId: MoreThan(after.recordId) }, { recordId: after.recordId, version: MoreThan(after.version) }]
      : {};
    return manager.find(SealedRecordVersion, {
      where,
      order: { recordId: 'ASC', version: 'ASC' },
      take,
      ...forUpdate(manager),
    });
  },
  placeOf: ({ patientId, recordId, version }) => ({ patientId, recordId, version }),
  // The table's trigger lets an UPDATE through only when it changes the sealed text alone.
  reseal: (manager, { recordId, version }, sealed) =>
    manager.update(SealedRecordVersion, { recordId, version }, sealed),
};

/** A row's stale values sealed again under the current key, or what did not open. */
function resealed(
  cipher: RecordCipher,
  place: Omit<SealedPlace, 'field'>,
  values: SealedValue[],
): { sealed: Partial<SealedText> } | { unreadable: UnreadableVersion['fields'] } {
  const sealed: Partial<SealedText> = {};
  const unreadable: UnreadableVersion['fields'] = [];
  for (const { field, value } of values) {
    try {
      sealed[COLUMN_OF[field]] = cipher.seal(cipher.open(value, { ...place, field }), { ...place, field });
    } catch (error) {
      if (!(error instanceof UnreadableRecordError)) throw error;
      unreadable.push({ field, reason: error.reason });
    }
  }
  return unreadable.length ? { unreadable } : { sealed };
}

async function rekeyTable<Row extends SealedText>(
  dataSource: DataSource,
  cipher: RecordCipher,
  table: SealedTable<Row>,
  batchSize: number,
  report: RekeyReport,
): Promise<void> {
  let after: Row | undefined;
  for (;;) {
    // Each batch in a transaction of its own: its rows stay locked only while they are sealed again,
    // and a revision the service makes meanwhile waits for that, not for the whole walk.
    const { rows, tally } = await retryOnLockConflict(() =>
      dataSource.transaction(async (manager) => {
        const batch = await table.batch(manager, after, batchSize);
        const counted: RekeyReport = { resealed: 0, alreadyCurrent: 0, unreadable: [] };
        for (const row of batch) {
          const values = valuesToReseal(row, cipher.keyId);
          if (!values.length) {
            counted.alreadyCurrent += 1;
            continue;
          }
          const place = table.placeOf(row);
          const outcome = resealed(cipher, place, values);
          if ('unreadable' in outcome) {
            counted.unreadable.push({
              recordId: place.recordId,
              version: place.version,
              earlier: table.earlier,
              fields: outcome.unreadable,
            });
            continue;
          }
          await table.reseal(manager, row, outcome.sealed);
          counted.resealed += 1;
        }
        return { rows: batch, tally: counted };
      }),
    );
    report.resealed += tally.resealed;
    report.alreadyCurrent += tally.alreadyCurrent;
    report.unreadable.push(...tally.unreadable);
    after = rows.at(-1);
    if (rows.length < batchSize) return;
  }
}

/**
 * Seals every record's text, current and earlier versions alike, again under the
 * current key of `cipher`, in place, in batches walked by primary key. What is
 * already sealed under it is left alone, so a second run (or one cut short and
 * started again) only finishes the work; what does not open is left as it was
 * and listed. Records the service writes meanwhile are sealed under the current
 * key already, and a record is never revised and resealed at once: MariaDB/MySQL
 * lock a batch's rows FOR UPDATE, and SQLite fails a transaction whose rows another
 * changed since it read them rather than write over them (run it again then).
 */
export async function rekeyMedicalRecords(
  dataSource: DataSource,
  cipher: RecordCipher,
  batchSize = 200,
): Promise<RekeyReport> {
  const report: RekeyReport = { resealed: 0, alreadyCurrent: 0, unreadable: [] };
  await rekeyTable(dataSource, cipher, currentVersions, batchSize, report);
  await rekeyTable(dataSource, cipher, earlierVersions, batchSize, report);
  return report;
}

const REASONS: Record<UnreadableReason, string> = {
  'key-missing': 'sealed under a key that is not configured',
  'does-not-open': 'opens under no configured key (tampered with, moved, or sealed under a key that is not configured)',
};

/** The report as an operator reads it: the counts, then each version left unreadable. */
export function rekeyReportLines({ resealed, alreadyCurrent, unreadable }: RekeyReport): string[] {
  return [
    `medical records: ${resealed} resealed, ${alreadyCurrent} already current, ${unreadable.length} unreadable` +
      ' (versions of records, current and earlier)',
    ...unreadable.map(
      ({ recordId, version, earlier, fields }) =>
        `unreadable, left as it was: record ${recordId} version ${version} (${earlier ? 'earlier' : 'current'}): ` +
        fields.map(({ field, reason }) => `${field} ${REASONS[reason]}`).join('; '),
    ),
  ];
}
