import { hash, verify } from '@node-rs/argon2';

export const PASSWORD_MIN_LENGTH = 10;
/** argon2 takes any length; a cap stops a megabyte "password" from costing a megabyte of hashing. */
export const PASSWORD_MAX_LENGTH = 256;

// OWASP's argon2id baseline: 19 MiB, 2 passes, 1 lane.
const OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const hashPassword = (password: string): Promise<string> => hash(password, OPTIONS);

export const verifyPassword = (passwordHash: string, password: string): Promise<boolean> =>
  verify(passwordHash, password).catch(() => false);

/**
 * Compared against when no account has the e-mail, so that a wrong e-mail takes
 * as long as a wrong password and sign-in does not reveal who has an account.
 */
let decoy: Promise<string> | undefined;
export const decoyHash = (): Promise<string> => (decoy ??= hashPassword('not-a-real-password-at-all'));
