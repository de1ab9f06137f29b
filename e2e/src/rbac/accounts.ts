import { IssuePasswordResetDocument } from '@hospital/client';
import { inParallel } from '@hospital/kit/testing';
import { dataOf } from '../client.js';
import { ACCOUNT_PASSWORD, type Actor, type World } from '../world.js';
import type { Scenario } from './fixtures.js';
import { CALLERS, type Caller } from './matrix.js';
import type { Secrets } from './verdict.js';

type Role = 'PATIENT' | 'DOCTOR' | 'STAFF' | 'STAKEHOLDER' | 'ADMIN';

/** The kind of account each signed-in caller is. */
const ROLE_OF: Record<Exclude<Caller, 'anonymous'>, Role> = {
  patientSelf: 'PATIENT',
  patientOther: 'PATIENT',
  doctorOwn: 'DOCTOR',
  doctorOther: 'DOCTOR',
  staff: 'STAFF',
  stakeholder: 'STAKEHOLDER',
  admin: 'ADMIN',
};

/** One account per caller, made at the same time (argon2 queues the rest in accounts). */
async function accountsPerCaller(world: World, role: (caller: Caller) => Role): Promise<Record<Caller, Actor>> {
  const made = await inParallel([...CALLERS], 4, (caller) => world.account(role(caller)));
  return Object.fromEntries(CALLERS.map((caller, index) => [caller, made[index]!])) as Record<Caller, Actor>;
}

/**
 * The account rows end sessions, change roles and spend resets: each caller
 * acts on accounts of its own, never on the cast, so that one caller's success
 * neither breaks another's token nor becomes another's business error. A
 * caller changing their own password or signing out everywhere does it as a
 * stand-in of the same role.
 */
export async function accountScenarios(
  world: World,
  admin: string,
  secrets: Secrets,
): Promise<Record<string, Scenario>> {
  const standIn = (caller: Caller): Role => (caller === 'anonymous' ? 'PATIENT' : ROLE_OF[caller]);
  // One group after another: accounts hashes two passwords at a time and queues only so many.
  const changePassword = await accountsPerCaller(world, standIn);
  const signOut = await accountsPerCaller(world, standIn);
  const [roleTargets, deactivateTargets, reactivateTargets, resetTargets, resetOwners] = [
    await accountsPerCaller(world, () => 'STAFF'),
    await accountsPerCaller(world, () => 'STAFF'),
    await accountsPerCaller(world, () => 'STAFF'),
    await accountsPerCaller(world, () => 'STAFF'),
    await accountsPerCaller(world, () => 'STAFF'),
  ];
  const resetTokens = await inParallel([...CALLERS], 4, async (caller) => {
    const issued = dataOf(await world.execute(IssuePasswordResetDocument, { userId: resetOwners[caller].id }, admin));
    return [caller, issued.issuePasswordReset.token] as const;
  });
  const resetTokenOf = Object.fromEntries(resetTokens) as Record<Caller, string>;
  const scenario = (attempt: Scenario['attempt']): Scenario => ({ secrets, attempt });
  return {
    Users: scenario(() => ({ variables: { filter: { role: 'STAFF' }, first: 5 } })),
    AuditEvents: scenario(() => ({ variables: { filter: { action: 'session.signIn' }, first: 5 } })),
    ChangeUserRole: scenario((caller) => ({ variables: { id: roleTargets[caller].id, role: 'STAKEHOLDER' } })),
    DeactivateUser: scenario((caller) => ({ variables: { id: deactivateTargets[caller].id, reason: 'Left' } })),
    ReactivateUser: scenario((caller) => ({ variables: { id: reactivateTargets[caller].id } })),
    IssuePasswordReset: scenario((caller) => ({ variables: { userId: resetTargets[caller].id } })),
    ResetPassword: scenario((caller) => ({
      variables: { token: resetTokenOf[caller], newPassword: 'a-reset-password-9' },
    })),
    ChangePassword: scenario((caller) => ({
      variables: { currentPassword: ACCOUNT_PASSWORD, newPassword: 'a-changed-password-9' },
      token: changePassword[caller].token,
    })),
    SignOutEverywhere: scenario((caller) => ({ variables: {}, token: signOut[caller].token })),
  };
}
