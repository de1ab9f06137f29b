import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

const ALGORITHM = 'aes-256-gcm';
const KEY_BYTES = 32;
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** The format every value is sealed in now; `v1` and `v2` values are still opened. */
const CURRENT = 'v3';

/**
 * A key's id is a hash of the key under a label of its own, cut to 8 bytes: the
 * same on every replica without being configured, enough to tell a handful of
 * keys apart, and no help to whoever reads the database in finding the key.
 */
const KEY_ID_LABEL = 'hospital/medical-records/key-id\0';
const KEY_ID_BYTES = 8;

export const keyIdOf = (key: Buffer): string =>
  createHash('sha256').update(KEY_ID_LABEL).update(key).digest().subarray(0, KEY_ID_BYTES).toString('base64url');

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
 * versions) named the record and the field only. `v3` binds what `v2` does and
 * the key's id besides, so that its header cannot be rewritten either: a `v3`
 * value relabelled as `v2`, or given another key's id, does not open.
 */
const placeOf = ({ patientId, recordId, version, field }: SealedPlace) =>
  `medical_records/${patientId}/${recordId}/v${version}/${field}`;
const ASSOCIATED_DATA = new Map<string, (place: SealedPlace) => string>([
  ['v1', ({ recordId, field }) => `medical_records/${recordId}/${field}`],
  ['v2', placeOf],
]);
const associatedDataOf = (place: SealedPlace, keyId: string) => `${placeOf(place)}/key/${keyId}`;

const describe = ({ recordId, version, field }: SealedPlace) => `record ${recordId} v${version} ${field}`;

/**
 * Why a value did not open. `key-missing`: a `v3` value names a key this process
 * was not given. `does-not-open`: tampered with, moved from another place, or (for
 * `v1`/`v2`, which name no key) sealed under a key it was not given.
 */
export type UnreadableReason = 'key-missing' | 'does-not-open';

/** A sealed value that does not open. The message names the place, never a key. */
export class UnreadableRecordError extends Error {
  constructor(
    place: SealedPlace,
    readonly reason: UnreadableReason = 'does-not-open',
  ) {
    super(
      reason === 'key-missing'
        ? `sealed medical record text for ${describe(place)} was sealed under a key that is not configured`
        : `sealed medical record text for ${describe(place)} cannot be opened`,
    );
    this.name = 'UnreadableRecordError';
  }
}

/** Whether `sealed` is already in the current format under the key `keyId` names: what rekeying leaves alone. */
export function isSealedUnder(sealed: string, keyId: string): boolean {
  const [format, id] = sealed.split(':', 2);
  return format === CURRENT && id === keyId;
}

interface Parts {
  iv: Buffer;
  tag: Buffer;
  ciphertext: Buffer;
}

/** The base64 parts of a sealed value, when there are exactly three and the IV and tag have their sizes. */
function partsOf(encoded: string[]): Parts | undefined {
  const [iv, tag, ciphertext, ...rest] = encoded.map((part) => Buffer.from(part, 'base64'));
  if (!iv || !tag || !ciphertext || rest.length || iv.length !== IV_BYTES || tag.length !== TAG_BYTES) return undefined;
  return { iv, tag, ciphertext };
}

function decrypt(key: Buffer, { iv, tag, ciphertext }: Parts, associatedData: string): string | undefined {
  try {
    const decipher = createDecipheriv(ALGORITHM, key, iv, { authTagLength: TAG_BYTES });
    decipher.setAAD(Buffer.from(associatedData, 'utf8'));
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(ciphertext), decipher.final()]).toString('utf8');
  } catch {
    return undefined;
  }
}

/**
 * Seals medical text with AES-256-GCM as `v3:<key id>:<iv>:<tag>:<ciphertext>`
 * (base64) under the current key, and opens it under any key of its ring: the
 * current one, then the previous ones still configured while a rotation is under
 * way (see `rekey.ts`). Every value gets its own random IV, and its place (see
 * ASSOCIATED_DATA) is bound as additional authenticated data. A `v3` value says
 * which key opens it; `v1`/`v2` values, which do not, are tried with each key,
 * the current first.
 */
export class RecordCipher {
  /** The current key's id: what `seal` writes, and what rekeying leaves alone. */
  readonly keyId: string;

  private readonly current: Buffer;

  private readonly keys: ReadonlyMap<string, Buffer>;

  constructor(current: Buffer, previous: readonly Buffer[] = []) {
    for (const key of [current, ...previous]) {
      if (key.length !== KEY_BYTES) throw new Error(`a medical records key is ${KEY_BYTES} bytes, not ${key.length}`);
    }
    this.current = current;
    this.keyId = keyIdOf(current);
    // The current key first: the order `v1`/`v2` values are tried in. A key listed twice counts once.
    this.keys = new Map([current, ...previous].map((key) => [keyIdOf(key), key]));
  }

  seal(plaintext: string, place: SealedPlace): string {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv(ALGORITHM, this.current, iv, { authTagLength: TAG_BYTES });
    cipher.setAAD(Buffer.from(associatedDataOf(place, this.keyId), 'utf8'));
    const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return [CURRENT, this.keyId, ...[iv, cipher.getAuthTag(), ciphertext].map((part) => part.toString('base64'))].join(
      ':',
    );
  }

  open(sealed: string, place: SealedPlace): string {
    const [format = '', ...encoded] = sealed.split(':');
    const text = format === CURRENT ? this.openCurrent(encoded, place) : this.openEarlier(format, encoded, place);
    if (text === undefined) throw new UnreadableRecordError(place);
    return text;
  }

  private openCurrent([keyId = '', ...encoded]: string[], place: SealedPlace): string | undefined {
    const parts = partsOf(encoded);
    if (!parts) return undefined;
    const key = this.keys.get(keyId);
    if (!key) throw new UnreadableRecordError(place, 'key-missing');
    return decrypt(key, parts, associatedDataOf(place, keyId));
  }

  private openEarlier(format: string, encoded: string[], place: SealedPlace): string | undefined {
    const boundTo = ASSOCIATED_DATA.get(format);
    const parts = partsOf(encoded);
    if (!boundTo || !parts) return undefined;
    for (const key of this.keys.values()) {
      const text = decrypt(key, parts, boundTo(place));
      if (text !== undefined) return text;
    }
    return undefined;
  }
}
