import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A secret for the embedded default, made once and kept under the data directory
 * so that a restart still reads yesterday's tokens and encrypted records. Never
 * used in production, where the operator must provide every secret.
 */
export function embeddedSecret(dataDir: string, name: string, bytes: number): string {
  const dir = join(dataDir, 'secrets');
  const file = join(dir, name);
  try {
    return readFileSync(file, 'utf8').trim();
  } catch {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const secret = randomBytes(bytes).toString('base64');
    try {
      writeFileSync(file, `${secret}\n`, { mode: 0o600, flag: 'wx' });
      return secret;
    } catch {
      // Another process made it first: theirs is the one.
      return readFileSync(file, 'utf8').trim();
    }
  }
}
