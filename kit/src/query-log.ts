import type { Logger as TypeOrmLogger } from 'typeorm';
import type { Logger } from './logger.js';

/**
 * The statement log: each SQL statement a subgraph sends, one `sql` line with the
 * id of the request it served (none for background work). Off unless SQL_LOG=true
 * or a SIGUSR2 turns it on in a running process (the next SIGUSR2 turns it off), so
 * an operator can watch what one slow request does without a restart. Parameters
 * are never written: they carry personal data.
 */
let logging = false;

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
    // The line's request id (and trace id) come from the logger's mixin.
    if (logging) this.logger.info({ sql: query }, 'sql');
  }

  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}
