import { appointmentPayload } from '@hospital/kit/testing';
import { Kind, parse, type FieldNode, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { asOfEvent, eventFieldsOf } from './as-of-event.js';

const approved = appointmentPayload({ status: 'APPROVED' });

function fieldsOf(source: string) {
  const document = parse(source);
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  )!;
  const fragments = Object.fromEntries(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
  return eventFieldsOf((operation.selectionSet.selections[0] as FieldNode).selectionSet, fragments);
}

describe('asOfEvent', () => {
  it('shows the status and times of the event, not of a later change', () => {
    const fields = fieldsOf(
      'subscription { appointmentStatusChanged(patientId: "p-1") { id state: status ...Times doctor { name } } } fragment Times on Appointment { start cancellationFee }',
    );
    const nowCancelled = {
      id: 'a-1',
      state: 'CANCELLED',
      start: '2026-12-08T09:00:00.000Z',
      cancellationFee: '52.50',
      doctor: { name: 'Dr. K' },
    };
    expect(asOfEvent(nowCancelled, fields, approved)).toEqual({
      id: 'a-1',
      state: 'APPROVED',
      start: '2026-12-07T09:00:00.000Z',
      cancellationFee: null,
      doctor: { name: 'Dr. K' },
    });
  });
});
