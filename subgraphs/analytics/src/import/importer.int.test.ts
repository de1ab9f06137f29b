import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDataSource, createLogger, migrate } from '@hospital/kit';
import { createTestDatabase, mysqlAvailable } from '@hospital/kit/testing';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { analyticsTables } from '../tables.js';
import { startGcsEmulator, type GcsEmulator } from '../testing/gcs-emulator.js';
import { CsvImporter, CsvImportError, type ImportedFile, type ImportProgress } from './importer.js';

const DELIVERIES = 'delivery_id,doctor_id,delivered_at,delivery_type';
const COSTS = 'cost_id,department_id,cost_date,amount,category';

type Row = Record<string, unknown>;

/** MariaDB hands DATE and DATETIME back as Dates (UTC), SQLite as the strings it keeps. */
const day = (value: unknown) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value));
const instant = (value: unknown) =>
  value instanceof Date ? value.toISOString() : new Date(`${String(value).replace(' ', 'T')}Z`).toISOString();
const byKey = (a: string[], b: string[]) => (a.join('|') < b.join('|') ? -1 : 1);

interface Opened {
  url: string | undefined;
  drop(): Promise<void>;
}

function importSuite(open: () => Promise<Opened>) {
  let top: string;
  let root: string;
  let database: Opened;
  let dataSource: DataSource;
  let importer: CsvImporter;
  let gcs: GcsEmulator;

  const write = (name: string, lines: string[], ending = '\n') => {
    const path = join(root, name);
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, lines.join(ending) + ending);
    return name;
  };
  const importRelative = (sources: string[], options: { onProgress?: (p: ImportProgress) => void } = {}) =>
    importer.importSources(sources, { baseDir: root, ...options });
  const rejection = async (work: Promise<unknown>): Promise<CsvImportError> => {
    const error = await work.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(CsvImportError);
    return error as CsvImportError;
  };

  const rows = (sql: string, parameters: unknown[] = []) => dataSource.query<Row[]>(sql, parameters);
  const deliveries = async (prefix: string) =>
    (await rows('SELECT * FROM delivery_facts WHERE delivery_id LIKE ? ORDER BY delivery_id', [`${prefix}%`])).map(
      (r) => ({
        id: r['delivery_id'],
        doctor: r['doctor_id'],
        at: instant(r['delivered_at']),
        day: day(r['delivery_day']),
        type: r['delivery_type'],
      }),
    );
  const costs = async (prefix: string) =>
    (await rows('SELECT * FROM department_costs WHERE cost_id LIKE ? ORDER BY cost_id', [`${prefix}%`])).map((r) => ({
      id: r['cost_id'],
      department: r['department_id'],
      date: day(r['cost_date']),
      cents: Number(r['amount_cents']),
      category: r['category'],
    }));
  const doctorDays = async (prefix: string) =>
    (await rows('SELECT * FROM doctor_days WHERE doctor_id LIKE ? AND c_sections + natural_births > 0', [`${prefix}%`]))
      .map((r) => [String(r['doctor_id']), day(r['day']), String(r['c_sections']), String(r['natural_births'])])
      .sort(byKey);
  const departmentDays = async (prefix: string) =>
    (await rows('SELECT * FROM department_days WHERE department_id LIKE ? AND cost_cents > 0', [`${prefix}%`]))
      .map((r) => [day(r['day']), String(r['department_id']), String(r['cost_cents'])])
      .sort(byKey);

  /** Everything the import writes, to hold a refused file to having written nothing. */
  const everything = async () => ({
    deliveries: await deliveries(''),
    costs: await costs(''),
    doctorDays: await doctorDays(''),
    departmentDays: await departmentDays(''),
  });

  /** The rollups, all of them, are what a straight GROUP BY over the facts gives. */
  async function expectRollupsToMatchFacts() {
    const fromDeliveries = (
      await rows(
        `SELECT doctor_id, delivery_day,
                SUM(CASE WHEN delivery_type = 'C_SECTION' THEN 1 ELSE 0 END) AS c,
                SUM(CASE WHEN delivery_type = 'NATURAL' THEN 1 ELSE 0 END) AS n
           FROM delivery_facts GROUP BY doctor_id, delivery_day`,
      )
    )
      .map((r) => [String(r['doctor_id']), day(r['delivery_day']), String(Number(r['c'])), String(Number(r['n']))])
      .sort(byKey);
    expect(await doctorDays('')).toEqual(fromDeliveries);
    const fromCosts = (
      await rows(
        `SELECT cost_date, department_id, SUM(amount_cents) AS cents FROM department_costs
          GROUP BY cost_date, department_id HAVING SUM(amount_cents) > 0`,
      )
    )
      .map((r) => [day(r['cost_date']), String(r['department_id']), String(Number(r['cents']))])
      .sort(byKey);
    expect(await departmentDays('')).toEqual(fromCosts);
  }

  beforeAll(async () => {
    top = mkdtempSync(join(tmpdir(), 'csv-import-'));
    root = join(top, 'imports');
    mkdirSync(root);
    database = await open();
    dataSource = createDataSource({
      name: 'analytics',
      url: database.url,
      dataDir: join(top, 'data'),
      ...analyticsTables,
    });
    await dataSource.initialize();
    await migrate(dataSource);
    gcs = await startGcsEmulator({ pageSize: 2 });
    importer = new CsvImporter(dataSource, {
      clinicTimeZone: 'Europe/Kyiv',
      storageEmulatorHost: gcs.host,
      logger: createLogger({ name: 'analytics-test', level: 'silent' }),
    });
  });
  afterAll(async () => {
    await gcs?.close();
    await dataSource?.destroy();
    await database?.drop();
    rmSync(top, { recursive: true, force: true });
  });

  it('imports a deliveries file and a costs file into the facts and the rollups', async () => {
    const deliveriesFile = write(
      'deliveries-2026.csv',
      [
        `\uFEFFDelivery_ID, doctor_id ,delivered_at,DELIVERY_TYPE`,
        't1-d1,t1-doc-a,2026-03-28T23:30:00+02:00,C_SECTION',
        // On the clock in the spring gap (03:00 → 04:00): the instant after the jump, as zonedToUtc has it.
        't1-d2,t1-doc-a,2026-03-29T03:30:00,natural',
        't1-d3,t1-doc-a,2026-03-29T10:00:00,Caesarean',
        't1-d4,t1-doc-b,2026-03-28T22:30:00Z,vaginal',
        '',
        // Repeated on the clock in autumn (04:00 → 03:00): the first time round.
        't1-d5,t1-doc-b,2026-10-25T03:30:00,c-section',
        't1-d6, t1-doc-b ,2026-10-24T21:30:00.5Z, NATURAL ',
      ],
      '\r\n',
    );
    const costsFile = write('costs-2026.csv', [
      COSTS,
      't1-c1,t1-dep-x,2026-03-29,12,Supplies',
      't1-c2,t1-dep-x,2026-03-29,12.5,Staff',
      't1-c3,t1-dep-y,2026-03-30,1000.50,Equipment',
      't1-c4,t1-dep-x,2026-03-30,0.07,"Cleaning, linen"',
    ]);
    const announced: ImportedFile[] = [];

    const imported = await importer.importSources([deliveriesFile, costsFile], {
      baseDir: root,
      onImported: (file) => announced.push(file),
    });

    expect(imported).toEqual([
      { source: 'deliveries-2026.csv', kind: 'DELIVERIES', rows: 6, added: 6, alreadyPresent: 0 },
      { source: 'costs-2026.csv', kind: 'DEPARTMENT_COSTS', rows: 4, added: 4, alreadyPresent: 0 },
    ]);
    expect(announced).toEqual(imported);
    expect(await deliveries('t1-')).toEqual([
      { id: 't1-d1', doctor: 't1-doc-a', at: '2026-03-28T21:30:00.000Z', day: '2026-03-28', type: 'C_SECTION' },
      { id: 't1-d2', doctor: 't1-doc-a', at: '2026-03-29T01:30:00.000Z', day: '2026-03-29', type: 'NATURAL' },
      { id: 't1-d3', doctor: 't1-doc-a', at: '2026-03-29T07:00:00.000Z', day: '2026-03-29', type: 'C_SECTION' },
      { id: 't1-d4', doctor: 't1-doc-b', at: '2026-03-28T22:30:00.000Z', day: '2026-03-29', type: 'NATURAL' },
      { id: 't1-d5', doctor: 't1-doc-b', at: '2026-10-25T00:30:00.000Z', day: '2026-10-25', type: 'C_SECTION' },
      { id: 't1-d6', doctor: 't1-doc-b', at: '2026-10-24T21:30:00.500Z', day: '2026-10-25', type: 'NATURAL' },
    ]);
    expect(await costs('t1-')).toEqual([
      { id: 't1-c1', department: 't1-dep-x', date: '2026-03-29', cents: 1200, category: 'Supplies' },
      { id: 't1-c2', department: 't1-dep-x', date: '2026-03-29', cents: 1250, category: 'Staff' },
      { id: 't1-c3', department: 't1-dep-y', date: '2026-03-30', cents: 100050, category: 'Equipment' },
      { id: 't1-c4', department: 't1-dep-x', date: '2026-03-30', cents: 7, category: 'Cleaning, linen' },
    ]);
    expect(await doctorDays('t1-')).toEqual([
      ['t1-doc-a', '2026-03-28', '1', '0'],
      ['t1-doc-a', '2026-03-29', '1', '1'],
      ['t1-doc-b', '2026-03-29', '0', '1'],
      ['t1-doc-b', '2026-10-25', '1', '1'],
    ]);
    expect(await departmentDays('t1-')).toEqual([
      ['2026-03-29', 't1-dep-x', '2450'],
      ['2026-03-30', 't1-dep-x', '7'],
      ['2026-03-30', 't1-dep-y', '100050'],
    ]);
    await expectRollupsToMatchFacts();

    const before = await everything();
    expect(await importRelative([deliveriesFile, costsFile])).toEqual([
      { source: 'deliveries-2026.csv', kind: 'DELIVERIES', rows: 6, added: 0, alreadyPresent: 6 },
      { source: 'costs-2026.csv', kind: 'DEPARTMENT_COSTS', rows: 4, added: 0, alreadyPresent: 4 },
    ]);
    expect(await everything()).toEqual(before);
  });

  it('takes a header-only file as nothing to import', async () => {
    expect(await importRelative([write('t2-empty-costs.csv', [COSTS])])).toEqual([
      { source: 't2-empty-costs.csv', kind: 'DEPARTMENT_COSTS', rows: 0, added: 0, alreadyPresent: 0 },
    ]);
  });

  it('refuses a file with bad rows whole, naming each line and reason', async () => {
    const before = await everything();
    const file = write('t3-bad.csv', [
      DELIVERIES,
      't3-d1,t3-doc,2026-01-01T10:00:00Z,NATURAL',
      't3-d2,t3-doc,2026-01-01T10:00:00Z,forceps',
      't3-d3,t3-doc,2026-02-30T10:00:00Z,NATURAL',
      't3-d4,t3-doc,2026-01-02T10:00:00Z',
      't3-d5,t3-doc,2026-01-03T10:00:00Z,C_SECTION',
      ',t3-doc,2026-01-03T10:00:00Z,lunar',
    ]);

    const error = await rejection(importRelative([file]));

    expect(error.problems).toEqual([
      { line: 3, message: 'delivery_type "forceps" is not C_SECTION or NATURAL' },
      {
        line: 4,
        message:
          'delivered_at "2026-02-30T10:00:00Z" is not an ISO 8601 date and time ' +
          '(2026-03-29T14:05:00+03:00, 2026-03-29T11:05:00Z, or 2026-03-29T14:05:00 on the clinic clock)',
      },
      { line: 5, message: 'expected 4 columns, found 3' },
      { line: 7, message: 'delivery_id is blank' },
      { line: 7, message: 'delivery_type "lunar" is not C_SECTION or NATURAL' },
    ]);
    expect(error.problemCount).toBe(5);
    expect(error.file).toBe('t3-bad.csv');
    expect(error.imported).toEqual([]);
    expect(error.message).toBe(
      't3-bad.csv: 5 problems, nothing imported from it — line 3: delivery_type "forceps" is not C_SECTION or NATURAL; ' +
        'line 4: delivered_at "2026-02-30T10:00:00Z" is not an ISO 8601 date and time (2026-03-29T14:05:00+03:00, ' +
        '2026-03-29T11:05:00Z, or 2026-03-29T14:05:00 on the clinic clock); line 5: expected 4 columns, found 3; …',
    );
    expect(error.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      source: 't3-bad.csv',
      problemCount: 5,
      problems: error.problems,
      imported: [],
    });
    expect(await everything()).toEqual(before);
  });

  it('writes nothing of a large file with a bad row after thousands of good ones, and counts every problem', async () => {
    const before = await everything();
    const lines = [COSTS];
    for (let i = 1; i <= 12_000; i += 1)
      lines.push(`t4-c${i},t4-dep-${i % 7},2026-04-${String((i % 28) + 1).padStart(2, '0')},${i}.25,Supplies`);
    lines[2000] = 't4-c3,t4-dep-3,2026-04-04,3.25,Supplies';
    lines[9000] = 't4-c9000,t4-dep-1,2026-04-01,-4,Supplies';
    for (let i = 10_000; i < 10_250; i += 1) lines[i] = `t4-c${i},t4-dep-1,2026-04-01,abc,Supplies`;

    const error = await rejection(importRelative([write('t4-costs.csv', lines)]));

    expect(error.problemCount).toBe(252);
    expect(error.problems).toHaveLength(100);
    expect(error.problems.slice(0, 3)).toEqual([
      { line: 2001, message: 'cost_id t4-c3 appears again (first on line 4)' },
      { line: 9001, message: 'amount "-4" is negative' },
      {
        line: 10_001,
        message: 'amount "abc" is not a decimal with at most 2 fraction digits (12, 12.5, 12.50)',
      },
    ]);
    expect(error.message).toMatch(/^t4-costs\.csv: 252 problems, nothing imported from it — line 2001: /);
    expect(await everything()).toEqual(before);
  });

  it('refuses an id imported before with other values, taking the same values as already there', async () => {
    await importRelative([
      write('t5-first.csv', [
        COSTS,
        't5-c1,t5-dep,2026-03-01,10.00,Supplies',
        't5-c2,t5-dep,2026-03-01,20,Supplies',
        't5-c3,t5-dep,2026-03-01,30,Supplies',
      ]),
      write('t5-first-deliveries.csv', [DELIVERIES, 't5-d1,t5-doc,2026-03-29T10:00:00+03:00,NATURAL']),
    ]);
    const before = await everything();

    const error = await rejection(
      importRelative([
        write('t5-second.csv', [
          COSTS,
          't5-c1,t5-dep,2026-03-01,10,Supplies',
          't5-c2,t5-dep,2026-03-01,21,Supplies',
          't5-c9,t5-dep,2026-03-01,90,Supplies',
          't5-c3,t5-dep,2026-03-01,30,supplies',
        ]),
      ]),
    );
    expect(error.problems).toEqual([
      { line: 3, message: 'cost t5-c2 was imported before with other values' },
      { line: 5, message: 'cost t5-c3 was imported before with other values' },
    ]);
    expect(await everything()).toEqual(before);

    expect(
      await importRelative([
        write('t5-same-instant.csv', [
          DELIVERIES,
          't5-d1,t5-doc,2026-03-29T07:00:00Z,natural',
          't5-d2,t5-doc,2026-03-29T08:00:00Z,NATURAL',
        ]),
      ]),
    ).toEqual([{ source: 't5-same-instant.csv', kind: 'DELIVERIES', rows: 2, added: 1, alreadyPresent: 1 }]);
    const retyped = await rejection(
      importRelative([write('t5-retyped.csv', [DELIVERIES, 't5-d1,t5-doc,2026-03-29T07:00:00Z,C_SECTION'])]),
    );
    expect(retyped.problems).toEqual([{ line: 2, message: 'delivery t5-d1 was imported before with other values' }]);
    await expectRollupsToMatchFacts();
  });

  it('refuses an id twice in one file, naming both lines', async () => {
    const before = await everything();
    const error = await rejection(
      importRelative([
        write('t6-twice.csv', [
          DELIVERIES,
          't6-d1,t6-doc,2026-03-01T10:00:00Z,NATURAL',
          't6-d2,t6-doc,2026-03-01T11:00:00Z,NATURAL',
          't6-d1,t6-doc,2026-03-01T10:00:00Z,NATURAL',
          't6-d1,t6-doc,2026-03-02T10:00:00Z,C_SECTION',
        ]),
      ]),
    );
    expect(error.problems).toEqual([
      { line: 4, message: 'delivery_id t6-d1 appears again (first on line 2)' },
      { line: 5, message: 'delivery_id t6-d1 appears again (first on line 2)' },
    ]);
    expect(await everything()).toEqual(before);
  });

  it('refuses an unknown header, an empty file and an unclosed quote', async () => {
    const header = await rejection(importRelative([write('t7-header.csv', ['id,doctor,when,type', 'a,b,c,d'])]));
    expect(header.problems).toEqual([
      {
        line: 1,
        message:
          'the header "id,doctor,when,type" is neither delivery_id,doctor_id,delivered_at,delivery_type' +
          ' nor cost_id,department_id,cost_date,amount,category',
      },
    ]);
    writeFileSync(join(root, 't7-empty.csv'), '');
    const empty = await rejection(importRelative(['t7-empty.csv']));
    expect(empty.problems).toEqual([
      {
        line: 1,
        message:
          'the file is empty; its first line must be a header: delivery_id,doctor_id,delivered_at,delivery_type' +
          ' or cost_id,department_id,cost_date,amount,category',
      },
    ]);
    const quote = await rejection(
      importRelative([
        write('t7-quote.csv', [COSTS, 't7-c1,t7-dep,2026-03-01,1,"Supplies', 't7-c2,t7-dep,2026-03-01,1,x']),
      ]),
    );
    expect(quote.problems.map((p) => p.message)).toEqual([
      'not valid CSV: a quoted field opened on this line or before it is never closed',
    ]);
    expect(await costs('t7-')).toEqual([]);
  });

  it("imports a folder's *.csv files in name order", async () => {
    write('t8-batch/2-costs.csv', [COSTS, 't8-c1,t8-dep,2026-05-01,5,Supplies']);
    write('t8-batch/1-deliveries.csv', [DELIVERIES, 't8-d1,t8-doc,2026-05-01T12:00:00,NATURAL']);
    write('t8-batch/readme.txt', ['not a CSV']);
    expect(await importer.importSources(['t8-batch'], { localRoot: root })).toEqual([
      { source: 't8-batch/1-deliveries.csv', kind: 'DELIVERIES', rows: 1, added: 1, alreadyPresent: 0 },
      { source: 't8-batch/2-costs.csv', kind: 'DEPARTMENT_COSTS', rows: 1, added: 1, alreadyPresent: 0 },
    ]);
  });

  it('stops at the first bad file; the ones before it stay imported, and the error says so', async () => {
    const good = write('t9-good.csv', [COSTS, 't9-c1,t9-dep,2026-05-02,1,Supplies']);
    const bad = write('t9-bad.csv', [COSTS, 't9-c2,t9-dep,2026-05-32,2,Supplies']);
    const never = write('t9-never.csv', [COSTS, 't9-c3,t9-dep,2026-05-03,3,Supplies']);

    const error = await rejection(importRelative([good, bad, never]));

    const goodImported = { source: 't9-good.csv', kind: 'DEPARTMENT_COSTS', rows: 1, added: 1, alreadyPresent: 0 };
    expect(error.file).toBe('t9-bad.csv');
    expect(error.imported).toEqual([goodImported]);
    expect(error.extensions['imported']).toEqual([goodImported]);
    expect(error.message).toBe(
      't9-bad.csv: 1 problem, nothing imported from it — line 2: cost_date "2026-05-32" is not a calendar date' +
        ' YYYY-MM-DD (imported before it, and kept: t9-good.csv)',
    );
    expect((await costs('t9-')).map((c) => c.id)).toEqual(['t9-c1']);

    write('t9-bad.csv', [COSTS, 't9-c2,t9-dep,2026-05-31,2,Supplies']);
    expect((await importRelative([good, bad, never])).map((f) => [f.source, f.added, f.alreadyPresent])).toEqual([
      ['t9-good.csv', 0, 1],
      ['t9-bad.csv', 1, 0],
      ['t9-never.csv', 1, 0],
    ]);
    await expectRollupsToMatchFacts();
  });

  it('reads nothing outside the import folder', async () => {
    writeFileSync(join(top, 'outside.csv'), `${COSTS}\nt10-c1,t10-dep,2026-05-02,1,Supplies\n`);
    symlinkSync(join(top, 'outside.csv'), join(root, 't10-sneaky.csv'));
    for (const source of ['../outside.csv', 't10-sneaky.csv', join(top, 'outside.csv')]) {
      await expect(importer.importSources([source], { localRoot: root })).rejects.toMatchObject({
        message: `${source}: outside the import folder`,
        extensions: { code: 'BAD_USER_INPUT' },
      });
    }
    expect(await costs('t10-')).toEqual([]);
  });

  it('imports the *.csv objects under a gs:// prefix, through the Cloud Storage client', async () => {
    gcs.put('hospital-exports', 'exports/2026/03-costs.csv', `${COSTS}\nt11-c1,t11-dep,2026-06-01,7.5,Supplies\n`);
    gcs.put(
      'hospital-exports',
      'exports/2026/01-deliveries.csv',
      `${DELIVERIES}\nt11-d1,t11-doc,2026-06-01T09:00:00,NATURAL\n`,
    );
    gcs.put(
      'hospital-exports',
      'exports/2026/02-deliveries.csv',
      `${DELIVERIES}\nt11-d2,t11-doc,2026-06-01T10:00:00,c-section\n`,
    );
    gcs.put('hospital-exports', 'exports/2026/notes.txt', 'not a CSV');
    gcs.put('hospital-exports', 'exports/2026/sub/04-costs.csv', `${COSTS}\nt11-c2,t11-dep,2026-06-02,1,Supplies\n`);
    gcs.put('hospital-exports', 'exports/2025/costs.csv', `${COSTS}\nt11-c3,t11-dep,2025-06-02,1,Supplies\n`);
    gcs.requests.length = 0;

    const imported = await importer.importSources(['gs://hospital-exports/exports/2026/'], { localRoot: root });

    expect(imported.map((f) => [f.source, f.kind, f.added])).toEqual([
      ['gs://hospital-exports/exports/2026/01-deliveries.csv', 'DELIVERIES', 1],
      ['gs://hospital-exports/exports/2026/02-deliveries.csv', 'DELIVERIES', 1],
      ['gs://hospital-exports/exports/2026/03-costs.csv', 'DEPARTMENT_COSTS', 1],
      ['gs://hospital-exports/exports/2026/sub/04-costs.csv', 'DEPARTMENT_COSTS', 1],
    ]);
    expect(await deliveries('t11-')).toEqual([
      { id: 't11-d1', doctor: 't11-doc', at: '2026-06-01T06:00:00.000Z', day: '2026-06-01', type: 'NATURAL' },
      { id: 't11-d2', doctor: 't11-doc', at: '2026-06-01T07:00:00.000Z', day: '2026-06-01', type: 'C_SECTION' },
    ]);
    expect((await costs('t11-')).map((c) => [c.id, c.cents])).toEqual([
      ['t11-c1', 750],
      ['t11-c2', 100],
    ]);
    // Five objects under the prefix, two to a page: the client followed the page tokens.
    const listings = gcs.requests.filter((r) => r.startsWith('GET /storage/v1/b/hospital-exports/o?'));
    expect(listings).toHaveLength(3);
    expect(listings.filter((r) => r.includes('pageToken='))).toHaveLength(2);
    expect(gcs.requests.filter((r) => r.includes('alt=media'))).toEqual([
      expect.stringContaining('/o/exports%2F2026%2F01-deliveries.csv?'),
      expect.stringContaining('/o/exports%2F2026%2F02-deliveries.csv?'),
      expect.stringContaining('/o/exports%2F2026%2F03-costs.csv?'),
      expect.stringContaining('/o/exports%2F2026%2Fsub%2F04-costs.csv?'),
    ]);

    await expect(importer.importSources(['gs://no-such-bucket/x/'])).rejects.toMatchObject({
      message: 'gs://no-such-bucket/x/: no such bucket',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    await expect(importer.importSources(['gs://hospital-exports/nothing-here/'])).rejects.toThrow(
      'gs://hospital-exports/nothing-here/: no .csv objects under this prefix',
    );
  });

  it(
    'imports 200,000 generated rows of each kind, counting and summing right, with progress',
    { timeout: 120_000 },
    async () => {
      const types = ['C_SECTION', 'natural', 'Caesarean', 'vaginal', 'c-section'];
      const deliveryLines = [DELIVERIES];
      const costLines = [COSTS];
      let cSections = 0;
      let cents = 0;
      for (let i = 0; i < 200_000; i += 1) {
        const type = types[i % types.length]!;
        if (['C_SECTION', 'Caesarean', 'c-section'].includes(type)) cSections += 1;
        const at = new Date(Date.UTC(2025, 0, 1) + i * 157_000).toISOString();
        deliveryLines.push(`t12-d${i},t12-doc-${i % 37},${i % 2 ? at : at.slice(0, 19)},${type}`);
        const amount = (i * 7919) % 100_000;
        cents += amount;
        const date = new Date(Date.UTC(2025, 0, 1) + (i % 400) * 86_400_000).toISOString().slice(0, 10);
        costLines.push(
          `t12-c${i},t12-dep-${i % 11},${date},${Math.trunc(amount / 100)}.${String(amount % 100).padStart(2, '0')},Cat ${i % 5}`,
        );
      }
      write('t12-big/deliveries.csv', deliveryLines);
      write('t12-big/costs.csv', costLines);
      const progress: ImportProgress[] = [];
      // A clock that runs 0.6 s a call, so that progress is due every few batches however fast the machine.
      let clock = Date.now();
      const now = vi.spyOn(Date, 'now').mockImplementation(() => (clock += 600));
      let imported: ImportedFile[];
      try {
        imported = await importRelative(['t12-big'], { onProgress: (p) => progress.push(p) });
      } finally {
        now.mockRestore();
      }

      expect(imported).toEqual([
        { source: 't12-big/costs.csv', kind: 'DEPARTMENT_COSTS', rows: 200_000, added: 200_000, alreadyPresent: 0 },
        { source: 't12-big/deliveries.csv', kind: 'DELIVERIES', rows: 200_000, added: 200_000, alreadyPresent: 0 },
      ]);
      const [deliveryTotals] = await rows(
        `SELECT COUNT(*) AS n, SUM(CASE WHEN delivery_type = 'C_SECTION' THEN 1 ELSE 0 END) AS c
         FROM delivery_facts WHERE delivery_id LIKE 't12-%'`,
      );
      expect([Number(deliveryTotals!['n']), Number(deliveryTotals!['c'])]).toEqual([200_000, cSections]);
      const [rollupTotals] = await rows(
        `SELECT SUM(c_sections) AS c, SUM(natural_births) AS n FROM doctor_days WHERE doctor_id LIKE 't12-%'`,
      );
      expect([Number(rollupTotals!['c']), Number(rollupTotals!['n'])]).toEqual([cSections, 200_000 - cSections]);
      const [costTotals] = await rows(
        `SELECT COUNT(*) AS n, SUM(amount_cents) AS cents FROM department_costs WHERE cost_id LIKE 't12-%'`,
      );
      expect([Number(costTotals!['n']), Number(costTotals!['cents'])]).toEqual([200_000, cents]);
      const [costRollup] = await rows(
        `SELECT SUM(cost_cents) AS cents FROM department_days WHERE department_id LIKE 't12-%'`,
      );
      expect(Number(costRollup!['cents'])).toBe(cents);
      await expectRollupsToMatchFacts();

      expect(progress.length).toBeGreaterThan(2);
      for (const file of ['t12-big/costs.csv', 't12-big/deliveries.csv']) {
        const steps = progress.filter((p) => p.source === file);
        expect(steps.length).toBeGreaterThan(0);
        expect(
          steps.every((p, i) => p.rows > 0 && p.rows <= 200_000 && (i === 0 || p.rows >= steps[i - 1]!.rows)),
        ).toBe(true);
        expect(steps.every((p) => p.fraction !== undefined && p.fraction > 0 && p.fraction <= 1)).toBe(true);
      }
    },
  );
}

describe.runIf(await mysqlAvailable())('CSV import on MariaDB', () => {
  importSuite(async () => {
    const database = await createTestDatabase('csv_import');
    return { url: database.url, drop: () => database.drop() };
  });
});

describe('CSV import on the embedded SQLite file', () => {
  importSuite(async () => ({ url: undefined, drop: async () => undefined }));
});
