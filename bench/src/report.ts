import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname } from 'node:path';

export const FIGURE_KEYS = [
  'sqlPerRequest',
  'gatewayOverhead',
  'throughput',
  'lobbyLatency',
  'lobbyCapacity',
  'slotContention',
  'scheduleBoard',
  'safetyCost',
  'revenueReport',
  'auditPage',
  'coldStart',
] as const;

export type FigureKey = (typeof FIGURE_KEYS)[number];

/**
 * One figure of the issue: what was measured (medians and spreads of the
 * repetitions), the peer's numbers where there is a peer, the goal in words and
 * in the numbers it was checked against, and whether it was met.
 */
export interface Figure {
  key: FigureKey;
  title: string;
  goal: { text: string } & Record<string, unknown>;
  met: boolean;
  /** One line for the table. */
  headline: string;
  measured: Record<string, unknown>;
  peer?: Record<string, unknown>;
  notes?: string[];
}

export interface BenchRun {
  startedAt: string;
  quick: boolean;
  /** `distributed`: a process per subgraph on MariaDB + Redis; `embedded`: the single process on SQLite. */
  target: 'distributed' | 'embedded';
  machine: { cpus: string; cores: number; memoryGiB: number; node: string; loadCores: string; stackCores: string };
  figures: Partial<Record<FigureKey, Figure>>;
  failures: Partial<Record<FigureKey, string>>;
}

export function machineOf(loadCores: string, stackCores: string): BenchRun['machine'] {
  return {
    cpus: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    loadCores,
    stackCores,
  };
}

export function renderTable(run: BenchRun): string {
  const rows = FIGURE_KEYS.flatMap((key) => {
    const figure = run.figures[key];
    if (figure) return [[key, figure.met ? 'met' : 'MISSED', figure.headline, figure.goal.text]];
    const failure = run.failures[key];
    return failure ? [[key, 'FAILED', failure, '']] : [];
  });
  const header = ['figure', 'status', 'measured (median of runs)', 'goal'];
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: string[]) => cells.map((cell, column) => cell.padEnd(widths[column]!)).join('  ');
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n');
}

export function writeRun(path: string, run: BenchRun): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(run, null, 2)}\n`);
}
