import { RequestAppointmentDocument } from '@hospital/client';
import type { BenchContext } from '../context.js';
import type { StackFigure } from '../main.js';
import type { Figure } from '../report.js';
import { call, visitRequest, type BenchWorld } from '../seed.js';
import { percentiles, spreads } from '../stats.js';
import { closeLobby, openLobby, sleep, type LobbyListener, type LobbySocket } from './lobby-sockets.js';

/** A doctor with many lobby pages and devices open: each of the 50 doctors has this many sockets. */
const SOCKETS_PER_DOCTOR = 20;
/** Connections opened at once; the gateway acknowledges each after verifying its token. */
const OPEN_WIDTH = 50;
/** How long after the last booking of a repetition its events may still arrive. */
const DELIVERY_DEADLINE_MS = 10_000;
/** A moment after every expected delivery, for a duplicate to show up, were there one. */
const DUPLICATE_GRACE_MS = 500;

const GOAL = { text: 'p50 ≤ 15 ms, p99 ≤ 50 ms from commit to receipt', p50Ms: 15, p99Ms: 50 };

interface Heard {
  /** Sockets that received the event, by index. */
  sockets: Set<number>;
  duplicates: number;
  latencies: number[];
}

interface Booking {
  id: string;
  doctorId: string;
}

interface Delivery {
  latencies: number[];
  missing: number;
  duplicates: number;
  /** Receipts on a socket watching another doctor's lobby. */
  stray: number;
}

/**
 * 1,000 graphql-ws subscribers on `appointmentRequested`, 20 on each doctor's
 * lobby, and `requestAppointment` at a steady rate: the time from each booking's
 * commit to each of its doctor's sockets receiving it, `patient { name }` included.
 */
export const lobbyLatencyFigure: StackFigure = async (ctx, stack, world) => {
  if (world.patients.length < world.doctors.length) throw new Error('lobbyLatency needs a patient per doctor');
  const perSecond = ctx.quick ? 12.5 : 15;
  const mutationsPerRep = ctx.quick ? 30 : 150;
  const subscribers = world.doctors.length * SOCKETS_PER_DOCTOR;

  const heard = new Map<string, Heard>();
  let subscriptionErrors = 0;
  const listener: LobbyListener = {
    event(socket, event, receivedAt) {
      const { id, createdAt } = event.appointmentRequested;
      let entry = heard.get(id);
      if (!entry) heard.set(id, (entry = { sockets: new Set(), duplicates: 0, latencies: [] }));
      if (entry.sockets.has(socket.index)) entry.duplicates += 1;
      else entry.sockets.add(socket.index);
      entry.latencies.push(receivedAt - Date.parse(createdAt));
    },
    error: () => void (subscriptionErrors += 1),
  };

  const opening = Date.now();
  const { sockets, refused } = await openLobby(stack.gatewayUrl, world.doctors, subscribers, OPEN_WIDTH, listener);
  ctx.log(`lobbyLatency: ${sockets.length} sockets acknowledged (${refused} refused) in ${Date.now() - opening} ms`);
  try {
    const booker = bookerOf(ctx, stack.gatewayUrl, world);
    // Unmeasured: warms the gateway's query plans and connections, and shows every subscription is listening.
    const warmUp = deliveryOf(
      await awaitDelivery(await booker.book(world.doctors.length, perSecond), sockets, heard),
      sockets,
    );
    ctx.log(`lobbyLatency: warm-up delivered, ${warmUp.missing} missing`);

    const runs: { p50: number; p95: number; p99: number; max: number }[] = [];
    const totals = { receipts: 0, missing: 0, duplicates: 0, stray: 0 };
    for (let rep = 0; rep < ctx.reps; rep += 1) {
      const bookings = await booker.book(mutationsPerRep, perSecond);
      const delivery = deliveryOf(await awaitDelivery(bookings, sockets, heard), sockets);
      const { count, ...quantiles } = percentiles(delivery.latencies);
      runs.push(quantiles);
      totals.receipts += count;
      totals.missing += delivery.missing;
      totals.duplicates += delivery.duplicates;
      totals.stray += delivery.stray;
      ctx.log(
        `lobbyLatency: rep ${rep + 1}: p50 ${quantiles.p50} ms, p99 ${quantiles.p99} ms over ${count} receipts of ${bookings.length} bookings`,
      );
    }

    const latencyMs = spreads(runs);
    const delivered =
      refused === 0 &&
      subscriptionErrors === 0 &&
      booker.failed === 0 &&
      totals.missing === 0 &&
      totals.duplicates === 0 &&
      totals.stray === 0 &&
      warmUp.missing === 0;
    const met = delivered && latencyMs.p50.median <= GOAL.p50Ms && latencyMs.p99.median <= GOAL.p99Ms;
    return {
      key: 'lobbyLatency',
      title: 'Lobby notification latency, from a booking’s commit to each subscriber’s receipt',
      goal: GOAL,
      met,
      headline:
        `p50 ${latencyMs.p50.median} ms, p99 ${latencyMs.p99.median} ms to ${subscribers} subscribers` +
        (delivered ? '' : `; ${totals.missing} missing, ${totals.duplicates} duplicate deliveries`),
      measured: {
        subscribers,
        doctors: world.doctors.length,
        socketsPerDoctor: SOCKETS_PER_DOCTOR,
        mutationsPerSecond: perSecond,
        mutationsPerRep,
        receiptsPerRep: mutationsPerRep * SOCKETS_PER_DOCTOR,
        latencyMs,
        receipts: totals.receipts,
        missingDeliveries: totals.missing,
        duplicateDeliveries: totals.duplicates,
        strayDeliveries: totals.stray,
        warmUpMissing: warmUp.missing,
        refusedConnections: refused,
        subscriptionErrors,
        failedMutations: booker.failed,
      },
      notes: [
        'Latency is the subscriber’s Date.now() on the message minus the appointment’s createdAt; all processes share one clock.',
        'createdAt is taken by appointments just before it inserts the day’s load row and runs the booking’s transaction, so each latency over-estimates commit→receipt by that insert and the transaction’s own time.',
        `Each booking is checked to reach exactly its doctor’s ${SOCKETS_PER_DOCTOR} sockets once; any missing, duplicate or stray delivery leaves the figure unmet.`,
        `Bookings are open-loop at ${perSecond}/s, each doctor in turn; ${world.doctors.length} unmeasured bookings, one per doctor, warm up first.`,
        'The subscribers run in the bench process on the load core, so their own event loop is part of each latency.',
      ],
    } satisfies Figure;
  } finally {
    await closeLobby(sockets);
  }
};

/** Books free slots through the gateway as their patients, at a steady rate. */
function bookerOf(ctx: BenchContext, url: string, world: BenchWorld) {
  const booker = {
    failed: 0,
    async book(count: number, perSecond: number): Promise<Booking[]> {
      const started = performance.now();
      const pending: Promise<Booking | undefined>[] = [];
      for (let k = 0; k < count; k += 1) {
        const wait = started + (k * 1000) / perSecond - performance.now();
        if (wait > 0) await sleep(wait);
        const { doctor, patient, start } = world.freeSlot();
        const input = visitRequest(world.serviceOf, { doctor, patient, start }, 'Lobby latency');
        pending.push(
          call(url, RequestAppointmentDocument, { input }, patient.token).then(
            ({ requestAppointment }) => ({ id: requestAppointment.id, doctorId: doctor.id }),
            (error: unknown) => {
              booker.failed += 1;
              ctx.log(`lobbyLatency: a booking failed: ${error instanceof Error ? error.message : String(error)}`);
              return undefined;
            },
          ),
        );
      }
      return (await Promise.all(pending)).filter((booking) => booking !== undefined);
    },
  };
  return booker;
}

/** Waits until each booking was heard by all its doctor's sockets, or the deadline; then a moment for duplicates. */
async function awaitDelivery(bookings: Booking[], sockets: readonly LobbySocket[], heard: Map<string, Heard>) {
  const watchers = new Map<string, number>();
  for (const socket of sockets) watchers.set(socket.doctor.id, (watchers.get(socket.doctor.id) ?? 0) + 1);
  const deadline = Date.now() + DELIVERY_DEADLINE_MS;
  const complete = () =>
    bookings.every((booking) => (heard.get(booking.id)?.sockets.size ?? 0) >= (watchers.get(booking.doctorId) ?? 0));
  while (!complete() && Date.now() < deadline) await sleep(50);
  await sleep(DUPLICATE_GRACE_MS);
  return bookings.map((booking) => ({ booking, heard: heard.get(booking.id) }));
}

function deliveryOf(
  outcomes: { booking: Booking; heard: Heard | undefined }[],
  sockets: readonly LobbySocket[],
): Delivery {
  const delivery: Delivery = { latencies: [], missing: 0, duplicates: 0, stray: 0 };
  for (const { booking, heard } of outcomes) {
    const watchers = sockets.filter((socket) => socket.doctor.id === booking.doctorId);
    const reached = watchers.filter((socket) => heard?.sockets.has(socket.index)).length;
    delivery.missing += watchers.length - reached;
    delivery.stray += (heard?.sockets.size ?? 0) - reached;
    delivery.duplicates += heard?.duplicates ?? 0;
    delivery.latencies.push(...(heard?.latencies ?? []));
  }
  return delivery;
}
