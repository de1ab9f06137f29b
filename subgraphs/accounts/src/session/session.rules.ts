/**
 * The sessions ended since this instant still need announcing: a token issued before an
 * end may live for `tokenTtlSeconds`, and an end older than that has no token left to stop.
 */
export const endsInForceSince = (now: Date, tokenTtlSeconds: number): Date =>
  new Date(now.getTime() - tokenTtlSeconds * 1000);
