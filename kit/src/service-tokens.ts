import { createTokenIssuer, type TokenSubject } from './auth.js';

const TOKEN_TTL_SECONDS = 60;

/**
 * Mints the short-lived token a background job calls other subgraphs with. A job
 * has no user's token, so it signs one itself with the shared HS256 JWT_SECRET: a
 * service identity whose scopes open a few internal fields on those subgraphs' own
 * ports and nothing else, for a minute, reused for half of that. In a JWKS-only
 * deployment JWT_SECRET must still be set for these calls.
 */
export function serviceTokens(secret: string, subject: TokenSubject): () => Promise<string> {
  const issuer = createTokenIssuer(secret, TOKEN_TTL_SECONDS);
  let cached: { token: Promise<string>; until: number } | undefined;
  return () => {
    const now = Date.now();
    if (!cached || cached.until <= now) {
      const token = issuer.issue(subject);
      cached = { token, until: now + (TOKEN_TTL_SECONDS * 1000) / 2 };
      token.catch(() => (cached = undefined));
    }
    return cached.token;
  };
}
