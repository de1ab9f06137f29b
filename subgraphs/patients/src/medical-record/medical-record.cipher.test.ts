import { createCipheriv, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { RecordCipher, UnreadableRecordError, type SealedPlace } from './medical-record.cipher.js';

const KEY = randomBytes(32);
const cipher = new RecordCipher(KEY);
const CONTEXT: SealedPlace = { patientId: 'p1', recordId: 'r1', version: 1, field: 'diagnosis' };
const DIAGNOSIS = 'Пре-еклампсія, 32 тижні — monitor BP twice daily';

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

  it('seals as v2:<iv>:<tag>:<ciphertext> with nothing of the text readable', () => {
    const sealed = cipher.seal(DIAGNOSIS, CONTEXT);
    const [version, iv = '', tag = '', ciphertext = ''] = sealed.split(':');
    expect(version).toBe('v2');
    expect(Buffer.from(iv, 'base64')).toHaveLength(12);
    expect(Buffer.from(tag, 'base64')).toHaveLength(16);
    expect(sealed).not.toContain('monitor');
    expect(Buffer.from(ciphertext, 'base64').toString('utf8')).not.toContain('monitor');
  });

  it('uses a fresh IV each time, so equal diagnoses do not look equal', () => {
    expect(cipher.seal(DIAGNOSIS, CONTEXT)).not.toBe(cipher.seal(DIAGNOSIS, CONTEXT));
  });

  it.each([
    ['iv', 1],
    ['tag', 2],
    ['ciphertext', 3],
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
    const iv = randomBytes(12);
    const legacy = createCipheriv('aes-256-gcm', KEY, iv, { authTagLength: 16 });
    legacy.setAAD(Buffer.from('medical_records/r1/diagnosis', 'utf8'));
    const ciphertext = Buffer.concat([legacy.update(DIAGNOSIS, 'utf8'), legacy.final()]);
    const sealed = ['v1', ...[iv, legacy.getAuthTag(), ciphertext].map((part) => part.toString('base64'))].join(':');
    expect(cipher.open(sealed, CONTEXT)).toBe(DIAGNOSIS);
    expect(() => cipher.open(sealed, { ...CONTEXT, recordId: 'r2' })).toThrow(UnreadableRecordError);
  });

  it('refuses a value sealed under another key', () => {
    const other = new RecordCipher(randomBytes(32));
    expect(() => cipher.open(other.seal(DIAGNOSIS, CONTEXT), CONTEXT)).toThrow(UnreadableRecordError);
  });

  it('refuses what is not a sealed value, without echoing it', () => {
    for (const junk of [
      DIAGNOSIS,
      'v3:a:b:c',
      'constructor:a:b:c',
      'v2:AAAA:AAAA',
      `${cipher.seal('x', CONTEXT)}:extra`,
    ]) {
      expect(() => cipher.open(junk, CONTEXT)).toThrow(UnreadableRecordError);
    }
    expect(() => cipher.open(DIAGNOSIS, CONTEXT)).toThrow(/^(?!.*monitor)/);
  });

  it('takes only a 32-byte key', () => {
    expect(() => new RecordCipher(randomBytes(16))).toThrow(/32 bytes/);
  });
});
