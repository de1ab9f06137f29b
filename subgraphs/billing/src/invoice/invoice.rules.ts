import {
  BusinessRuleViolation,
  ForbiddenError,
  hasRole,
  percentOf,
  Role,
  type Cents,
  type Viewer,
} from '@hospital/kit';
import { type AppointmentEventPayload } from '@hospital/kit/events';
import { InvoiceKind, InvoiceStatus } from './invoice.enums.js';

/** docs/rules.md#money: every invoice adds 5 % tax. */
export const TAX_PERCENT = 5;

export interface InvoiceAmounts {
  subtotalCents: Cents;
  taxCents: Cents;
  totalCents: Cents;
}

/** tax = round(subtotal × 5 %, to the cent, half away from zero); total = subtotal + tax. */
export function amountsOf(subtotalCents: Cents): InvoiceAmounts {
  const taxCents = percentOf(subtotalCents, TAX_PERCENT, 100);
  return { subtotalCents, taxCents, totalCents: subtotalCents + taxCents };
}

/** The appointment events that end a visit, the only ones that can bill it. */
export const VISIT_ENDINGS = ['appointments.completed', 'appointments.cancelled', 'appointments.no-show'] as const;
export type VisitEnding = (typeof VISIT_ENDINGS)[number];

export type Billing =
  | { action: 'charge'; kind: InvoiceKind; subtotalCents: Cents }
  /** Cancelled in time, or by the doctor: whatever the visit was billed is given back. */
  | { action: 'reverse' };

/**
 * What an ending means for the visit's bill. The amounts are the appointments
 * domain's: the price when the visit was booked (a later price change does not
 * reach it) and the cancellation fee it already worked out.
 */
export function billingOf(
  ending: VisitEnding,
  visit: Pick<AppointmentEventPayload, 'priceCents' | 'cancellationFeeCents'>,
): Billing {
  switch (ending) {
    case 'appointments.completed':
      return { action: 'charge', kind: InvoiceKind.CONSULTATION, subtotalCents: visit.priceCents };
    case 'appointments.no-show':
      return { action: 'charge', kind: InvoiceKind.NO_SHOW_FEE, subtotalCents: visit.priceCents };
    case 'appointments.cancelled':
      return visit.cancellationFeeCents
        ? { action: 'charge', kind: InvoiceKind.CANCELLATION_FEE, subtotalCents: visit.cancellationFeeCents }
        : { action: 'reverse' };
  }
}

/** What can happen to an invoice once it exists. */
export type InvoiceAction = 'pay' | 'void' | 'refund';

const { PENDING, PAID, VOID, REFUNDED } = InvoiceStatus;

/** docs/rules.md#money: PENDING → PAID | VOID; PAID → REFUNDED. Nothing ever returns to PENDING. */
const TRANSITIONS: Record<InvoiceAction, { from: InvoiceStatus; to: InvoiceStatus }> = {
  pay: { from: PENDING, to: PAID },
  void: { from: PENDING, to: VOID },
  refund: { from: PAID, to: REFUNDED },
};

/** The one status `action` starts from and the one it leads to: the two halves of its conditional UPDATE. */
export const transitionOf = (action: InvoiceAction): { from: InvoiceStatus; to: InvoiceStatus } => TRANSITIONS[action];

/** INVALID_TRANSITION: the invoice was not where `action` starts from (`current` is where it was). */
export function invalidTransition(action: InvoiceAction, current: InvoiceStatus): BusinessRuleViolation {
  const { from } = TRANSITIONS[action];
  return new BusinessRuleViolation(
    'INVALID_TRANSITION',
    `A ${current} invoice cannot be ${action === 'pay' ? 'paid' : `${action}ed`}; only a ${from} one can`,
    { status: current },
  );
}

/** Whose invoices a viewer may see at all (docs/rules.md#roles, "invoices and payments"). */
const isDesk = (viewer: Viewer) => hasRole(viewer, Role.STAFF, Role.ADMIN);
const isPatientOf = (viewer: Viewer, invoice: { patientId: string }) =>
  viewer.role === Role.PATIENT && viewer.id === invoice.patientId;

/** A patient, the desk and administrators have invoices to see; doctors and stakeholders none. */
export const seesInvoices = (viewer: Viewer): boolean => isDesk(viewer) || viewer.role === Role.PATIENT;

/** Read: a patient their own, STAFF and ADMIN all. */
export const mayReadInvoice = (viewer: Viewer, invoice: { patientId: string }): boolean =>
  isDesk(viewer) || isPatientOf(viewer, invoice);

/** Pay: whoever may read it — the patient their own, the desk any. */
export const mayPayInvoice = (viewer: Viewer, invoice: { patientId: string }): boolean =>
  mayReadInvoice(viewer, invoice);

/** Void: the desk and administrators only. */
export const mayVoidInvoice = (viewer: Viewer): boolean => isDesk(viewer);

export const NO_INVOICES_FOR_ROLE = 'Invoices are open to the patient, the desk and administrators';

/**
 * The patient a list of invoices is narrowed to: the one asked for (everyone's
 * when none) for the desk; for a patient always themself, and FORBIDDEN when
 * they name someone else.
 */
export function listedPatient(viewer: Viewer, requested: string | null | undefined): string | undefined {
  if (isDesk(viewer)) return requested ?? undefined;
  if (viewer.role !== Role.PATIENT) throw new ForbiddenError(NO_INVOICES_FOR_ROLE);
  if (requested && requested !== viewer.id) throw new ForbiddenError('A patient may only see their own invoices');
  return viewer.id;
}
