import { buildSubgraphSchema, printSubgraphSchema } from '@apollo/subgraph';

import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { Kind, visit, type DocumentNode, type GraphQLSchema } from 'graphql';
import { gql } from 'graphql-tag';
import { buildSchema, createResolversMap, type NonEmptyArray } from 'type-graphql';
import { extendedStubName, stubReference, type ForeignStub } from './foreign-stub.js';
import { PATIENT_EXPORT_TYPE, patientExportStubReference, type ExportPartSchema } from './patient-export.js';
import { DateTimeScalar } from './scalars.js';

type ResolverMap = NonNullable<
  Extract<Parameters<typeof buildSubgraphSchema>[0], { resolvers?: unknown }>['resolvers']
>;

/** The federation version every subgraph links, pinned once. */
export const FEDERATION_LINK =
  'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable", "@external", "@requires", "@provides", "@inaccessible", "@tag"])';

/** `__resolveReference` per entity type (the reference holds its key fields): type-graphql has no decorator for it. */
export type ReferenceResolvers<Context> = Record<
  string,
  { __resolveReference(reference: Record<string, unknown>, context: Context): unknown }
>;

export interface FederatedSchemaOptions<Context> {
  resolvers: NonEmptyArray<Function>;
  orphanedTypes?: Function[];
  references?: ReferenceResolvers<Context>;
  /** Other subgraphs' types this one extends (`foreignStub(name, 'extends')`): each answers its references from the id alone. */
  stubs?: ForeignStub[];
  /** SDL declared beside the resolvers: types served elsewhere, such as subscriptions the gateway runs. */
  typeDefs?: string;
  /** This subgraph's part of a patient's data export (`exportPartSchema`). */
  exportPart?: ExportPartSchema;
}

/**
 * The root types' own descriptions. Every subgraph declares its part of each root type; all
 * give the same words, so composition keeps them as they are.
 */
const ROOT_DESCRIPTIONS = {
  Query:
    'What can be read. Each field says who may read it: a caller without that right is told FORBIDDEN, one without a valid token UNAUTHENTICATED.',
  Mutation:
    'What can be changed. Each field says who may call it. A refused or failed call changes none of the records it was to change, or says which part it kept (importAnalyticsCsv keeps the files before a bad one); a refusal may still be audited or count towards a sign-in lockout.',
  Subscription:
    'Live events, over graphql-ws at the gateway\'s /graphql: the connection_init payload carries `authorization: "Bearer <token>"`, and each event is checked against the subscriber\'s rights before it is sent.',
} as const;

/** The root types as the SDL defines them, each with its description (no subgraph writes one itself). */
function describeRootTypes(document: DocumentNode): DocumentNode {
  return visit(document, {
    ObjectTypeDefinition: (node) => {
      const description = ROOT_DESCRIPTIONS[node.name.value as keyof typeof ROOT_DESCRIPTIONS];
      return description ? { ...node, description: { kind: Kind.STRING, value: description, block: true } } : node;
    },
  });
}

/**
 * Builds a type-graphql schema, prints it with its federation directives and
 * rebuilds it as an Apollo subgraph, so that `_entities` and `_service` exist.
 */
export async function buildFederatedSchema<Context>(options: FederatedSchemaOptions<Context>): Promise<GraphQLSchema> {
  const { exportPart } = options;
  const schema = await buildSchema({
    resolvers: exportPart ? [...options.resolvers, exportPart.resolver] : options.resolvers,
    // Nothing returns the export's stub here; the gateway reaches the part through `_entities`.
    orphanedTypes: [...(options.orphanedTypes ?? []), ...(exportPart ? [exportPart.stub] : [])],
    scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
    validate: { forbidUnknownValues: false, validationError: { target: false, value: false } },
    skipCheck: true,
  });
  const resolvers = createResolversMap(schema) as Record<string, Record<string, unknown>>;
  const references = {
    ...Object.fromEntries((options.stubs ?? []).map((stub) => [extendedStubName(stub), stubReference])),
    ...options.references,
    ...(exportPart ? { [PATIENT_EXPORT_TYPE]: patientExportStubReference } : {}),
  };
  for (const [typeName, reference] of Object.entries(references)) {
    resolvers[typeName] = { ...resolvers[typeName], ...reference };
  }
  return buildSubgraphSchema({
    typeDefs: describeRootTypes(gql`
      ${FEDERATION_LINK}
      ${printSchemaWithDirectives(schema)}
      ${options.typeDefs ?? ''}
    `),
    resolvers: resolvers as ResolverMap,
  });
}

/** The subgraph's SDL as composition reads it. */
export const printSubgraphSdl = (schema: GraphQLSchema): string => printSubgraphSchema(schema);
