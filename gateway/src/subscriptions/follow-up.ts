import {
  Kind,
  visit,
  type ArgumentNode,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
} from 'graphql';

/** The variable the follow-up query takes the appointment's id in; no client variable can clash with it. */
export const APPOINTMENT_ID_VARIABLE = '__lobbyAppointmentId';

/** The follow-up query's name: the gateway's own operation, counted by it in the operation metrics. */
export const FOLLOW_UP_OPERATION = 'LobbyEvent';

/** Which query field a subscription field's follow-up reads, and where that field's arguments come from. */
export interface FollowUpShape {
  /** A field of `Query` returning the subscription field's type. */
  field: string;
  /** Its argument that takes the id the event names, given in `variable` (an `ID!`). */
  byId?: { argument: string; variable: string };
  /** Arguments of the subscription field handed on to `field` as the subscriber wrote them (literals or variables). */
  passed?: readonly string[];
}

/** The lobby's appointment fields read the event's appointment. */
export const APPOINTMENT_FOLLOW_UP: FollowUpShape = {
  field: 'appointment',
  byId: { argument: 'id', variable: APPOINTMENT_ID_VARIABLE },
};

const name = (value: string) => ({ kind: Kind.NAME, value }) as const;

/**
 * For each event the subscriber's selection is resolved as a query, so that
 * fields from every subgraph (`patient { name }`, `service { name }`) resolve as
 * in any query, with the subscriber's own permissions:
 *
 *   subscription ($d: ID!) { appointmentRequested(doctorId: $d) { id patient { name } } }
 * becomes
 *   query ($__lobbyAppointmentId: ID!) {
 *     appointmentRequested: appointment(id: $__lobbyAppointmentId) { id patient { name } }
 *   }
 *
 * and `revenueReportChanged(from: $from, to: $to) { … }` becomes
 * `revenueReportChanged: revenueReport(from: $from, to: $to) { … }`, its arguments passed on.
 * The alias keeps the response key the subscriber asked for; the fragments come along.
 */
export function followUpQuery(
  document: DocumentNode,
  operation: OperationDefinitionNode,
  field: FieldNode,
  shape: FollowUpShape = APPOINTMENT_FOLLOW_UP,
): DocumentNode {
  const fragments = document.definitions.filter(
    (definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION,
  );
  const passed = (field.arguments ?? []).filter((argument) => shape.passed?.includes(argument.name.value));
  const byId: ArgumentNode[] = shape.byId
    ? [
        {
          kind: Kind.ARGUMENT,
          name: name(shape.byId.argument),
          value: { kind: Kind.VARIABLE, name: name(shape.byId.variable) },
        },
      ]
    : [];
  // Only the variables the follow-up itself uses: the root field's other arguments are gone.
  const used = new Set<string>();
  for (const node of [field.selectionSet, ...passed, ...fragments]) {
    if (node) visit(node, { Variable: (variable) => void used.add(variable.name.value) });
  }
  const query: OperationDefinitionNode = {
    kind: Kind.OPERATION_DEFINITION,
    operation: 'query' as OperationDefinitionNode['operation'],
    name: name(FOLLOW_UP_OPERATION),
    variableDefinitions: [
      ...(operation.variableDefinitions ?? []).filter((definition) => used.has(definition.variable.name.value)),
      ...(shape.byId
        ? [
            {
              kind: Kind.VARIABLE_DEFINITION,
              variable: { kind: Kind.VARIABLE, name: name(shape.byId.variable) },
              type: { kind: Kind.NON_NULL_TYPE, type: { kind: Kind.NAMED_TYPE, name: name('ID') } },
            } as const,
          ]
        : []),
    ],
    directives: [],
    selectionSet: {
      kind: Kind.SELECTION_SET,
      selections: [
        {
          ...field,
          alias: field.alias ?? name(field.name.value),
          name: name(shape.field),
          arguments: [...byId, ...passed],
        },
      ],
    },
  };
  return { kind: Kind.DOCUMENT, definitions: [query, ...fragments] };
}
