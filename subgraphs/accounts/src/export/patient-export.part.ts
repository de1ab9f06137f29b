import type { ExportPart, GatherPart } from '@hospital/kit';
import { PasswordReset } from '../password-reset/password-reset.entity.js';
import { User } from '../user/user.entity.js';

/**
 * Accounts' part of a patient's data export: her account (none for a walk-in the
 * desk registered) and the password resets issued for it, never a password hash,
 * a reset token's hash or a session version.
 */
export const gatherAccountPart: GatherPart = async (manager, patientId): Promise<ExportPart> => {
  const user = await manager.findOneBy(User, { id: patientId });
  if (!user) return { account: null };
  const resets = await manager.find(PasswordReset, { where: { userId: user.id }, order: { issuedAt: 'ASC' } });
  const { passwordHash: _hash, sessionVersion: _version, ...account } = user;
  return {
    account: {
      ...account,
      passwordResets: resets.map(({ tokenHash: _token, userId: _user, ...reset }) => reset),
    },
  };
};
