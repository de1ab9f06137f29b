import {
  Kind,
  visit,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
} from 'graphql';

/** The variable the follow-up query takes the appointment's id in; no client variable can clash with it. */
export const APPOINTMENT_ID_VARIABLE = '__lobbyAppointmentId';

/** The follow-up query's name: the gateway's own operation, counted by it in the operation metrics. */
export const FOLLOW_UP_OPERATION = 'LobbyEvent';

/**
 * For each lobby event the subscriber's selection is resolved as a query, so that
 * fields from every subgraph (`patient { name }`, `service { name }`) resolve as
 * in any query, with the subscriber's own permissions:
 *
 *   subscription ($d: ID!) { appointmentRequested(doctorId: $d) { id patient { name } } }
 * becomes
 *   query ($d: ID!, $__lobbyAppointmentId: ID!) {
 *     appointmentRequested: appointment(id: $__lobbyAppointmentId) { id patient { name } }
 *   }
 *
 * The alias keeps the response key the subscriber asked for; the fragments come along.
 */
export function followUpQuery(
  document: DocumentNode,
  operation: OperationDefinitionNode,
  field: FieldNode,
): DocumentNode {
  const fragments = document.definitions.filter(
    (definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION,
  );
  // Only the variables the selection itself uses: the root field's own arguments are gone.
  const used = new Set<string>();
  for (const node of [field.selectionSet, ...fragments]) {
    if (node) visit(node, { Variable: (variable) => void used.add(variable.name.value) });
  }
  const query: OperationDefinitionNode = {
    kind: Kind.OPERATION_DEFINITION,
    operation: 'query' as OperationDefinitionNode['operation'],
    name: { kind: Kind.NAME, value: FOLLOW_UP_OPERATION },
    variableDefinitions: [
      ...(operation.variableDefinitions ?? []).filter((definition) => used.has(definition.variable.name.value)),
      {
        kind: Kind.VARIABLE_DEFINITION,
        variable: { kind: Kind.VARIABLE, name: { kind: Kind.NAME, value: APPOINTMENT_ID_VARIABLE } },
        type: { kind: Kind.NON_NULL_TYPE, type: { kind: Kind.NAMED_TYPE, name: { kind: Kind.NAME, value: 'ID' } } },
      },
    ],
    directives: [],
    selectionSet: {
      kind: Kind.SELECTION_SET,
      selections: [
        {
          ...field,
          alias: field.alias ?? { kind: Kind.NAME, value: field.name.value },
          name: { kind: Kind.NAME, value: 'appointment' },
          arguments: [
            {
              kind: Kind.ARGUMENT,
              name: { kind: Kind.NAME, value: 'id' },
              value: { kind: Kind.VARIABLE, name: { kind: Kind.NAME, value: APPOINTMENT_ID_VARIABLE } },
            },
          ],
        },
      ],
    },
  };
  return { kind: Kind.DOCUMENT, definitions: [query, ...fragments] };
}
