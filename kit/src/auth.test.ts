import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  bearerToken,
  createTokenIssuer,
  createTokenVerifier,
  hasRole,
  requireRole,
  requireScope,
  Role,
  SERVICE_ROLE,
} from './auth.js';
import { InProcessSessionRegistry } from './sessions.js';

const SECRET = 'a-secret-of-more-than-thirty-two-characters';

describe('HS256 tokens of the accounts subgraph', () => {
  const verifier = createTokenVerifier({ secret: SECRET }, new InProcessSessionRegistry());

  it('verifies what accounts issued', async () => {
    const token = await createTokenIssuer(SECRET, 60).issue({ id: 'u-1', role: Role.DOCTOR });
    await expect(verifier.verify(token)).resolves.toMatchObject({ id: 'u-1', role: 'DOCTOR' });
  });

  it('refuses another secret, an expired token and an unknown role as UNAUTHENTICATED', async () => {
    const forged = await createTokenIssuer(`${SECRET}-other`, 60).issue({ id: 'u-1', role: Role.ADMIN });
    const expired = await new SignJWT({ role: 'ADMIN' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('u-1')
      .setIssuer('hospital-supergraph')
      .setExpirationTime(Math.floor(Date.now() / 1000) - 10)
      .sign(new TextEncoder().encode(SECRET));
    const strangeRole = await new SignJWT({ role: 'JANITOR' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('u-1')
      .setIssuer('hospital-supergraph')
      .setExpirationTime('1m')
      .sign(new TextEncoder().encode(SECRET));
    for (const token of [forged, expired, strangeRole, 'not.a.token']) {
      await expect(verifier.verify(token)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    }
    await expect(verifier.verify(expired)).rejects.toThrow(/expired/);
  });

  it('reads only a Bearer authorization', () => {
    expect(bearerToken(undefined)).toBeUndefined();
    expect(bearerToken('Bearer abc.def.ghi')).toBe('abc.def.ghi');
    expect(() => bearerToken('Basic dXNlcjpwYXNz')).toThrow(/Bearer/);
  });
});

describe('rotating the HS256 secret', () => {
  const OLD = 'the-secret-being-rotated-out-of-service';
  const signedWith = (secret: string, ttlSeconds = 60) =>
    createTokenIssuer(secret, ttlSeconds).issue({ id: 'u-1', role: Role.DOCTOR });
  const rotating = () => createTokenVerifier({ secret: SECRET, previousSecret: OLD }, new InProcessSessionRegistry());

  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('accepts a token signed with the previous secret while it is configured, and not once it is removed', async () => {
    const before = await signedWith(OLD);
    await expect(rotating().verify(before)).resolves.toMatchObject({ id: 'u-1', role: Role.DOCTOR });
    await expect(rotating().verify(await signedWith(SECRET))).resolves.toMatchObject({ id: 'u-1' });
    const rotated = createTokenVerifier({ secret: SECRET }, new InProcessSessionRegistry());
    await expect(rotated.verify(before)).rejects.toMatchObject({
      message: 'Invalid token',
      extensions: { code: 'UNAUTHENTICATED' },
    });
  });

  it('refuses a token signed with neither secret, and an expired one signed with the previous', async () => {
    const verifier = rotating();
    const unrelated = await signedWith(`${SECRET}-unrelated`);
    await expect(verifier.verify(unrelated)).rejects.toMatchObject({
      message: 'Invalid token',
      extensions: { code: 'UNAUTHENTICATED' },
    });
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      const old = await signedWith(OLD);
      vi.setSystemTime(Date.now() + 61_000);
      await expect(verifier.verify(old)).rejects.toThrow('Token expired');
    } finally {
      vi.useRealTimers();
    }
  });

  it('checks a current token once, with the current secret; a previous one twice, and then remembers it', async () => {
    const verifier = rotating();
    const current = await signedWith(SECRET);
    const previous = await signedWith(OLD);
    const hmac = vi.spyOn(crypto.subtle, 'verify');
    await verifier.verify(current);
    expect(hmac).toHaveBeenCalledTimes(1);
    hmac.mockClear();
    await verifier.verify(previous);
    expect(hmac).toHaveBeenCalledTimes(2);
    hmac.mockClear();
    await verifier.verify(previous);
    expect(hmac).not.toHaveBeenCalled();
  });
});

describe("RS256 tokens of a hospital's identity provider, keys from its JWKS URL", () => {
  let server: Server;
  let jwksUrl: string;
  let sign: (claims: Record<string, unknown>, issuer?: string) => Promise<string>;

  beforeAll(async () => {
    const { publicKey, privateKey } = await generateKeyPair('RS256');
    const jwk = { ...(await exportJWK(publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
    server = createServer((_req, res) => {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ keys: [jwk] }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    jwksUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/jwks.json`;
    sign = (claims, issuer = 'https://idp.hospital.example') =>
      new SignJWT(claims)
        .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
        .setSubject('u-9')
        .setIssuer(issuer)
        .setExpirationTime('5m')
        .sign(privateKey);
  });

  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('verifies a token signed by the provider, and refuses one from another issuer', async () => {
    const verifier = createTokenVerifier(
      { jwksUrl, issuer: 'https://idp.hospital.example' },
      new InProcessSessionRegistry(),
    );
    await expect(verifier.verify(await sign({ role: 'STAFF' }))).resolves.toMatchObject({ id: 'u-9', role: 'STAFF' });
    await expect(verifier.verify(await sign({ role: 'STAFF' }, 'https://evil.example'))).rejects.toMatchObject({
      extensions: { code: 'UNAUTHENTICATED' },
    });
  });

  it('refuses HS256 tokens when only the provider is configured', async () => {
    const verifier = createTokenVerifier(
      { jwksUrl, issuer: 'https://idp.hospital.example' },
      new InProcessSessionRegistry(),
    );
    const hs = await createTokenIssuer(SECRET, 60).issue({ id: 'u-1', role: Role.ADMIN });
    await expect(verifier.verify(hs)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
  });
});

describe('verified tokens are remembered until they expire', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('accepts a remembered token only while it is valid', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const token = await createTokenIssuer(SECRET, 60).issue({ id: 'u-1', role: Role.DOCTOR });
    const verifier = createTokenVerifier({ secret: SECRET }, new InProcessSessionRegistry());
    await expect(verifier.verify(token)).resolves.toMatchObject({ id: 'u-1', role: Role.DOCTOR });
    await expect(verifier.verify(token)).resolves.toMatchObject({ id: 'u-1' });
    vi.setSystemTime(Date.now() + 61_000);
    await expect(verifier.verify(token)).rejects.toThrow('Token expired');
  });

  it('never remembers a token that failed', async () => {
    const token = await createTokenIssuer(SECRET, 60).issue({ id: 'u-1', role: Role.DOCTOR });
    const verifier = createTokenVerifier({ secret: SECRET }, new InProcessSessionRegistry());
    const forged = `${token.slice(0, -4)}AAAA`;
    await expect(verifier.verify(forged)).rejects.toThrow('Invalid token');
    await expect(verifier.verify(forged)).rejects.toThrow('Invalid token');
    await expect(verifier.verify(token)).resolves.toMatchObject({ id: 'u-1' });
  });
});

describe('ended sessions', () => {
  it("refuses every token issued below the user's session version, remembered or not, and only that user's", async () => {
    const sessions = new InProcessSessionRegistry();
    const verifier = createTokenVerifier({ secret: SECRET }, sessions);
    const issuer = createTokenIssuer(SECRET, 60);
    const before = await issuer.issue({ id: 'u-1', role: Role.DOCTOR });
    const someoneElse = await issuer.issue({ id: 'u-2', role: Role.DOCTOR });
    await expect(verifier.verify(before)).resolves.toMatchObject({ id: 'u-1', sessionVersion: 0, scopes: [] });
    await sessions.announce([{ userId: 'u-1', validFrom: 1 }]);
    await expect(verifier.verify(before)).rejects.toMatchObject({
      message: 'This session has ended; sign in again',
      extensions: { code: 'UNAUTHENTICATED' },
    });
    const after = await issuer.issue({ id: 'u-1', role: Role.DOCTOR, sessionVersion: 1 });
    await expect(verifier.verify(after)).resolves.toMatchObject({ id: 'u-1', sessionVersion: 1 });
    await expect(verifier.verify(someoneElse)).resolves.toMatchObject({ id: 'u-2' });
  });

  it('never lowers a version announced out of order', async () => {
    const sessions = new InProcessSessionRegistry();
    await sessions.announce([{ userId: 'u-1', validFrom: 3 }]);
    await sessions.announce([{ userId: 'u-1', validFrom: 2 }]);
    expect(sessions.validFrom('u-1')).toBe(3);
    expect(sessions.validFrom('u-2')).toBe(0);
  });

  it('refuses a token whose session version is not a whole number', async () => {
    const verifier = createTokenVerifier({ secret: SECRET }, new InProcessSessionRegistry());
    const strange = await new SignJWT({ role: 'DOCTOR', sv: 'one' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('u-1')
      .setIssuer('hospital-supergraph')
      .setExpirationTime('1m')
      .sign(new TextEncoder().encode(SECRET));
    await expect(verifier.verify(strange)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
  });
});

describe('service identities', () => {
  const verifier = createTokenVerifier({ secret: SECRET }, new InProcessSessionRegistry());
  const signed = (claims: Record<string, unknown>, subject = 'service:appointments') =>
    new SignJWT(claims)
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(subject)
      .setIssuer('hospital-supergraph')
      .setExpirationTime('1m')
      .sign(new TextEncoder().encode(SECRET));

  it('verifies a service token with its scopes; it holds no role a person has', async () => {
    const token = await createTokenIssuer(SECRET, 60).issue({
      id: 'service:appointments',
      role: SERVICE_ROLE,
      scopes: ['contacts:read'],
    });
    const viewer = await verifier.verify(token);
    expect(viewer).toMatchObject({ id: 'service:appointments', role: 'SERVICE', scopes: ['contacts:read'] });
    expect(hasRole(viewer, ...Object.values(Role))).toBe(false);
    expect(() => requireRole(viewer, Role.ADMIN)).toThrow('You are not allowed to do this');
    expect(requireScope(viewer, 'contacts:read')).toBe(viewer);
  });

  it('refuses a service token without scopes, with an unknown one, or not naming a service', async () => {
    for (const token of [
      await signed({ role: 'SERVICE' }),
      await signed({ role: 'SERVICE', scope: 'contacts:read records:write' }),
      await signed({ role: 'SERVICE', scope: 'contacts:read' }, 'u-1'),
    ]) {
      await expect(verifier.verify(token)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    }
  });

  it("opens a service's field to that service alone: a person, an administrator too, is FORBIDDEN", async () => {
    const admin = await verifier.verify(await createTokenIssuer(SECRET, 60).issue({ id: 'a-1', role: Role.ADMIN }));
    expect(() => requireScope(admin, 'contacts:read')).toThrow('Only a service may call this');
  });
});
