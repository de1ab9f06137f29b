import { Role, type HttpService, type Subgraph } from '@hospital/kit';
import { randomUUID } from 'node:crypto';
import {
  createTestDatabase,
  graphqlRequest,
  mysqlAvailable,
  redisAvailable,
  startSubgraphForTest,
  TEST_REDIS_URL,
  subgraphTestEnv,
  testToken,
  type TestDatabase,
  type SubgraphForTest,
} from '@hospital/kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountsModule, createAccountsSubgraph } from './app.js';

const SIGN_UP = `mutation ($input: SignUpInput!) { signUp(input: $input) { token user { id email role } } }`;
const SIGN_IN = `mutation ($email: String!, $password: String!) { signIn(email: $email, password: $password) { token user { id role } } }`;
const CREATE_STAFF = `mutation ($input: CreateStaffAccountInput!) { createStaffAccount(input: $input) { id email role } }`;
const ME = `{ me { id email role } }`;

describe.runIf(await mysqlAvailable())('accounts on MariaDB', () => {
  let running: SubgraphForTest;
  const unique = Date.now().toString(36);

  beforeAll(async () => {
    running = await startSubgraphForTest(accountsModule, {
      env: {
        BOOTSTRAP_ADMIN_EMAIL: `root-${unique}@hospital.test`,
        BOOTSTRAP_ADMIN_PASSWORD: 'bootstrap-password',
        PASSWORD_HASH_CONCURRENCY: '2',
        PASSWORD_HASH_QUEUE: '8',
      },
    });
  });

  afterAll(async () => {
    await running?.close();
  });

  it('signs a patient up, and in again whatever the case of the e-mail', async () => {
    const email = `Olena.${unique}@Example.com`;
    const signUp = await graphqlRequest(running.url, SIGN_UP, { input: { email, password: 'correct-horse-1' } });
    expect(signUp.errors).toBeUndefined();
    expect(signUp.data).toMatchObject({ signUp: { user: { email: email.toLowerCase(), role: 'PATIENT' } } });

    const signIn = await graphqlRequest<{ signIn: { token: string; user: { id: string } } }>(running.url, SIGN_IN, {
      email: email.toUpperCase(),
      password: 'correct-horse-1',
    });
    expect(signIn.errors).toBeUndefined();
    const me = await graphqlRequest(running.url, ME, {}, signIn.data!.signIn.token);
    expect(me.data).toEqual({ me: { id: signIn.data!.signIn.user.id, email: email.toLowerCase(), role: 'PATIENT' } });
  });

  it('refuses a second account for the same e-mail in another case with CONFLICT', async () => {
    const email = `twice.${unique}@example.com`;
    await graphqlRequest(running.url, SIGN_UP, { input: { email, password: 'correct-horse-1' } });
    const again = await graphqlRequest(running.url, SIGN_UP, {
      input: { email: email.toUpperCase(), password: 'other-horse-22' },
    });
    expect(again.errors?.[0]?.extensions?.['code']).toBe('CONFLICT');
  });

  it('keeps exactly one account when the same e-mail signs up many times at once', async () => {
    const email = `race.${unique}@example.com`;
    const results = await Promise.all(
      Array.from({ length: 10 }, () =>
        graphqlRequest<{ signUp: { user: { id: string } } }>(running.url, SIGN_UP, {
          input: { email, password: 'correct-horse-1' },
        }),
      ),
    );
    // A repeated sign-up with the same password signs in; what the hashing queue cannot take is RATE_LIMITED.
    const ids = new Set(results.flatMap((r) => (r.data ? [r.data.signUp.user.id] : [])));
    expect(ids.size).toBe(1);
    expect(results.filter((r) => r.errors).map((r) => r.errors?.[0]?.extensions?.['code'])).toEqual(
      results.filter((r) => r.errors).map(() => 'RATE_LIMITED'),
    );
    const [row] = await running.subgraph.dataSource.query('SELECT COUNT(*) AS n FROM users WHERE email = ?', [email]);
    expect(Number(row.n)).toBe(1);
  });

  it('answers a sign-up with a taken e-mail and another password as a conflict that names nothing else', async () => {
    const email = `taken.${unique}@example.com`;
    await graphqlRequest(running.url, SIGN_UP, { input: { email, password: 'correct-horse-1' } });
    const again = await graphqlRequest(running.url, SIGN_UP, { input: { email, password: 'another-horse-2' } });
    expect(again.errors?.[0]).toMatchObject({
      message: 'An account cannot be opened with these details; if you have one, sign in',
      extensions: { code: 'CONFLICT' },
    });
  });

  it('locks an account after 5 failed attempts, right password or not, and an unknown e-mail alike', async () => {
    const email = `locked.${unique}@example.com`;
    await graphqlRequest(running.url, SIGN_UP, { input: { email, password: 'correct-horse-1' } });
    const nobody = `nobody.${unique}@example.com`;
    for (const target of [email, nobody]) {
      for (let attempt = 0; attempt < 5; attempt += 1) {
        const wrong = await graphqlRequest(running.url, SIGN_IN, { email: target, password: 'wrong-horse-1' });
        expect(wrong.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
      }
    }
    const right = await graphqlRequest(running.url, SIGN_IN, { email, password: 'correct-horse-1' });
    const unknown = await graphqlRequest(running.url, SIGN_IN, { email: nobody, password: 'correct-horse-1' });
    expect(right.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: 900 });
    expect(unknown.errors?.[0]).toEqual(right.errors?.[0]);
  });

  it('forgets failed attempts once the right password signs in', async () => {
    const email = `forgets.${unique}@example.com`;
    await graphqlRequest(running.url, SIGN_UP, { input: { email, password: 'correct-horse-1' } });
    for (const password of ['a-wrong-one-1', 'a-wrong-one-2', 'a-wrong-one-3', 'a-wrong-one-4', 'correct-horse-1']) {
      await graphqlRequest(running.url, SIGN_IN, { email, password });
    }
    for (const password of ['a-wrong-one-5', 'a-wrong-one-6', 'a-wrong-one-7', 'a-wrong-one-8']) {
      await graphqlRequest(running.url, SIGN_IN, { email, password });
    }
    const signIn = await graphqlRequest(running.url, SIGN_IN, { email, password: 'correct-horse-1' });
    expect(signIn.errors).toBeUndefined();
  });

  it('refuses more than one password-hashing field in a request, before hashing any', async () => {
    const twice = `mutation {
      a: signIn(email: "a@x.test", password: "p-1234567890") { token }
      b: signIn(email: "b@x.test", password: "p-1234567890") { token }
    }`;
    const result = await graphqlRequest(running.url, twice);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', limit: 'credentials' });
  });

  it('refuses sign-ins beyond the hashing queue at once instead of queueing them all', async () => {
    const flood = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        graphqlRequest(running.url, SIGN_IN, { email: `flood-${i}.${unique}@example.com`, password: 'wrong-horse-1' }),
      ),
    );
    const codes = flood.map((result) => result.errors?.[0]?.extensions?.['code']);
    expect(codes.filter((code) => code === 'RATE_LIMITED').length).toBeGreaterThan(0);
    expect(codes.filter((code) => code !== 'RATE_LIMITED' && code !== 'UNAUTHENTICATED')).toEqual([]);
    expect(
      flood.find((result) => result.errors?.[0]?.extensions?.['code'] === 'RATE_LIMITED')?.errors?.[0],
    ).toMatchObject({ extensions: { limit: 'hashing', retryAfterSeconds: 1 } });
  });

  it('rejects a wrong password and an unknown e-mail alike', async () => {
    const wrong = await graphqlRequest(running.url, SIGN_IN, {
      email: `root-${unique}@hospital.test`,
      password: 'not-it-at-all',
    });
    const unknown = await graphqlRequest(running.url, SIGN_IN, {
      email: `nobody-${unique}@x.test`,
      password: 'not-it-at-all',
    });
    expect(wrong.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    expect(unknown.errors?.[0]?.message).toBe(wrong.errors?.[0]?.message);
  });

  it('reports every invalid field of a sign-up as BAD_USER_INPUT', async () => {
    const result = await graphqlRequest(running.url, SIGN_UP, { input: { email: 'not-an-email', password: 'short' } });
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: expect.arrayContaining([
        expect.objectContaining({ field: 'email' }),
        expect.objectContaining({ field: 'password' }),
      ]),
    });
  });

  it('lets the bootstrap administrator, and only an administrator, create staff accounts', async () => {
    const admin = await graphqlRequest<{ signIn: { token: string } }>(running.url, SIGN_IN, {
      email: `root-${unique}@hospital.test`,
      password: 'bootstrap-password',
    });
    const input = { email: `dr.${unique}@hospital.test`, password: 'doctor-password', role: 'DOCTOR' };
    const created = await graphqlRequest(running.url, CREATE_STAFF, { input }, admin.data!.signIn.token);
    expect(created.data).toMatchObject({ createStaffAccount: { email: input.email, role: 'DOCTOR' } });

    const staffToken = await testToken({ id: 'someone', role: Role.STAFF });
    const refused = await graphqlRequest(
      running.url,
      CREATE_STAFF,
      { input: { ...input, email: `x.${unique}@h.test` } },
      staffToken,
    );
    expect(refused.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    const anonymous = await graphqlRequest(running.url, CREATE_STAFF, {
      input: { ...input, email: `y.${unique}@h.test` },
    });
    expect(anonymous.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
  });

  it('rejects a token signed with another secret', async () => {
    const forged = await testToken({ id: 'x', role: Role.ADMIN }, 'another-secret-that-is-long-enough-to-sign');
    const result = await graphqlRequest(running.url, ME, {}, forged);
    expect(result.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
  });

  it('resolves users by reference for the desk in one batch, and a user only to themself otherwise', async () => {
    const entities = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on User { id email role } } }`;
    const a = await graphqlRequest<{ signUp: { user: { id: string }; token: string } }>(running.url, SIGN_UP, {
      input: { email: `ref-a.${unique}@example.com`, password: 'correct-horse-1' },
    });
    const b = await graphqlRequest<{ signUp: { user: { id: string }; token: string } }>(running.url, SIGN_UP, {
      input: { email: `ref-b.${unique}@example.com`, password: 'correct-horse-1' },
    });
    const ids = [a.data!.signUp.user.id, b.data!.signUp.user.id, 'missing-id'];
    const representations = ids.map((id) => ({ __typename: 'User', id }));
    const staff = await testToken({ id: 'desk', role: Role.STAFF });
    const byDesk = await graphqlRequest<{ _entities: ({ id: string } | null)[] }>(
      running.url,
      entities,
      { r: representations },
      staff,
    );
    expect(byDesk.errors).toBeUndefined();
    expect(byDesk.data?._entities.map((user) => user?.id ?? null)).toEqual([ids[0], ids[1], null]);

    const own = await graphqlRequest(running.url, entities, { r: representations.slice(0, 1) }, a.data!.signUp.token);
    expect(own.errors).toBeUndefined();
    const other = await graphqlRequest(running.url, entities, { r: representations.slice(1, 2) }, a.data!.signUp.token);
    expect(other.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    const anonymous = await graphqlRequest(running.url, entities, { r: representations.slice(0, 1) });
    expect(anonymous.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
  });

  it('refuses a sign-in password longer than any password can be, before hashing it', async () => {
    const result = await graphqlRequest(running.url, SIGN_IN, {
      email: `root-${unique}@hospital.test`,
      password: 'x'.repeat(10_000),
    });
    expect(result.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
  });
});

describe.runIf((await mysqlAvailable()) && (await redisAvailable()))('the sign-in lockout across replicas', () => {
  let database: TestDatabase;
  const replicas: HttpService[] = [];
  const subgraphs: Subgraph[] = [];

  beforeAll(async () => {
    database = await createTestDatabase('accounts_lockout');
    // Two replicas of accounts on one database and one Redis, as a deployment runs them.
    const env = subgraphTestEnv('accounts', database.url, {
      REDIS_URL: TEST_REDIS_URL,
      EVENT_STREAM: `hospital:test:${randomUUID()}`,
    });
    for (const migrate of [true, false]) {
      const subgraph = await createAccountsSubgraph({ env, migrate });
      subgraphs.push(subgraph);
      replicas.push(await subgraph.start());
    }
  });

  afterAll(async () => {
    for (const subgraph of subgraphs) await subgraph.stop();
    await database?.drop();
  });

  it('counts the attempts for one account on every replica together', async () => {
    const email = `shared.${randomUUID()}@example.com`;
    await graphqlRequest(replicas[0]!.url, SIGN_UP, { input: { email, password: 'correct-horse-1' } });
    for (let attempt = 0; attempt < 5; attempt += 1) {
      await graphqlRequest(replicas[attempt % 2]!.url, SIGN_IN, { email, password: 'wrong-horse-1' });
    }
    for (const replica of replicas) {
      const locked = await graphqlRequest(replica.url, SIGN_IN, { email, password: 'correct-horse-1' });
      expect(locked.errors?.[0]?.extensions?.['code']).toBe('RATE_LIMITED');
    }
  });
});
