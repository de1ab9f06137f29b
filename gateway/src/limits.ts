import { DEFAULT_PAGE_SIZE, LimitExceededError, MAX_PAGE_SIZE } from '@hospital/kit';
import {
  getNamedType,
  getNullableType,
  isCompositeType,
  isEnumType,
  isInputObjectType,
  isListType,
  isObjectType,
  isInterfaceType,
  Kind,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';

/**
 * The cost an operation must fit before the gateway plans it: every field once
 * per object it may be read for. A list field multiplies what is under it by its
 * `first` argument (by default the connections' own, DEFAULT_PAGE_SIZE; it must
 * be 1 to MAX_PAGE_SIZE) or, without one, by LIST_SIZE_GUESS. Under a connection the
 * `edges`/`nodes` list is already counted by `first`. `__schema` costs one per
 * element of the schema (types, fields, arguments, input fields, enum values: the
 * most it can answer), `__type` a flat TYPE_LOOKUP_COST, so introspection is
 * never free and many aliased copies of it do not fit. Depth and aliases are the
 * document limits' (kit), counted before validation.
 */
export const LIST_SIZE_GUESS = 10;
export const TYPE_LOOKUP_COST = 100;
const PAGED_LISTS = new Set(['edges', 'nodes']);

const schemaSizes = new WeakMap<GraphQLSchema, number>();

/** How many elements an introspection of the whole schema can list. */
export function schemaSize(schema: GraphQLSchema): number {
  const known = schemaSizes.get(schema);
  if (known !== undefined) return known;
  let size = 0;
  for (const type of Object.values(schema.getTypeMap())) {
    size += 1;
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) size += 1 + field.args.length;
    } else if (isInputObjectType(type)) {
      size += Object.keys(type.getFields()).length;
    } else if (isEnumType(type)) {
      size += type.getValues().length;
    }
  }
  schemaSizes.set(schema, size);
  return size;
}

/** The value an argument will have: a literal, the variable given, or the variable's default. */
function intArgument(
  value: ValueNode | undefined,
  variables: Record<string, unknown>,
  defaults: Record<string, ValueNode | undefined>,
): number | undefined {
  if (!value) return undefined;
  if (value.kind === Kind.INT) return Number(value.value);
  if (value.kind !== Kind.VARIABLE) return undefined;
  const name = value.name.value;
  if (name in variables) {
    const given = variables[name];
    return typeof given === 'number' ? given : undefined;
  }
  const fallback = defaults[name];
  return fallback?.kind === Kind.INT ? Number(fallback.value) : undefined;
}

function pageSize(first: number | undefined): number {
  if (first === undefined) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw new LimitExceededError('first', MAX_PAGE_SIZE, `first must be an integer from 1 to ${MAX_PAGE_SIZE}`);
  }
  return first;
}

export function measureCost(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Record<string, unknown> = {},
): number {
  const root =
    operation.operation === 'query'
      ? schema.getQueryType()
      : operation.operation === 'mutation'
        ? schema.getMutationType()
        : schema.getSubscriptionType();
  if (!root) return 0;
  const defaults = Object.fromEntries(
    (operation.variableDefinitions ?? []).map((definition) => [
      definition.variable.name.value,
      definition.defaultValue,
    ]),
  );

  const measure = (
    selectionSet: SelectionSetNode,
    parent: GraphQLCompositeType,
    pagedByParent: boolean,
    visiting: Set<string>,
  ): number => {
    let cost = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        if (name === '__schema') {
          cost += schemaSize(schema);
          continue;
        }
        if (name === '__type') {
          cost += TYPE_LOOKUP_COST;
          continue;
        }
        const field = 'getFields' in parent ? parent.getFields()[name] : undefined;
        if (!field) continue;
        const takesFirst = field.args.some((argument) => argument.name === 'first');
        const first = selection.arguments?.find((argument) => argument.name.value === 'first');
        const isList = isListType(getNullableType(field.type));
        const size = takesFirst
          ? pageSize(intArgument(first?.value, variables, defaults))
          : isList && !(pagedByParent && PAGED_LISTS.has(name))
            ? LIST_SIZE_GUESS
            : 1;
        const named = getNamedType(field.type);
        const below =
          selection.selectionSet && isCompositeType(named)
            ? measure(selection.selectionSet, named, takesFirst, visiting)
            : 0;
        cost += size * (1 + below);
      } else {
        const typeName =
          selection.kind === Kind.INLINE_FRAGMENT
            ? selection.typeCondition?.name.value
            : fragments[selection.name.value]?.typeCondition.name.value;
        const target = typeName ? schema.getType(typeName) : parent;
        const set =
          selection.kind === Kind.INLINE_FRAGMENT
            ? selection.selectionSet
            : fragments[selection.name.value]?.selectionSet;
        const key = selection.kind === Kind.FRAGMENT_SPREAD ? selection.name.value : undefined;
        if (!set || !target || !isCompositeType(target) || (key && visiting.has(key))) continue;
        if (key) visiting.add(key);
        cost += measure(set, target, pagedByParent, visiting);
        if (key) visiting.delete(key);
      }
    }
    return cost;
  };

  return measure(operation.selectionSet, root, false, new Set());
}
