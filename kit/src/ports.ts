import { createServer } from 'node:net';

/**
 * Below Linux's default range of ephemeral ports (32768–60999). Port 0 hands out a
 * port from that range, which is also where the local ends of outgoing connections
 * come from: between choosing such a port and binding it, a database or Redis
 * connection opened meanwhile may take it (seen as EADDRINUSE). Whoever must name a
 * port before binding it (the embedded stack tells patients and appointments each
 * other's URL first) chooses here instead.
 */
const LOWEST = 20_000;
const HIGHEST = 32_767;
const TRIES = 50;
/** Handed out by this process already: two stacks in one process never get the same port. */
const handedOut = new Set<number>();

const bindable = (port: number, host: string) =>
  new Promise<boolean>((resolve) => {
    const server = createServer();
    server.unref();
    server.once('error', () => resolve(false));
    server.listen(port, host, () => server.close(() => resolve(true)));
  });

/**
 * A port nothing listens on now, outside the ephemeral range, to bind a moment later.
 * (Test harnesses that start other processes keep to port 0's range: the two never meet.)
 */
export async function portToName(host = '127.0.0.1'): Promise<number> {
  for (let attempt = 0; attempt < TRIES; attempt += 1) {
    const port = LOWEST + Math.floor(Math.random() * (HIGHEST - LOWEST + 1));
    if (handedOut.has(port)) continue;
    handedOut.add(port);
    if (await bindable(port, host)) return port;
  }
  throw new Error(`no free port between ${LOWEST} and ${HIGHEST} after ${TRIES} tries`);
}
