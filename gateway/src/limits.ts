import {
  getNamedType,
  getNullableType,
  isCompositeType,
  isListType,
  Kind,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';

/**
 * The budget an operation must fit before the gateway plans it. Depth counts
 * nested fields; cost counts every field once per object it may be read for:
 * a list field multiplies what is under it by its `first` argument (default 20,
 * the connections' own default) or, without one, by LIST_SIZE_GUESS. Under a
 * connection the `edges`/`nodes` list is already counted by `first`.
 * Introspection fields are free: partners must always be able to read the schema.
 */
export const DEFAULT_FIRST = 20;
export const LIST_SIZE_GUESS = 10;
const PAGED_LISTS = new Set(['edges', 'nodes']);

export interface OperationSize {
  depth: number;
  cost: number;
}

function numericArgument(value: ValueNode | undefined, variables: Record<string, unknown>): number | undefined {
  if (!value) return undefined;
  if (value.kind === Kind.INT) return Number(value.value);
  if (value.kind === Kind.VARIABLE) {
    const given = variables[value.name.value];
    return typeof given === 'number' ? given : undefined;
  }
  return undefined;
}

export function measureOperation(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Record<string, unknown> = {},
): OperationSize {
  const root =
    operation.operation === 'query'
      ? schema.getQueryType()
      : operation.operation === 'mutation'
        ? schema.getMutationType()
        : schema.getSubscriptionType();
  if (!root) return { depth: 0, cost: 0 };

  const measure = (
    selectionSet: SelectionSetNode,
    parent: GraphQLCompositeType,
    pagedByParent: boolean,
    visiting: Set<string>,
  ): OperationSize => {
    let depth = 0;
    let cost = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        if (name.startsWith('__')) continue;
        const field = 'getFields' in parent ? parent.getFields()[name] : undefined;
        if (!field) continue;
        const first = selection.arguments?.find((argument) => argument.name.value === 'first');
        const takesFirst = field.args.some((argument) => argument.name === 'first');
        const isList = isListType(getNullableType(field.type));
        const size = takesFirst
          ? (numericArgument(first?.value, variables) ?? DEFAULT_FIRST)
          : isList && !(pagedByParent && PAGED_LISTS.has(name))
            ? LIST_SIZE_GUESS
            : 1;
        const named = getNamedType(field.type);
        const below =
          selection.selectionSet && isCompositeType(named)
            ? measure(selection.selectionSet, named, takesFirst, visiting)
            : { depth: 0, cost: 0 };
        depth = Math.max(depth, 1 + below.depth);
        cost += size * (1 + below.cost);
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
        const inner = measure(set, target, pagedByParent, visiting);
        if (key) visiting.delete(key);
        depth = Math.max(depth, inner.depth);
        cost += inner.cost;
      }
    }
    return { depth, cost };
  };

  return measure(operation.selectionSet, root, false, new Set());
}
