import {
  getNamedType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLField,
  type GraphQLInputType,
} from 'graphql';
import { badValuesOf, type BadValue } from './values.js';

/** One request's worth of bad input: the baseline with one value replaced. */
export interface Variant {
  /** Where the bad value goes, from the argument down: `input.rules.0.startTime`. */
  path: (string | number)[];
  kind: string;
  value: unknown;
}

const MANY = 1_000;

/**
 * Every bad value for every argument of `field` and every field of its input
 * objects, recursively (a list through its first item), one at a time: the
 * baseline shows where a valid value stands, so that a list or an input object
 * absent from it is fuzzed from an empty one.
 */
export function variantsOf(field: GraphQLField<unknown, unknown>, baseline: Record<string, unknown>): Variant[] {
  const variants: Variant[] = [];
  const seen = new Set<string>();
  const add = (path: (string | number)[], bad: BadValue) => {
    const key = JSON.stringify([path, bad.value]);
    if (seen.has(key)) return;
    seen.add(key);
    variants.push({ path, kind: bad.kind, value: bad.value });
  };
  const walk = (type: GraphQLInputType, path: (string | number)[], valid: unknown) => {
    if (isNonNullType(type)) {
      add(path, { kind: 'null for a required value', value: null });
      walk(type.ofType, path, valid);
      return;
    }
    if (isListType(type)) {
      const first = Array.isArray(valid) ? valid[0] : undefined;
      add(path, { kind: 'empty list', value: [] });
      add(path, { kind: 'wrong type: object', value: { item: 1 } });
      if (first !== undefined) add(path, { kind: `${MANY} items`, value: Array.from({ length: MANY }, () => first) });
      walk(type.ofType, [...path, 0], first);
      return;
    }
    if (isInputObjectType(type)) {
      add(path, { kind: 'wrong type: string', value: 'x' });
      add(path, { kind: 'unknown field', value: { ...(valid as object), notAField: 1 } });
      for (const inner of Object.values(type.getFields())) {
        walk(inner.type, [...path, inner.name], (valid as Record<string, unknown> | undefined)?.[inner.name]);
      }
      return;
    }
    for (const bad of badValuesOf(getNamedType(type) as Parameters<typeof badValuesOf>[0], String(path.at(-1)))) {
      add(path, bad);
    }
  };
  for (const argument of field.args) walk(argument.type, [argument.name], baseline[argument.name]);
  return variants;
}

/** The baseline with one value replaced; containers missing on the way are made. */
export function withValue(baseline: Record<string, unknown>, variant: Variant): Record<string, unknown> {
  const copy = structuredClone(baseline);
  let container: Record<string | number, unknown> = copy;
  variant.path.forEach((key, index) => {
    if (index === variant.path.length - 1) {
      container[key] = variant.value;
      return;
    }
    const next = variant.path[index + 1];
    if (container[key] === null || typeof container[key] !== 'object')
      container[key] = typeof next === 'number' ? [] : {};
    container = container[key] as Record<string | number, unknown>;
  });
  return copy;
}

/**
 * The mutation as a client would write it: every argument a variable of its
 * declared type, and the root's own scalar fields (those that take no
 * arguments) selected, so that its resolver runs and its answer is serialized.
 */
export function documentOf(field: GraphQLField<unknown, unknown>): string {
  const declarations = field.args.map((argument) => `$${argument.name}: ${argument.type.toString()}`);
  const passed = field.args.map((argument) => `${argument.name}: $${argument.name}`);
  const returned = getNamedType(field.type);
  const selection = isObjectType(returned)
    ? `{ __typename ${Object.values(returned.getFields())
        .filter((inner) => !inner.args.length && isLeafType(getNamedType(inner.type)))
        .map((inner) => inner.name)
        .join(' ')} }`
    : '';
  const head = declarations.length ? `(${declarations.join(', ')})` : '';
  const call = passed.length ? `(${passed.join(', ')})` : '';
  return `mutation Fuzz${head} { ${field.name}${call} ${selection} }`;
}
