import { spawn, spawnSync, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { round } from './stats.js';

/**
 * Where load and stack run. The load generator (this process) takes the first
 * core, or the first quarter of them; every process of the stack is started on
 * the others, so that the two do not steal each other's time. With one core, or
 * without taskset, nothing is pinned and the results say so.
 */
export interface CorePlan {
  pinned: boolean;
  load: string;
  stack: string;
}

export function planCores(): CorePlan {
  const count = cpus().length;
  const hasTaskset = spawnSync('taskset', ['-V'], { stdio: 'ignore' }).status === 0;
  if (count < 2 || !hasTaskset) return { pinned: false, load: 'any', stack: 'any' };
  const loadCount = Math.max(1, Math.floor(count / 4));
  const range = (from: number, to: number) => (from === to ? String(from) : `${from}-${to}`);
  return { pinned: true, load: range(0, loadCount - 1), stack: range(loadCount, count - 1) };
}

/** Moves this process (the load generator) onto the load cores. */
export function pinSelf(plan: CorePlan): void {
  if (plan.pinned) spawnSync('taskset', ['-a', '-cp', plan.load, String(process.pid)], { stdio: 'ignore' });
}

/** Starts `node script` on the stack cores; taskset execs node, so the child's pid is node's. */
export function spawnOnStack(
  plan: CorePlan,
  args: string[],
  options: SpawnOptions,
  command: string = process.execPath,
): ChildProcess {
  return plan.pinned ? spawn('taskset', ['-c', plan.stack, command, ...args], options) : spawn(command, args, options);
}

/** CPU time (user + system) a process has used so far, in milliseconds, from /proc. */
export function cpuTimeMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name, which may itself hold spaces, start after the last ')'.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]);
  return (ticks * 1000) / CLOCK_TICKS;
}

/** How many cores the stack's processes share. */
export function stackCoreCount(plan: CorePlan): number {
  if (!plan.pinned) return cpus().length;
  const [from, to = from] = plan.stack.split('-').map(Number) as [number, number?];
  return to - from + 1;
}

/** The CPU time of each named process so far, to pass to `cpuSpentSince`. */
export const cpuSnapshot = (pids: Record<string, number>): Record<string, number> =>
  Object.fromEntries(Object.entries(pids).map(([name, pid]) => [name, cpuTimeMs(pid)]));

/** CPU milliseconds each process spent since `before`, divided by `per` (the requests or bookings they served). */
export const cpuSpentSince = (
  before: Record<string, number>,
  pids: Record<string, number>,
  per = 1,
): Record<string, number> =>
  Object.fromEntries(
    Object.entries(pids).map(([name, pid]) => [name, round((cpuTimeMs(pid) - before[name]!) / Math.max(1, per), 3)]),
  );

/** USER_HZ: 100 on every Linux this runs on (getconf CLK_TCK). */
const CLOCK_TICKS = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout.trim()) || 100;
