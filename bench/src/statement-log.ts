import { readFileSync } from 'node:fs';
import type { BenchStack } from './stack.js';

/** Statements by subgraph name. */
export type StatementCounts = Record<string, number>;

/**
 * Flips the statement log (SQL_LOG) of these subgraphs' processes with SIGUSR2, or
 * of the one embedded process: on for a figure that counts statements, off again after.
 */
export async function toggleStatementLog(stack: BenchStack, subgraphs: readonly string[]): Promise<void> {
  const pids = stack.mode === 'embedded' ? [stack.pids['embedded']!] : subgraphs.map((name) => stack.pids[name]!);
  for (const pid of pids) process.kill(pid, 'SIGUSR2');
  // The signal is handled between two turns of each process's event loop.
  await new Promise((resolve) => setTimeout(resolve, 300));
}

/**
 * Whether a statement is the audit trail's write rather than a read: reads of
 * patients' data are recorded before they are returned (an outbox insert in a
 * transaction of its own, then the relay's publishing round, which runs in the
 * request's context and so carries its id). No read runs in a transaction.
 */
export const isAuditTrailWrite = (sql: string): boolean =>
  /\boutbox\b/i.test(sql) || /^\s*(START TRANSACTION|BEGIN|COMMIT|ROLLBACK)\b/i.test(sql);

/**
 * The statements each of `subgraphs` logged for one request, by the request id
 * the gateway passes on; only those `which` keeps, when given.
 */
export function statementsOf(
  stack: BenchStack,
  requestId: string,
  subgraphs: readonly string[],
  which: (sql: string) => boolean = () => true,
): StatementCounts {
  const counts: StatementCounts = Object.fromEntries(subgraphs.map((name) => [name, 0]));
  const files = stack.mode === 'embedded' ? ['embedded'] : subgraphs;
  for (const file of files) {
    for (const line of readFileSync(stack.logFile(file), 'utf8').split('\n')) {
      if (!line.includes(requestId)) continue;
      const entry = JSON.parse(line) as { msg?: string; requestId?: string; component?: string; sql?: string };
      if (entry.msg !== 'sql' || entry.requestId !== requestId || !which(entry.sql ?? '')) continue;
      const subgraph = stack.mode === 'embedded' ? (entry.component ?? '') : file;
      counts[subgraph] = (counts[subgraph] ?? 0) + 1;
    }
  }
  return counts;
}
