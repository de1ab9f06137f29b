import { performance } from 'node:perf_hooks';
import { auditTables, AuditEvent, AuditEventService } from '@hospital/audit';
import { Role, type Caller, type Connection } from '@hospital/kit';
import type { BenchContext } from '../context.js';
import { withOwnDatabase, type BenchDataSource } from '../own-database.js';
import type { Figure } from '../report.js';
import { spreadOf, type Spread } from '../stats.js';

const DATABASE = 'hospital_bench_audit_page';
const GOAL_MS = 100;
const ACTORS = 2_000;
const PATIENTS = 20_000;
const ACTIONS = ['medicalRecord.read', 'patient.read', 'session.signIn', 'patient.update', 'user.changeRole'];
/** A page is a few milliseconds: timed several calls at a time, scheduling noise would be most of it. */
const CALLS_PER_REP = 20;

const uuidOf = (hex: string) => `INSERT(INSERT(INSERT(INSERT(${hex}, 21, 0, '-'), 17, 0, '-'), 13, 0, '-'), 9, 0, '-')`;
const draw = (name: string, modulo: number) => `CRC32(CONCAT('${name}-', seq)) % ${modulo}`;

/**
 * A year of the trail from MariaDB's sequence engine: entries spread over the
 * year, by 2,000 actors about 20,000 patients; 90 % SUCCESS, 8 % DENIED, 2 %
 * FAILED. Inserted in id order, as the clustered index fills fastest.
 */
function eventsInsert(events: number): string {
  return `
    INSERT INTO audit_events (id, at, actor_id, actor_role, action, outcome, subject_type, subject_id, patient_id,
                              request_id, client_address)
    SELECT ${uuidOf(`MD5(CONCAT('event-', seq))`)},
           TIMESTAMP('2026-01-01 00:00:00') + INTERVAL (seq * 31536 DIV ${events}) * 1000 SECOND
             + INTERVAL ${draw('ms', 1000)} SECOND,
           ${uuidOf(`MD5(CONCAT('actor-', ${draw('actor', ACTORS)}))`)},
           ELT(1 + ${draw('role', 3)}, 'DOCTOR', 'STAFF', 'ADMIN'),
           ELT(1 + ${draw('action', ACTIONS.length)}, ${ACTIONS.map((action) => `'${action}'`).join(', ')}),
           CASE WHEN ${draw('outcome', 100)} < 90 THEN 'SUCCESS' WHEN ${draw('outcome', 100)} < 98 THEN 'DENIED'
                ELSE 'FAILED' END,
           'MedicalRecord', NULL,
           ${uuidOf(`MD5(CONCAT('patient-', ${draw('patient', PATIENTS)}))`)},
           CONCAT('req-', seq), '203.0.113.7'
      FROM seq_1_to_${events}
     ORDER BY 1`;
}

/**
 * Runs `fill` with the migration's secondary indexes set aside and builds them
 * again afterwards, as they were: InnoDB sorts an index built at once, where rows
 * arriving in id order would update each index at random places (five times slower).
 */
async function withIndexesBuiltAfter(dataSource: BenchDataSource, fill: () => Promise<unknown>): Promise<void> {
  const indexes = await dataSource.query<{ name: string; columns: string }[]>(
    `SELECT index_name AS name, GROUP_CONCAT(column_name ORDER BY seq_in_index) AS columns
       FROM information_schema.statistics
      WHERE table_schema = DATABASE() AND table_name = 'audit_events' AND index_name <> 'PRIMARY'
      GROUP BY index_name`,
  );
  await dataSource.query(`ALTER TABLE audit_events ${indexes.map(({ name }) => `DROP INDEX ${name}`).join(', ')}`);
  await fill();
  await dataSource.query(
    `ALTER TABLE audit_events ${indexes.map(({ name, columns }) => `ADD INDEX ${name} (${columns})`).join(', ')}`,
  );
}

const ADMIN: Caller = {
  viewer: { id: 'bench-admin', role: Role.ADMIN, expiresAt: Infinity, sessionVersion: 0, scopes: [] },
};

/**
 * The filters an administrator asks by, each with the first page (and its
 * totalCount, as the AuditEvents operation asks) and the fifth; and the whole
 * trail unfiltered, whose count is a scan of every entry.
 */
async function pages(dataSource: BenchDataSource): Promise<Record<string, () => Promise<unknown>>> {
  const service = new AuditEventService(dataSource.getRepository(AuditEvent));
  const [sample] = await dataSource.query<{ actor_id: string; patient_id: string }[]>(
    'SELECT actor_id, patient_id FROM audit_events ORDER BY id LIMIT 1',
  );
  const filters = {
    'a patient': { patientId: sample!.patient_id },
    'an actor, one action': { actorId: sample!.actor_id, action: 'medicalRecord.read' },
    'refusals in a month': { outcome: 'DENIED', from: new Date('2026-06-01'), to: new Date('2026-07-01') },
    everything: {},
  } as const;
  const calls: Record<string, () => Promise<unknown>> = {};
  for (const [name, filter] of Object.entries(filters)) {
    // As the client contract asks it: the page and its totalCount.
    calls[`${name}, first page`] = async () => (await service.list(ADMIN, filter as never, { first: 20 })).totalCount;
    calls[`${name}, fifth page`] = async () => {
      let after: string | null = null;
      for (let turn = 0; turn < 5; turn += 1) {
        const page: Connection<AuditEvent> = await service.list(ADMIN, filter as never, { first: 20, after });
        after = page.pageInfo.endCursor;
      }
    };
  }
  return calls;
}

/**
 * `auditEvents` as the audit subgraph reads it (AuditEventService: keyset pages,
 * newest first), on a trail of a million entries (200,000 in quick mode), for
 * the filters an administrator uses. The fifth page costs five reads.
 */
export async function auditPageFigure(ctx: BenchContext): Promise<Figure> {
  const events = ctx.quick ? 200_000 : 1_000_000;
  const timings = await withOwnDatabase(
    ctx.mysqlUrl,
    DATABASE,
    { name: 'audit', tables: auditTables },
    async (dataSource) => {
      const started = performance.now();
      ctx.log(`auditPage: generating ${events.toLocaleString('en-US')} audit events in MariaDB`);
      await withIndexesBuiltAfter(dataSource, () => dataSource.query(eventsInsert(events)));
      await dataSource.query('ANALYZE TABLE audit_events');
      ctx.log(`auditPage: ${((performance.now() - started) / 1000).toFixed(1)} s of setup; timing the pages`);
      const calls = await pages(dataSource);
      for (const call of Object.values(calls)) await call();
      const runs: Record<string, number[]> = Object.fromEntries(Object.keys(calls).map((name) => [name, []]));
      for (let rep = 0; rep < ctx.reps; rep += 1) {
        for (const [name, call] of Object.entries(calls)) {
          const begun = performance.now();
          for (let i = 0; i < CALLS_PER_REP; i += 1) await call();
          runs[name]!.push((performance.now() - begun) / CALLS_PER_REP);
        }
      }
      return Object.fromEntries(Object.entries(runs).map(([name, values]) => [name, spreadOf(values)]));
    },
  );
  const firstPages = Object.entries(timings).filter(
    ([name]) => name.endsWith('first page') && !name.startsWith('everything'),
  );
  const slowest = Math.max(...firstPages.map(([, spread]) => (spread as Spread).median));
  return {
    key: 'auditPage',
    title: `auditEvents pages over ${events.toLocaleString('en-US')} audit events`,
    goal: { text: `a filtered first page with its count in well under ${GOAL_MS} ms`, maxMs: GOAL_MS },
    met: slowest < GOAL_MS,
    headline: `slowest filtered first page ${slowest.toFixed(2)} ms (${firstPages
      .map(([name, spread]) => `${name.replace(', first page', '')} ${(spread as Spread).median.toFixed(2)}`)
      .join('; ')}); unfiltered ${(timings['everything, first page'] as Spread).median.toFixed(1)} ms`,
    measured: { events, pagesMs: timings },
  };
}
