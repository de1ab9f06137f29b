import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

const ALGORITHM = 'aes-256-gcm';
const KEY_BYTES = 32;
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** The format every value is sealed in now; `v1` values are still opened. */
const CURRENT = 'v2';

/** Where a sealed value belongs: its associated data, so that it opens there and nowhere else. */
export interface SealedPlace {
  patientId: string;
  recordId: string;
  /** The record's version the text is of: the current one, or an earlier one kept in its history. */
  version: number;
  field: 'diagnosis' | 'notes';
}

/**
 * The associated data each format binds. `v2` names the patient, the record, the
 * version and the field, so a value copied to another patient's chart, another
 * record, another version or the other field does not open. `v1` (until record
 * versions) named the record and the field only; rows sealed then keep opening,
 * and are sealed again as `v2` the first time their record is revised.
 */
const current = ({ patientId, recordId, version, field }: SealedPlace) =>
  `medical_records/${patientId}/${recordId}/v${version}/${field}`;
const ASSOCIATED_DATA = new Map<string, (place: SealedPlace) => string>([
  ['v1', ({ recordId, field }) => `medical_records/${recordId}/${field}`],
  [CURRENT, current],
]);

const describe = ({ recordId, version, field }: SealedPlace) => `record ${recordId} v${version} ${field}`;

/** A sealed value that does not open: tampered with, moved from another place, or sealed under another key. */
export class UnreadableRecordError extends Error {
  constructor(place: SealedPlace) {
    super(`sealed medical record text for ${describe(place)} cannot be opened`);
    this.name = 'UnreadableRecordError';
  }
}

/**
 * Seals medical text with AES-256-GCM as `v2:<iv>:<tag>:<ciphertext>` (base64).
 * Every value gets its own random IV, and its place (see ASSOCIATED_DATA) is bound
 * as additional authenticated data. The format prefix leaves room for another
 * algorithm or key without rewriting what is stored.
 */
export class RecordCipher {
  constructor(private readonly key: Buffer) {
    if (key.length !== KEY_BYTES) throw new Error(`a medical records key is ${KEY_BYTES} bytes, not ${key.length}`);
  }

  seal(plaintext: string, place: SealedPlace): string {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv(ALGORITHM, this.key, iv, { authTagLength: TAG_BYTES });
    cipher.setAAD(Buffer.from(current(place), 'utf8'));
    const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return [CURRENT, ...[iv, cipher.getAuthTag(), ciphertext].map((part) => part.toString('base64'))].join(':');
  }

  open(sealed: string, place: SealedPlace): string {
    const [format = '', iv, tag, ciphertext, ...rest] = sealed.split(':');
    const boundTo = ASSOCIATED_DATA.get(format);
    if (!boundTo || iv === undefined || tag === undefined || ciphertext === undefined || rest.length) {
      throw new UnreadableRecordError(place);
    }
    const ivBytes = Buffer.from(iv, 'base64');
    const tagBytes = Buffer.from(tag, 'base64');
    if (ivBytes.length !== IV_BYTES || tagBytes.length !== TAG_BYTES) throw new UnreadableRecordError(place);
    try {
      const decipher = createDecipheriv(ALGORITHM, this.key, ivBytes, { authTagLength: TAG_BYTES });
      decipher.setAAD(Buffer.from(boundTo(place), 'utf8'));
      decipher.setAuthTag(tagBytes);
      return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64')), decipher.final()]).toString('utf8');
    } catch {
      throw new UnreadableRecordError(place);
    }
  }
}
