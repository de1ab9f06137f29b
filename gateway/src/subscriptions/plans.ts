import { assertDocumentLimits, DEFAULT_DOCUMENT_LIMITS, parseWithinLimits, type DocumentLimits } from '@hospital/kit';
import {
  getOperationAST,
  GraphQLError,
  Kind,
  print,
  validate,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { eventFieldsOf } from './as-of-event.js';
import type { AnyPayload, SubscriptionField } from './declaration.js';
import { SUBSCRIPTION_FIELDS } from './fields/index.js';
import { followUpQuery } from './follow-up.js';

/**
 * What every subscription sent as the same document and operation name has in
 * common, worked out once: the parsed and validated document, the field it
 * subscribes to, its declaration and its follow-up query. A subscription adds
 * only its arguments (whose lobby it is, which period) and its variables.
 */
export interface LobbyPlan {
  document: DocumentNode;
  operation: OperationDefinitionNode;
  /** The subscription field's name, one of SUBSCRIPTION_FIELDS (the alias is the client's). */
  field: string;
  fieldNode: FieldNode;
  definition: GraphQLField<unknown, unknown>;
  lobby: SubscriptionField;
  /** Where the watched id comes from: the variable that holds it, or the literal in the document. */
  watched: { variable: string } | { value: string } | undefined;
  followUp: DocumentNode;
  /** The follow-up printed: what makes two subscribers' follow-ups the same query. */
  followUpText: string;
  /** The subscription's variables the follow-up declares; the others do not change its result. */
  followUpVariables: readonly string[];
  responseKey: string;
  /** The selected fields the event itself knows, shown as of the event. */
  eventFields: ReturnType<typeof eventFieldsOf<AnyPayload>>;
}

export const badRequest = (message: string) => [new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } })];

/**
 * A subscription's plan, or why it cannot be served (the same whoever sends it).
 * The document is held to the front door's limits before it is validated, as
 * over HTTP.
 */
export function planSubscription(
  schema: GraphQLSchema,
  query: string,
  operationName: string | null | undefined,
  limits: DocumentLimits = DEFAULT_DOCUMENT_LIMITS,
): LobbyPlan | readonly GraphQLError[] {
  let document: DocumentNode;
  try {
    document = parseWithinLimits(query, limits);
    assertDocumentLimits(document, limits);
  } catch (error) {
    return [error as GraphQLError];
  }
  const invalid = validate(schema, document);
  if (invalid.length) return invalid;
  const operation = getOperationAST(document, operationName);
  if (operation?.operation !== 'subscription') {
    return badRequest('Only subscriptions are served over this socket; send queries and mutations over HTTP');
  }
  const field = operation.selectionSet.selections[0];
  if (field?.kind !== Kind.FIELD) return badRequest('Select the subscription field itself, not a fragment of it');
  const lobby = SUBSCRIPTION_FIELDS[field.name.value];
  const definition = schema.getSubscriptionType()?.getFields()[field.name.value];
  if (!lobby || !definition) return badRequest(`${field.name.value} is not served by the lobby`);
  const argument = lobby.argument && field.arguments?.find((node) => node.name.value === lobby.argument)?.value;
  const followUp = followUpQuery(document, operation, field, lobby.followUp);
  const byIdVariable = lobby.followUp.byId?.variable;
  const fragments: Record<string, FragmentDefinitionNode> = Object.fromEntries(
    document.definitions.flatMap((definition) =>
      definition.kind === Kind.FRAGMENT_DEFINITION ? [[definition.name.value, definition]] : [],
    ),
  );
  return {
    document,
    operation,
    field: field.name.value,
    fieldNode: field,
    definition,
    lobby,
    watched:
      argument && argument.kind === Kind.VARIABLE
        ? { variable: argument.name.value }
        : argument && argument.kind === Kind.STRING
          ? { value: argument.value }
          : undefined,
    followUp,
    followUpText: print(followUp),
    followUpVariables: followUp.definitions.flatMap((definition) =>
      definition.kind === Kind.OPERATION_DEFINITION
        ? (definition.variableDefinitions ?? [])
            .map((variable) => variable.variable.name.value)
            .filter((name) => name !== byIdVariable)
        : [],
    ),
    responseKey: field.alias?.value ?? field.name.value,
    eventFields: eventFieldsOf<AnyPayload>(field.selectionSet, fragments, lobby.asOfEvent ?? {}),
  };
}

export const isPlan = (planned: LobbyPlan | readonly GraphQLError[]): planned is LobbyPlan => !Array.isArray(planned);

/**
 * Plans by document text, so that thousands of sockets sending the same
 * subscription hold one parsed document between them and it is parsed and
 * validated once. Bounded: the least recently used plan goes first, and a
 * document longer than any page sends is planned for its socket alone, so
 * that no client can pin large documents in the cache.
 */
export class LobbyPlans {
  private readonly plans = new Map<string, LobbyPlan | readonly GraphQLError[]>();

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly limits: DocumentLimits = DEFAULT_DOCUMENT_LIMITS,
    private readonly capacity = 256,
    private readonly longestCached = 8_192,
  ) {}

  plan(query: string, operationName: string | null | undefined): LobbyPlan | readonly GraphQLError[] {
    const plan = () => planSubscription(this.schema, query, operationName, this.limits);
    if (query.length > this.longestCached) return plan();
    // Unambiguous whatever the client sends: no one's request can take another's plan.
    const key = JSON.stringify([operationName ?? null, query]);
    const known = this.plans.get(key);
    if (known) {
      this.plans.delete(key);
      this.plans.set(key, known);
      return known;
    }
    const planned = plan();
    const oldest = this.plans.keys().next();
    if (this.plans.size >= this.capacity && !oldest.done) this.plans.delete(oldest.value);
    this.plans.set(key, planned);
    return planned;
  }
}
