import { randomUUID } from 'node:crypto';
import {
  ApproveAppointmentDocument,
  CancelAppointmentDocument,
  PayInvoiceDocument,
  RequestAppointmentDocument,
  request,
} from '@hospital/client';
import { beforeAll, describe, expect, it } from 'vitest';
import { dataOf } from './client.js';
import { MODE, supergraphAvailable } from './harness.js';
import { makeFixtures, tokenOf, type Fixtures } from './rbac/fixtures.js';
import { CALLERS, MATRIX, type Caller } from './rbac/matrix.js';
import { clientOperations, type ClientOperation } from './rbac/operations.js';
import { inParallel } from '@hospital/kit/testing';
import { answerOf, listen, openSocket, type Listening } from './rbac/sockets.js';
import { judge, mismatchTable, outcomeText, type Answer, type Mismatch } from './rbac/verdict.js';
import { useWorld } from './world.js';

/**
 * The role table of docs/rules.md#roles, cell by cell: every operation of the client
 * contract, run through the gateway by nobody, by the subject patient, by
 * another patient, by the subject's doctor, by another doctor, and by STAFF,
 * STAKEHOLDER and ADMIN, against the expectations in rbac/matrix.ts.
 */
describe.runIf(await supergraphAvailable())(`RBAC matrix of the client operations (${MODE})`, () => {
  const current = useWorld();
  const operations = clientOperations();
  let fixtures: Fixtures;

  beforeAll(async () => {
    fixtures = await makeFixtures(current());
  }, 120_000);

  it('has a row and a scenario for every operation in client/operations, and none for an operation that is gone', () => {
    const names = operations.map((operation) => operation.name);
    expect(names.length, 'operation names must be unique across client/operations').toBe(new Set(names).size);
    expect(
      names.filter((name) => !MATRIX[name]),
      'operations without a row in e2e/src/rbac/matrix.ts',
    ).toEqual([]);
    expect(
      names.filter((name) => !fixtures.scenarios[name]),
      'operations without a scenario in e2e/src/rbac/fixtures.ts',
    ).toEqual([]);
    expect(
      Object.keys(MATRIX).filter((name) => !names.includes(name)),
      'rows for operations no longer in client/operations',
    ).toEqual([]);
  });

  it('answers every caller of every operation as the matrix says, and shows no refused caller anything of the subject', async () => {
    const world = current();
    const mismatches: Mismatch[] = [];
    const record = (operation: ClientOperation, caller: Caller, answer: Answer) => {
      const row = MATRIX[operation.name]!;
      const outcome = row.expect[caller];
      const scenario = fixtures.scenarios[operation.name]!;
      const verdict = judge(outcome, answer, operation.rootField, scenario.secrets, row.tolerated?.[caller]);
      if (!verdict.ok) {
        mismatches.push({
          operation: operation.name,
          caller,
          expected: outcomeText(outcome),
          got: verdict.got,
          leak: verdict.leak,
        });
      }
    };
    const covered = operations.filter((operation) => MATRIX[operation.name] && fixtures.scenarios[operation.name]);

    const overHttp = async (operation: ClientOperation, caller: Caller) => {
      const attempt = fixtures.scenarios[operation.name]!.attempt(caller);
      const url = attempt.later ? fixtures.laterUrl : world.supergraph.gatewayUrl;
      const token = caller === 'anonymous' ? undefined : (attempt.token ?? tokenOf(fixtures.cast, caller));
      const answer = await request<Record<string, unknown>, Record<string, unknown>>(
        url,
        operation.text,
        attempt.variables,
        {
          token,
        },
      );
      record(operation, caller, answer);
    };
    const http = covered.filter((operation) => operation.kind !== 'subscription');
    const subscriptions = covered.filter((operation) => operation.kind === 'subscription');

    await Promise.all([
      // A mutation's callers take turns on their own fixtures; a query's ask at once.
      inParallel(http, 4, async (operation) => {
        await fixtures.scenarios[operation.name]!.prepare?.();
        if (operation.kind === 'query') await Promise.all(CALLERS.map((caller) => overHttp(operation, caller)));
        else for (const caller of CALLERS) await overHttp(operation, caller);
      }),
      overSockets(subscriptions),
    ]);

    const cells = covered.length * CALLERS.length;
    const leaks = mismatches.filter((mismatch) => mismatch.leak).length;
    expect(
      { leaks, mismatches: mismatches.length },
      `${leaks} leak(s) and ${mismatches.length} mismatch(es) in ${cells} cells:${mismatchTable(mismatches)}`,
    ).toEqual({ leaks: 0, mismatches: 0 });

    /**
     * Every caller subscribes to every lobby on a socket of its own; then a visit
     * is asked for, approved and cancelled (its freed slot offered to the subject,
     * who waits for it) and an invoice paid, so that each lobby has an event to
     * deliver to whoever may watch it, and to withhold from whoever may not.
     */
    async function overSockets(lobbies: ClientOperation[]) {
      const sockets = CALLERS.map((caller) => openSocket(world.supergraph.gatewayUrl, tokenOf(fixtures.cast, caller)));
      try {
        await Promise.all(sockets.map((socket) => socket.settled));
        const listening = CALLERS.map((caller, index) =>
          lobbies.map((lobby): Listening | undefined => {
            const socket = sockets[index]!;
            if (!socket.acknowledged()) return undefined;
            return listen(socket, lobby.text, fixtures.scenarios[lobby.name]!.attempt(caller).variables);
          }),
        );
        // graphql-ws acknowledges sockets, not subscriptions: give the gateway a moment to start listening.
        await new Promise((resolve) => setTimeout(resolve, 300));
        await triggerLobbies();
        const awaited = () =>
          CALLERS.every((caller, index) =>
            lobbies.every(
              (lobby, at) =>
                MATRIX[lobby.name]!.expect[caller] !== 'allowed' || (listening[index]![at]?.events ?? 0) > 0,
            ),
          );
        const deadline = Date.now() + 8_000;
        while (!awaited() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
        // Whoever may not watch has had as long as the others to hear something it should not.
        await new Promise((resolve) => setTimeout(resolve, 300));
        CALLERS.forEach((caller, index) =>
          lobbies.forEach((lobby, at) => record(lobby, caller, answerOf(sockets[index]!, listening[index]![at]))),
        );
      } finally {
        await Promise.all(sockets.map((socket) => socket.client.dispose()));
      }
    }

    async function triggerLobbies() {
      const { cast } = fixtures;
      const input = {
        patientId: cast.patient.id,
        doctorId: cast.doctor.id,
        serviceId: fixtures.serviceId,
        preferredTime: fixtures.triggerStart,
        reason: 'Lobby check',
      };
      const { id } = dataOf(
        await world.execute(RequestAppointmentDocument, { input }, cast.patient.token),
      ).requestAppointment;
      dataOf(await world.execute(ApproveAppointmentDocument, { id }, cast.doctor.token));
      dataOf(await world.execute(CancelAppointmentDocument, { id, reason: 'Lobby check' }, cast.patient.token));
      const { invoiceId, total } = fixtures.lobbyInvoice;
      const payment = { invoiceId, amount: total, method: 'CARD', idempotencyKey: randomUUID() } as const;
      dataOf(await world.execute(PayInvoiceDocument, { input: payment }, cast.patient.token));
    }
  }, 60_000);
});
