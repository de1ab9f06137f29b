import { createHash } from 'node:crypto';
import {
  CatalogDocument,
  MeDocument,
  RegisterPatientDocument,
  SignInDocument,
  type OperationResult,
} from '@hospital/client';
import { eventually, testToken, upgradeStatus } from '@hospital/kit/testing';
import { LOG_FLUSH_MS, Role } from '@hospital/kit';
import { print } from 'graphql';
import { SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { codeOf, dataOf } from './client.js';
import { MODE, supergraphAvailable } from './harness.js';
import { useWorld } from './world.js';

/** The web app the suite's gateway lets in (CORS_ORIGINS), and one it does not. */
const APP_ORIGIN = 'https://app.hospital.example';
const OTHER_ORIGIN = 'https://elsewhere.example';

describe.runIf(await supergraphAvailable())(`the gateway (${MODE})`, () => {
  const current = useWorld({ env: { CORS_ORIGINS: `${APP_ORIGIN},http://localhost:5173` } });

  const post = (body: unknown, headers: Record<string, string> = {}) =>
    fetch(current().supergraph.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });

  it('is alive, and ready on its own supergraph, telling what its fetches found of each subgraph', async () => {
    const base = new URL(current().supergraph.gatewayUrl);
    expect((await fetch(new URL('/health', base))).status).toBe(200);
    // A query first, so that the subgraphs it touches have been seen answering.
    dataOf(await current().execute(CatalogDocument, {}, (await current().account('STAFF')).token));
    const ready = await fetch(new URL('/ready', base));
    expect(ready.status).toBe(200);
    const body = (await ready.json()) as { info: { subgraphs: Record<string, string> } };
    expect(body).toMatchObject({ status: 'ready', service: 'gateway', checks: { supergraph: 'up', sessions: 'up' } });
    expect(Object.keys(body.info.subgraphs).sort()).toEqual([
      'accounts',
      'analytics',
      'appointments',
      'audit',
      'billing',
      'doctors',
      'feedback',
      'patients',
      'prescriptions',
    ]);
    expect(body.info.subgraphs).toMatchObject({ accounts: 'up', doctors: 'up' });
  });

  describe('to web apps of other origins (CORS_ORIGINS)', () => {
    const preflight = (origin: string, method = 'POST') =>
      fetch(current().supergraph.gatewayUrl, {
        method: 'OPTIONS',
        headers: {
          origin,
          'access-control-request-method': method,
          'access-control-request-headers': 'content-type,authorization,x-request-id',
        },
      });

    it('answers the preflight of an allowed origin, naming what it may send and for how long', async () => {
      const response = await preflight(APP_ORIGIN);
      expect(response.status).toBe(204);
      expect(response.headers.get('access-control-allow-origin')).toBe(APP_ORIGIN);
      expect(response.headers.get('vary')).toMatch(/\bOrigin\b/);
      expect(response.headers.get('access-control-allow-methods')).toBe('GET, POST, OPTIONS');
      const allowedHeaders = response.headers.get('access-control-allow-headers')?.split(', ');
      expect(allowedHeaders).toEqual(
        expect.arrayContaining(['content-type', 'authorization', 'x-request-id', 'apollo-require-preflight']),
      );
      expect(Number(response.headers.get('access-control-max-age'))).toBeGreaterThan(0);
      // Tokens travel in Authorization, never in cookies: nothing asks the browser to send credentials.
      expect(response.headers.get('access-control-allow-credentials')).toBeNull();
    });

    it('lets the allowed origin read the answers to its requests, with the headers it needs', async () => {
      const { token } = await current().account('STAFF');
      const response = await post(
        { query: print(CatalogDocument) },
        { origin: APP_ORIGIN, authorization: `Bearer ${token}` },
      );
      expect(response.status).toBe(200);
      expect(response.headers.get('access-control-allow-origin')).toBe(APP_ORIGIN);
      expect(response.headers.get('vary')).toMatch(/\bOrigin\b/);
      expect(response.headers.get('access-control-expose-headers')).toContain('x-request-id');
      expect(response.headers.get('access-control-allow-credentials')).toBeNull();
      const body = (await response.json()) as { data?: { departments: unknown[] }; errors?: unknown };
      expect(body.errors).toBeUndefined();
      expect(Array.isArray(body.data?.departments)).toBe(true);
    });

    it('gives any other origin no CORS header at all, so its pages read nothing', async () => {
      const refused = await preflight(OTHER_ORIGIN);
      expect(refused.status).toBe(403);
      expect(refused.headers.get('access-control-allow-origin')).toBeNull();
      expect(refused.headers.get('access-control-allow-methods')).toBeNull();
      // Sent all the same (outside a browser): answered, but without a header a browser would let a page read it by.
      const response = await post({ query: '{ __typename }' }, { origin: OTHER_ORIGIN });
      expect(response.status).toBe(200);
      expect(response.headers.get('access-control-allow-origin')).toBeNull();
    });

    it('still refuses, with Apollo Server’s CSRF prevention, a request a browser would send without a preflight', async () => {
      const url = new URL(current().supergraph.gatewayUrl);
      url.searchParams.set('query', '{ __typename }');
      const simple = await fetch(url, { headers: { origin: APP_ORIGIN } });
      expect(simple.status).toBe(400);
      expect(await simple.text()).toMatch(/CSRF/);
      const preflighted = await fetch(url, { headers: { origin: APP_ORIGIN, 'apollo-require-preflight': 'true' } });
      expect(preflighted.status).toBe(200);
    });

    it('opens the lobby’s websocket only to an allowed origin, or to a client that is no web page', async () => {
      const upgrade = (origin?: string) =>
        upgradeStatus(current().supergraph.gatewayUrl.replace(/^http/, 'ws'), origin);
      expect(await upgrade(OTHER_ORIGIN)).toBe(403);
      expect(await upgrade(APP_ORIGIN)).toBe(101);
      expect(await upgrade()).toBe(101);
    });
  });

  it('serves automatic persisted queries: a known operation by its hash alone', async () => {
    const query = print(CatalogDocument);
    const persistedQuery = { version: 1, sha256Hash: createHash('sha256').update(query).digest('hex') };
    const unknown = (await (await post({ extensions: { persistedQuery } })).json()) as { errors: unknown[] };
    expect(unknown.errors).toEqual([expect.objectContaining({ message: 'PersistedQueryNotFound' })]);
    const registered = await post({ query, extensions: { persistedQuery } });
    const byHash = await post({ extensions: { persistedQuery } });
    expect(byHash.status).toBe(200);
    expect(await byHash.json()).toEqual(await registered.json());
  });

  it('lets a signed-in partner introspect the composed schema, every field described, and asks an anonymous caller to sign in (INTROSPECTION)', async () => {
    const { token } = await current().account('STAKEHOLDER');
    const query = '{ __schema { types { name } queryType { fields { name } } } }';
    const response = await post({ query }, { authorization: `Bearer ${token}` });
    const { data } = (await response.json()) as { data: { __schema: { types: { name: string }[] } } };
    const names = data.__schema.types.map((type) => type.name);
    expect(names).toEqual(
      expect.arrayContaining(['User', 'Patient', 'Doctor', 'Department', 'MedicalService', 'Decimal']),
    );
    expect(names).not.toContain('_Entity');
    const described = await post(
      { query: '{ __type(name: "Appointment") { description fields { name description } } }' },
      { authorization: `Bearer ${token}` },
    );
    const { data: appointment } = (await described.json()) as {
      data: { __type: { description: string; fields: { name: string; description: string | null }[] } };
    };
    expect(appointment.__type.description).toBeTruthy();
    expect(appointment.__type.fields.filter((field) => !field.description?.trim())).toEqual([]);

    const anonymous = async (body: unknown) => codeOf((await (await post(body)).json()) as OperationResult<unknown>);
    expect(await anonymous({ query })).toBe('UNAUTHENTICATED');
    expect(await anonymous({ query: '{ __type(name: "Patient") { fields { name } } }' })).toBe('UNAUTHENTICATED');
    expect(
      await anonymous({
        query: 'query { ...Map } fragment Map on Query { ... on Query { __schema { types { name } } } }',
      }),
    ).toBe('UNAUTHENTICATED');
    expect(await (await post({ query: '{ __typename }' })).json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('refuses a forged or expired token before planning, and asks an anonymous caller to sign in', async () => {
    const forged = await testToken({ id: 'x', role: Role.ADMIN }, 'a-different-secret-long-enough-for-hs256');
    const expired = await new SignJWT({ role: 'ADMIN' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('x')
      .setIssuer('hospital-supergraph')
      .setExpirationTime(Math.floor(Date.now() / 1000) - 60)
      .sign(new TextEncoder().encode(current().supergraph.jwtSecret));
    for (const token of [forged, expired, 'garbage']) {
      const result = await current().execute(CatalogDocument, {}, token);
      expect(result.status).toBe(401);
      expect(codeOf(result)).toBe('UNAUTHENTICATED');
      expect(result.data ?? null).toBeNull();
    }
    expect(codeOf(await current().execute(CatalogDocument, {}))).toBe('UNAUTHENTICATED');
  });

  it('forwards the caller to every subgraph, which checks the token again', async () => {
    const patient = await current().patient('Iryna Koval');
    const me = dataOf(await current().execute(MeDocument, {}, patient.token)).me;
    expect(me).toMatchObject({
      id: patient.id,
      role: 'PATIENT',
      patient: { id: patient.id, name: 'Iryna Koval' },
      doctor: null,
    });
  });

  it('carries the X-Request-Id to every subgraph it calls, into their logs', async () => {
    const patient = await current().patient('Vasylyna Traced');
    const requestId = `trace-${Date.now()}`;
    dataOf(await current().execute(MeDocument, {}, patient.token, { 'x-request-id': requestId }));
    // Separate processes write their logs through pipes: a line may land a moment after the answer.
    await eventually(() => {
      const lines = current()
        .supergraph.logs()
        .filter((line) => line['requestId'] === requestId && line['msg'] === 'operation');
      const services = new Set(lines.map((line) => line['component'] ?? line['service']));
      expect(services).toEqual(new Set(['gateway', 'accounts', 'patients', 'doctors']));
    });
  });

  it('writes no personal data to any log', async () => {
    const email = 'secret.person@e2e.example';
    const staff = await current().account('STAFF');
    const input = {
      name: 'Secretna Osoba',
      email,
      phone: '+380509998877',
      dateOfBirth: '1991-02-03',
      address: '1 Hidden St',
    };
    await current().execute(RegisterPatientDocument, { input }, staff.token);
    await current().execute(RegisterPatientDocument, { input }, staff.token);
    // Every line those requests wrote, buffered ones included, has reached the harness.
    await new Promise((resolve) => setTimeout(resolve, 3 * LOG_FLUSH_MS));
    const text = JSON.stringify(current().supergraph.logs());
    for (const secret of [email, 'Secretna', '+380509998877', '1991-02-03', 'Hidden St', staff.token]) {
      expect(text).not.toContain(secret);
    }
  });

  it('echoes the X-Request-Id it was given, or makes one', async () => {
    const { token } = await current().account('STAFF');
    const given = await current().execute(CatalogDocument, {}, token, { 'x-request-id': 'trace-me-123' });
    expect(given.headers.get('x-request-id')).toBe('trace-me-123');
    const made = await current().execute(CatalogDocument, {}, token);
    expect(made.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('refuses an operation over its depth or cost budget before running it', async () => {
    const deep = await post({
      query:
        '{ me { doctor { department { doctors { department { doctors { department { doctors { department { doctors { id } } } } } } } } } } }',
    });
    const deepBody = (await deep.json()) as { errors: { extensions: Record<string, unknown> }[] };
    expect(deepBody.errors[0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', limit: 'depth' });

    const costly = await post({
      query:
        '{ doctors(first: 100) { edges { node { department { doctors { department { services { name price } } } } } } } }',
    });
    const costlyBody = (await costly.json()) as { errors: { extensions: Record<string, unknown> }[] };
    expect(costlyBody.errors[0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', limit: 'cost' });
  });

  it('says what is wrong with a malformed request, and nothing about its insides', async () => {
    const response = await post({ query: '{ departments { nope } }' });
    const body = (await response.json()) as { errors: { message: string; extensions: Record<string, unknown> }[] };
    expect(body.errors[0]!.extensions['code']).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(JSON.stringify(body)).not.toMatch(/stacktrace|127\.0\.0\.1|sqlite|mysql/i);

    const wrongPassword = await current().execute(SignInDocument, {
      email: current().supergraph.admin.email,
      password: 'wrong-password',
    });
    expect(codeOf(wrongPassword)).toBe('UNAUTHENTICATED');
  });
});
