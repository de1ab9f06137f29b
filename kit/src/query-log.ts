import { AsyncLocalStorage } from 'node:async_hooks';
import type { Logger as TypeOrmLogger } from 'typeorm';
import type { Logger } from './logger.js';

/**
 * The statement log: each SQL statement a subgraph sends, one `sql` line with the
 * id of the request it served (none for background work). Off unless SQL_LOG=true
 * or a SIGUSR2 turns it on in a running process (the next SIGUSR2 turns it off), so
 * an operator can watch what one slow request does without a restart. Parameters
 * are never written: they carry personal data.
 */
const requestScope = new AsyncLocalStorage<string>();
let logging = false;

/** Runs `work` as part of the request `requestId`: statements it sends are logged with that id. */
export function runInRequest<T>(requestId: string, work: () => T): T {
  return requestScope.run(requestId, work);
}

export function setQueryLogging(on: boolean): void {
  logging = on;
}

/** SIGUSR2 flips the statement log of this process. */
export function toggleQueryLoggingOnSignal(logger: Logger): void {
  process.on('SIGUSR2', () => {
    logging = !logging;
    logger.warn({ sqlLog: logging }, `statement log ${logging ? 'on' : 'off'}`);
  });
}

export class QueryLog implements TypeOrmLogger {
  constructor(private readonly logger: Logger) {}

  logQuery(query: string): void {
    if (logging) this.logger.info({ sql: query, requestId: requestScope.getStore() }, 'sql');
  }

  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}
