import type { IncomingMessage } from 'node:http';
import { ConfigError } from '@hospital/kit';
import { describe, expect, it } from 'vitest';
import { loadGatewayConfig } from './config.js';
import { parseCorsOrigins, websocketOriginAllowed } from './cors.js';

/** Secrets given, so that the loader makes none under DATA_DIR. */
const BASE = { JWT_SECRET: 'a-secret-that-is-long-enough-for-hs256-signing' };

const problemsOf = (value: string): string[] => {
  try {
    loadGatewayConfig({ ...BASE, CORS_ORIGINS: value });
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
};

describe('CORS_ORIGINS', () => {
  it('allows no origin at all when unset or empty', () => {
    expect(loadGatewayConfig(BASE).corsOrigins).toEqual([]);
    expect(loadGatewayConfig({ ...BASE, CORS_ORIGINS: '  ' }).corsOrigins).toEqual([]);
    expect(loadGatewayConfig({ ...BASE, CORS_ORIGINS: ' , ' }).corsOrigins).toEqual([]);
  });

  it('reads a comma-separated list of exact origins, once each', () => {
    const { corsOrigins } = loadGatewayConfig({
      ...BASE,
      CORS_ORIGINS: 'https://app.hospital.example, http://localhost:5173,https://app.hospital.example',
    });
    expect(corsOrigins).toEqual(['https://app.hospital.example', 'http://localhost:5173']);
  });

  it("refuses '*' at load, saying why", () => {
    const problems = problemsOf('*');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^CORS_ORIGINS: '\*' is refused: the API takes bearer tokens/);
    expect(problemsOf('https://app.hospital.example,*')).toHaveLength(1);
    expect(() => loadGatewayConfig({ ...BASE, CORS_ORIGINS: '*' })).toThrow(/Invalid configuration/);
  });

  it('refuses what is not an origin as browsers send it, naming the form that would be', () => {
    expect(parseCorsOrigins('https://app.hospital.example/').problems).toEqual([
      expect.stringContaining('without path or trailing slash: https://app.hospital.example'),
    ]);
    expect(parseCorsOrigins('https://App.Hospital.example').problems[0]).toContain('https://app.hospital.example');
    expect(parseCorsOrigins('https://app.hospital.example:443').problems[0]).toContain(
      ': https://app.hospital.example',
    );
    expect(parseCorsOrigins('https://app.hospital.example/path').problems).toHaveLength(1);
    expect(parseCorsOrigins('app.hospital.example').problems[0]).toContain('not an origin');
    expect(parseCorsOrigins('https://*.hospital.example').problems[0]).toContain('no wildcards');
    expect(parseCorsOrigins('null').problems[0]).toContain("'null' is refused");
    expect(parseCorsOrigins('ftp://files.hospital.example').problems[0]).toContain('only http and https');
  });

  it('lists every problem at once, beside the other variables', () => {
    const problems = problemsOf('*,https://ok.example,https://bad.example/');
    expect(problems).toHaveLength(2);
    expect(problems.every((problem) => problem.startsWith('CORS_ORIGINS: '))).toBe(true);
  });
});

describe('the origin rule of a websocket upgrade', () => {
  const upgrade = (headers: Record<string, string>) => ({ headers }) as unknown as IncomingMessage;
  const allowed = websocketOriginAllowed(['https://app.hospital.example']);

  it('lets in a listed origin, a page of this very host, and a client that is not a browser page', () => {
    expect(allowed(upgrade({ origin: 'https://app.hospital.example', host: 'api.hospital.example' }))).toBe(true);
    expect(allowed(upgrade({ origin: 'http://localhost:4000', host: 'localhost:4000' }))).toBe(true);
    expect(allowed(upgrade({ host: 'api.hospital.example' }))).toBe(true);
  });

  it('refuses any other page', () => {
    expect(allowed(upgrade({ origin: 'https://evil.example', host: 'api.hospital.example' }))).toBe(false);
    expect(allowed(upgrade({ origin: 'null', host: 'api.hospital.example' }))).toBe(false);
    expect(allowed(upgrade({ origin: 'https://app.hospital.example.evil.example', host: 'x' }))).toBe(false);
    expect(websocketOriginAllowed([])(upgrade({ origin: 'https://app.hospital.example', host: 'x' }))).toBe(false);
  });
});
