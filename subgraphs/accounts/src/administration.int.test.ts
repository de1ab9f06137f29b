import { randomUUID } from 'node:crypto';
import type { HttpService, Subgraph } from '@hospital/kit';
import {
  createTestDatabase,
  eventually,
  graphqlRequest,
  mysqlAvailable,
  redisAvailable,
  subgraphTestEnv,
  TEST_REDIS_URL,
  type TestDatabase,
} from '@hospital/kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccountsSubgraph } from './app.js';

const SIGN_IN = `mutation ($email: String!, $password: String!) { signIn(email: $email, password: $password) { token user { id role } } }`;
const CREATE_STAFF = `mutation ($input: CreateStaffAccountInput!) { createStaffAccount(input: $input) { id } }`;
const ME = `{ me { id role active lastSignInAt } }`;
const USERS = `query ($filter: UserFilter, $first: Int, $after: String) {
  users(filter: $filter, first: $first, after: $after) {
    totalCount edges { node { id email role active } } pageInfo { hasNextPage endCursor }
  }
}`;
const CHANGE_ROLE = `mutation ($id: ID!, $role: Role!) { changeUserRole(id: $id, role: $role) { id role active } }`;
const DEACTIVATE = `mutation ($id: ID!, $reason: String!) { deactivateUser(id: $id, reason: $reason) { id active } }`;
const REACTIVATE = `mutation ($id: ID!) { reactivateUser(id: $id) { id active } }`;
const CHANGE_PASSWORD = `mutation ($currentPassword: String!, $newPassword: String!) {
  changePassword(currentPassword: $currentPassword, newPassword: $newPassword) { token user { id } }
}`;
const ISSUE_RESET = `mutation ($userId: ID!) { issuePasswordReset(userId: $userId) { token expiresAt } }`;
const RESET = `mutation ($token: String!, $newPassword: String!) {
  resetPassword(token: $token, newPassword: $newPassword) { token user { id role } }
}`;
const SIGN_OUT_EVERYWHERE = `mutation { signOutEverywhere }`;

type Errors = { extensions?: Record<string, unknown>; message: string }[] | undefined;
const codeOf = (errors: Errors) => errors?.[0]?.extensions?.['code'];

/**
 * Account administration on MariaDB, with two replicas of accounts sharing one
 * database and one Redis: what one replica ends, the other refuses.
 */
describe.runIf((await mysqlAvailable()) && (await redisAvailable()))('account administration', () => {
  let database: TestDatabase;
  const subgraphs: Subgraph[] = [];
  const replicas: HttpService[] = [];
  const admin = { email: `root-${randomUUID()}@hospital.test`, password: 'bootstrap-password' };
  let adminToken: string;
  let env: NodeJS.ProcessEnv;

  const url = () => replicas[0]!.url;
  const as = <T>(token: string | undefined, query: string, variables: Record<string, unknown> = {}) =>
    graphqlRequest<T>(url(), query, variables, token);
  const signIn = async (email: string, password: string) => {
    const result = await as<{ signIn: { token: string; user: { id: string; role: string } } }>(undefined, SIGN_IN, {
      email,
      password,
    });
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return result.data.signIn;
  };
  /** A new account of `role`, signed in. */
  const account = async (role: string) => {
    const email = `${role.toLowerCase()}-${randomUUID()}@hospital.test`;
    const password = 'first-password-1';
    const created = await as<{ createStaffAccount: { id: string } }>(adminToken, CREATE_STAFF, {
      input: { email, password, role },
    });
    return { id: created.data!.createStaffAccount.id, email, password, ...(await signIn(email, password)) };
  };
  /** Whether `token` is refused as ended on every replica. */
  const refusedEverywhere = async (token: string) => {
    for (const replica of replicas) {
      const me = await graphqlRequest(replica.url, ME, {}, token);
      expect(me.errors?.[0]?.message).toBe('This session has ended; sign in again');
      expect(codeOf(me.errors)).toBe('UNAUTHENTICATED');
    }
  };

  beforeAll(async () => {
    database = await createTestDatabase('accounts_admin');
    env = subgraphTestEnv('accounts', database.url, {
      REDIS_URL: TEST_REDIS_URL,
      EVENT_STREAM: `hospital:test:${randomUUID()}`,
      BOOTSTRAP_ADMIN_EMAIL: admin.email,
      BOOTSTRAP_ADMIN_PASSWORD: admin.password,
    });
    for (const migrate of [true, false]) {
      const subgraph = await createAccountsSubgraph({ env, migrate });
      subgraphs.push(subgraph);
      replicas.push(await subgraph.start());
    }
    adminToken = (await signIn(admin.email, admin.password)).token;
  });

  afterAll(async () => {
    for (const subgraph of subgraphs) await subgraph.stop();
    await database?.drop();
  });

  it('lists accounts for an ADMIN by role, by state and by e-mail, page by page; nobody else', async () => {
    const doctors = [await account('DOCTOR'), await account('DOCTOR'), await account('DOCTOR')];
    const first = await as<{ users: { totalCount: number; edges: { node: { email: string } }[] } }>(adminToken, USERS, {
      filter: { role: 'DOCTOR', active: true },
      first: 2,
    });
    expect(first.errors).toBeUndefined();
    expect(first.data!.users.totalCount).toBe(3);
    expect(first.data!.users.edges.map(({ node }) => node.email)).toEqual(
      doctors
        .map(({ email }) => email)
        .sort()
        .slice(0, 2),
    );
    const search = await as<{ users: { edges: { node: { id: string } }[] } }>(adminToken, USERS, {
      filter: { search: doctors[2]!.email.slice(0, 20).toUpperCase() },
    });
    expect(search.data!.users.edges.map(({ node }) => node.id)).toEqual([doctors[2]!.id]);
    const me = await as<{ me: { lastSignInAt: string | null } }>(doctors[0]!.token, ME);
    expect(me.data!.me.lastSignInAt).not.toBeNull();
    for (const token of [doctors[0]!.token, undefined]) {
      const refused = await as(token, USERS);
      expect(codeOf(refused.errors)).toBe(token ? 'FORBIDDEN' : 'UNAUTHENTICATED');
    }
  });

  it('deactivates an account: its tokens are refused on every replica, and it signs in no more until reactivated', async () => {
    const doctor = await account('DOCTOR');
    const refusedForNow = await as(doctor.token, DEACTIVATE, { id: admin.email, reason: 'x' });
    expect(codeOf(refusedForNow.errors)).toBe('FORBIDDEN');
    const blank = await as(adminToken, DEACTIVATE, { id: doctor.id, reason: '   ' });
    expect(codeOf(blank.errors)).toBe('BAD_USER_INPUT');

    const deactivated = await as(adminToken, DEACTIVATE, { id: doctor.id, reason: 'Left the hospital' });
    expect(deactivated.data).toEqual({ deactivateUser: { id: doctor.id, active: false } });
    await eventually(() => refusedEverywhere(doctor.token), 5_000);
    const signIn = await as(undefined, SIGN_IN, { email: doctor.email, password: doctor.password });
    expect(signIn.errors?.[0]?.message).toBe('Wrong e-mail or password');
    const inactive = await as<{ users: { edges: { node: { id: string } }[] } }>(adminToken, USERS, {
      filter: { active: false, search: doctor.email },
    });
    expect(inactive.data!.users.edges.map(({ node }) => node.id)).toEqual([doctor.id]);

    const reactivated = await as(adminToken, REACTIVATE, { id: doctor.id });
    expect(reactivated.data).toEqual({ reactivateUser: { id: doctor.id, active: true } });
    const again = await as<{ signIn: { token: string } }>(undefined, SIGN_IN, {
      email: doctor.email,
      password: doctor.password,
    });
    expect((await as(again.data!.signIn.token, ME)).errors).toBeUndefined();
    await refusedEverywhere(doctor.token);
  });

  it('keeps one active ADMIN: the last cannot be deactivated or demoted, one of two can', async () => {
    const { id: rootId } = (await as<{ me: { id: string } }>(adminToken, ME)).data!.me;
    for (const [query, variables] of [
      [DEACTIVATE, { id: rootId, reason: 'Leaving' }],
      [CHANGE_ROLE, { id: rootId, role: 'STAFF' }],
    ] as const) {
      const refused = await as(adminToken, query, variables);
      expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BUSINESS_RULE_VIOLATION', rule: 'LAST_ADMIN' });
    }
    const second = await account('ADMIN');
    // Both at once: one demotion goes through, the other finds itself the last.
    const [one, other] = await Promise.all([
      as(adminToken, CHANGE_ROLE, { id: second.id, role: 'STAFF' }),
      as(second.token, CHANGE_ROLE, { id: rootId, role: 'STAFF' }),
    ]);
    const outcomes = [one, other].map((result) => (result.errors ? result.errors[0]!.extensions!['rule'] : 'done'));
    expect(outcomes.sort()).toEqual(['LAST_ADMIN', 'done']);
    const [{ admins }] = (await subgraphs[0]!.dataSource.query(
      "SELECT COUNT(*) AS admins FROM users WHERE role = 'ADMIN' AND active = 1",
    )) as [{ admins: number }];
    expect(Number(admins)).toBe(1);
    if (!other.errors) {
      // The bootstrap administrator was the one demoted: made one again for the tests after.
      await as(second.token, CHANGE_ROLE, { id: rootId, role: 'ADMIN' });
      adminToken = (await signIn(admin.email, admin.password)).token;
    }
  });

  it('changes a role: earlier tokens are refused, a new sign-in carries the new role', async () => {
    const staff = await account('STAFF');
    const changed = await as(adminToken, CHANGE_ROLE, { id: staff.id, role: 'STAKEHOLDER' });
    expect(changed.data).toEqual({ changeUserRole: { id: staff.id, role: 'STAKEHOLDER', active: true } });
    await eventually(() => refusedEverywhere(staff.token), 5_000);
    expect((await signIn(staff.email, staff.password)).user.role).toBe('STAKEHOLDER');
    const byStaff = await as(staff.token, CHANGE_ROLE, { id: staff.id, role: 'ADMIN' });
    expect(codeOf(byStaff.errors)).toBe('UNAUTHENTICATED');
  });

  it('changes a password with the current one: the other sessions end, this one goes on with a fresh token', async () => {
    const patient = await account('PATIENT');
    const otherSession = await signIn(patient.email, patient.password);
    const wrong = await as(patient.token, CHANGE_PASSWORD, {
      currentPassword: 'not-my-password',
      newPassword: 'second-password-2',
    });
    expect(wrong.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [expect.objectContaining({ field: 'currentPassword' })],
    });
    const short = await as(patient.token, CHANGE_PASSWORD, { currentPassword: patient.password, newPassword: 'short' });
    expect(codeOf(short.errors)).toBe('BAD_USER_INPUT');
    const anonymous = await as(undefined, CHANGE_PASSWORD, {
      currentPassword: patient.password,
      newPassword: 'second-password-2',
    });
    expect(codeOf(anonymous.errors)).toBe('UNAUTHENTICATED');

    const changed = await as<{ changePassword: { token: string } }>(patient.token, CHANGE_PASSWORD, {
      currentPassword: patient.password,
      newPassword: 'second-password-2',
    });
    expect(changed.errors).toBeUndefined();
    expect((await as(changed.data!.changePassword.token, ME)).errors).toBeUndefined();
    await eventually(async () => {
      await refusedEverywhere(patient.token);
      await refusedEverywhere(otherSession.token);
    }, 5_000);
    await signIn(patient.email, 'second-password-2');
    const old = await as(undefined, SIGN_IN, { email: patient.email, password: patient.password });
    expect(codeOf(old.errors)).toBe('UNAUTHENTICATED');
  });

  it('resets a password with a single-use token an ADMIN issued, valid for an hour', async () => {
    const doctor = await account('DOCTOR');
    const byDoctor = await as(doctor.token, ISSUE_RESET, { userId: doctor.id });
    expect(codeOf(byDoctor.errors)).toBe('FORBIDDEN');
    const issued = await as<{ issuePasswordReset: { token: string; expiresAt: string } }>(adminToken, ISSUE_RESET, {
      userId: doctor.id,
    });
    const { token, expiresAt } = issued.data!.issuePasswordReset;
    const minutes = (Date.parse(expiresAt) - Date.now()) / 60_000;
    expect(minutes).toBeGreaterThan(59);
    expect(minutes).toBeLessThanOrEqual(60);

    const reset = await as<{ resetPassword: { token: string; user: { id: string } } }>(undefined, RESET, {
      token,
      newPassword: 'reset-password-3',
    });
    expect(reset.data!.resetPassword.user.id).toBe(doctor.id);
    await eventually(() => refusedEverywhere(doctor.token), 5_000);
    await signIn(doctor.email, 'reset-password-3');
    const twice = await as(undefined, RESET, { token, newPassword: 'another-password-4' });
    expect(twice.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [expect.objectContaining({ field: 'token' })],
    });

    // A newer reset voids the older; an expired one is refused like a spent one.
    const older = (await as<{ issuePasswordReset: { token: string } }>(adminToken, ISSUE_RESET, { userId: doctor.id }))
      .data!.issuePasswordReset.token;
    const newer = (await as<{ issuePasswordReset: { token: string } }>(adminToken, ISSUE_RESET, { userId: doctor.id }))
      .data!.issuePasswordReset.token;
    expect(codeOf((await as(undefined, RESET, { token: older, newPassword: 'another-password-4' })).errors)).toBe(
      'BAD_USER_INPUT',
    );
    await subgraphs[0]!.dataSource.query(
      'UPDATE password_resets SET expires_at = NOW(3) - INTERVAL 1 SECOND WHERE used_at IS NULL',
    );
    expect(codeOf((await as(undefined, RESET, { token: newer, newPassword: 'another-password-4' })).errors)).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('signs a user out everywhere, and a replica started afterwards knows it', async () => {
    const stakeholder = await account('STAKEHOLDER');
    const second = await signIn(stakeholder.email, stakeholder.password);
    const out = await as(second.token, SIGN_OUT_EVERYWHERE);
    expect(out.data).toEqual({ signOutEverywhere: true });
    await eventually(async () => {
      await refusedEverywhere(stakeholder.token);
      await refusedEverywhere(second.token);
    }, 5_000);
    const late = await createAccountsSubgraph({ env, migrate: false });
    subgraphs.push(late);
    const lateHttp = await late.start();
    const me = await graphqlRequest(lateHttp.url, ME, {}, stakeholder.token);
    expect(codeOf(me.errors)).toBe('UNAUTHENTICATED');
  });
});
