import {
  AppointmentRequestedDocument,
  ChangeUserRoleDocument,
  DeactivateUserDocument,
  MeDocument,
  SignInDocument,
  SignOutEverywhereDocument,
} from '@hospital/client';
import { CONTACTS_SCOPE, SERVICE_ROLE } from '@hospital/kit';
import { eventually, testToken } from '@hospital/kit/testing';
import { describe, expect, it } from 'vitest';
import { codeOf, dataOf, gatewayClient, rawClient } from './client.js';
import { recordFigure } from './figures.js';
import { MODE, supergraphAvailable } from './harness.js';
import { lobbyClient, subscribe } from './lobby.js';
import { ACCOUNT_PASSWORD, useWorld, type Actor, type World } from './world.js';

const SUITE = 'access';
/** docs/rules.md#accounts: every earlier token stops working everywhere within this. */
const REVOCATION_MS = 5_000;
const ENDED = 'This session has ended; sign in again';

/**
 * Access taken away through the gateway: after a deactivation, a role change or
 * signing out everywhere, the user's earlier tokens are refused by every gateway
 * replica and by the subgraphs on their own ports, and their open sockets are
 * closed, within 5 s.
 */
describe.runIf(await supergraphAvailable())(`access taken away (${MODE})`, () => {
  const current = useWorld();

  /** Every gateway replica of the stack: the distributed stack gets a second one. */
  const gatewaysOf = async (world: World) => [
    world.supergraph.gatewayUrl,
    ...(world.supergraph.startGateway ? [await world.supergraph.startGateway()] : []),
  ];

  /** How long until `token` is refused as ended by every gateway and on each subgraph's own port. */
  async function refusal(world: World, gateways: string[], subgraphs: string[], token: string, since: number) {
    await eventually(async () => {
      for (const gateway of gateways) {
        const me = await gatewayClient(gateway)(MeDocument, {}, token);
        expect(me.errors?.[0]?.message).toBe(ENDED);
      }
    }, REVOCATION_MS);
    const gatewayMs = Date.now() - since;
    await eventually(async () => {
      for (const name of subgraphs) {
        const answer = await rawClient(world.supergraph.subgraphUrl(name))('{ __typename }', {}, token);
        expect(codeOf(answer), name).toBe('UNAUTHENTICATED');
      }
    }, REVOCATION_MS);
    return { gatewayMs, everywhereMs: Date.now() - since };
  }

  /** A lobby socket of `actor` on each gateway, subscribed to her own lobby. */
  async function lobbies(gateways: string[], actor: Actor) {
    const sockets = gateways.map((url) => lobbyClient(url, actor.token));
    await Promise.all(sockets.map((socket) => subscribe(socket, AppointmentRequestedDocument, { doctorId: actor.id })));
    return sockets;
  }

  it('refuses a deactivated doctor everywhere within 5 s and closes her lobby sockets', async () => {
    const world = current();
    const department = await world.department();
    const doctor = await world.doctor(department.id, 'Halyna Leaving');
    const gateways = await gatewaysOf(world);
    const sockets = await lobbies(gateways, doctor);

    const since = Date.now();
    dataOf(
      await world.execute(DeactivateUserDocument, { id: doctor.id, reason: 'Left the hospital' }, await world.admin()),
    );
    const { gatewayMs, everywhereMs } = await refusal(
      world,
      gateways,
      ['doctors', 'appointments'],
      doctor.token,
      since,
    );
    const codes = await Promise.all(sockets.map((socket) => socket.closed));
    const socketsMs = Date.now() - since;
    expect(codes).toEqual(gateways.map(() => 4403));
    expect(socketsMs).toBeLessThan(REVOCATION_MS + 1_000);
    recordFigure(SUITE, 'deactivation: refused by every gateway after', gatewayMs, 'ms');
    recordFigure(SUITE, 'deactivation: refused by the doctors and appointments ports after', everywhereMs, 'ms');
    recordFigure(SUITE, 'deactivation: her lobby sockets closed after', socketsMs, 'ms');
  });

  it('refuses every token from before a role change, and the next sign-in carries the new role', async () => {
    const world = current();
    const staff = await world.account('STAFF');
    const gateways = await gatewaysOf(world);
    const since = Date.now();
    dataOf(await world.execute(ChangeUserRoleDocument, { id: staff.id, role: 'STAKEHOLDER' }, await world.admin()));
    const { everywhereMs } = await refusal(world, gateways, ['patients', 'billing'], staff.token, since);
    recordFigure(SUITE, 'role change: refused everywhere after', everywhereMs, 'ms');
    const { signIn } = dataOf(await world.execute(SignInDocument, { email: staff.email, password: ACCOUNT_PASSWORD }));
    expect(signIn.user.role).toBe('STAKEHOLDER');
  });

  it('gives the notification service no way in but its contact cards, on the subgraphs’ own ports', async () => {
    const world = current();
    const patient = await world.patient('Iryna Reachable');
    const service = await testToken(
      { id: 'service:appointments', role: SERVICE_ROLE, scopes: [CONTACTS_SCOPE] },
      world.supergraph.jwtSecret,
    );
    const atGateway = await world.execute(MeDocument, {}, service);
    expect(codeOf(atGateway)).toBe('FORBIDDEN');
    const createAccount = await rawClient(world.supergraph.subgraphUrl('accounts'))(
      'mutation ($input: CreateStaffAccountInput!) { createStaffAccount(input: $input) { id } }',
      { input: { email: 'intruder@hospital.test', password: 'intruder-password', role: 'ADMIN' } },
      service,
    );
    expect(codeOf(createAccount)).toBe('FORBIDDEN');
    const patients = rawClient(world.supergraph.subgraphUrl('patients'));
    const chart = await patients(
      'query ($id: ID!) { patient(id: $id) { medicalRecords { id } } }',
      { id: patient.id },
      service,
    );
    expect(codeOf(chart)).toBe('FORBIDDEN');
    const card = await patients('query ($id: ID!) { patientContact(id: $id) { name } }', { id: patient.id }, service);
    expect(card.data).toEqual({ patientContact: { name: 'Iryna Reachable' } });
    const throughGateway = await rawClient(world.supergraph.gatewayUrl)(
      'query ($id: ID!) { patientContact(id: $id) { name } }',
      { id: patient.id },
      await world.admin(),
    );
    expect(codeOf(throughGateway)).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('signs a patient out everywhere: every one of her sessions ends, nobody else’s', async () => {
    const world = current();
    const patient = await world.patient('Marta Everywhere');
    const other = await world.patient('Olha Stays');
    const gateways = await gatewaysOf(world);
    const since = Date.now();
    expect(dataOf(await world.execute(SignOutEverywhereDocument, {}, patient.token))).toEqual({
      signOutEverywhere: true,
    });
    await refusal(world, gateways, ['patients'], patient.token, since);
    expect((await world.execute(MeDocument, {}, other.token)).errors).toBeUndefined();
  });
});
