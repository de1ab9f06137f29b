import { createCipheriv, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  isSealedUnder,
  keyIdOf,
  RecordCipher,
  UnreadableRecordError,
  type SealedPlace,
} from './medical-record.cipher.js';

const KEY = randomBytes(32);
const cipher = new RecordCipher(KEY);
const CONTEXT: SealedPlace = { patientId: 'p1', recordId: 'r1', version: 1, field: 'diagnosis' };
const DIAGNOSIS = 'Пре-еклампсія, 32 тижні — monitor BP twice daily';

/** A value sealed as `v1` or `v2` were, under `key`, with `associatedData` bound. */
function sealedAs(format: 'v1' | 'v2', key: Buffer, text: string, associatedData: string): string {
  const iv = randomBytes(12);
  const legacy = createCipheriv('aes-256-gcm', key, iv, { authTagLength: 16 });
  legacy.setAAD(Buffer.from(associatedData, 'utf8'));
  const ciphertext = Buffer.concat([legacy.update(text, 'utf8'), legacy.final()]);
  return [format, ...[iv, legacy.getAuthTag(), ciphertext].map((part) => part.toString('base64'))].join(':');
}

/** The refusal `open` ends in; it must not open. */
function refusalOf(open: () => unknown): UnreadableRecordError {
  try {
    open();
  } catch (error) {
    if (error instanceof UnreadableRecordError) return error;
    throw error;
  }
  throw new Error('it opened');
}

/** Flips one bit of the base64 part `index` of a sealed value. */
function flip(sealed: string, index: number): string {
  const parts = sealed.split(':');
  const bytes = Buffer.from(parts[index] ?? '', 'base64');
  bytes.writeUInt8(bytes.readUInt8(0) ^ 1, 0);
  parts[index] = bytes.toString('base64');
  return parts.join(':');
}

describe('RecordCipher', () => {
  it('opens what it sealed, text of any script intact', () => {
    expect(cipher.open(cipher.seal(DIAGNOSIS, CONTEXT), CONTEXT)).toBe(DIAGNOSIS);
    expect(cipher.open(cipher.seal('', CONTEXT), CONTEXT)).toBe('');
  });

  it('seals as v3:<key id>:<iv>:<tag>:<ciphertext> with nothing of the text readable', () => {
    const sealed = cipher.seal(DIAGNOSIS, CONTEXT);
    const [version, keyId, iv = '', tag = '', ciphertext = ''] = sealed.split(':');
    expect(version).toBe('v3');
    expect(keyId).toBe(cipher.keyId);
    expect(Buffer.from(iv, 'base64')).toHaveLength(12);
    expect(Buffer.from(tag, 'base64')).toHaveLength(16);
    expect(sealed).not.toContain('monitor');
    expect(Buffer.from(ciphertext, 'base64').toString('utf8')).not.toContain('monitor');
  });

  it('uses a fresh IV each time, so equal diagnoses do not look equal', () => {
    expect(cipher.seal(DIAGNOSIS, CONTEXT)).not.toBe(cipher.seal(DIAGNOSIS, CONTEXT));
  });

  it.each([
    ['iv', 2],
    ['tag', 3],
    ['ciphertext', 4],
  ])('detects a changed %s', (_part, index) => {
    const sealed = cipher.seal(DIAGNOSIS, CONTEXT);
    expect(() => cipher.open(flip(sealed, index), CONTEXT)).toThrow(UnreadableRecordError);
  });

  it.each<[string, Partial<SealedPlace>]>([
    ["another patient's chart", { patientId: 'p2' }],
    ['another record', { recordId: 'r2' }],
    ['another version', { version: 2 }],
    ['another field', { field: 'notes' }],
  ])('refuses a value moved to %s', (_where, moved) => {
    const sealed = cipher.seal(DIAGNOSIS, CONTEXT);
    expect(() => cipher.open(sealed, { ...CONTEXT, ...moved })).toThrow(UnreadableRecordError);
  });

  it('still opens a v1 value, bound to its record and field only, where it was', () => {
    const sealed = sealedAs('v1', KEY, DIAGNOSIS, 'medical_records/r1/diagnosis');
    expect(cipher.open(sealed, CONTEXT)).toBe(DIAGNOSIS);
    expect(() => cipher.open(sealed, { ...CONTEXT, recordId: 'r2' })).toThrow(UnreadableRecordError);
  });

  it('still opens a v2 value, bound to its patient, record, version and field, where it was', () => {
    const sealed = sealedAs('v2', KEY, DIAGNOSIS, 'medical_records/p1/r1/v1/diagnosis');
    expect(cipher.open(sealed, CONTEXT)).toBe(DIAGNOSIS);
    expect(() => cipher.open(sealed, { ...CONTEXT, version: 2 })).toThrow(UnreadableRecordError);
  });

  it('refuses a value sealed under another key', () => {
    const other = new RecordCipher(randomBytes(32));
    expect(() => cipher.open(other.seal(DIAGNOSIS, CONTEXT), CONTEXT)).toThrow(UnreadableRecordError);
  });

  it('refuses what is not a sealed value, without echoing it', () => {
    for (const junk of [
      DIAGNOSIS,
      'v4:a:b:c',
      'v3:a:b:c',
      `v3:${cipher.keyId}:a:b:c`,
      'constructor:a:b:c',
      'v2:AAAA:AAAA',
      `${cipher.seal('x', CONTEXT)}:extra`,
    ]) {
      expect(() => cipher.open(junk, CONTEXT)).toThrow(UnreadableRecordError);
    }
    expect(() => cipher.open(DIAGNOSIS, CONTEXT)).toThrow(/^(?!.*monitor)/);
  });

  it('takes only 32-byte keys, current and previous', () => {
    expect(() => new RecordCipher(randomBytes(16))).toThrow(/32 bytes/);
    expect(() => new RecordCipher(KEY, [randomBytes(32), randomBytes(31)])).toThrow(/32 bytes/);
  });
});

describe('a key id', () => {
  it('is the same for the same key and differs between keys, without being the key', () => {
    const id = keyIdOf(KEY);
    expect(keyIdOf(Buffer.from(KEY))).toBe(id);
    expect(keyIdOf(randomBytes(32))).not.toBe(id);
    expect(id).toMatch(/^[A-Za-z0-9_-]{11}$/);
    expect(KEY.toString('base64url')).not.toContain(id);
  });

  it('tells what rekeying leaves alone: a v3 value under that key only', () => {
    const other = new RecordCipher(randomBytes(32));
    expect(isSealedUnder(cipher.seal(DIAGNOSIS, CONTEXT), cipher.keyId)).toBe(true);
    expect(isSealedUnder(other.seal(DIAGNOSIS, CONTEXT), cipher.keyId)).toBe(false);
    expect(isSealedUnder(sealedAs('v2', KEY, DIAGNOSIS, 'medical_records/p1/r1/v1/diagnosis'), cipher.keyId)).toBe(
      false,
    );
    expect(isSealedUnder(`v2:${cipher.keyId}:a:b:c`, cipher.keyId)).toBe(false);
  });
});

describe('RecordCipher during a rotation', () => {
  const OLD = randomBytes(32);
  const NEW = randomBytes(32);
  const before = new RecordCipher(OLD);
  const during = new RecordCipher(NEW, [OLD]);
  const after = new RecordCipher(NEW);

  it('seals under the current key only', () => {
    const sealed = during.seal(DIAGNOSIS, CONTEXT);
    expect(sealed.split(':')[1]).toBe(keyIdOf(NEW));
    expect(during.keyId).toBe(keyIdOf(NEW));
    expect(after.open(sealed, CONTEXT)).toBe(DIAGNOSIS);
    expect(() => before.open(sealed, CONTEXT)).toThrow(UnreadableRecordError);
  });

  it('opens a v3 value with the key its id names, a previous one included', () => {
    expect(during.open(before.seal(DIAGNOSIS, CONTEXT), CONTEXT)).toBe(DIAGNOSIS);
    expect(during.open(after.seal(DIAGNOSIS, CONTEXT), CONTEXT)).toBe(DIAGNOSIS);
    // A previous key listed twice, or the current one listed as previous too, changes nothing.
    expect(new RecordCipher(NEW, [OLD, OLD, NEW]).open(before.seal(DIAGNOSIS, CONTEXT), CONTEXT)).toBe(DIAGNOSIS);
  });

  it('refuses a v3 value whose key is gone, saying so without naming the key', () => {
    const refused = refusalOf(() => after.open(before.seal(DIAGNOSIS, CONTEXT), CONTEXT));
    expect(refused.reason).toBe('key-missing');
    expect(refused.message).toMatch(/record r1 v1 diagnosis was sealed under a key that is not configured/);
    for (const secret of [keyIdOf(OLD), keyIdOf(NEW), OLD.toString('base64'), NEW.toString('base64')]) {
      expect(refused.message).not.toContain(secret);
    }
  });

  it('refuses a v3 value given another key it has: the id is bound, and the other key does not open it', () => {
    const parts = before.seal(DIAGNOSIS, CONTEXT).split(':');
    parts[1] = keyIdOf(NEW);
    expect(refusalOf(() => during.open(parts.join(':'), CONTEXT)).reason).toBe('does-not-open');
  });

  it('refuses a v3 value relabelled as v2 without its id', () => {
    const [, , ...rest] = during.seal(DIAGNOSIS, CONTEXT).split(':');
    expect(() => during.open(['v2', ...rest].join(':'), CONTEXT)).toThrow(UnreadableRecordError);
  });

  it('opens v1 and v2 values with a previous key, trying the current one first', () => {
    const v1 = sealedAs('v1', OLD, DIAGNOSIS, 'medical_records/r1/diagnosis');
    const v2 = sealedAs('v2', OLD, DIAGNOSIS, 'medical_records/p1/r1/v1/diagnosis');
    expect(during.open(v1, CONTEXT)).toBe(DIAGNOSIS);
    expect(during.open(v2, CONTEXT)).toBe(DIAGNOSIS);
    expect(refusalOf(() => after.open(v2, CONTEXT)).reason).toBe('does-not-open');
  });

  it.each<[string, Partial<SealedPlace>]>([
    ["another patient's chart", { patientId: 'p2' }],
    ['another record', { recordId: 'r2' }],
    ['another version', { version: 2 }],
    ['another field', { field: 'notes' }],
  ])('still refuses a value moved to %s, under a previous key too', (_where, moved) => {
    for (const sealed of [
      before.seal(DIAGNOSIS, CONTEXT),
      sealedAs('v2', OLD, DIAGNOSIS, 'medical_records/p1/r1/v1/diagnosis'),
    ]) {
      expect(() => during.open(sealed, { ...CONTEXT, ...moved })).toThrow(UnreadableRecordError);
    }
  });
});
