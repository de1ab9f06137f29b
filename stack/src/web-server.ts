import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import { ConfigError, portToName } from '@hospital/kit';
import sirv from 'sirv';

/** The reference web app's build (`pnpm build` makes it with Vite). */
export const WEB_DIST = fileURLToPath(new URL('../../web/dist/', import.meta.url));

/** Where `pnpm start` serves the app: 4010 by default, WEB_PORT otherwise (0: a free port). */
export async function webAppPort(env: NodeJS.ProcessEnv): Promise<number> {
  const given = env['WEB_PORT']?.trim();
  if (given === '0') return portToName();
  const port = given ? Number(given) : 4010;
  if (!Number.isInteger(port) || port < 1 || port > 65_535) throw new ConfigError([`WEB_PORT=${given}: not a port`]);
  return port;
}

/** Vite's dev server (`pnpm dev:web`), which serves the app with hot reload against a running stack. */
const VITE_DEV_ORIGIN = 'http://localhost:5173';

/** The origins the app is opened from, which the gateway's CORS_ORIGINS must list. */
export const webOriginsFor = (port: number): string[] => [
  `http://127.0.0.1:${port}`,
  `http://localhost:${port}`,
  VITE_DEV_ORIGIN,
];

export interface WebAppSettings {
  /** The folder of the built app; WEB_DIST by default. */
  dir?: string;
  port: number;
  host: string;
  /** What the app reads from /config.json: where the supergraph answers, and the clinic's zone. */
  gatewayUrl: string;
  clinicTimeZone: string;
}

export interface WebApp {
  url: string;
  stop(): Promise<void>;
}

/**
 * What the browser may do with these pages: scripts and styles from this origin only, calls and
 * sockets to the gateway only, never framed. The app needs nothing more, so an injected script
 * would find nowhere to send what it read.
 */
function contentSecurityPolicy(gatewayUrl: string): string {
  const gateway = new URL(gatewayUrl);
  const socket = `${gateway.protocol === 'https:' ? 'wss:' : 'ws:'}//${gateway.host}`;
  return [
    "default-src 'self'",
    `connect-src 'self' ${gateway.origin} ${socket}`,
    "img-src 'self' data:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/**
 * Serves the built web app beside the gateway, on an origin of its own, as a hospital would host
 * it (a static site or CDN in front of the API): every call it makes is a cross-origin one that
 * the gateway's CORS_ORIGINS must allow. Unknown paths get index.html (the app routes them).
 */
export async function startWebApp(settings: WebAppSettings): Promise<WebApp> {
  const dir = settings.dir ?? WEB_DIST;
  if (!existsSync(`${dir}/index.html`)) throw new ConfigError([`no web app build in ${dir}: run pnpm build`]);
  const config = JSON.stringify({ gatewayUrl: settings.gatewayUrl, clinicTimeZone: settings.clinicTimeZone });
  const policy = contentSecurityPolicy(settings.gatewayUrl);
  // Looked up on each request (sirv's dev mode), not indexed once: `pnpm build` in another terminal
  // empties and refills web/dist under a running `pnpm start`, and a file indexed at start and gone
  // since made the stream fail unhandled and took the whole stack down. Each answer carries an ETag,
  // so a browser revalidates the unchanged with a 304 instead of downloading them again.
  const assets = sirv(dir, { single: true, etag: true, dev: true });
  const server: Server = createServer((request, response) => {
    response.setHeader('content-security-policy', policy);
    response.setHeader('x-content-type-options', 'nosniff');
    response.setHeader('referrer-policy', 'no-referrer');
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    if (request.url?.split('?')[0] === '/config.json') {
      response.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' }).end(config);
      return;
    }
    assets(request, response, () => {
      response.writeHead(404).end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(settings.port, settings.host, () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : settings.port;
  return {
    url: `http://${settings.host}:${port}/`,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
