import { randomBytes } from 'node:crypto';
import { request, type OperationResult } from '@hospital/client';
import { Redis } from 'ioredis';
import { createConnection } from 'mysql2/promise';
import type { DataSource, EntitySubscriberInterface, QueryRunner } from 'typeorm';
import type { AuditEventPayload } from '../audit.js';
import { createTokenIssuer, type Role, type TokenSubject, type Viewer } from '../auth.js';
import { OutboxEvent } from '../events/outbox.entity.js';

export { bothBackends, type OpenBackend, type TestBackend } from './backends.js';
export { freePort, ownRedis, terminate, waitReady, type OwnRedis } from './processes.js';
export * from './metrics.js';
export * from './traces.js';
export * from './events.js';
export { startSubgraphForTest, type SubgraphForTest, type SubgraphForTestOptions } from './subgraph.js';
export { headerOf, MailSink, messageIdOf, subjectOf, textOf, type Mail } from './smtp-sink.js';
export { upgradeStatus } from './sockets.js';

/**
 * Helpers for the integration and end-to-end suites. They talk to a real
 * MariaDB/MySQL and a real Redis; locally a suite whose service is missing is
 * skipped with a reason, but under CI=true it fails, so a broken CI service
 * can never pass for a green run.
 */
export const TEST_MYSQL_URL = process.env['TEST_MYSQL_URL'] ?? 'mysql://hospital:hospital@127.0.0.1:3306';
export const TEST_REDIS_URL = process.env['TEST_REDIS_URL'] ?? 'redis://127.0.0.1:6379';
export const TEST_JWT_SECRET = 'test-secret-that-is-long-enough-for-hs256-signing';

async function reachable(probe: () => Promise<void>, what: string): Promise<boolean> {
  try {
    await probe();
    return true;
  } catch (error) {
    if (process.env['CI'] === 'true') {
      throw new Error(`${what} is unreachable and CI=true: integration suites must run, not skip`, { cause: error });
    }
    process.stderr.write(`skipping: ${what} is unreachable (${(error as Error).message})\n`);
    return false;
  }
}

export const mysqlAvailable = (): Promise<boolean> =>
  reachable(async () => {
    const connection = await createConnection({ uri: TEST_MYSQL_URL, connectTimeout: 3_000 });
    await connection.end();
  }, `MariaDB at ${TEST_MYSQL_URL}`);

export const redisAvailable = (): Promise<boolean> =>
  reachable(async () => {
    const redis = new Redis(TEST_REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 0, connectTimeout: 3_000 });
    try {
      await redis.connect();
      await redis.ping();
    } finally {
      redis.disconnect();
    }
  }, `Redis at ${TEST_REDIS_URL}`);

export interface TestDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

/** A fresh, empty database of its own (`hospital_test_<label>_<random>`), so suites never share rows. */
export async function createTestDatabase(label: string): Promise<TestDatabase> {
  const name = `hospital_test_${label}_${randomBytes(4).toString('hex')}`;
  const connection = await createConnection({ uri: TEST_MYSQL_URL });
  await connection.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  await connection.end();
  const url = new URL(TEST_MYSQL_URL);
  url.pathname = `/${name}`;
  return {
    name,
    url: url.toString(),
    async drop() {
      const admin = await createConnection({ uri: TEST_MYSQL_URL });
      try {
        await admin.query(`DROP DATABASE IF EXISTS \`${name}\``);
      } catch (error) {
        // ER_DB_DROP_RMDIR: every table is gone, but the server left a file of its own in the
        // folder (a trigger's temporary copy, seen once in CI); a test's clean-up is not the test.
        if ((error as { errno?: number }).errno !== 1010) throw error;
        process.stderr.write(`${name}: dropped its tables; the server left a stray file in its folder\n`);
      } finally {
        await admin.end();
      }
    },
  };
}

/** A signed-in person as a verified token describes them, for the rules that take a Viewer. */
export const testViewer = (role: Role, id: string): Viewer => ({
  id,
  role,
  expiresAt: Number.MAX_SAFE_INTEGER,
  sessionVersion: 0,
  scopes: [],
});

/** A token as accounts would issue it, for tests that act as a given user. */
export function testToken(subject: TokenSubject, secret = TEST_JWT_SECRET, ttlSeconds = 3600) {
  return createTokenIssuer(secret, ttlSeconds).issue(subject);
}

export type GraphQLResponse<T = Record<string, unknown>> = OperationResult<T>;

/** POSTs one operation, as a client would. */
export const graphqlRequest = <T = Record<string, unknown>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<T>> => request<T, Record<string, unknown>>(url, query, variables, { token, headers });

/** The data of a response that must have succeeded; its errors in the failure message otherwise. */
export function dataOf<T>(result: GraphQLResponse<T>): T {
  if (!result.data || result.errors) throw new Error(`expected data, got ${JSON.stringify(result.errors)}`);
  return result.data;
}

/** The first error's code (the kit's errors: BAD_USER_INPUT, FORBIDDEN, …). */
export const codeOf = (result: GraphQLResponse<unknown>) => result.errors?.[0]?.extensions?.['code'];

/** The first error's broken rule, which a BusinessRuleViolation names. */
export const ruleOf = (result: GraphQLResponse<unknown>) => result.errors?.[0]?.extensions?.['rule'];

/** The fields a BAD_USER_INPUT error names. */
export const fieldsOf = (result: GraphQLResponse<unknown>) =>
  (result.errors?.[0]?.extensions?.['fields'] as { field: string }[] | undefined)?.map((f) => f.field);

/** The environment a subgraph under test reads: its database, a known secret, a free port. */
export function subgraphTestEnv(
  name: string,
  databaseUrl: string,
  extra: Record<string, string> = {},
): NodeJS.ProcessEnv {
  return {
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    JWT_SECRET: TEST_JWT_SECRET,
    [`${name.toUpperCase()}_DATABASE_URL`]: databaseUrl,
    [`${name.toUpperCase()}_PORT`]: '0',
    ...extra,
  };
}

/**
 * Runs `check` until it passes or `timeoutMs` has gone by, for what happens
 * asynchronously (an event applied, a message delivered); throws its last failure.
 */
export async function eventually(check: () => unknown, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await check();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}

export interface AuditWritten {
  /** In the order they were written. */
  entries: AuditEventPayload[];
  /** How many transactions wrote them. */
  transactions: number;
  /**
   * The tables those transactions wrote to besides the outbox, by name: the change
   * an entry commits with, when it is in the change's own transaction.
   */
  alongside: string[];
}

/**
 * The table an INSERT (IGNORE, OR IGNORE…), REPLACE, UPDATE or DELETE writes to, the
 * last part of a qualified name; none for a read.
 */
const WRITTEN_TABLE =
  /^\s*(?:INSERT(?:\s+IGNORE|\s+OR\s+\w+)?\s+INTO|REPLACE\s+INTO|UPDATE|DELETE\s+FROM)\s+(?:[`"]?\w+[`"]?\.)?[`"]?(\w+)/i;

/**
 * The audit entries a subgraph writes to its outbox while `work` runs (a request
 * to it, say), how many transactions wrote them, and what else those transactions
 * wrote: each row and statement is counted under the transaction its query runner
 * was in when it was written. Statements are seen through the data source's query
 * logger, so that raw SQL counts as much as an entity's insert.
 */
export async function auditWritten(dataSource: DataSource, work: () => Promise<unknown>): Promise<AuditWritten> {
  let started = 0;
  const transactionOf = new WeakMap<QueryRunner, number>();
  const entries: AuditEventPayload[] = [];
  const transactions = new Set<number | undefined>();
  const tablesOf = new Map<number, Set<string>>();
  const watcher: EntitySubscriberInterface<OutboxEvent> = {
    listenTo: () => OutboxEvent,
    afterTransactionStart: ({ queryRunner }) => {
      started += 1;
      transactionOf.set(queryRunner, started);
    },
    afterInsert: ({ entity, queryRunner }) => {
      if (entity.type !== 'audit.recorded') return;
      entries.push(JSON.parse(entity.payload) as AuditEventPayload);
      transactions.add(transactionOf.get(queryRunner));
    },
  };
  const { logger } = dataSource;
  const logQuery = logger.logQuery.bind(logger);
  const outbox = dataSource.getMetadata(OutboxEvent).tableName;
  logger.logQuery = (query, parameters, queryRunner) => {
    const table = WRITTEN_TABLE.exec(query)?.[1];
    const transaction = queryRunner?.isTransactionActive ? transactionOf.get(queryRunner) : undefined;
    if (table && table !== outbox && transaction !== undefined) {
      tablesOf.set(transaction, (tablesOf.get(transaction) ?? new Set()).add(table));
    }
    logQuery(query, parameters, queryRunner);
  };
  dataSource.subscribers.push(watcher);
  try {
    await work();
  } finally {
    dataSource.subscribers.splice(dataSource.subscribers.indexOf(watcher), 1);
    logger.logQuery = logQuery;
  }
  const alongside = [...transactions].flatMap((transaction) => [
    ...((transaction !== undefined && tablesOf.get(transaction)) || []),
  ]);
  return { entries, transactions: transactions.size, alongside: [...new Set(alongside)].sort() };
}

/** Runs `work` over `items`, at most `width` at a time, resolving in the items' order. */
export async function inParallel<I, R>(
  items: readonly I[],
  width: number,
  work: (item: I, index: number) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index] as I, index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(width, items.length) }, lane));
  return results;
}
