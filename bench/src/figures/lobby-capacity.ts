import { readFileSync } from 'node:fs';
import { RequestAppointmentDocument } from '@hospital/client';
import WebSocket from 'ws';
import type { BenchContext } from '../context.js';
import { cpuTimeMs } from '../cores.js';
import type { StackFigure } from '../main.js';
import type { Figure } from '../report.js';
import { inParallel } from '@hospital/kit/testing';
import { call, visitRequest, type BenchWorld } from '../seed.js';
import { round, spreads } from '../stats.js';
import { closeLobby, openLobby, sleep, type LobbyListener, type LobbySocket } from './lobby-sockets.js';

/** Connections opened at once: well inside the bench process's descriptors, enough to keep the gateway busy. */
const OPEN_WIDTH = 100;
/** The port a Node process opens its inspector on when it gets SIGUSR1. */
const INSPECTOR_PORT = 9229;
/** How long the inspector may take to answer (a full garbage collection of a large heap included). */
const INSPECTOR_TIMEOUT_MS = 60_000;
/** How long every socket has to hear its doctor's booking before it counts as not live. */
const LIVE_DEADLINE_MS = 120_000;

const GOAL = { text: '50,000 idle subscriptions at ≤ 12 KiB each', connections: 50_000, maxKiBPerConnection: 12 };
/** Descriptors kept free beside the sockets, in the gateway and in the bench: logs, database pools, Redis. */
const SPARE_DESCRIPTORS = 2_000;

/**
 * The most open files a process may have here (the hard limit: a process without
 * CAP_SYS_RESOURCE cannot go above it). Both the gateway and the bench hold one
 * descriptor per connection, so it bounds how many one run can hold.
 */
function descriptorLimit(): number {
  const line = readFileSync('/proc/self/limits', 'utf8')
    .split('\n')
    .find((row) => row.startsWith('Max open files'));
  const hard = line?.trim().split(/\s+/)[4];
  return hard === undefined || hard === 'unlimited' ? Number.POSITIVE_INFINITY : Number(hard);
}

interface Memory {
  rssKiB: number;
  heapUsedKiB: number;
  externalKiB: number;
}

/** One repetition: what each connection held, what was left once all had closed, and how long opening took. */
interface Run {
  rssKiBPerConnection: number;
  heapKiBPerConnection: number;
  externalKiBPerConnection: number;
  rssLeftAfterCloseKiB: number;
  heapLeftAfterCloseKiB: number;
  openSeconds: number;
}

/**
 * 50,000 graphql-ws connections (quick: 1,000), or as many as the machine's
 * descriptor limit lets one process hold, to one gateway process, each
 * signed in as a doctor and holding one `appointmentRequested` subscription,
 * left idle: what each costs the gateway in RSS and heap, whether every one is
 * still live at the end, and what is left once they have all gone.
 */
export const lobbyCapacityFigure: StackFigure = async (ctx, stack, world) => {
  const allowed = descriptorLimit() - SPARE_DESCRIPTORS;
  const connections = ctx.quick ? 1_000 : Math.min(GOAL.connections, allowed);
  const pid = stack.pids['gateway'] ?? stack.pids['embedded'];
  if (!pid) throw new Error('lobbyCapacity: the stack has no gateway process');

  const received = new Map<number, string[]>();
  let subscriptionErrors = 0;
  const listener: LobbyListener = {
    event(socket, event) {
      const heard = received.get(socket.index) ?? [];
      heard.push(event.appointmentRequested.id);
      received.set(socket.index, heard);
    },
    error: () => void (subscriptionErrors += 1),
  };

  const inspector = await attachInspector(pid);
  try {
    // Unmeasured: the gateway's first lobby connection, subscription and event build what every later one shares.
    const warmUp = await openLobby(stack.gatewayUrl, world.doctors, world.doctors.length, OPEN_WIDTH, listener);
    await checkLive(ctx, stack.gatewayUrl, world, warmUp.sockets, received);
    await closeLobby(warmUp.sockets);
    received.clear();
    await settle(pid);

    const runs: Run[] = [];
    const totals = { acknowledged: 0, refused: 0, live: 0 };
    const baseline = await inspector.memory();
    for (let rep = 0; rep < ctx.reps; rep += 1) {
      const before = await inspector.memory();
      const opening = performance.now();
      const { sockets, refused } = await openLobby(stack.gatewayUrl, world.doctors, connections, OPEN_WIDTH, listener);
      const openSeconds = (performance.now() - opening) / 1000;
      let held: Memory;
      let live: number;
      try {
        // Subscriptions are not acknowledged: the gateway has taken them all once it has gone quiet.
        await settle(pid);
        held = await inspector.memory();
        live = await checkLive(ctx, stack.gatewayUrl, world, sockets, received);
      } finally {
        await closeLobby(sockets);
        received.clear();
      }
      await settle(pid);
      const after = await inspector.memory();
      totals.acknowledged += sockets.length;
      totals.refused += refused;
      totals.live += live;
      const per = (key: keyof Memory) => round((held[key] - before[key]) / Math.max(1, sockets.length), 2);
      const run: Run = {
        rssKiBPerConnection: per('rssKiB'),
        heapKiBPerConnection: per('heapUsedKiB'),
        externalKiBPerConnection: per('externalKiB'),
        rssLeftAfterCloseKiB: after.rssKiB - before.rssKiB,
        heapLeftAfterCloseKiB: after.heapUsedKiB - before.heapUsedKiB,
        openSeconds: round(openSeconds, 1),
      };
      runs.push(run);
      ctx.log(
        `lobbyCapacity: rep ${rep + 1}: ${sockets.length} acknowledged, ${live} live; ` +
          `RSS ${run.rssKiBPerConnection} KiB and heap ${run.heapKiBPerConnection} KiB per connection`,
      );
    }

    const perConnection = spreads(runs);
    const allLive = totals.acknowledged === connections * ctx.reps && totals.live === totals.acknowledged;
    const full = connections >= GOAL.connections;
    const met =
      full &&
      allLive &&
      subscriptionErrors === 0 &&
      perConnection.rssKiBPerConnection.median <= GOAL.maxKiBPerConnection;
    return {
      key: 'lobbyCapacity',
      title: 'Idle authenticated lobby subscriptions held by one gateway process',
      goal: GOAL,
      met,
      headline:
        `${connections} held: RSS ${perConnection.rssKiBPerConnection.median} KiB, heap ${perConnection.heapKiBPerConnection.median} KiB per connection` +
        (allLive ? '' : `; ${totals.acknowledged - totals.live} not live, ${totals.refused} refused`),
      measured: {
        connections,
        reps: ctx.reps,
        acknowledged: totals.acknowledged,
        refused: totals.refused,
        live: totals.live,
        subscriptionErrors,
        ...perConnection,
        baselineRssMiB: round(baseline.rssKiB / 1024, 1),
        baselineHeapMiB: round(baseline.heapUsedKiB / 1024, 1),
      },
      notes: [
        `The ${stack.pids['gateway'] ? 'gateway' : 'embedded'} process's RSS is read from /proc/${pid}/status and its heap from process.memoryUsage(), both after a full garbage collection, through the inspector Node opens on SIGUSR1 (closed again at the end); nothing is added to the gateway for it.`,
        'Per connection = (held − before) / connections; the goal is judged on RSS, which holds the heap, the sockets’ buffers and the allocator’s slack.',
        'Every socket is shown live after the measurement: one booking per doctor, heard exactly once by each of its sockets.',
        'Left after close: RSS and heap after every socket closed, less the same before they opened; V8 and malloc keep some freed pages, so RSS comes down less than the heap.',
        ...(full
          ? []
          : [
              ctx.quick
                ? `--quick holds ${connections} connections, not ${GOAL.connections}: the goal is not judged.`
                : `This machine lets a process open ${allowed + SPARE_DESCRIPTORS} files at most (its hard limit), so one run holds ${connections} connections, not ${GOAL.connections}: the goal is not judged; the per-connection figures are what ${GOAL.connections} would cost each.`,
            ]),
      ],
    } satisfies Figure;
  } finally {
    await inspector.detach();
  }
};

/**
 * Books one visit with each doctor and counts the sockets that heard exactly
 * their own doctor's booking, once; the bookings' deliveries may take a while
 * when each socket's event is resolved on its own.
 */
async function checkLive(
  ctx: BenchContext,
  url: string,
  world: BenchWorld,
  sockets: readonly LobbySocket[],
  received: Map<number, string[]>,
): Promise<number> {
  const slotOf = new Map<string, ReturnType<BenchWorld['freeSlot']>>();
  while (slotOf.size < world.doctors.length) {
    const slot = world.freeSlot();
    if (!slotOf.has(slot.doctor.id)) slotOf.set(slot.doctor.id, slot);
  }
  const bookingOf = new Map<string, string>();
  await inParallel([...slotOf.values()], 4, async ({ doctor, patient, start }) => {
    const input = visitRequest(world.serviceOf, { doctor, patient, start }, 'Lobby capacity');
    const { requestAppointment } = await call(url, RequestAppointmentDocument, { input }, patient.token);
    bookingOf.set(doctor.id, requestAppointment.id);
  });
  const isLive = (socket: LobbySocket) => {
    const heard = received.get(socket.index);
    return heard?.length === 1 && heard[0] === bookingOf.get(socket.doctor.id);
  };
  const heardAll = () => sockets.every((socket) => (received.get(socket.index)?.length ?? 0) >= 1);
  const deadline = Date.now() + LIVE_DEADLINE_MS;
  const started = Date.now();
  while (!heardAll() && Date.now() < deadline) await sleep(100);
  const waited = Date.now() - started;
  // A moment for a duplicate to show up, were there one.
  await sleep(500);
  const live = sockets.filter(isLive).length;
  ctx.log(
    `lobbyCapacity: ${live} of ${sockets.length} sockets heard their doctor's booking, ${waited} ms after the last`,
  );
  return live;
}

/** Waits until the process has gone quiet: under 5 % of a core over two half-second windows in a row. */
async function settle(pid: number, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let quiet = 0;
  let last = cpuTimeMs(pid);
  while (quiet < 2 && Date.now() < deadline) {
    await sleep(500);
    const now = cpuTimeMs(pid);
    quiet = now - last < 25 ? quiet + 1 : 0;
    last = now;
  }
}

const rssKiBOf = (pid: number) => Number(/^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]);

interface Inspector {
  /** RSS and heap after a full garbage collection. */
  memory(): Promise<Memory>;
  /** Closes the inspector in the process again. */
  detach(): Promise<void>;
}

/**
 * Node opens its inspector on SIGUSR1, so the gateway as it runs can be asked
 * to collect its garbage and for its heap, with nothing added to it for the
 * bench. The inspector answering must be that very process.
 */
async function attachInspector(pid: number): Promise<Inspector> {
  process.kill(pid, 'SIGUSR1');
  const target = await inspectorTarget(Date.now() + 10_000);
  const socket = new WebSocket(target);
  await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
  const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
  const answers = new Map<number, (message: { result?: unknown; error?: { message: string } }) => void>();
  socket.on('message', (data) => {
    const message = JSON.parse(String(data)) as { id?: number; result?: unknown; error?: { message: string } };
    if (message.id !== undefined) answers.get(message.id)?.(message);
  });
  let ids = 0;
  const send = (method: string, params: Record<string, unknown> = {}) =>
    new Promise<unknown>((resolve, reject) => {
      const id = ++ids;
      const timeout = setTimeout(() => {
        answers.delete(id);
        reject(new Error(`inspector ${method}: no answer within ${INSPECTOR_TIMEOUT_MS} ms`));
      }, INSPECTOR_TIMEOUT_MS);
      answers.set(id, (message) => {
        answers.delete(id);
        clearTimeout(timeout);
        if (message.error) reject(new Error(`inspector ${method}: ${message.error.message}`));
        else resolve(message.result);
      });
      socket.send(JSON.stringify({ id, method, params }));
    });
  const evaluate = async (expression: string) =>
    ((await send('Runtime.evaluate', { expression, returnByValue: true })) as { result: { value: unknown } }).result
      .value;

  if ((await evaluate('process.pid')) !== pid) {
    socket.close();
    throw new Error(`lobbyCapacity: the inspector on :${INSPECTOR_PORT} is not the gateway's (pid ${pid})`);
  }
  return {
    async memory() {
      await send('HeapProfiler.collectGarbage');
      const usage = JSON.parse(String(await evaluate('JSON.stringify(process.memoryUsage())'))) as NodeJS.MemoryUsage;
      return {
        rssKiB: rssKiBOf(pid),
        heapUsedKiB: Math.round(usage.heapUsed / 1024),
        externalKiB: Math.round(usage.external / 1024),
      };
    },
    async detach() {
      // inspector.close() ends this session too, so its answer never comes: the socket closing is the answer.
      // A process that is exiting waits for its debugger to leave, so the socket is dropped if it does not close.
      socket.send(
        JSON.stringify({
          id: ++ids,
          method: 'Runtime.evaluate',
          params: { expression: "process.getBuiltinModule('node:inspector').close()" },
        }),
      );
      const dropped = setTimeout(() => socket.terminate(), INSPECTOR_TIMEOUT_MS);
      await closed;
      clearTimeout(dropped);
    },
  };
}

/** The inspector's WebSocket address, once it listens. */
async function inspectorTarget(deadline: number): Promise<string> {
  let failure: unknown;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`http://127.0.0.1:${INSPECTOR_PORT}/json/list`);
      const [first] = (await response.json()) as { webSocketDebuggerUrl: string }[];
      if (first) return first.webSocketDebuggerUrl;
    } catch (error) {
      failure = error;
    }
    await sleep(100);
  }
  throw new Error(`lobbyCapacity: no inspector on :${INSPECTOR_PORT}`, { cause: failure });
}
