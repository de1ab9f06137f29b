import { Kind, parse, print, type FieldNode, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { followUpQuery } from './follow-up.js';

function followUp(source: string) {
  const document = parse(source);
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  )!;
  const field = operation.selectionSet.selections[0] as FieldNode;
  return print(followUpQuery(document, operation, field));
}

describe('followUpQuery', () => {
  it("asks for the event's appointment with the subscriber's selection, under the key they asked for", () => {
    const query = followUp(
      'subscription ($doctorId: ID!) { appointmentRequested(doctorId: $doctorId) { id patient { name } } }',
    );
    expect(query).toContain('query LobbyEvent($__lobbyAppointmentId: ID!)');
    expect(query).toContain('appointmentRequested: appointment(id: $__lobbyAppointmentId)');
    expect(query).toContain('patient {');
    expect(query).not.toContain('$doctorId');
  });

  it('keeps an alias, the variables the selection uses and its fragments', () => {
    const query = followUp(`
      subscription ($p: ID!, $withDoctor: Boolean!) {
        changed: appointmentStatusChanged(patientId: $p) { ...Visit doctor @include(if: $withDoctor) { name } }
      }
      fragment Visit on Appointment { id status start }
    `);
    expect(query).toContain('query LobbyEvent($withDoctor: Boolean!, $__lobbyAppointmentId: ID!)');
    expect(query).toContain('changed: appointment(id: $__lobbyAppointmentId)');
    expect(query).toContain('fragment Visit on Appointment');
  });
});
