import type { IncomingMessage } from 'node:http';
import { ErrorCode } from '@hospital/kit';
import type { RequestHandler } from 'express';

/*
 * Cross-origin access to the gateway, written here rather than taken from the
 * `cors` package: that package is in the store only as @apollo/server's own
 * dependency, so the gateway cannot import it without declaring it (and
 * @types/cors) and changing the lockfile, and what the gateway needs is a fixed
 * list of exact origins, about forty lines.
 *
 * No Access-Control-Allow-Credentials, ever: callers prove who they are with a
 * bearer token in Authorization, which a page sends on purpose, never with
 * cookies a browser would attach by itself. Without credentials a browser never
 * sends cookies cross-origin, so the allow-list only decides which web apps may
 * read the answers to the requests they make with their own users' tokens.
 */

/** Methods a web app may use on /graphql (GET for persisted queries). */
export const CORS_METHODS = ['GET', 'POST', 'OPTIONS'] as const;

/**
 * Request headers a web app may send: the token, the correlation id, the headers
 * that satisfy Apollo Server's CSRF prevention, and Apollo Client's own names for
 * itself (client awareness).
 */
export const CORS_REQUEST_HEADERS = [
  'content-type',
  'authorization',
  'x-request-id',
  'apollo-require-preflight',
  'x-apollo-operation-name',
  'apollographql-client-name',
  'apollographql-client-version',
] as const;

/** Response headers a web app may read besides the safelisted ones: the correlation id, and when to try again after a 429. */
export const CORS_EXPOSED_HEADERS = ['x-request-id', 'retry-after'] as const;

/**
 * How long a browser may keep a preflight's answer, in seconds: Chromium's cap.
 * Taking an origin off the list still takes effect at once, since every actual
 * answer is judged again and carries no Allow-Origin for it.
 */
export const CORS_MAX_AGE_SECONDS = 7_200;

export interface CorsOrigins {
  origins: string[];
  problems: string[];
}

/**
 * CORS_ORIGINS: a comma-separated list of exact origins, as browsers write them
 * in the Origin header (scheme://host[:port], lower case, no path, no default
 * port), compared as strings. Empty: no web app elsewhere may read an answer.
 */
export function parseCorsOrigins(value: string | undefined): CorsOrigins {
  const origins = new Set<string>();
  const problems: string[] = [];
  for (const entry of (value ?? '').split(',').map((part) => part.trim())) {
    if (!entry) continue;
    if (entry === '*') {
      problems.push(
        "'*' is refused: the API takes bearer tokens, and any web site would be let in to call it with " +
          'them; list the exact origins of the hospital web apps instead (https://app.hospital.example)',
      );
      continue;
    }
    if (entry.includes('*')) {
      problems.push(`${entry}: no wildcards; list each origin in full (https://app.hospital.example)`);
      continue;
    }
    // Sandboxed frames, file: pages and redirects all say "null": allowing it would allow any of them.
    if (entry === 'null') {
      problems.push("'null' is refused: every sandboxed or local page sends it");
      continue;
    }
    let parsed: URL;
    try {
      parsed = new URL(entry);
    } catch {
      problems.push(`${entry}: not an origin; write scheme://host[:port], e.g. https://app.hospital.example`);
      continue;
    }
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
      problems.push(`${entry}: only http and https origins can be allowed`);
      continue;
    }
    // Compared with the Origin header as a string, so it must be written exactly as browsers send it.
    if (parsed.origin !== entry) {
      problems.push(
        `${entry}: must be written exactly as browsers send it, without path or trailing slash: ${parsed.origin}`,
      );
      continue;
    }
    origins.add(entry);
  }
  return { origins: [...origins], problems };
}

/**
 * The CORS answer of /graphql: a preflight from an allowed origin is answered 204
 * here, before the rate limits and the body; an actual request from one gets its
 * Allow-Origin and goes on. Any other origin gets no CORS header at all (its
 * preflight a 403), so the browser keeps the answer from the page. Requests
 * without an Origin (servers, curl, same-origin GETs) are none of its business.
 */
export function corsMiddleware(allowed: readonly string[]): RequestHandler {
  const origins = new Set(allowed);
  return (req, res, next) => {
    // With a list, the answer depends on the Origin: no cache may hand one origin's answer to another.
    if (origins.size > 0) res.vary('Origin');
    const origin = req.header('origin');
    if (!origin) return next();
    const preflight = req.method === 'OPTIONS' && req.header('access-control-request-method') !== undefined;
    if (!origins.has(origin)) {
      if (!preflight) return next();
      res.status(403).json({
        errors: [
          { message: 'This origin may not call the API from a browser', extensions: { code: ErrorCode.FORBIDDEN } },
        ],
      });
      return;
    }
    res.setHeader('Access-Control-Allow-Origin', origin);
    if (preflight) {
      res.setHeader('Access-Control-Allow-Methods', CORS_METHODS.join(', '));
      res.setHeader('Access-Control-Allow-Headers', CORS_REQUEST_HEADERS.join(', '));
      res.setHeader('Access-Control-Max-Age', String(CORS_MAX_AGE_SECONDS));
      res.status(204).end();
      return;
    }
    res.setHeader('Access-Control-Expose-Headers', CORS_EXPOSED_HEADERS.join(', '));
    next();
  };
}

/**
 * Whether a websocket upgrade may open. Browsers send Origin on an upgrade but
 * apply no CORS to websockets: the server is the only one who can refuse a page
 * of another site. Allowed: no Origin (a server or an app, not a browser page),
 * an origin of CORS_ORIGINS, and a page of this very host (the gateway's own
 * landing page in development), since a page is always allowed its own origin.
 */
export function websocketOriginAllowed(allowed: readonly string[]): (request: IncomingMessage) => boolean {
  const origins = new Set(allowed);
  return (request) => {
    const origin = request.headers.origin;
    if (origin === undefined) return true;
    if (origins.has(origin)) return true;
    try {
      return new URL(origin).host === request.headers.host;
    } catch {
      return false;
    }
  };
}
