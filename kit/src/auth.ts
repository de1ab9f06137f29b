import { createRemoteJWKSet, decodeProtectedHeader, errors as joseErrors, jwtVerify, SignJWT } from 'jose';
import { registerEnumType } from 'type-graphql';
import { ForbiddenError, UnauthenticatedError } from './errors.js';
import type { SessionRegistry } from './sessions.js';

export enum Role {
  PATIENT = 'PATIENT',
  DOCTOR = 'DOCTOR',
  STAFF = 'STAFF',
  STAKEHOLDER = 'STAKEHOLDER',
  ADMIN = 'ADMIN',
}
registerEnumType(Role, {
  name: 'Role',
  description: 'What a user is to the hospital; decides what they may do',
  valuesConfig: {
    PATIENT: { description: 'A patient; her user id is also her Patient id' },
    DOCTOR: { description: 'A doctor; their user id is also their Doctor id' },
    STAFF: { description: 'Reception and the billing desk' },
    STAKEHOLDER: { description: 'The business department: reads analytics reports and feedback' },
    ADMIN: { description: 'An administrator: the only role that administers accounts and reads the audit trail' },
  },
});

const ROLES = new Set<string>(Object.values(Role));

/**
 * A subgraph acting for itself (a background job), never a person: not one of the
 * GraphQL `Role`s, so no account can have it, and it passes no role check. Its
 * tokens carry scopes, each of which opens one internal field (`serviceFields`).
 */
export const SERVICE_ROLE = 'SERVICE';

/** What a service identity may do; each names one narrow internal read. */
export const SERVICE_SCOPES = ['contacts:read', 'schedules:read'] as const;
export type ServiceScope = (typeof SERVICE_SCOPES)[number];

/** The scope with which a service reads doctors' schedules and the services they offer, as any signed-in user may. */
export const SCHEDULES_SCOPE: ServiceScope = 'schedules:read';

/** Who is calling, from a verified token. For a patient or a doctor `id` is also their Patient/Doctor id. */
export interface Viewer {
  id: string;
  role: Role | typeof SERVICE_ROLE;
  /** A service's scopes; none for a person. */
  scopes: readonly ServiceScope[];
  /** Seconds since the epoch when the token stops being valid. */
  expiresAt: number;
  /** The user's session version the token was issued at (`sv`; 0 for a token without one). */
  sessionVersion: number;
}

export interface AuthSettings {
  /** HS256 secret (the embedded default and accounts-issued tokens): the one tokens are signed with. */
  secret?: string | undefined;
  /**
   * The HS256 secret being rotated out: tokens signed with it before the rotation
   * are still accepted, so that nobody is signed out while they live. It verifies
   * only what the current secret refuses, and never signs.
   */
  previousSecret?: string | undefined;
  /** RS256 keys of a hospital's own identity provider. */
  jwksUrl?: string | undefined;
  issuer?: string | undefined;
  /** The `aud` the provider's tokens must carry, so a token it issued to another application is refused. */
  audience?: string | undefined;
}

/** Issuer of the tokens that the accounts subgraph signs with the shared secret. */
export const LOCAL_ISSUER = 'hospital-supergraph';

export interface TokenVerifier {
  verify(token: string): Promise<Viewer>;
}

/** How many verified tokens a process remembers, and for how long at most (a JWKS key may be withdrawn). */
const VERIFIED_TOKENS = 10_000;
const VERIFIED_FOR_MS = 5 * 60_000;

/**
 * Tokens this process has verified, by their exact text, until they expire (or
 * five minutes): a client sends the same token with every request, and the
 * gateway and each subgraph would otherwise check its signature every time.
 * Oldest first out when full.
 */
class VerifiedTokens {
  private readonly viewers = new Map<string, { viewer: Viewer; until: number }>();

  get(token: string, now: number): Viewer | undefined {
    const known = this.viewers.get(token);
    if (!known) return undefined;
    if (now < known.until) return known.viewer;
    this.viewers.delete(token);
    return undefined;
  }

  remember(token: string, viewer: Viewer, now: number): void {
    const oldest = this.viewers.size >= VERIFIED_TOKENS ? this.viewers.keys().next() : undefined;
    if (oldest && !oldest.done) this.viewers.delete(oldest.value);
    this.viewers.set(token, { viewer, until: Math.min(viewer.expiresAt * 1000, now + VERIFIED_FOR_MS) });
  }
}

/**
 * Verifies tokens by their signature (remembered per token) and, every time, by the
 * user's session version: a token issued before its user's sessions were ended
 * (`sessions`, a lookup in memory) is refused.
 */
export function createTokenVerifier(settings: AuthSettings, sessions: SessionRegistry): TokenVerifier {
  const secret = settings.secret ? hmacKey(settings.secret) : undefined;
  const previousSecret = settings.previousSecret ? hmacKey(settings.previousSecret) : undefined;
  const jwks = settings.jwksUrl ? createRemoteJWKSet(new URL(settings.jwksUrl)) : undefined;
  const verified = new VerifiedTokens();

  return {
    async verify(token) {
      const now = Date.now();
      let viewer = verified.get(token, now);
      if (!viewer) {
        viewer = await verifySignature(token);
        verified.remember(token, viewer, now);
      }
      if (viewer.sessionVersion < sessions.validFrom(viewer.id)) {
        throw new UnauthenticatedError('This session has ended; sign in again');
      }
      return viewer;
    },
  };

  async function verifySignature(token: string): Promise<Viewer> {
    let alg: string | undefined;
    try {
      alg = decodeProtectedHeader(token).alg;
    } catch {
      throw new UnauthenticatedError('Malformed token');
    }
    try {
      const { payload } =
        alg === 'HS256' && secret
          ? await verifyLocal(token, secret)
          : alg === 'RS256' && jwks
            ? await jwtVerify(token, jwks, {
                algorithms: ['RS256'],
                requiredClaims: ['exp'],
                ...(settings.issuer ? { issuer: settings.issuer } : {}),
                ...(settings.audience ? { audience: settings.audience } : {}),
              })
            : failUnsupported(alg);
      const role = payload['role'];
      const version = payload['sv'] ?? 0;
      if (typeof payload.sub !== 'string' || typeof role !== 'string') {
        throw new UnauthenticatedError('Token lacks a subject or a known role');
      }
      if (!Number.isSafeInteger(version) || (version as number) < 0) {
        throw new UnauthenticatedError('Token carries no valid session version');
      }
      const viewer = { id: payload.sub, expiresAt: payload.exp as number, sessionVersion: version as number };
      if (role === SERVICE_ROLE && alg === 'HS256') {
        return { ...viewer, role: SERVICE_ROLE, scopes: serviceScopesOf(payload['scope'], payload.sub) };
      }
      if (!ROLES.has(role)) throw new UnauthenticatedError('Token lacks a subject or a known role');
      return { ...viewer, role: role as Role, scopes: [] };
    } catch (error) {
      if (error instanceof UnauthenticatedError) throw error;
      if (error instanceof joseErrors.JWTExpired) throw new UnauthenticatedError('Token expired');
      if (error instanceof joseErrors.JOSEError) throw new UnauthenticatedError('Invalid token');
      throw error;
    }
  }

  /**
   * A token accounts signed: with the current secret first, so a current token
   * costs one HMAC as before; with the previous one only when the signature alone
   * failed. Any other failure (expired, wrong issuer) came after a good signature
   * and stands.
   */
  async function verifyLocal(token: string, current: ReturnType<typeof hmacKey>) {
    const options = { algorithms: ['HS256'], issuer: LOCAL_ISSUER, requiredClaims: ['exp'] };
    try {
      return await jwtVerify(token, await current, options);
    } catch (error) {
      if (!previousSecret || !(error instanceof joseErrors.JWSSignatureVerificationFailed)) throw error;
      return await jwtVerify(token, await previousSecret, options);
    }
  }
}

/** Imported once: handing jose the raw bytes would import the HMAC key again for every token. */
function hmacKey(secret: string) {
  return crypto.subtle.importKey('raw', new TextEncoder().encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, [
    'verify',
  ]);
}

/** A service token's scopes (space-separated, as OAuth writes them); its subject names the service. */
function serviceScopesOf(scope: unknown, subject: string): ServiceScope[] {
  const scopes = typeof scope === 'string' ? scope.split(' ') : [];
  const known = (value: string): value is ServiceScope => (SERVICE_SCOPES as readonly string[]).includes(value);
  if (!subject.startsWith('service:') || !scopes.length || !scopes.every(known)) {
    throw new UnauthenticatedError('A service token names its service and known scopes');
  }
  return scopes;
}

function failUnsupported(alg: string | undefined): never {
  throw new UnauthenticatedError(`Tokens signed with ${alg ?? 'no algorithm'} are not accepted here`);
}

/** Reads `Bearer <token>`; undefined when absent, UNAUTHENTICATED when malformed. */
export function bearerToken(header: string | undefined): string | undefined {
  if (!header) return undefined;
  const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
  if (!match) throw new UnauthenticatedError('Authorization must be "Bearer <token>"');
  return match[1];
}

/** The viewer of a request: anonymous without a token, UNAUTHENTICATED with a bad one. */
export async function viewerFromHeader(verifier: TokenVerifier, header: string | undefined): Promise<Viewer | null> {
  const token = bearerToken(header);
  return token ? verifier.verify(token) : null;
}

export interface TokenSubject {
  id: string;
  role: Role | typeof SERVICE_ROLE;
  /** The user's session version (0 for one whose sessions never ended). */
  sessionVersion?: number;
  /** A service's scopes. */
  scopes?: readonly ServiceScope[];
}

export interface TokenIssuer {
  issue(subject: TokenSubject): Promise<string>;
}

export function createTokenIssuer(secret: string, ttlSeconds: number): TokenIssuer {
  const key = new TextEncoder().encode(secret);
  return {
    issue: ({ id, role, sessionVersion = 0, scopes = [] }) =>
      new SignJWT({ role, sv: sessionVersion, ...(scopes.length ? { scope: scopes.join(' ') } : {}) })
        .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
        .setSubject(id)
        .setIssuer(LOCAL_ISSUER)
        .setIssuedAt()
        .setExpirationTime(`${ttlSeconds}s`)
        .sign(key),
  };
}

export function requireViewer(viewer: Viewer | null): Viewer {
  if (!viewer) throw new UnauthenticatedError();
  return viewer;
}

export function requireRole(viewer: Viewer | null, ...roles: Role[]): Viewer {
  const signedIn = requireViewer(viewer);
  if (!hasRole(signedIn, ...roles)) throw new ForbiddenError();
  return signedIn;
}

export function hasRole(viewer: Viewer | null, ...roles: Role[]): boolean {
  return viewer !== null && (roles as string[]).includes(viewer.role);
}

/** The caller is a service holding `scope`; FORBIDDEN to everyone else, administrators included. */
export function requireScope(viewer: Viewer | null, scope: ServiceScope): Viewer {
  const caller = requireViewer(viewer);
  if (caller.role !== SERVICE_ROLE || !caller.scopes.includes(scope)) {
    throw new ForbiddenError('Only a service may call this');
  }
  return caller;
}

export const isService = (viewer: Viewer | null): boolean => viewer?.role === SERVICE_ROLE;
