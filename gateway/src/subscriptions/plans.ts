import { assertDocumentLimits, DEFAULT_DOCUMENT_LIMITS, parseWithinLimits, type DocumentLimits } from '@hospital/kit';
import {
  getOperationAST,
  GraphQLError,
  Kind,
  print,
  validate,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
} from 'graphql';
import { eventFieldsOf } from './as-of-event.js';
import { APPOINTMENT_ID_VARIABLE, followUpQuery } from './follow-up.js';
import { LOBBY_FIELDS, type LobbyField } from './lobby.js';

/**
 * What every subscription sent as the same document and operation name has in
 * common, worked out once: the parsed and validated document, the lobby field it
 * watches and its follow-up query. A subscription adds only whose lobby it is
 * and its variables.
 */
export interface LobbyPlan {
  document: DocumentNode;
  /** The subscription field's name, one of LOBBY_FIELDS (the alias is the client's). */
  field: string;
  lobby: LobbyField;
  /** Where the watched id comes from: the variable that holds it, or the literal in the document. */
  watched: { variable: string } | { value: string } | undefined;
  followUp: DocumentNode;
  /** The follow-up printed: what makes two subscribers' follow-ups the same query. */
  followUpText: string;
  /** The subscription's variables the follow-up declares; the others do not change its result. */
  followUpVariables: readonly string[];
  responseKey: string;
  /** The selected fields the event itself knows, shown as of the event. */
  eventFields: ReturnType<typeof eventFieldsOf>;
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
  const lobby = LOBBY_FIELDS[field.name.value];
  if (!lobby) return badRequest(`${field.name.value} is not served by the lobby`);
  const argument = field.arguments?.find((node) => node.name.value === lobby.argument)?.value;
  const followUp = followUpQuery(document, operation, field);
  const fragments: Record<string, FragmentDefinitionNode> = Object.fromEntries(
    document.definitions.flatMap((definition) =>
      definition.kind === Kind.FRAGMENT_DEFINITION ? [[definition.name.value, definition]] : [],
    ),
  );
  return {
    document,
    field: field.name.value,
    lobby,
    watched:
      argument?.kind === Kind.VARIABLE
        ? { variable: argument.name.value }
        : argument?.kind === Kind.STRING
          ? { value: argument.value }
          : undefined,
    followUp,
    followUpText: print(followUp),
    followUpVariables: followUp.definitions.flatMap((definition) =>
      definition.kind === Kind.OPERATION_DEFINITION
        ? (definition.variableDefinitions ?? [])
            .map((variable) => variable.variable.name.value)
            .filter((name) => name !== APPOINTMENT_ID_VARIABLE)
        : [],
    ),
    responseKey: field.alias?.value ?? field.name.value,
    eventFields: eventFieldsOf(field.selectionSet, fragments),
  };
}

export const isPlan = (planned: LobbyPlan | readonly GraphQLError[]): planned is LobbyPlan => !Array.isArray(planned);

/**
 * Plans by document text, so that thousands of sockets sending the same
 * subscription hold one parsed document between them and it is parsed and
 * validated once. Bounded: the least recently used plan goes first, and a
 * document longer than any lobby page sends is planned for its socket alone, so
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
    if (query.length > this.longestCached) return planSubscription(this.schema, query, operationName, this.limits);
    // Unambiguous whatever the client sends: no one's request can take another's plan.
    const key = JSON.stringify([operationName ?? null, query]);
    const known = this.plans.get(key);
    if (known) {
      this.plans.delete(key);
      this.plans.set(key, known);
      return known;
    }
    const planned = planSubscription(this.schema, query, operationName, this.limits);
    const oldest = this.plans.keys().next();
    if (this.plans.size >= this.capacity && !oldest.done) this.plans.delete(oldest.value);
    this.plans.set(key, planned);
    return planned;
  }
}
