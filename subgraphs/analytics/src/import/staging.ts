import { isSqlite } from '@hospital/kit';
import type { EntityManager } from 'typeorm';
import { addSelectedToRollup, execute, insertIgnore } from '../facts/upserts.js';
import type { CsvKind } from './rows.js';

export interface CsvProblem {
  line: number;
  message: string;
}

/** How many problems of one kind a check lists in detail; it counts them all. */
export const DETAILED_PROBLEMS = 100;

export interface FoundProblems {
  count: number;
  /** The first DETAILED_PROBLEMS of them, by line. */
  problems: CsvProblem[];
}

interface Column {
  name: string;
  mysql: string;
  sqlite: string;
  /** How a re-import is held to the values imported before: strings byte for byte, whatever the collation. */
  compared?: 'text' | 'value';
}

interface FactTable {
  table: 'delivery_facts' | 'department_costs';
  /** The fact as a problem names it: "cost c-7 was imported before with other values". */
  noun: string;
  /** The fact table's columns, the id first, in the order the row readers give the values. */
  columns: readonly Column[];
  /** Adds the staged rows for which `isNew` holds to the rollup, in one statement. */
  addToRollup(manager: EntityManager, isNew: string): Promise<void>;
  /** The column of the clinic day whose revenue report a row changes; none when the rows are not in that report. */
  reportDay?: string;
}

/** Clinic days, inclusive (YYYY-MM-DD). */
export interface DaySpan {
  from: string;
  to: string;
}

/** One name will do: a temporary table belongs to its connection, and a connection imports one file at a time. */
const STAGING = 'csv_staging';
const REPEATS = 'csv_staging_repeats';

const id = (name: string): Column => ({ name, mysql: 'VARCHAR(64)', sqlite: 'TEXT' });
const ref = (name: string): Column => ({ name, mysql: 'VARCHAR(36)', sqlite: 'TEXT', compared: 'text' });

const FACT_TABLES: Readonly<Record<CsvKind, FactTable>> = {
  DELIVERIES: {
    table: 'delivery_facts',
    noun: 'delivery',
    columns: [
      id('delivery_id'),
      ref('doctor_id'),
      { name: 'delivered_at', mysql: 'DATETIME(3)', sqlite: 'TEXT', compared: 'value' },
      // The clinic day follows from the instant; a re-import under another CLINIC_TIMEZONE is the same delivery.
      { name: 'delivery_day', mysql: 'DATE', sqlite: 'TEXT' },
      { name: 'delivery_type', mysql: 'VARCHAR(10)', sqlite: 'TEXT', compared: 'value' },
    ],
    addToRollup: (manager, isNew) =>
      addSelectedToRollup(
        manager,
        'doctor_days',
        ['c_sections', 'natural_births'],
        `SELECT s.doctor_id, s.delivery_day,
                SUM(CASE WHEN s.delivery_type = 'C_SECTION' THEN 1 ELSE 0 END),
                SUM(CASE WHEN s.delivery_type = 'NATURAL' THEN 1 ELSE 0 END)
           FROM ${STAGING} s WHERE ${isNew} GROUP BY s.doctor_id, s.delivery_day`,
      ),
  },
  DEPARTMENT_COSTS: {
    table: 'department_costs',
    noun: 'cost',
    reportDay: 'cost_date',
    columns: [
      id('cost_id'),
      ref('department_id'),
      { name: 'cost_date', mysql: 'DATE', sqlite: 'TEXT', compared: 'value' },
      { name: 'amount_cents', mysql: 'BIGINT', sqlite: 'INTEGER', compared: 'value' },
      { name: 'category', mysql: 'VARCHAR(100)', sqlite: 'TEXT', compared: 'text' },
    ],
    addToRollup: (manager, isNew) =>
      addSelectedToRollup(
        manager,
        'department_days',
        ['cost_cents'],
        `SELECT s.cost_date, s.department_id, SUM(s.amount_cents)
           FROM ${STAGING} s WHERE ${isNew} GROUP BY s.cost_date, s.department_id`,
      ),
  },
};

/** Rows per multi-row INSERT: 5,000 × 6 values stays under SQLite's 32,766 parameters. */
export const ROWS_PER_INSERT = 5_000;

const count = (rows: unknown): number => Number((rows as Record<string, unknown>[])[0]?.['n'] ?? 0);

/**
 * The temporary table a file's valid rows are loaded into (with their line numbers),
 * so that everything after the parsing — the checks against the file itself and against
 * the facts, the rollup, the insert — is a handful of set-based statements, whatever the
 * size of the file. It lives on the connection of `manager`, which must stay the same
 * from create() to drop().
 */
export class Staging {
  private readonly sqlite: boolean;
  private readonly fact: FactTable;
  private readonly idColumn: string;
  private fullInsert: string | undefined;

  constructor(
    private readonly manager: EntityManager,
    kind: CsvKind,
  ) {
    this.sqlite = isSqlite(manager);
    this.fact = FACT_TABLES[kind];
    this.idColumn = this.fact.columns[0]?.name ?? '';
  }

  /** Values per staged row: the line number, then the fact's columns. */
  private get width(): number {
    return this.fact.columns.length + 1;
  }

  async create(): Promise<void> {
    await this.drop();
    const columns = this.fact.columns.map((c) => `${c.name} ${this.sqlite ? c.sqlite : c.mysql} NOT NULL`);
    // On MariaDB the index grows with the rows: building it afterwards took twice as long there,
    // and CREATE INDEX, even on a temporary table, would commit a transaction in progress.
    const index = this.sqlite ? '' : `, INDEX ${STAGING}_id (${this.idColumn}, line)`;
    // MariaDB: no collation given, so that ids compare as in the fact table (the database's default).
    await execute(
      this.manager,
      `CREATE ${this.sqlite ? 'TEMP' : 'TEMPORARY'} TABLE ${STAGING} (line INTEGER NOT NULL, ${columns.join(', ')}${index})`,
    );
  }

  /** Loads rows given as one flat list of values, `width` a row. */
  async insert(values: readonly (string | number)[]): Promise<void> {
    const rows = values.length / this.width;
    if (rows === 0) return;
    let sql = rows === ROWS_PER_INSERT ? this.fullInsert : undefined;
    if (sql === undefined) {
      const row = `(${Array.from({ length: this.width }, () => '?').join(',')})`;
      const names = ['line', ...this.fact.columns.map((c) => c.name)].join(', ');
      sql = `INSERT INTO ${STAGING} (${names}) VALUES ${Array.from({ length: rows }, () => row).join(',')}`;
      if (rows === ROWS_PER_INSERT) this.fullInsert = sql;
    }
    await execute(this.manager, sql, values as unknown[]);
  }

  /** SQLite indexes the loaded rows at once, which is quicker there than row by row. */
  async indexLoaded(): Promise<void> {
    if (this.sqlite) await execute(this.manager, `CREATE INDEX ${STAGING}_id ON ${STAGING} (${this.idColumn}, line)`);
  }

  /** Ids that come more than once in the file: each later line is a problem naming the first. */
  async repeats(): Promise<FoundProblems> {
    const { idColumn } = this;
    const found = count(
      await this.manager.query(
        `SELECT COALESCE(SUM(n - 1), 0) AS n
           FROM (SELECT COUNT(*) AS n FROM ${STAGING} GROUP BY ${idColumn} HAVING COUNT(*) > 1) repeated`,
      ),
    );
    if (found === 0) return { count: 0, problems: [] };
    // MySQL refers to a temporary table only once per statement, so the first lines get a table of their own.
    await execute(this.manager, this.dropStatement(REPEATS));
    await execute(
      this.manager,
      `CREATE ${this.sqlite ? 'TEMP' : 'TEMPORARY'} TABLE ${REPEATS} AS
         SELECT ${idColumn} AS id, MIN(line) AS first_line FROM ${STAGING} GROUP BY ${idColumn} HAVING COUNT(*) > 1`,
    );
    const rows = (await this.manager.query(
      `SELECT s.line AS line, s.${idColumn} AS id, r.first_line AS first_line
         FROM ${STAGING} s JOIN ${REPEATS} r ON r.id = s.${idColumn}
        WHERE s.line > r.first_line ORDER BY s.line LIMIT ${DETAILED_PROBLEMS}`,
    )) as { line: number; id: string; first_line: number }[];
    await execute(this.manager, this.dropStatement(REPEATS));
    return {
      count: found,
      problems: rows.map((row) => ({
        line: Number(row.line),
        message: `${idColumn} ${row.id} appears again (first on line ${Number(row.first_line)})`,
      })),
    };
  }

  /**
   * SQLite starts a transaction without locks and takes the write lock at its first
   * write. Were a read of the facts first, a write by another process (the supergraph
   * while the command line imports) in between would make that upgrade fail at once
   * (SQLITE_BUSY_SNAPSHOT) instead of waiting: so a write that changes nothing comes first.
   */
  async lockForWriting(): Promise<void> {
    if (this.sqlite)
      await execute(this.manager, `UPDATE ${this.fact.table} SET ${this.idColumn} = ${this.idColumn} WHERE 1 = 0`);
  }

  /** How many staged ids are facts already, and those among them whose values differ (problems). */
  async compareWithFacts(): Promise<{ known: number } & FoundProblems> {
    const same = this.fact.columns
      .filter((c) => c.compared)
      .map((c) =>
        c.compared === 'text' && !this.sqlite
          ? `CAST(f.${c.name} AS BINARY) = CAST(s.${c.name} AS BINARY)`
          : `f.${c.name} = s.${c.name}`,
      )
      .join(' AND ');
    const join = `${STAGING} s JOIN ${this.fact.table} f ON f.${this.idColumn} = s.${this.idColumn}`;
    const [totals] = (await this.manager.query(
      `SELECT COUNT(*) AS known, COALESCE(SUM(CASE WHEN ${same} THEN 0 ELSE 1 END), 0) AS n FROM ${join}`,
    )) as { known: unknown; n: unknown }[];
    const known = Number(totals?.known ?? 0);
    const conflicting = Number(totals?.n ?? 0);
    if (conflicting === 0) return { known, count: 0, problems: [] };
    const rows = (await this.manager.query(
      `SELECT s.line AS line, s.${this.idColumn} AS id FROM ${join}
        WHERE NOT (${same}) ORDER BY s.line LIMIT ${DETAILED_PROBLEMS}`,
    )) as { line: number; id: string }[];
    return {
      known,
      count: conflicting,
      problems: rows.map((row) => ({
        line: Number(row.line),
        message: `${this.fact.noun} ${row.id} was imported before with other values`,
      })),
    };
  }

  /** Adds the rows that are not facts yet to the rollup: before insertNewFacts(), which makes them facts. */
  addNewToRollup(): Promise<void> {
    return this.fact.addToRollup(this.manager, this.isNew);
  }

  /** A staged row `s` that is not a fact yet. */
  private get isNew(): string {
    return `NOT EXISTS (SELECT 1 FROM ${this.fact.table} f WHERE f.${this.idColumn} = s.${this.idColumn})`;
  }

  /**
   * The days of the revenue report the rows that are not facts yet change, if
   * they change it: before insertNewFacts(), which makes them facts.
   */
  async reportDaysOfNew(): Promise<DaySpan | undefined> {
    const day = this.fact.reportDay;
    if (!day) return undefined;
    // As text on both databases: MariaDB's driver would make a DATE a Date in the process's zone.
    const [span] = (await this.manager.query(
      `SELECT CAST(MIN(s.${day}) AS CHAR(10)) AS first_day, CAST(MAX(s.${day}) AS CHAR(10)) AS last_day
         FROM ${STAGING} s WHERE ${this.isNew}`,
    )) as { first_day: string | null; last_day: string | null }[];
    return span?.first_day && span.last_day ? { from: span.first_day, to: span.last_day } : undefined;
  }

  /** Inserts the rows that are not facts yet; resolves how many that was. */
  insertNewFacts(): Promise<number> {
    const names = this.fact.columns.map((c) => c.name).join(', ');
    return execute(
      this.manager,
      `${insertIgnore(this.manager)} INTO ${this.fact.table} (${names}) SELECT ${names} FROM ${STAGING}`,
    );
  }

  async drop(): Promise<void> {
    await execute(this.manager, this.dropStatement(STAGING));
  }

  private dropStatement(table: string): string {
    return this.sqlite ? `DROP TABLE IF EXISTS temp.${table}` : `DROP TEMPORARY TABLE IF EXISTS ${table}`;
  }
}
