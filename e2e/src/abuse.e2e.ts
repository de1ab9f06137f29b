import { connect } from 'node:net';
import { networkInterfaces } from 'node:os';
import { CatalogDocument } from '@hospital/client';
import { getIntrospectionQuery, print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { recordFigure } from './figures.js';
import { MODE, supergraphAvailable } from './harness.js';
import { lobbyClient } from './lobby.js';
import { ACCOUNT_PASSWORD, useWorld, type Actor, type World } from './world.js';

const SUITE = `abuse (${MODE})`;

/** Tighter than production's, so that the suite reaches them quickly; every request names its address. */
const LIMITS = { perAddress: 300, perUser: 200, signInsPerAddress: 20, socketsPerUser: 5, subscriptionsPerSocket: 100 };

interface Answer {
  status: number;
  headers: Headers;
  body: { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: Record<string, unknown> }[] };
  text: string;
  ms: number;
}

let addressCounter = 0;
/** A client address of its own (through the trusted proxy), so that one test's traffic never spends another's budget. */
const freshAddress = () => {
  const n = addressCounter++;
  return `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;
};

async function post(
  url: string,
  body: unknown,
  options: { token?: string; from?: string; raw?: string; contentType?: string } = {},
): Promise<Answer> {
  const started = performance.now();
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': options.contentType ?? 'application/json',
      'x-forwarded-for': options.from ?? freshAddress(),
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
    },
    body: options.raw ?? JSON.stringify(body),
  });
  const text = await response.text();
  const ms = performance.now() - started;
  let parsed: Answer['body'] = {};
  try {
    parsed = JSON.parse(text) as Answer['body'];
  } catch {
    // Left empty: the assertions say what was expected instead.
  }
  return { status: response.status, headers: response.headers, body: parsed, text, ms };
}

const codeOf = (answer: Answer) => answer.body.errors?.[0]?.extensions?.['code'];
const limitOf = (answer: Answer) => answer.body.errors?.[0]?.extensions?.['limit'];
const aliases = (n: number, field = '__typename') =>
  `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(' ')} }`;
const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))] ?? 0;

/**
 * The front door under abuse: every limit of docs/rules.md#limits refuses what it should, and an honest request sent meanwhile is
 * answered. What the refusals and the honest requests took is recorded, not
 * asserted (figures belong to the benchmarks and docs/security.md).
 */
describe.runIf(await supergraphAvailable())(`the front door under abuse (${MODE})`, () => {
  const current = useWorld({
    env: {
      RATE_LIMIT_PER_ADDRESS: String(LIMITS.perAddress),
      RATE_LIMIT_PER_USER: String(LIMITS.perUser),
      SIGN_IN_PER_ADDRESS: String(LIMITS.signInsPerAddress),
      TRUST_PROXY: 'loopback',
      WS_CONNECTION_INIT_TIMEOUT_MS: '1000',
      WS_MAX_SOCKETS_PER_USER: String(LIMITS.socketsPerUser),
      // A hospital that publishes its schema: anonymous introspection is bounded by cost alone.
      INTROSPECTION: 'anyone',
    },
  });
  let world: World;
  let gateway: string;
  let staff: Actor;
  const honestAddress = freshAddress();

  beforeAll(async () => {
    world = current();
    gateway = world.supergraph.gatewayUrl;
    staff = await world.account('STAFF');
  });

  /** The desk reads the catalogue, as it does all day: it must be answered, whatever else is going on. */
  const honest = async () => {
    const answer = await post(gateway, { query: print(CatalogDocument) }, { token: staff.token, from: honestAddress });
    expect(answer.status).toBe(200);
    expect(answer.body.errors).toBeUndefined();
    expect(answer.body.data?.['departments']).toBeDefined();
    return answer.ms;
  };

  /** Runs `abuse` from `width` loops for `durationMs` while the desk keeps asking; resolves with the desk's latencies. */
  async function underAbuse(name: string, abuse: () => Promise<void>, durationMs = 1_500, width = 8) {
    // The same requests with nothing else going on, from this same process: what the figures compare with.
    const quiet: number[] = [];
    for (let i = 0; i < 10; i += 1) quiet.push(await honest());
    recordFigure(SUITE, `${name}: honest request p50, no abuse`, percentile(quiet, 0.5), 'ms');
    let stopping = false;
    let sent = 0;
    const loops = Array.from({ length: width }, async () => {
      while (!stopping) {
        await abuse();
        sent += 1;
      }
    });
    const latencies: number[] = [];
    const until = Date.now() + durationMs;
    while (Date.now() < until) latencies.push(await honest());
    stopping = true;
    await Promise.all(loops);
    recordFigure(SUITE, `${name}: abusive requests refused`, sent, 'requests');
    recordFigure(SUITE, `${name}: honest request p50`, percentile(latencies, 0.5), 'ms');
    recordFigure(SUITE, `${name}: honest request max`, Math.max(...latencies), 'ms');
    return latencies;
  }

  it('refuses a document of 16,000 aliases by its size before parsing it, on the gateway and on a subgraph', async () => {
    const huge = aliases(16_000);
    const subgraph = world.supergraph.subgraphUrl('doctors');
    for (const url of [gateway, subgraph]) {
      const refused = await post(url, { query: huge });
      expect(refused.status).toBe(400);
      expect(refused.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', limit: 'tokens' });
    }
    await underAbuse('16,000 aliases', async () => {
      const refused = await post(gateway, { query: huge });
      expect(limitOf(refused)).toBe('tokens');
    });
    // The largest a body may be: about 1 MB of aliases.
    const largest = aliases(50_000);
    const timings: number[] = [];
    for (let i = 0; i < 5; i += 1) {
      const refused = await post(gateway, { query: largest });
      expect(limitOf(refused)).toBe('tokens');
      timings.push(refused.ms);
    }
    recordFigure(
      SUITE,
      `largest document refused (${Math.round(largest.length / 1024)} KiB), median`,
      percentile(timings, 0.5),
      'ms',
    );
  });

  it('bounds introspection: aliased copies are refused by count and by cost, one is served', async () => {
    const schema = '__schema { types { name fields { name type { name } } } }';
    expect(limitOf(await post(gateway, { query: aliases(500, schema) }))).toBe('tokens');
    expect(limitOf(await post(gateway, { query: aliases(31, schema) }))).toBe('aliases');
    const costly = await post(gateway, { query: aliases(9, schema) });
    expect(costly.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', limit: 'cost' });
    const whole = await post(gateway, { query: getIntrospectionQuery({ descriptions: true }) });
    expect(whole.body.errors).toBeUndefined();
    await underAbuse('aliased introspection', async () => {
      expect(limitOf(await post(gateway, { query: aliases(9, schema) }))).toBe('cost');
    });
  });

  it('refuses aliases, directives and depth over their limits', async () => {
    expect(limitOf(await post(gateway, { query: aliases(31) }))).toBe('aliases');
    const directives = `{ ${Array.from({ length: 31 }, (_, i) => `a${i}: __typename @skip(if: false)`).join(' ')} }`;
    expect(limitOf(await post(gateway, { query: directives }))).toBe('aliases');
    const manyDirectives = `{ __typename ${'@skip(if: false) '.repeat(31)} }`;
    expect(limitOf(await post(gateway, { query: manyDirectives }))).toBe('directives');
    const deep = `{ me { ${'doctor { department { doctors { '.repeat(3)} id ${'} } } '.repeat(3)} } }`;
    expect(limitOf(await post(gateway, { query: deep }, { token: staff.token }))).toBe('depth');
  });

  it('counts first honestly: a negative, zero or too large one is refused, a variable default is its value', async () => {
    const talkDown = `{
      x: appointment(id: "00000000-0000-0000-0000-000000000000") { patient { appointments(first: -2147483648) { totalCount } } }
      doctors(first: 100) { edges { node { department { doctors { department { services { name price } } } } } } }
    }`;
    expect(limitOf(await post(gateway, { query: talkDown }, { token: staff.token }))).toBe('first');
    for (const first of [0, 101]) {
      const refused = await post(
        gateway,
        { query: 'query ($n: Int) { doctors(first: $n) { totalCount } }', variables: { n: first } },
        { token: staff.token },
      );
      expect(refused.body.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        limit: 'first',
        allowed: 100,
      });
    }
    const defaulted = await post(
      gateway,
      {
        query:
          'query ($n: Int = 100) { doctors(first: $n) { edges { node { department { doctors { department { services { name price } } } } } } } }',
      },
      { token: staff.token },
    );
    expect(limitOf(defaulted)).toBe('cost');
  });

  describe('websockets', () => {
    const wsUrl = () => gateway.replace(/^http/, 'ws');
    const rawSocket = async () => {
      const socket = new WebSocket(wsUrl(), 'graphql-transport-ws', {
        headers: { 'x-forwarded-for': freshAddress() },
        // A zero masking key (RFC 6455 allows any): ws then sends a frame as it is. Masking
        // 50 MiB took the client 130 ms on an idle machine and, under load, longer than the
        // 1 s sign-in wait, which then closed the socket first (4408, not 1009).
        generateMask: (mask) => mask.fill(0),
      });
      const closed = new Promise<number>((resolve) => socket.on('close', (code) => resolve(code)));
      socket.on('error', () => {});
      await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
      return { socket, closed };
    };
    const sockets: WebSocket[] = [];
    afterAll(() => sockets.forEach((socket) => socket.terminate()));

    it('closes a socket whose message is over 64 KiB, and reads nothing of a 50 MiB frame', async () => {
      const signedIn = await rawSocket();
      signedIn.socket.send(
        JSON.stringify({
          type: 'connection_init',
          payload: { authorization: `Bearer ${staff.token}`, pad: 'x'.repeat(1 << 20) },
        }),
      );
      expect(await signedIn.closed).toBe(1009);
      const frame = Buffer.alloc(50 << 20, 32);
      const anonymous = await rawSocket();
      const started = performance.now();
      anonymous.socket.send(frame);
      expect(await anonymous.closed).toBe(1009);
      recordFigure(SUITE, 'a 50 MiB websocket frame closed after', performance.now() - started, 'ms');
    });

    it('closes a socket that does not sign in within the wait', async () => {
      const silent = await rawSocket();
      expect(await silent.closed).toBe(4408);
    });

    it(`holds a socket to ${LIMITS.subscriptionsPerSocket} subscriptions and a user to ${LIMITS.socketsPerUser} sockets`, async () => {
      const doctor = await world.account('DOCTOR');
      const { socket } = await rawSocket();
      sockets.push(socket);
      const messages: { id?: string; type: string; payload?: unknown }[] = [];
      socket.on('message', (data: Buffer) => messages.push(JSON.parse(data.toString()) as (typeof messages)[number]));
      socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${doctor.token}` } }));
      await expect.poll(() => messages.some((m) => m.type === 'connection_ack')).toBe(true);
      const query = 'subscription ($d: ID!) { appointmentRequested(doctorId: $d) { id } }';
      for (let id = 1; id <= LIMITS.subscriptionsPerSocket + 1; id += 1) {
        socket.send(
          JSON.stringify({ id: String(id), type: 'subscribe', payload: { query, variables: { d: doctor.id } } }),
        );
      }
      await expect.poll(() => messages.filter((m) => m.type === 'error').length).toBe(1);
      expect(messages.find((m) => m.type === 'error')).toMatchObject({
        id: String(LIMITS.subscriptionsPerSocket + 1),
        payload: [{ extensions: { code: 'BAD_USER_INPUT', limit: 'subscriptions' } }],
      });

      const more = Array.from({ length: LIMITS.socketsPerUser }, () => lobbyClient(gateway, doctor.token));
      const closes = await Promise.all(
        more.map((connection) => Promise.race([connection.connected.then(() => 0), connection.closed])),
      );
      // One socket is already open above: the user's fifth connects, the sixth is refused.
      expect(closes.filter((code) => code === 4429)).toHaveLength(1);
      await Promise.all(more.map((connection) => connection.client.dispose()));
    });
  });

  it('rate-limits a client address with 429, Retry-After and retryAfterSeconds, and serves the other addresses', async () => {
    const from = freshAddress();
    const answers: Answer[] = [];
    for (let batch = 0; batch < (LIMITS.perAddress + 20) / 20; batch += 1) {
      answers.push(
        ...(await Promise.all(Array.from({ length: 20 }, () => post(gateway, { query: '{ __typename }' }, { from })))),
      );
    }
    const refused = answers.filter((answer) => answer.status === 429);
    expect(answers.filter((answer) => answer.status === 200)).toHaveLength(LIMITS.perAddress);
    expect(refused.length).toBeGreaterThan(0);
    expect(refused[0]!.body.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED', limit: 'address' });
    const retryAfter = Number(refused[0]!.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(refused[0]!.body.errors?.[0]?.extensions?.['retryAfterSeconds']).toBe(retryAfter);
    await honest();
    if (world.supergraph.startGateway) {
      // Counted in Redis: another replica refuses the same address at once.
      const replica = await world.supergraph.startGateway();
      expect((await post(replica, { query: '{ __typename }' }, { from })).status).toBe(429);
    }
  });

  it('rate-limits a user whatever address they come from', async () => {
    const busy = await world.account('STAFF');
    const answers = await Promise.all(
      Array.from({ length: LIMITS.perUser + 10 }, () =>
        post(gateway, { query: '{ __typename }' }, { token: busy.token }),
      ),
    );
    const refused = answers.filter((answer) => answer.status === 429);
    expect(refused).toHaveLength(10);
    expect(refused[0]!.body.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED', limit: 'user' });
  });

  describe('signing in', () => {
    const signIn = (email: string, password: string, from?: string) =>
      post(
        gateway,
        {
          query: 'mutation ($e: String!, $p: String!) { signIn(email: $e, password: $p) { token } }',
          variables: { e: email, p: password },
        },
        from ? { from } : {},
      );

    it('takes one password per request', async () => {
      const twenty = `mutation { ${Array.from({ length: 20 }, (_, i) => `a${i}: signIn(email: "x@y.z", password: "p-${i}-long-enough") { token }`).join(' ')} }`;
      const refused = await post(gateway, { query: twenty });
      expect(refused.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', limit: 'credentials' });
    });

    it('locks an account after 5 failures, right password or not, and answers an unknown e-mail the same', async () => {
      const victim = await world.account('DOCTOR');
      const outcomes: unknown[] = [];
      for (let attempt = 0; attempt < 50; attempt += 1) {
        outcomes.push(codeOf(await signIn(victim.email, `guess-number-${attempt}`)));
      }
      const attemptsBeforeLockout = outcomes.indexOf('RATE_LIMITED');
      expect(attemptsBeforeLockout).toBe(5);
      expect(new Set(outcomes.slice(5))).toEqual(new Set(['RATE_LIMITED']));
      const right = await signIn(victim.email, ACCOUNT_PASSWORD);
      // 15 minutes from the lockout, counted down by however long the attempts after it took.
      expect(right.body.errors?.[0]?.extensions).toMatchObject({
        code: 'RATE_LIMITED',
        retryAfterSeconds: expect.toSatisfy((seconds: number) => seconds > 880 && seconds <= 900),
      });
      recordFigure(SUITE, 'failed sign-ins before the lockout', attemptsBeforeLockout, 'attempts');

      const nobody = `nobody.${Date.now()}@e2e.example`;
      for (let attempt = 0; attempt < 5; attempt += 1) await signIn(nobody, `guess-number-${attempt}`);
      const unknown = await signIn(nobody, ACCOUNT_PASSWORD);
      expect(unknown.body.errors?.[0]).toEqual({ ...right.body.errors?.[0], extensions: expect.anything() });
      expect(unknown.body.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: 900 });
    });

    it('gives each address a sign-in budget, and a flood of sign-ins does not keep another person out', async () => {
      const from = freshAddress();
      const budget: unknown[] = [];
      for (let attempt = 0; attempt <= LIMITS.signInsPerAddress; attempt += 1) {
        budget.push(codeOf(await signIn(`spray-${attempt}@e2e.example`, 'guess-number-1', from)));
      }
      expect(budget.at(-1)).toBe('RATE_LIMITED');
      const person = await world.account('STAKEHOLDER');
      let floods = 0;
      let stopping = false;
      const loops = Array.from({ length: 8 }, async () => {
        while (!stopping) {
          floods += 1;
          const flood = await signIn(`flood-${floods}@e2e.example`, 'guess-number-1');
          expect(['UNAUTHENTICATED', 'RATE_LIMITED']).toContain(codeOf(flood));
        }
      });
      const latencies: number[] = [];
      for (let attempt = 0; attempt < 5; attempt += 1) {
        const own = await signIn(person.email, ACCOUNT_PASSWORD, honestAddress);
        expect(own.body.errors).toBeUndefined();
        latencies.push(own.ms);
      }
      stopping = true;
      await Promise.all(loops);
      recordFigure(SUITE, 'sign-in flood: sign-ins sent', floods, 'requests');
      recordFigure(SUITE, "sign-in flood: another person's sign-in, max", Math.max(...latencies), 'ms');
    });
  });

  it('refuses unsafe text, and answers a malformed or oversized body in JSON without stack or paths', async () => {
    const register = (name: string) =>
      post(
        gateway,
        {
          query: 'mutation ($input: RegisterPatientInput!) { registerPatient(input: $input) { id } }',
          variables: {
            input: { name, email: 'x@e2e.example', phone: '+380501234567', dateOfBirth: '1990-01-01', address: 'A St' },
          },
        },
        { token: staff.token },
      );
    for (const name of ['Olena \u202Egnp.exe', 'Olena\u0000Null']) {
      const refused = await register(name);
      expect(refused.body.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'input.name', message: expect.stringContaining('control characters') }],
      });
    }
    for (const url of [gateway, world.supergraph.subgraphUrl('doctors')]) {
      const malformed = await post(url, undefined, { raw: '{"query": "{ __typename }", ' });
      expect(malformed.status).toBe(400);
      expect(malformed.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
      const oversized = await post(url, { query: '{ __typename }', variables: { pad: 'x'.repeat(1_500_000) } });
      expect(oversized.status).toBe(413);
      expect(oversized.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', limit: 'body' });
      for (const answer of [malformed, oversized]) {
        expect(answer.headers.get('content-type')).toContain('application/json');
        expect(answer.text).not.toMatch(/\bat \S+:\d+|node_modules|\/work\/|stack/i);
      }
    }
    // Patients reads the parts of a data export in one request, up to 16 MB, and no more.
    const exportSized = 'x'.repeat(1_500_000);
    const patients = world.supergraph.subgraphUrl('patients');
    expect((await post(patients, { query: '{ __typename }', variables: { pad: exportSized } })).status).toBe(200);
    const beyond = await post(patients, { query: '{ __typename }', variables: { pad: 'x'.repeat(17_000_000) } });
    expect(beyond.status).toBe(413);
    expect(beyond.body.errors?.[0]?.extensions).toMatchObject({ limit: 'body', allowed: '16mb' });
  });

  it("logs none of the refusals above as an error: they are the clients' doing, not faults", async () => {
    const errors = world.supergraph.logs().filter((line) => line['level'] === 'error' || line['level'] === 'fatal');
    expect(errors.map((line) => line['msg'])).toEqual([]);
  });

  it('keeps subgraphs behind the gateway: this machine only, their own schema for administrators', async () => {
    const subgraph = world.supergraph.subgraphUrl('doctors');
    expect(codeOf(await post(subgraph, { query: '{ _service { sdl } }' }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await post(subgraph, { query: '{ __schema { types { name } } }' }, { token: staff.token }))).toBe(
      'FORBIDDEN',
    );
    const outside = Object.values(networkInterfaces())
      .flat()
      .find((address) => address && address.family === 'IPv4' && !address.internal)?.address;
    if (outside) {
      const port = Number(new URL(subgraph).port);
      const reached = await new Promise<boolean>((resolve) => {
        const socket = connect(port, outside);
        socket.once('connect', () => resolve(true)).once('error', () => resolve(false));
      });
      expect(reached).toBe(false);
    }
  });
});
