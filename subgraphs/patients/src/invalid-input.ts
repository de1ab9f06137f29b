import { BadUserInputError, type InvalidField } from '@hospital/kit';

/** BAD_USER_INPUT naming every broken field at once, so a form shows them all in one round trip. */
export function assertValid(problems: InvalidField[]): void {
  if (!problems.length) return;
  throw new BadUserInputError(problems.map((p) => `${p.field}: ${p.message}`).join('; '), problems);
}
