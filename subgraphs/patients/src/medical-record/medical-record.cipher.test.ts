import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { RecordCipher, UnreadableRecordError } from './medical-record.cipher.js';

const cipher = new RecordCipher(randomBytes(32));
const CONTEXT = 'medical_records/r1/diagnosis';
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

  it('seals as v1:<iv>:<tag>:<ciphertext> with nothing of the text readable', () => {
    const sealed = cipher.seal(DIAGNOSIS, CONTEXT);
    const [version, iv = '', tag = '', ciphertext = ''] = sealed.split(':');
    expect(version).toBe('v1');
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

  it('refuses a value moved to another record or another field', () => {
    const sealed = cipher.seal(DIAGNOSIS, CONTEXT);
    expect(() => cipher.open(sealed, 'medical_records/r2/diagnosis')).toThrow(UnreadableRecordError);
    expect(() => cipher.open(sealed, 'medical_records/r1/notes')).toThrow(UnreadableRecordError);
  });

  it('refuses a value sealed under another key', () => {
    const other = new RecordCipher(randomBytes(32));
    expect(() => cipher.open(other.seal(DIAGNOSIS, CONTEXT), CONTEXT)).toThrow(UnreadableRecordError);
  });

  it('refuses what is not a sealed value, without echoing it', () => {
    for (const junk of [DIAGNOSIS, 'v2:a:b:c', 'v1:AAAA:AAAA', `${cipher.seal('x', CONTEXT)}:extra`]) {
      expect(() => cipher.open(junk, CONTEXT)).toThrow(UnreadableRecordError);
    }
    expect(() => cipher.open(DIAGNOSIS, CONTEXT)).toThrow(/^(?!.*monitor)/);
  });

  it('takes only a 32-byte key', () => {
    expect(() => new RecordCipher(randomBytes(16))).toThrow(/32 bytes/);
  });
});
