import { randomUUID } from 'node:crypto';
import {
  ApproveAppointmentDocument,
  request,
  RequestAppointmentDocument,
  ScheduleBoardDocument,
} from '@hospital/client';
import { addDays, dateInZone, zonedToUtc } from '@hospital/kit';
import { Kind, print, visit } from 'graphql';
import { inParallel } from '@hospital/kit/testing';
import type { StackFigure } from '../main.js';
import { call, visitRequest } from '../seed.js';
import { statementsOf, toggleStatementLog, type StatementCounts } from '../statement-log.js';
import { round, spreadOf } from '../stats.js';

const CLINIC_ZONE = 'Europe/Kyiv';
/** The subgraphs a board touches: appointments (visits) and doctors (the roster, then names by federation). */
const SUBGRAPHS = ['appointments', 'doctors'];
const RANGES = [7, 92] as const;
/** Most statements appointments may send for one board, whatever its range. */
const APPOINTMENTS_GOAL = 1;

/** The contract's ScheduleBoard operation, as the desk's page sends it. */
const BOARD = print(ScheduleBoardDocument);

/** The same board asked of the appointments subgraph straight: its own share of the work, without names. */
const BOARD_STRAIGHT = print(
  visit(ScheduleBoardDocument, {
    Field: (field) =>
      field.name.value === 'doctor'
        ? {
            ...field,
            selectionSet: {
              kind: Kind.SELECTION_SET,
              selections: [{ kind: Kind.FIELD, name: { kind: Kind.NAME, value: 'id' } }],
            },
          }
        : undefined,
  }),
);

interface BoardAnswer {
  scheduleBoard: { periods: { rows: unknown[] }[] };
}

const total = (counts: StatementCounts) => Object.values(counts).reduce((sum, count) => sum + count, 0);
const median = (values: number[]) => spreadOf(values).median;

/**
 * The contract's ScheduleBoard for every doctor (ADMIN), a clinic day per
 * period, over 7 days and over 92 from today, side by side: the statements each
 * subgraph sends (its statement log, by request id) and the time through the
 * gateway. Before measuring, one visit a day is booked from day 14 to day 91
 * (every other one approved), so that the 92-day board reads visits the 7-day one
 * does not: the statements must not grow with them.
 */
export const scheduleBoardFigure: StackFigure = async (ctx, stack, world) => {
  const today = dateInZone(new Date(), CLINIC_ZONE);
  const spread = Array.from({ length: 78 }, (_, i) => i);
  await inParallel(spread, 4, async (i) => {
    const doctor = world.doctors[i % world.doctors.length]!;
    const patient = world.patients[i % world.patients.length]!;
    // 17:00 is never among the slots `freeSlot` hands the other figures (09:00–12:30).
    const start = zonedToUtc(addDays(today, 14 + i), 17 * 60, CLINIC_ZONE).toISOString();
    const input = visitRequest(world.serviceOf, { doctor, patient, start }, 'Board');
    const { requestAppointment } = await call(stack.gatewayUrl, RequestAppointmentDocument, { input }, patient.token);
    if (i % 2 === 0) {
      await call(stack.gatewayUrl, ApproveAppointmentDocument, { id: requestAppointment.id }, doctor.token);
    }
  });

  const board = async (days: number, requestId: string, straight = false): Promise<number> => {
    const variables = { from: today, to: addDays(today, days - 1), groupBy: 'DAY' };
    const [url, query] = straight ? [stack.subgraphUrls['appointments']!, BOARD_STRAIGHT] : [stack.gatewayUrl, BOARD];
    const started = performance.now();
    const result = await request<BoardAnswer, typeof variables>(url, query, variables, {
      token: world.adminToken,
      headers: { 'x-request-id': requestId },
      timeoutMs: 60_000,
    });
    const ms = performance.now() - started;
    const periods = result.data?.scheduleBoard.periods ?? [];
    const complete = periods.length === days && periods.every((p) => p.rows.length === world.doctors.length);
    if (result.errors?.length || !complete) {
      throw new Error(`the ${days}-day board failed: ${JSON.stringify(result.errors ?? periods.length)}`);
    }
    return ms;
  };

  // Statements first, with the log on; then the time, with it off, so that logging costs the timing nothing.
  const counted: Record<number, StatementCounts[]> = { 7: [], 92: [] };
  await toggleStatementLog(stack, SUBGRAPHS);
  try {
    for (let rep = 0; rep < ctx.reps; rep++) {
      for (const days of RANGES) {
        const requestId = `bench-board-${randomUUID()}`;
        await board(days, requestId);
        // Let the last lines reach the files.
        await new Promise((resolve) => setTimeout(resolve, 200));
        counted[days]!.push(statementsOf(stack, requestId, SUBGRAPHS));
      }
    }
  } finally {
    await toggleStatementLog(stack, SUBGRAPHS);
  }

  const calls = ctx.quick ? 5 : 15;
  const sides = [false, true];
  for (const days of RANGES)
    for (const straight of sides) await board(days, `bench-board-warm-${randomUUID()}`, straight);
  const timed: Record<string, number[]> = { '7': [], '92': [], '7-straight': [], '92-straight': [] };
  for (let rep = 0; rep < ctx.reps; rep++) {
    // Taking turns, the shorter range first in one repetition and last in the next.
    for (const days of rep % 2 ? [...RANGES].reverse() : RANGES) {
      for (const straight of sides) {
        const samples: number[] = [];
        for (let i = 0; i < calls; i++) samples.push(await board(days, `bench-board-${randomUUID()}`, straight));
        timed[`${days}${straight ? '-straight' : ''}`]!.push(median(samples));
      }
    }
  }

  const [week, quarter] = [counted[7]![0]!, counted[92]![0]!];
  const steady = RANGES.every((days) =>
    counted[days]!.every((c) => JSON.stringify(c) === JSON.stringify(counted[days]![0])),
  );
  const sameForRanges = JSON.stringify(week) === JSON.stringify(quarter);
  const withinGoal = (quarter['appointments'] ?? 0) <= APPOINTMENTS_GOAL && (quarter['appointments'] ?? 0) > 0;
  const time = { 7: spreadOf(timed['7']!), 92: spreadOf(timed['92']!) };
  const straight = { 7: spreadOf(timed['7-straight']!), 92: spreadOf(timed['92-straight']!) };
  const timeRatio = round(time[92].median / time[7].median, 2);
  const straightRatio = round(straight[92].median / straight[7].median, 2);
  const statementRatio = round(total(quarter) / total(week), 2);
  const bySubgraph = (counts: StatementCounts) =>
    Object.entries(counts)
      .map(([name, count]) => `${name} ${count}`)
      .join(', ');
  return {
    key: 'scheduleBoard',
    title: 'ScheduleBoard for every doctor by DAY: 7 days against 92, SQL statements and time through the gateway',
    goal: {
      text: `the same statements for 7 and 92 days, at most ${APPOINTMENTS_GOAL} in appointments; time ratio shown`,
      appointmentsStatements: APPOINTMENTS_GOAL,
    },
    met: steady && sameForRanges && withinGoal,
    headline: `statements 7 d ${total(week)} (${bySubgraph(week)}), 92 d ${total(quarter)}, ×${statementRatio}; p50 ${time[7].median} vs ${time[92].median} ms, ×${timeRatio} (appointments straight ${straight[7].median} vs ${straight[92].median} ms, ×${straightRatio})`,
    measured: {
      statementsBySubgraph: { days7: week, days92: quarter },
      statementRatio,
      sameInEveryRepetition: steady,
      milliseconds: { days7: time[7], days92: time[92] },
      timeRatio,
      straightToAppointments: { days7: straight[7], days92: straight[92], ratio: straightRatio },
      doctors: world.doctors.length,
      rows: { days7: 7 * world.doctors.length, days92: 92 * world.doctors.length },
      callsPerRepetition: calls,
      repetitions: ctx.reps,
      query: BOARD,
    },
    notes: [
      'Read as ADMIN: every doctor of the hospital on the board, a row per doctor and clinic day.',
      'Visits: the seeded 100 completed ones (day 2), those other figures booked before (days 3–6), and 78 booked here, one a day from day 14 to day 91.',
      'The time grows with the answer (7 × 50 against 92 × 50 rows, each a Doctor the gateway resolves in doctors), not with statements.',
      'Straight to appointments: the same board with `doctor { id }` only, the subgraph alone, without the gateway and the names.',
    ],
  };
};
