import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

const ALGORITHM = 'aes-256-gcm';
const VERSION = 'v1';
const KEY_BYTES = 32;
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** A sealed value that does not open: tampered with, moved from another record or field, or sealed under another key. */
export class UnreadableRecordError extends Error {
  constructor(context: string) {
    super(`sealed medical record text for ${context} cannot be opened`);
    this.name = 'UnreadableRecordError';
  }
}

/**
 * Seals medical text with AES-256-GCM as `v1:<iv>:<tag>:<ciphertext>` (base64).
 * Every value gets its own random IV. The context (record id and field) is bound
 * as additional authenticated data, so a value copied into another row or column
 * fails to open instead of showing one patient's diagnosis on another's chart.
 * The version prefix leaves room for another algorithm or key without rewriting
 * what is stored.
 */
export class RecordCipher {
  constructor(private readonly key: Buffer) {
    if (key.length !== KEY_BYTES) throw new Error(`a medical records key is ${KEY_BYTES} bytes, not ${key.length}`);
  }

  seal(plaintext: string, context: string): string {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv(ALGORITHM, this.key, iv, { authTagLength: TAG_BYTES });
    cipher.setAAD(Buffer.from(context, 'utf8'));
    const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return [VERSION, ...[iv, cipher.getAuthTag(), ciphertext].map((part) => part.toString('base64'))].join(':');
  }

  open(sealed: string, context: string): string {
    const [version, iv, tag, ciphertext, ...rest] = sealed.split(':');
    if (version !== VERSION || iv === undefined || tag === undefined || ciphertext === undefined || rest.length) {
      throw new UnreadableRecordError(context);
    }
    const ivBytes = Buffer.from(iv, 'base64');
    const tagBytes = Buffer.from(tag, 'base64');
    if (ivBytes.length !== IV_BYTES || tagBytes.length !== TAG_BYTES) throw new UnreadableRecordError(context);
    try {
      const decipher = createDecipheriv(ALGORITHM, this.key, ivBytes, { authTagLength: TAG_BYTES });
      decipher.setAAD(Buffer.from(context, 'utf8'));
      decipher.setAuthTag(tagBytes);
      return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64')), decipher.final()]).toString('utf8');
    } catch {
      throw new UnreadableRecordError(context);
    }
  }
}
