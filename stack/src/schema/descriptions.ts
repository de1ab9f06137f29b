import {
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isIntrospectionType,
  isObjectType,
  isSpecifiedScalarType,
  type GraphQLSchema,
} from 'graphql';

const described = (description: string | null | undefined) => Boolean(description?.trim());

/** How many elements of each kind the schema has, and how many of them are described. */
export interface DescriptionCoverage {
  kinds: Record<'types' | 'fields' | 'arguments' | 'inputFields' | 'enumValues', { described: number; all: number }>;
  /** Schema coordinates of the undescribed ones: `Type`, `Type.field`, `Type.field(argument:)`, `Enum.VALUE`. */
  undescribed: string[];
  /** Deprecated elements whose reason names no replacement in backticks ("Use `Visit.doctor`"). */
  deprecatedWithoutReplacement: string[];
}

/** A deprecation tells a partner what to use instead: a schema name in backticks. */
const NAMES_REPLACEMENT = /`[^`]+`/;

/**
 * Every type, field, argument, input field and enum value a partner can introspect, checked for a
 * description, and each deprecated one for the replacement it names. GraphQL's own types and
 * scalars are described by the specification.
 */
export function descriptionCoverage(schema: GraphQLSchema): DescriptionCoverage {
  const kinds: DescriptionCoverage['kinds'] = {
    types: { described: 0, all: 0 },
    fields: { described: 0, all: 0 },
    arguments: { described: 0, all: 0 },
    inputFields: { described: 0, all: 0 },
    enumValues: { described: 0, all: 0 },
  };
  const undescribed: string[] = [];
  const deprecatedWithoutReplacement: string[] = [];
  const count = (
    kind: keyof typeof kinds,
    coordinate: string,
    { description, deprecationReason }: { description?: string | null; deprecationReason?: string | null },
  ) => {
    kinds[kind].all += 1;
    if (described(description)) kinds[kind].described += 1;
    else undescribed.push(coordinate);
    if (deprecationReason !== null && deprecationReason !== undefined && !NAMES_REPLACEMENT.test(deprecationReason)) {
      deprecatedWithoutReplacement.push(coordinate);
    }
  };
  for (const type of Object.values(schema.getTypeMap())) {
    if (isIntrospectionType(type) || isSpecifiedScalarType(type)) continue;
    count('types', type.name, type);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        count('fields', `${type.name}.${field.name}`, field);
        for (const argument of field.args) {
          count('arguments', `${type.name}.${field.name}(${argument.name}:)`, argument);
        }
      }
    }
    if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        count('inputFields', `${type.name}.${field.name}`, field);
      }
    }
    if (isEnumType(type)) {
      for (const value of type.getValues()) count('enumValues', `${type.name}.${value.name}`, value);
    }
  }
  return { kinds, undescribed, deprecatedWithoutReplacement };
}
