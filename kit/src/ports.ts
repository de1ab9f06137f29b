import { createServer } from 'node:net';

/** Both ends included. */
export interface PortRange {
  lowest: number;
  highest: number;
}

/**
 * Ranges below Linux's default ephemeral ports (32768–60999). Port 0 hands out a port
 * from that range, which is also where the local ends of outgoing connections come
 * from, and where any other process binding port 0 lands: between choosing such a
 * port and binding it, that port may be taken (seen as EADDRINUSE, or worse, as
 * another server answering on it). Whoever must name a port before binding it
 * chooses below instead: the embedded stack (it tells patients and appointments each
 * other's URL first) in one range, test harnesses that start processes in another,
 * so that the two never choose the same port at once.
 */
export const STACK_PORTS: PortRange = { lowest: 20_000, highest: 26_999 };
export const HARNESS_PORTS: PortRange = { lowest: 27_000, highest: 32_767 };

const TRIES = 50;
/** Handed out by this process already: it never gets the same port twice. */
const handedOut = new Set<number>();

const bindable = (port: number, host: string) =>
  new Promise<boolean>((resolve) => {
    const server = createServer();
    server.unref();
    server.once('error', () => resolve(false));
    server.listen(port, host, () => server.close(() => resolve(true)));
  });

/** A port nothing listens on now, in `range`, to bind a moment later. */
export async function portToName(range: PortRange = STACK_PORTS, host = '127.0.0.1'): Promise<number> {
  for (let attempt = 0; attempt < TRIES; attempt += 1) {
    const port = range.lowest + Math.floor(Math.random() * (range.highest - range.lowest + 1));
    if (handedOut.has(port)) continue;
    handedOut.add(port);
    if (await bindable(port, host)) return port;
  }
  throw new Error(`no free port between ${range.lowest} and ${range.highest} after ${TRIES} tries`);
}
