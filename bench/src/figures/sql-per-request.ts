import { randomUUID } from 'node:crypto';
import { request } from '@hospital/client';
import type { StackFigure } from '../main.js';
import { isAuditTrailWrite, statementsOf, toggleStatementLog, type StatementCounts } from '../statement-log.js';

/**
 * Statements per request, counted from each subgraph's statement log (the
 * TypeORM logger over the mysql2 driver, SQL_LOG), by the request id the gateway
 * passes on to every subgraph call. The log is switched on with SIGUSR2 for the
 * figure only and off again after. Reads are judged against the goal; the audit
 * trail's writes for the patients and invoices read (docs/rules.md#audit) are
 * counted apart, and must not grow with the rows either.
 */
const APPOINTMENTS_PAGE = `query AppointmentsPage($first: Int) {
  appointments(first: $first) {
    edges {
      node {
        id
        start
        status
        patient { id name }
        doctor { id name }
        service { id name price }
        invoice { id status total }
      }
    }
    pageInfo { hasNextPage endCursor }
  }
}`;

/** The entity types the page touches in each subgraph: the most statements the goal allows there. */
const ENTITY_TYPES: Record<string, string[]> = {
  appointments: ['Appointment'],
  patients: ['Patient'],
  doctors: ['Doctor', 'MedicalService'],
  billing: ['Invoice'],
};

type Counts = StatementCounts;
const SUBGRAPHS = Object.keys(ENTITY_TYPES);

export const sqlPerRequestFigure: StackFigure = async (ctx, stack, world) => {
  const sizes = [10, 100];
  await toggleStatementLog(stack, SUBGRAPHS);
  const runs: { rows: number; counts: Counts; audit: Counts }[] = [];
  try {
    for (let rep = 0; rep < ctx.reps; rep++) {
      for (const first of sizes) {
        const requestId = `bench-sql-${randomUUID()}`;
        const result = await request<{ appointments: { edges: unknown[] } }, { first: number }>(
          stack.gatewayUrl,
          APPOINTMENTS_PAGE,
          { first },
          { token: world.adminToken, headers: { 'x-request-id': requestId } },
        );
        if (result.errors?.length || result.data?.appointments.edges.length !== first) {
          throw new Error(`the page of ${first} failed: ${JSON.stringify(result.errors)}`);
        }
        // Let the last lines reach the files.
        await new Promise((resolve) => setTimeout(resolve, 200));
        runs.push({
          rows: first,
          counts: statementsOf(stack, requestId, SUBGRAPHS, (sql) => !isAuditTrailWrite(sql)),
          audit: statementsOf(stack, requestId, SUBGRAPHS, isAuditTrailWrite),
        });
      }
    }
  } finally {
    await toggleStatementLog(stack, SUBGRAPHS);
  }
  const bySize = Object.fromEntries(sizes.map((rows) => [rows, runs.find((run) => run.rows === rows)!.counts]));
  const auditBySize = Object.fromEntries(sizes.map((rows) => [rows, runs.find((run) => run.rows === rows)!.audit]));
  const steady = runs.every((run) => JSON.stringify(run.counts) === JSON.stringify(bySize[run.rows]));
  const sameForSizes = JSON.stringify(bySize[10]) === JSON.stringify(bySize[100]);
  const auditSameForSizes = JSON.stringify(auditBySize[10]) === JSON.stringify(auditBySize[100]);
  const withinTypes = Object.entries(ENTITY_TYPES).every(
    ([subgraph, types]) => (bySize[100]![subgraph] ?? 0) <= types.length && (bySize[100]![subgraph] ?? 0) > 0,
  );
  const total = (counts: Counts) => Object.values(counts).reduce((sum, count) => sum + count, 0);
  return {
    key: 'sqlPerRequest',
    title: 'SQL statements per request: Appointments page with patient, doctor, service and invoice',
    goal: {
      text: '≤ 1 read per subgraph per entity type touched, the same for 10 and 100 rows; the audit trail’s writes the same for both',
      entityTypesPerSubgraph: ENTITY_TYPES,
    },
    met: steady && sameForSizes && withinTypes && auditSameForSizes,
    headline: `${total(bySize[10]!)} statements for 10 rows, ${total(bySize[100]!)} for 100 (${Object.entries(
      bySize[100]!,
    )
      .map(([name, count]) => `${name} ${count}`)
      .join(', ')}); audit trail ${total(auditBySize[10]!)} for 10 rows, ${total(auditBySize[100]!)} for 100`,
    measured: {
      statementsBySubgraph: bySize,
      auditTrailStatementsBySubgraph: auditBySize,
      sameInEveryRepetition: steady,
      repetitions: ctx.reps,
      query: APPOINTMENTS_PAGE,
    },
    notes: [
      'Read as ADMIN, who may see every appointment: no per-row permission reads.',
      'The audit trail: the patients and invoices read are recorded in one transaction per subgraph and request, and the outbox relay publishes them in one round (a select, one update for the batch).',
      'Counted from the statement log of each subgraph by the request id the gateway forwards; the gateway itself has no database.',
    ],
  };
};
