import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebApp, webAppPort, webOriginsFor, type WebApp } from './web-server.js';

describe('the web app server', () => {
  const dir = mkdtempSync(join(tmpdir(), 'web-dist-'));
  let web: WebApp;

  beforeAll(async () => {
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><div id="root"></div>');
    writeFileSync(join(dir, 'assets', 'index-abc123.js'), 'console.log(1)');
    web = await startWebApp({
      dir,
      port: 0,
      host: '127.0.0.1',
      gatewayUrl: 'http://127.0.0.1:4000/graphql',
      clinicTimeZone: 'Europe/Kyiv',
    });
  });
  afterAll(async () => {
    await web.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('tells the app where the gateway is and the clinic’s zone, never cached', async () => {
    const response = await fetch(new URL('/config.json', web.url));
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toEqual({
      gatewayUrl: 'http://127.0.0.1:4000/graphql',
      clinicTimeZone: 'Europe/Kyiv',
    });
  });

  it('answers any page path with the app, which routes it, and a file gone since start with a 404', async () => {
    const page = await fetch(new URL('/doctor/lobby', web.url));
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('id="root"');
    const asset = await fetch(new URL('/assets/index-abc123.js', web.url));
    const etag = asset.headers.get('etag') ?? '';
    expect(etag).not.toBe('');
    const again = await fetch(new URL('/assets/index-abc123.js', web.url), { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
    // A rebuild empties the folder under the running server: what is gone is not found, and the server stays.
    rmSync(join(dir, 'assets', 'index-abc123.js'));
    expect((await fetch(new URL('/assets/index-abc123.js', web.url))).status).toBe(404);
    expect((await fetch(web.url)).status).toBe(200);
  });

  it('lets the page talk to the gateway alone, and never be framed', async () => {
    const response = await fetch(web.url);
    const policy = response.headers.get('content-security-policy') ?? '';
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("connect-src 'self' http://127.0.0.1:4000 ws://127.0.0.1:4000");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('refuses anything but reading', async () => {
    const response = await fetch(web.url, { method: 'POST', body: 'x' });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, HEAD');
  });

  it('takes its port from WEB_PORT, 4010 by default, and names the origins the gateway must allow', async () => {
    expect(await webAppPort({})).toBe(4010);
    expect(await webAppPort({ WEB_PORT: '8080' })).toBe(8080);
    expect(await webAppPort({ WEB_PORT: '0' })).toBeGreaterThan(0);
    await expect(webAppPort({ WEB_PORT: 'eighty' })).rejects.toThrow(/WEB_PORT=eighty/);
    expect(webOriginsFor(4010)).toEqual(['http://127.0.0.1:4010', 'http://localhost:4010', 'http://localhost:5173']);
  });
});
