import type { CorePlan } from './cores.js';

/** What every figure is given by `pnpm bench`. */
export interface BenchContext {
  /** `--quick`: smaller data and shorter runs, for a routine check in under 3 minutes. */
  quick: boolean;
  /** Repetitions of each measurement (at least 3); figures report the median and the spread. */
  reps: number;
  cores: CorePlan;
  /** A MySQL/MariaDB URL, without a database, of a user that may create and drop databases. */
  mysqlUrl: string;
  redisUrl: string;
  /** Progress for the operator, on stderr. */
  log(message: string): void;
}
