import { ApolloServer } from '@apollo/server';
import { ConfigError, Role, type Viewer } from '@hospital/kit';
import { testViewer } from '@hospital/kit/testing';
import { describe, expect, it } from 'vitest';
import { loadGatewayConfig } from './config.js';
import { introspectionPlugin, type IntrospectionAudience } from './introspection.js';

const BASE = { JWT_SECRET: 'a-secret-that-is-long-enough-for-hs256-signing' };

async function ask(audience: IntrospectionAudience, viewer: Viewer | null, query: string) {
  const server = new ApolloServer<{ viewer: Viewer | null }>({
    typeDefs: 'type Query { visit: String } type Mutation { book: String }',
    resolvers: { Query: { visit: () => 'v' }, Mutation: { book: () => 'b' } },
    plugins: [introspectionPlugin(audience)],
  });
  await server.start();
  try {
    const response = await server.executeOperation({ query }, { contextValue: { viewer } });
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    const { data, errors } = response.body.singleResult;
    return { data, code: errors?.[0]?.extensions?.['code'] };
  } finally {
    await server.stop();
  }
}

const SCHEMA = '{ __schema { queryType { name } } }';
const TYPE = '{ __type(name: "Query") { name } }';
const ALIASED = '{ map: __schema { queryType { name } } }';
const SPREAD = 'query { ...Map } fragment Map on Query { ... on Query { __schema { queryType { name } } } }';

describe('who may introspect (INTROSPECTION)', () => {
  it('asks an anonymous caller to sign in by default, however the question is wrapped', async () => {
    for (const query of [SCHEMA, TYPE, ALIASED, SPREAD]) {
      expect((await ask('signed-in', null, query)).code).toBe('UNAUTHENTICATED');
    }
  });

  it('answers any signed-in caller, and anonymous ones once the hospital chose anyone', async () => {
    const partner = testViewer(Role.STAKEHOLDER, 'partner-1');
    expect(await ask('signed-in', partner, SCHEMA)).toEqual({ data: { __schema: { queryType: { name: 'Query' } } } });
    expect(await ask('anyone', null, TYPE)).toEqual({ data: { __type: { name: 'Query' } } });
  });

  it('leaves everything else to the fields’ own rules: __typename, plain fields and mutations pass', async () => {
    expect(await ask('signed-in', null, '{ __typename visit }')).toEqual({ data: { __typename: 'Query', visit: 'v' } });
    expect(await ask('signed-in', null, 'mutation { book }')).toEqual({ data: { book: 'b' } });
  });

  it('is signed-in unless configured, and refuses a value it does not know', () => {
    expect(loadGatewayConfig(BASE).introspection).toBe('signed-in');
    expect(loadGatewayConfig({ ...BASE, INTROSPECTION: 'anyone' }).introspection).toBe('anyone');
    expect(() => loadGatewayConfig({ ...BASE, INTROSPECTION: 'public' })).toThrow(ConfigError);
  });
});
