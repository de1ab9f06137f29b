import { describe, expect, it } from 'vitest';
import { ConfigError } from './config.js';
import { loadSubgraphConfig } from './subgraph-config.js';

describe('loadSubgraphConfig', () => {
  it('lists every problem at once', () => {
    const env = {
      NODE_ENV: 'production',
      CLINIC_TIMEZONE: 'Mars/Olympus',
      ACCOUNTS_PORT: 'eighty',
      JWT_SECRET: 'short',
    };
    let error: unknown;
    try {
      loadSubgraphConfig('accounts', 4001, {}, env);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join('\n');
    expect(problems).toMatch(/CLINIC_TIMEZONE/);
    expect(problems).toMatch(/ACCOUNTS_PORT/);
    expect(problems).toMatch(/JWT_SECRET/);
  });

  it('asks production for a database, Redis and a token secret', () => {
    expect(() => loadSubgraphConfig('accounts', 4001, {}, { NODE_ENV: 'production' })).toThrow(
      /ACCOUNTS_DATABASE_URL: required in production[\s\S]*/,
    );
  });

  it("reads the subgraph's own variables", () => {
    const config = loadSubgraphConfig(
      'doctors',
      4003,
      {},
      {
        DOCTORS_DATABASE_URL: 'mysql://u:p@db:3306/hospital_doctors',
        DOCTORS_PORT: '5003',
        JWT_SECRET: 'x'.repeat(40),
        CLINIC_TIMEZONE: 'Europe/Kyiv',
      },
    );
    expect(config).toMatchObject({
      databaseUrl: 'mysql://u:p@db:3306/hospital_doctors',
      databasePoolSize: 10,
      port: 5003,
      clinicTimeZone: 'Europe/Kyiv',
    });
  });

  it('reads the database pool size, and refuses one that holds no connection', () => {
    expect(loadSubgraphConfig('doctors', 4003, {}, { DATABASE_POOL_SIZE: '4' }).databasePoolSize).toBe(4);
    expect(() => loadSubgraphConfig('doctors', 4003, {}, { DATABASE_POOL_SIZE: '0' })).toThrow(/DATABASE_POOL_SIZE/);
  });

  describe('JWT_PREVIOUS_SECRET', () => {
    const NEW = 'n'.repeat(40);
    const OLD = 'o'.repeat(40);
    const problemsOf = (env: NodeJS.ProcessEnv) => {
      try {
        loadSubgraphConfig('doctors', 4003, {}, env);
      } catch (error) {
        if (error instanceof ConfigError) return error.problems;
        throw error;
      }
      return [];
    };

    it('is handed to the verifier beside JWT_SECRET, which alone signs', () => {
      const config = loadSubgraphConfig('doctors', 4003, {}, { JWT_SECRET: NEW, JWT_PREVIOUS_SECRET: OLD });
      expect(config.auth).toMatchObject({ secret: NEW, previousSecret: OLD });
    });

    it('is refused without JWT_SECRET, equal to it, or shorter than 32 characters, each said plainly', () => {
      expect(problemsOf({ JWT_PREVIOUS_SECRET: OLD })).toEqual([
        'JWT_PREVIOUS_SECRET: needs JWT_SECRET, the new secret that tokens are signed with from now on',
      ]);
      expect(problemsOf({ JWT_SECRET: NEW, JWT_PREVIOUS_SECRET: NEW })).toEqual([
        'JWT_PREVIOUS_SECRET: must differ from JWT_SECRET; it is the old secret being replaced',
      ]);
      expect(problemsOf({ JWT_SECRET: NEW, JWT_PREVIOUS_SECRET: 'short' })).toEqual([
        'JWT_PREVIOUS_SECRET: must be at least 32 characters',
      ]);
    });
  });
});
