import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildSchema, type GraphQLField } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeBaselines, type Baseline } from './fuzz/baselines.js';
import { excerpt, inspect } from './fuzz/inspect.js';
import { documentOf, variantsOf, withValue, type Variant } from './fuzz/variants.js';
import { MODE, supergraphAvailable } from './harness.js';
import { inParallel } from '@hospital/kit/testing';
import { useWorld } from './world.js';

const API_SCHEMA = fileURLToPath(new URL('../../schema/api.graphql', import.meta.url));
/** The most requests the suite may send: past it, variants must be deduplicated, not the time limit raised. */
const MOST_REQUESTS = 2_500;
/** Mutations fuzzed at once; each mutation's variants go one after another, on its own baseline. */
const LANES = 4;

/** The kit's logger writes levels by name (pino's numbers, should that change). */
const FAULT_LEVELS = new Set(['error', 'fatal', '50', '60']);
/**
 * The appointments process whose clock stands weeks ahead (for completed visits)
 * gives up, rightly, on the fixture visits' confirmations and reminders: their
 * time has passed there. Not something a fuzzed value caused.
 */
const overdueNotice = (line: Record<string, unknown>) =>
  line['msg'] === 'notification FAILED' &&
  /^not sent (before the visit started|within 24 h)/.test(String(line['lastError']));
const BASELINE: Variant = { path: [], kind: 'the valid baseline', value: undefined };

interface Failure {
  mutation: string;
  path: string;
  kind: string;
  problems: string;
  response: string;
}

/**
 * Every argument of every mutation of the composed API schema, and every field
 * of its input objects, sent with one bad value at a time (wrong types, huge
 * and blank text, control and bidi characters, lone surrogates, out-of-range
 * numbers, impossible dates, unknown enum values, nulls) while the rest stays
 * valid, by a caller allowed to reach the resolver. No answer may be a fault or
 * tell anything of the platform's insides.
 */
describe.runIf(await supergraphAvailable())(`every mutation's input, fuzzed (${MODE})`, () => {
  // It reads the stack's logs, which only a stack of its own keeps for it.
  const current = useWorld({ own: true });
  const schema = buildSchema(readFileSync(API_SCHEMA, 'utf8'));
  const mutations = Object.values(schema.getMutationType()?.getFields() ?? {});
  let baselines: Record<string, Baseline>;

  beforeAll(async () => {
    baselines = await makeBaselines(current());
  }, 120_000);

  it('has a valid baseline for every mutation of schema/api.graphql', () => {
    expect(
      mutations.map((field) => field.name).filter((name) => !baselines[name]),
      'mutations without a baseline in e2e/src/fuzz/baselines.ts',
    ).toEqual([]);
  });

  it('refuses every bad value without an INTERNAL_SERVER_ERROR, a stack, SQL, a path or a host', async () => {
    const { supergraph } = current();
    const url = supergraph.gatewayUrl;
    const logsBefore = supergraph.logs().length;
    const failures: Failure[] = [];
    const planned = await Promise.all(
      mutations
        .filter((field) => baselines[field.name])
        .map(async (field) => {
          const baseline = baselines[field.name]!;
          const first = await baseline.make();
          return { field, baseline, first, variants: variantsOf(field, first) };
        }),
    );
    const total = planned.reduce((sum, { variants }) => sum + variants.length, 0);
    expect(total, 'fuzz cases planned').toBeLessThanOrEqual(MOST_REQUESTS);

    // The longest lanes first, so that no long one starts last.
    planned.sort((a, b) => b.variants.length - a.variants.length);
    await inParallel(planned, LANES, async ({ field, baseline, first, variants }) => {
      // The baseline itself goes first: a variant proves something only if the rest of it is valid.
      const plain = await send(url, field, first, baseline.token);
      const { problems, accepted, codes } = inspect(plain.status, plain.text, field.name);
      if (!accepted && !(baseline.refusedAs && codes.includes(baseline.refusedAs))) {
        problems.push(`the valid baseline was refused (${codes.join(', ')})`);
      }
      if (problems.length) failures.push(failure(field, BASELINE, problems, plain.text));
      let valid = accepted && baseline.consumable ? await baseline.make() : first;
      for (const variant of variants) {
        const { status, text } = await send(url, field, withValue(valid, variant), baseline.token);
        const { problems, accepted } = inspect(status, text, field.name);
        if (problems.length) failures.push(failure(field, variant, problems, text));
        if (accepted && baseline.consumable) valid = await baseline.make();
      }
    });

    // A fault a subgraph hid behind a client's code, or one in the events the accepted variants set off, is logged.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const faults = supergraph
      .logs()
      .slice(logsBefore)
      .filter((line) => FAULT_LEVELS.has(String(line['level'])) && !overdueNotice(line));
    for (const line of faults) {
      failures.push({
        mutation: String(line['name'] ?? '?'),
        path: '(log)',
        kind: 'logged at error level',
        problems: String(line['msg'] ?? ''),
        response: excerpt(JSON.stringify(line)),
      });
    }
    const table = failures
      .map((f) => `\n- ${f.mutation}(${f.path}) ← ${f.kind}: ${f.problems}\n    ${f.response}`)
      .join('');
    expect(failures.length, `${failures.length} of ${total} fuzz cases (and baselines) failed:${table}`).toBe(0);
  }, 120_000);
});

async function send(
  url: string,
  field: GraphQLField<unknown, unknown>,
  variables: Record<string, unknown>,
  token: string | undefined,
): Promise<{ status: number; text: string }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query: documentOf(field), variables }),
  });
  return { status: response.status, text: await response.text() };
}

const failure = (
  field: GraphQLField<unknown, unknown>,
  variant: Variant,
  problems: string[],
  text: string,
): Failure => ({
  mutation: field.name,
  path: variant.path.join('.'),
  kind: variant.kind,
  problems: problems.join(', '),
  response: excerpt(text),
});
