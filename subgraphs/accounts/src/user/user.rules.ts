/** One spelling per mailbox: the address is trimmed and lower-cased before it is stored or looked up. */
export const normalizeEmail = (email: string): string => email.trim().toLowerCase();
