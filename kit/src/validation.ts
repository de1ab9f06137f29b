import { Matches } from 'class-validator';

/** E.164: a plus, a country code that does not start with 0, at most 15 digits in all. */
export const E164_PHONE = /^\+[1-9]\d{7,14}$/;

export const IsE164Phone = () =>
  Matches(E164_PHONE, { message: 'must be a phone number in E.164 form, e.g. +380441234567' });

/** One spelling per mailbox: an address is trimmed and lower-cased before it is stored or looked up. */
export const normalizeEmail = (email: string): string => email.trim().toLowerCase();
/** Text someone must actually write: at least one character that is not a blank. */
export const IsNotBlank = () => Matches(/\S/, { message: 'must not be blank' });
