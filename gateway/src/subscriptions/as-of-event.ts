import { formatDecimal, type AppointmentEventPayload } from '@hospital/kit';
import { Kind, type FieldNode, type FragmentDefinitionNode, type SelectionSetNode } from 'graphql';

/**
 * The follow-up query reads the appointment as it is when the event is resolved,
 * which may already be a later state (approved, then cancelled a moment after).
 * The fields the event itself knows are therefore shown as of the event, so each
 * notice says what happened then.
 */
const AS_OF_EVENT: Record<string, (payload: AppointmentEventPayload) => unknown> = {
  status: (payload) => payload.status,
  start: (payload) => payload.start,
  end: (payload) => payload.end,
  rescheduleCount: (payload) => payload.rescheduleCount,
  cancellationFee: (payload) =>
    payload.cancellationFeeCents === null ? null : formatDecimal(payload.cancellationFeeCents),
};

/** Response key → what to show, for the event-known fields at the top of the subscriber's selection. */
export function eventFieldsOf(
  selectionSet: SelectionSetNode | undefined,
  fragments: Record<string, FragmentDefinitionNode>,
): [responseKey: string, pick: (payload: AppointmentEventPayload) => unknown][] {
  if (!selectionSet) return [];
  return selectionSet.selections.flatMap((selection) => {
    if (selection.kind === Kind.FIELD) {
      const pick = AS_OF_EVENT[selection.name.value];
      return pick ? [[responseKeyOf(selection), pick] as [string, typeof pick]] : [];
    }
    const nested =
      selection.kind === Kind.INLINE_FRAGMENT ? selection.selectionSet : fragments[selection.name.value]?.selectionSet;
    return eventFieldsOf(nested, fragments);
  });
}

const responseKeyOf = (field: FieldNode) => field.alias?.value ?? field.name.value;

/** The appointment as the subscriber asked for it, with the event-known fields as of the event. */
export function asOfEvent(
  appointment: Record<string, unknown>,
  fields: ReturnType<typeof eventFieldsOf>,
  payload: AppointmentEventPayload,
): Record<string, unknown> {
  const shown = { ...appointment };
  for (const [key, pick] of fields) shown[key] = pick(payload);
  return shown;
}
