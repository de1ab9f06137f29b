import { BusinessRuleViolation, ForbiddenError, Role, type Viewer } from '@hospital/kit';
import { testViewer } from '@hospital/kit/testing';
import { describe, expect, it } from 'vitest';
import { InvoiceKind, InvoiceStatus } from './invoice.enums.js';
import {
  amountsOf,
  billingOf,
  invalidTransition,
  listedPatient,
  mayPayInvoice,
  mayReadInvoice,
  mayVoidInvoice,
  seesInvoices,
  transitionOf,
  type InvoiceAction,
} from './invoice.rules.js';

const viewer = (role: Role, id = `${role.toLowerCase()}-1`): Viewer => testViewer(role, id);
const { PENDING, PAID, VOID, REFUNDED } = InvoiceStatus;

describe('amountsOf', () => {
  it.each([
    // subtotal, tax, total (cents)
    [10_000, 500, 10_500],
    [1_050, 53, 1_103], // 52.5 cents of tax rounds up: 10.50 → 0.53 → 11.03
    [1_010, 51, 1_061], // 50.5 → 51
    [1_030, 52, 1_082], // 51.5 → 52
    [1_009, 50, 1_059], // 50.45 → 50
    [5_025, 251, 5_276], // half of 100.50: 251.25 → 251
    [1, 0, 1],
    [10, 1, 11], // 0.5 → 1, half away from zero
    [0, 0, 0],
  ])('subtotal %i → tax %i, total %i', (subtotal, tax, total) => {
    expect(amountsOf(subtotal)).toEqual({ subtotalCents: subtotal, taxCents: tax, totalCents: total });
  });

  it('keeps total = subtotal + tax for every amount up to 1000.00', () => {
    for (let cents = 0; cents <= 100_000; cents += 7) {
      const { subtotalCents, taxCents, totalCents } = amountsOf(cents);
      expect(totalCents).toBe(subtotalCents + taxCents);
      expect(Math.abs(taxCents - cents * 0.05)).toBeLessThanOrEqual(0.5);
    }
  });
});

describe('billingOf', () => {
  const visit = { priceCents: 10_050, cancellationFeeCents: null };

  it('bills a completed visit its booked price as a consultation', () => {
    expect(billingOf('appointments.completed', visit)).toEqual({
      action: 'charge',
      kind: InvoiceKind.CONSULTATION,
      subtotalCents: 10_050,
    });
  });

  it('bills a missed visit its whole price', () => {
    expect(billingOf('appointments.no-show', visit)).toEqual({
      action: 'charge',
      kind: InvoiceKind.NO_SHOW_FEE,
      subtotalCents: 10_050,
    });
  });

  it('bills a late cancellation the fee the appointments domain worked out', () => {
    expect(billingOf('appointments.cancelled', { ...visit, cancellationFeeCents: 5_025 })).toEqual({
      action: 'charge',
      kind: InvoiceKind.CANCELLATION_FEE,
      subtotalCents: 5_025,
    });
  });

  it.each([0, null])('reverses the bill of a visit cancelled with a fee of %s', (fee) => {
    expect(billingOf('appointments.cancelled', { ...visit, cancellationFeeCents: fee })).toEqual({
      action: 'reverse',
    });
  });
});

describe('transitions', () => {
  it.each<[InvoiceAction, InvoiceStatus, InvoiceStatus]>([
    ['pay', PENDING, PAID],
    ['void', PENDING, VOID],
    ['refund', PAID, REFUNDED],
  ])('%s moves %s → %s', (action, from, to) => expect(transitionOf(action)).toEqual({ from, to }));

  it('never leads back to PENDING', () => {
    for (const action of ['pay', 'void', 'refund'] as const) expect(transitionOf(action).to).not.toBe(PENDING);
  });

  it.each<[InvoiceAction, InvoiceStatus, string]>([
    ['pay', PAID, 'A PAID invoice cannot be paid; only a PENDING one can'],
    ['pay', VOID, 'A VOID invoice cannot be paid; only a PENDING one can'],
    ['void', PAID, 'A PAID invoice cannot be voided; only a PENDING one can'],
    ['void', REFUNDED, 'A REFUNDED invoice cannot be voided; only a PENDING one can'],
    ['refund', PENDING, 'A PENDING invoice cannot be refunded; only a PAID one can'],
  ])('refuses to %s a %s invoice with INVALID_TRANSITION', (action, current, message) => {
    const error = invalidTransition(action, current);
    expect(error).toBeInstanceOf(BusinessRuleViolation);
    expect(error.rule).toBe('INVALID_TRANSITION');
    expect(error.message).toBe(message);
    expect(error.extensions['status']).toBe(current);
  });
});

describe('who may do what with invoices', () => {
  const own = { patientId: 'patient-1' };
  const someoneElses = { patientId: 'patient-2' };
  const patient = viewer(Role.PATIENT);

  it.each([
    [Role.PATIENT, true],
    [Role.STAFF, true],
    [Role.ADMIN, true],
    [Role.DOCTOR, false],
    [Role.STAKEHOLDER, false],
  ])('%s sees invoices: %s', (role, sees) => expect(seesInvoices(viewer(role))).toBe(sees));

  it('lets a patient read and pay their own invoice only', () => {
    expect(mayReadInvoice(patient, own)).toBe(true);
    expect(mayPayInvoice(patient, own)).toBe(true);
    expect(mayReadInvoice(patient, someoneElses)).toBe(false);
    expect(mayPayInvoice(patient, someoneElses)).toBe(false);
  });

  it.each([Role.STAFF, Role.ADMIN])('lets %s read and pay any invoice', (role) => {
    expect(mayReadInvoice(viewer(role), someoneElses)).toBe(true);
    expect(mayPayInvoice(viewer(role), someoneElses)).toBe(true);
  });

  it.each([Role.DOCTOR, Role.STAKEHOLDER])('lets %s neither read nor pay, even with a matching id', (role) => {
    const sameId = viewer(role, 'patient-1');
    expect(mayReadInvoice(sameId, own)).toBe(false);
    expect(mayPayInvoice(sameId, own)).toBe(false);
  });

  it.each([
    [Role.STAFF, true],
    [Role.ADMIN, true],
    [Role.PATIENT, false],
    [Role.DOCTOR, false],
    [Role.STAKEHOLDER, false],
  ])('%s may void: %s', (role, may) => expect(mayVoidInvoice(viewer(role))).toBe(may));
});

describe('listedPatient', () => {
  const refusal = (work: () => unknown) => {
    try {
      work();
    } catch (error) {
      return error;
    }
    return undefined;
  };

  it('narrows a patient to themself, named or not', () => {
    expect(listedPatient(viewer(Role.PATIENT), undefined)).toBe('patient-1');
    expect(listedPatient(viewer(Role.PATIENT), 'patient-1')).toBe('patient-1');
  });

  it('refuses a patient who names someone else', () => {
    expect(refusal(() => listedPatient(viewer(Role.PATIENT), 'patient-2'))).toBeInstanceOf(ForbiddenError);
  });

  it.each([Role.STAFF, Role.ADMIN])('gives %s whoever they name, or everyone', (role) => {
    expect(listedPatient(viewer(role), 'patient-2')).toBe('patient-2');
    expect(listedPatient(viewer(role), null)).toBeUndefined();
  });

  it.each([Role.DOCTOR, Role.STAKEHOLDER])('refuses %s', (role) => {
    expect(refusal(() => listedPatient(viewer(role), undefined))).toBeInstanceOf(ForbiddenError);
  });
});
