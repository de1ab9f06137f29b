import { RequestAppointmentDocument, request } from '@hospital/client';
import { cpuSnapshot, cpuSpentSince, stackCoreCount } from '../cores.js';
import type { StackFigure } from '../main.js';
import { inParallel } from '@hospital/kit/testing';
import type { Person } from '../seed.js';
import { percentiles, round, spreadOf } from '../stats.js';

/** Resolves with the time it took and the code it ended with ('OK' for a booking). */
async function book(url: string, patient: Person, doctorId: string, serviceId: string, start: string) {
  const input = { patientId: patient.id, doctorId, serviceId, preferredTime: start, reason: 'Contention' };
  const started = performance.now();
  const result = await request(url, RequestAppointmentDocument, { input }, { token: patient.token, timeoutMs: 30_000 });
  const ms = performance.now() - started;
  const code = result.data?.requestAppointment
    ? 'OK'
    : String(result.errors?.[0]?.extensions?.['rule'] ?? result.errors?.[0]?.extensions?.code);
  return { ms, code };
}

/**
 * 200 patients ask for one doctor's same slot at the same instant: exactly one
 * must hold it, every other must hear SLOT_TAKEN. Then bookings of distinct
 * slots, 16 at a time, for the rate the booking path sustains.
 */
export const slotContentionFigure: StackFigure = async (ctx, stack, world) => {
  // The 200; a quick check makes do with 100.
  const contenderCount = Math.min(world.patients.length, ctx.quick ? 100 : 200);
  const contested: {
    holders: number;
    taken: number;
    other: string[];
    p50: number;
    p99: number;
    cpuMs: Record<string, number>;
  }[] = [];
  // Each run at a time of its own: an earlier run's holder, asking again at the same
  // time, would rightly hear PATIENT_OVERLAP, not SLOT_TAKEN.
  const contestedTimes = new Set<string>();
  for (let rep = 0; rep < ctx.reps; rep++) {
    let { doctor, start } = world.freeSlot();
    while (contestedTimes.has(start)) ({ doctor, start } = world.freeSlot());
    contestedTimes.add(start);
    const serviceId = world.serviceOf.get(doctor.id)!;
    const contenders = world.patients.slice(0, contenderCount);
    const before = cpuSnapshot(stack.pids);
    const outcomes = await Promise.all(
      contenders.map((patient) => book(stack.gatewayUrl, patient, doctor.id, serviceId, start)),
    );
    const cpuMs = cpuSpentSince(before, stack.pids);
    const latency = percentiles(outcomes.map((outcome) => outcome.ms));
    contested.push({
      holders: outcomes.filter((outcome) => outcome.code === 'OK').length,
      taken: outcomes.filter((outcome) => outcome.code === 'SLOT_TAKEN').length,
      other: outcomes.flatMap((outcome) =>
        outcome.code === 'OK' || outcome.code === 'SLOT_TAKEN' ? [] : [outcome.code],
      ),
      p50: latency.p50,
      p99: latency.p99,
      cpuMs,
    });
  }

  const distinct = ctx.quick ? 100 : 400;
  const slots = Array.from({ length: distinct }, () => world.freeSlot());
  const cpuBefore = cpuSnapshot(stack.pids);
  const started = performance.now();
  const outcomes = await inParallel(slots, 16, (slot) =>
    book(stack.gatewayUrl, slot.patient, slot.doctor.id, world.serviceOf.get(slot.doctor.id)!, slot.start),
  );
  const seconds = (performance.now() - started) / 1000;
  const booked = outcomes.filter((outcome) => outcome.code === 'OK').length;
  // Where a booking's CPU goes, by process; what its events set off shortly after is counted too.
  await new Promise((resolve) => setTimeout(resolve, 2_000));
  const cpuMsPerBooking = cpuSpentSince(cpuBefore, stack.pids, booked);
  // What bounds each goal on this machine: the stack's cores can answer no sooner than
  // they have spent the crowd's CPU, and book no faster than their CPU allows.
  const cores = stackCoreCount(ctx.cores);
  const total = (byProcess: Record<string, number>) => Object.values(byProcess).reduce((sum, ms) => sum + ms, 0);
  const crowdCpuMs = spreadOf(contested.map((run) => total(run.cpuMs)));
  const bookingCpuMs = total(cpuMsPerBooking);
  const lastAnswerNoSoonerThanMs = round(crowdCpuMs.median / cores, 0);
  const ceilingOnStackCores = round((1000 * cores) / Math.max(0.001, bookingCpuMs), 0);
  const distinctLatency = percentiles(outcomes.map((outcome) => outcome.ms));

  const p99 = spreadOf(contested.map((run) => run.p99));
  const exactlyOne = contested.every((run) => run.holders === 1 && run.taken === contenderCount - 1);
  return {
    key: 'slotContention',
    title: 'Slot contention: concurrent requestAppointment for one slot',
    goal: {
      text: 'exactly 1 holder; p99 ≤ 200 ms; ≥ 200 distinct bookings/s',
      holders: 1,
      p99Ms: 200,
      bookingsPerSecond: 200,
    },
    met: exactlyOne && p99.median <= 200 && booked === distinct && booked / seconds >= 200,
    headline:
      `holders ${contested.map((run) => run.holders).join('/')}, p99 ${p99.median} ms ` +
      `(the crowd's CPU alone: ${lastAnswerNoSoonerThanMs} ms on ${cores} stack core(s)); ` +
      `distinct slots ${round(booked / seconds, 1)} bookings/s (CPU allows ${ceilingOnStackCores})`,
    measured: {
      contenders: contenderCount,
      runs: contested.map(({ holders, taken, other }) => ({ holders, slotTaken: taken, otherOutcomes: other })),
      p50Ms: spreadOf(contested.map((run) => run.p50)),
      p99Ms: p99,
      crowdCpu: {
        stackMs: crowdCpuMs,
        byProcessMs: contested.map((run) => run.cpuMs),
        stackCores: cores,
        lastAnswerNoSoonerThanMs,
      },
      distinctSlots: {
        requests: distinct,
        concurrency: 16,
        booked,
        bookingsPerSecond: round(booked / seconds, 1),
        latencyMs: distinctLatency,
        cpuMsPerBooking,
        stackCpuMsPerBooking: round(bookingCpuMs, 2),
        ceilingOnStackCores,
      },
    },
    notes: [
      'The one holder is decided by the database (a unique hold per doctor and slot), not by a read before the write.',
      'Requests for one slot take turns in the appointments process: once one holds it, the rest read the held slot and are refused without asking doctors or patients; losers arriving together share one search for alternatives.',
    ],
  };
};
