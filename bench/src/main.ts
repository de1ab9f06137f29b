import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { BenchContext } from './context.js';
import { pinSelf, planCores } from './cores.js';
import { auditPageFigure } from './figures/audit-page.js';
import { coldStartFigure } from './figures/cold-start.js';
import { gatewayOverheadFigure } from './figures/gateway-overhead.js';
import { lobbyCapacityFigure } from './figures/lobby-capacity.js';
import { lobbyLatencyFigure } from './figures/lobby-latency.js';
import { revenueReportFigure } from './figures/revenue-report.js';
import { safetyCostFigure } from './figures/safety-cost.js';
import { scheduleBoardFigure } from './figures/schedule-board.js';
import { slotContentionFigure } from './figures/slot-contention.js';
import { sqlPerRequestFigure } from './figures/sql-per-request.js';
import { throughputFigure } from './figures/throughput.js';
import { FIGURE_KEYS, machineOf, renderTable, writeRun, type BenchRun, type Figure, type FigureKey } from './report.js';
import { seedWorld, type BenchWorld } from './seed.js';
import { ROOT, startStack, type BenchStack } from './stack.js';

/** A figure measured against the running stack. */
export type StackFigure = (ctx: BenchContext, stack: BenchStack, world: BenchWorld) => Promise<Figure>;

const STANDALONE: Partial<Record<FigureKey, (ctx: BenchContext) => Promise<Figure>>> = {
  revenueReport: revenueReportFigure,
  auditPage: auditPageFigure,
  coldStart: coldStartFigure,
};

const ON_STACK: Partial<Record<FigureKey, StackFigure>> = {
  sqlPerRequest: sqlPerRequestFigure,
  gatewayOverhead: gatewayOverheadFigure,
  throughput: throughputFigure,
  slotContention: slotContentionFigure,
  lobbyLatency: lobbyLatencyFigure,
  lobbyCapacity: lobbyCapacityFigure,
  scheduleBoard: scheduleBoardFigure,
  safetyCost: safetyCostFigure,
};

const USAGE = `pnpm bench [--quick] [--embedded] [--only figure,figure…]
  --quick      smaller data and shorter runs: a routine check in under 3 minutes
  --embedded   measure the embedded default (one process, SQLite) instead of a process per subgraph on MariaDB + Redis
  --only       some of: ${FIGURE_KEYS.join(', ')}`;

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    embedded: { type: 'boolean', default: false },
    only: { type: 'string' },
    help: { type: 'boolean', default: false },
  },
});
if (values.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
const only = values.only ? values.only.split(',').map((key) => key.trim()) : [...FIGURE_KEYS];
const unknown = only.filter((key) => !(FIGURE_KEYS as readonly string[]).includes(key));
if (unknown.length) {
  process.stderr.write(`unknown figure ${unknown.join(', ')}\n${USAGE}\n`);
  process.exit(2);
}
const wanted = (key: FigureKey) => only.includes(key);

const cores = planCores();
pinSelf(cores);
const ctx: BenchContext = {
  quick: values.quick,
  reps: 3,
  cores,
  mysqlUrl: process.env['BENCH_MYSQL_URL'] ?? 'mysql://hospital:hospital@127.0.0.1:3306',
  redisUrl: process.env['BENCH_REDIS_URL'] ?? 'redis://127.0.0.1:6379',
  log: (message) => process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}\n`),
};

const run: BenchRun = {
  startedAt: new Date().toISOString(),
  quick: ctx.quick,
  target: values.embedded ? 'embedded' : 'distributed',
  machine: machineOf(cores.load, cores.stack),
  figures: {},
  failures: {},
};

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));
const traceOf = (error: unknown) => (error instanceof Error ? (error.stack ?? error.message) : String(error));

async function measure(key: FigureKey, figure: () => Promise<Figure>): Promise<void> {
  ctx.log(`${key}: measuring`);
  try {
    run.figures[key] = await figure();
    ctx.log(`${key}: ${run.figures[key].headline}`);
  } catch (error) {
    run.failures[key] = messageOf(error);
    ctx.log(`${key}: failed: ${traceOf(error)}`);
  }
}

// Alone on a quiet machine first: the figures that start their own processes or data.
for (const [key, figure] of Object.entries(STANDALONE) as [FigureKey, (ctx: BenchContext) => Promise<Figure>][]) {
  if (wanted(key)) await measure(key, () => figure(ctx));
}

const stackFigures = (Object.entries(ON_STACK) as [FigureKey, StackFigure][]).filter(([key]) => wanted(key));
if (stackFigures.length) {
  const stack = await startStack(ctx, values.embedded ? 'embedded' : 'distributed');
  try {
    // Slot contention books with 200 different patients (100 in a quick check); the other figures need fewer.
    const world = await seedWorld(ctx, stack, ctx.quick ? 100 : 200);
    for (const [key, figure] of stackFigures) await measure(key, () => figure(ctx, stack, world));
  } catch (error) {
    for (const [key] of stackFigures) run.failures[key] ??= messageOf(error);
    ctx.log(`stack: ${traceOf(error)}`);
  } finally {
    await stack.stop({ keepLogs: stackFigures.some(([key]) => run.failures[key]) });
  }
}

// Only a full run of every figure replaces latest.json; a quick or partial one is kept beside it.
const name = ctx.quick ? 'latest-quick.json' : only.length < FIGURE_KEYS.length ? 'latest-partial.json' : 'latest.json';
const file = join(ROOT, 'bench/results', name);
writeRun(file, run);
process.stdout.write(`\n${renderTable(run)}\n\nwritten to ${file}\n`);
process.exit(Object.keys(run.failures).length ? 1 : 0);
