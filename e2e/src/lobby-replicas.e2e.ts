import { AppointmentRequestedDocument, RequestAppointmentDocument } from '@hospital/client';
import { Role } from '@hospital/kit';
import { eventually, TEST_REDIS_URL, testToken } from '@hospital/kit/testing';
import { Redis } from 'ioredis';
import { describe, expect, it } from 'vitest';
import { dataOf } from './client.js';
import { MODE, supergraphAvailable } from './harness.js';
import { lobbyClient, subscribe } from './lobby.js';
import { at, mondayAhead } from './time.js';
import { useWorld } from './world.js';

/** Several gateway processes behind one Service: only the distributed stack has them. */
describe.runIf(MODE === 'distributed' && (await supergraphAvailable()))('the lobby across gateway replicas', () => {
  const current = useWorld();
  const monday = mondayAhead();

  it('gives each subscriber each event once, whichever gateway its socket is on', async () => {
    const world = current();
    const secondGateway = await world.supergraph.startGateway!();
    const { service, doctor } = await world.clinic();
    const patient = await world.patient();
    const sockets = [
      lobbyClient(world.supergraph.gatewayUrl, doctor.token),
      lobbyClient(secondGateway, doctor.token),
      lobbyClient(secondGateway, (await world.account('STAFF')).token),
    ];
    try {
      const watchers = await Promise.all(
        sockets.map((socket) => subscribe(socket, AppointmentRequestedDocument, { doctorId: doctor.id })),
      );
      const input = {
        patientId: patient.id,
        doctorId: doctor.id,
        serviceId: service.id,
        preferredTime: at(monday, '09:30'),
        reason: 'Routine check',
      };
      const { requestAppointment } = dataOf(await world.execute(RequestAppointmentDocument, { input }, patient.token));
      for (const watcher of watchers) {
        const [event] = await watcher.waitFor(1);
        expect(event?.appointmentRequested.id).toBe(requestAppointment.id);
      }
      // A moment for a duplicate to show up, were there one.
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(watchers.map((watcher) => watcher.received.length)).toEqual([1, 1, 1]);
    } finally {
      await Promise.all(sockets.map((socket) => socket.client.dispose()));
    }
  });

  it('leaves no Redis subscription behind once the last watcher of a lobby has gone', async () => {
    const world = current();
    const doctorId = 'a-doctor-nobody-else-watches';
    const channel = `hospital.lobby.doctor.${doctorId}`;
    const redis = new Redis(TEST_REDIS_URL);
    const subscriptions = async () => Number(((await redis.pubsub('NUMSUB', channel)) as [string, number])[1]);
    const token = await testToken({ id: 'desk', role: Role.STAFF });
    const sockets = [lobbyClient(world.supergraph.gatewayUrl, token), lobbyClient(world.supergraph.gatewayUrl, token)];
    try {
      const watchers = await Promise.all(
        sockets.map((socket) => subscribe(socket, AppointmentRequestedDocument, { doctorId })),
      );
      expect(await subscriptions()).toBe(1);
      watchers[0]!.stop();
      await sockets[0]!.client.dispose();
      await eventually(async () => expect(await subscriptions()).toBe(1));
      watchers[1]!.stop();
      await eventually(async () => expect(await subscriptions()).toBe(0));
    } finally {
      await Promise.all(sockets.map((socket) => socket.client.dispose()));
      redis.disconnect();
    }
  });

  it('closes a socket when its token expires', async () => {
    const world = current();
    const token = await testToken({ id: 'desk', role: Role.STAFF }, world.supergraph.jwtSecret, 2);
    const socket = lobbyClient(world.supergraph.gatewayUrl, token);
    await socket.connected;
    expect(await socket.closed).toBe(4403);
  });
});
