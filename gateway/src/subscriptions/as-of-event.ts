import { formatDecimal } from '@hospital/kit';
import { type AppointmentEventPayload } from '@hospital/kit/events';
import { Kind, type FieldNode, type FragmentDefinitionNode, type SelectionSetNode } from 'graphql';

/**
 * What a subscription field shows as of its event: the follow-up query reads the
 * data as it is when the event is resolved, which may already be a later state
 * (approved, then cancelled a moment after). The fields the event itself knows
 * are therefore taken from the event, so each notice says what happened then.
 * By field name, at the top of the subscriber's selection.
 */
export type AsOfEvent<Payload> = Readonly<Record<string, (payload: Payload) => unknown>>;

/** The lobby's appointment fields: the status, times and fee the event carries. */
export const APPOINTMENT_AS_OF_EVENT: AsOfEvent<AppointmentEventPayload> = {
  status: (payload) => payload.status,
  start: (payload) => payload.start,
  end: (payload) => payload.end,
  rescheduleCount: (payload) => payload.rescheduleCount,
  cancellationFee: (payload) =>
    payload.cancellationFeeCents === null ? null : formatDecimal(payload.cancellationFeeCents),
};

/** Response key → what to show, for the event-known fields at the top of the subscriber's selection. */
export function eventFieldsOf<Payload = AppointmentEventPayload>(
  selectionSet: SelectionSetNode | undefined,
  fragments: Record<string, FragmentDefinitionNode>,
  // Without a map of its own, a selection is an appointment's (the lobby's fields).
  known = APPOINTMENT_AS_OF_EVENT as unknown as AsOfEvent<Payload>,
): [responseKey: string, pick: (payload: Payload) => unknown][] {
  if (!selectionSet) return [];
  return selectionSet.selections.flatMap((selection) => {
    if (selection.kind === Kind.FIELD) {
      const pick = known[selection.name.value];
      return pick ? [[responseKeyOf(selection), pick] as [string, typeof pick]] : [];
    }
    const nested =
      selection.kind === Kind.INLINE_FRAGMENT ? selection.selectionSet : fragments[selection.name.value]?.selectionSet;
    return eventFieldsOf(nested, fragments, known);
  });
}

const responseKeyOf = (field: FieldNode) => field.alias?.value ?? field.name.value;

/** The data as the subscriber asked for it, with the event-known fields as of the event. */
export function asOfEvent<Payload>(
  data: Record<string, unknown>,
  fields: ReturnType<typeof eventFieldsOf<Payload>>,
  payload: Payload,
): Record<string, unknown> {
  const shown = { ...data };
  for (const [key, pick] of fields) shown[key] = pick(payload);
  return shown;
}
