import {
  AuditOutcome,
  AuditTrail,
  ForbiddenError,
  isUniqueViolation,
  mustExist,
  newId,
  NotFoundError,
  requireViewer,
  type AuditEntry,
  type Caller,
  type Cents,
  type Clock,
  type Connection,
  type PageArgs,
  type Viewer,
} from '@hospital/kit';
import { type AppointmentEventPayload, type Emit, type UnitOfWork } from '@hospital/kit/events';
import { In, type EntityManager, type Repository } from 'typeorm';
import type { BillingLoaders } from '../context.js';
import { Payment } from '../payment/payment.entity.js';
import { Refund } from '../refund/refund.entity.js';
import { InvoiceStatus, type InvoiceKind } from './invoice.enums.js';
import { Invoice } from './invoice.entity.js';
import { invoiceFacts } from './invoice.events.js';
import type { InvoiceFilter } from './invoice.input.js';
import { newestFirst } from './invoice.page.js';
import {
  amountsOf,
  invalidTransition,
  listedPatient,
  mayReadInvoice,
  mayVoidInvoice,
  NO_INVOICES_FOR_ROLE,
  seesInvoices,
  transitionOf,
  type InvoiceAction,
} from './invoice.rules.js';

/** Which invoice a conditional update names: by its id, or by its visit (at most one). */
type InvoiceKey = { id: string } | { appointmentId: string };

type StatusChanges = Partial<Pick<Invoice, 'voidReason' | 'voidedAt' | 'voidedBy'>>;

/**
 * Moves an invoice along `action` with one conditional UPDATE (`… WHERE status =
 * <from>`), so that of two concurrent changes exactly one wins; null when the
 * invoice was not where the action starts. Returns the row as it now stands.
 */
export async function tryAdvance(
  manager: EntityManager,
  key: InvoiceKey,
  action: InvoiceAction,
  changes: StatusChanges = {},
): Promise<Invoice | null> {
  const { from, to } = transitionOf(action);
  const { affected } = await manager.update(Invoice, { ...key, status: from }, { ...changes, status: to });
  return affected ? manager.findOneByOrFail(Invoice, key) : null;
}

/** `tryAdvance`, or NOT_FOUND / INVALID_TRANSITION naming where the invoice was. */
export async function advance(
  manager: EntityManager,
  id: string,
  action: InvoiceAction,
  changes: StatusChanges = {},
): Promise<Invoice> {
  const moved = await tryAdvance(manager, { id }, action, changes);
  if (moved) return moved;
  const current = await mustExist('Invoice', id, manager.findOneBy(Invoice, { id }));
  throw invalidTransition(action, current.status);
}

/** Why billing voids an invoice on its own. */
export const CANCELLED_IN_TIME = 'The visit was cancelled in time';

/**
 * Every read of invoices by anyone but their patient is in the audit trail, refusals
 * included (docs/rules.md#audit): one entry per invoice read by id, one per patient for
 * a list. An entry names the invoice and its patient, never an amount.
 */
const INVOICE_READ = { action: 'invoice.read', subjectType: 'Invoice' } as const;

export class InvoiceService {
  private readonly invoices: Repository<Invoice>;

  private readonly audit: AuditTrail;

  constructor(
    private readonly uow: UnitOfWork,
    private readonly clock: Clock,
  ) {
    this.invoices = uow.dataSource.getRepository(Invoice);
    this.audit = new AuditTrail(uow);
  }

  // ---- from the appointments stream (inside the consumer's applyOnce transaction) -------------

  /** Bills a visit's ending; false when the visit had a bill already (its unique key refused another). */
  async charge(
    manager: EntityManager,
    emit: Emit,
    visit: AppointmentEventPayload,
    kind: InvoiceKind,
    subtotalCents: Cents,
  ): Promise<boolean> {
    const invoice = this.invoices.create({
      id: newId(),
      appointmentId: visit.appointmentId,
      patientId: visit.patientId,
      doctorId: visit.doctorId,
      departmentId: visit.departmentId,
      serviceId: visit.serviceId,
      kind,
      status: InvoiceStatus.PENDING,
      ...amountsOf(subtotalCents),
      visitStart: new Date(visit.start),
      createdAt: this.clock.now(),
      voidReason: null,
      voidedAt: null,
      voidedBy: null,
    });
    try {
      await manager.insert(Invoice, invoice);
    } catch (error) {
      // Only the refused statement is undone: the transaction goes on to record the event as applied.
      if (isUniqueViolation(error)) return false;
      throw error;
    }
    emit('billing.invoice-created', invoiceFacts(invoice));
    return true;
  }

  /** A visit cancelled in time: a paid bill is refunded in full, a pending one voided, anything else left. */
  async reverse(manager: EntityManager, emit: Emit, appointmentId: string): Promise<void> {
    const now = this.clock.now();
    const refunded = await tryAdvance(manager, { appointmentId }, 'refund');
    if (refunded) {
      const payment = await manager.findOneOrFail(Payment, {
        where: { invoiceId: refunded.id },
        order: { paidAt: 'DESC', id: 'DESC' },
      });
      const refund: Refund = {
        id: newId(),
        invoiceId: refunded.id,
        paymentId: payment.id,
        amountCents: payment.amountCents,
        refundedAt: now,
      };
      await manager.insert(Refund, refund);
      emit('billing.invoice-refunded', {
        ...invoiceFacts(refunded),
        refundId: refund.id,
        refundedCents: refund.amountCents,
        refundedAt: now.toISOString(),
      });
      return;
    }
    const voided = await tryAdvance(manager, { appointmentId }, 'void', {
      voidReason: CANCELLED_IN_TIME,
      voidedAt: now,
      voidedBy: null,
    });
    if (voided) emit('billing.invoice-voided', { ...invoiceFacts(voided), voidedAt: now.toISOString() });
  }

  // ---- the desk -------------------------------------------------------------------------------

  /**
   * Only the desk and administrators void, so every void is in the audit trail,
   * committed with it, and so is every refusal; the entry names the invoice and
   * its patient, never the amount or the reason.
   */
  async void(caller: Caller<BillingLoaders>, id: string, reason: string): Promise<Invoice> {
    const entry = { action: 'invoice.void', subjectType: 'Invoice', subjectId: id };
    // Refused before the lookup, so that who may not void learns nothing of which ids exist (nor whose they are).
    const voider = await this.audit.permit(caller, entry, () => {
      const voider = requireViewer(caller.viewer);
      if (!mayVoidInvoice(voider)) throw new ForbiddenError('Only the desk and administrators may void an invoice');
      return voider;
    });
    const voidedAt = this.clock.now();
    const voided = await this.uow.run(async (manager, emit) => {
      const invoice = await advance(manager, id, 'void', { voidReason: reason.trim(), voidedAt, voidedBy: voider.id });
      emit('billing.invoice-voided', { ...invoiceFacts(invoice), voidedAt: voidedAt.toISOString() });
      this.audit.changed(emit, caller, { ...entry, patientId: invoice.patientId });
      return invoice;
    });
    caller.loaders.invoice.clear(id).prime(id, voided);
    return voided;
  }

  // ---- reads ----------------------------------------------------------------------------------

  /** One invoice: NOT_FOUND when the id names none, FORBIDDEN when it is someone else's (as appointments does). */
  async get(caller: Caller<BillingLoaders>, id: string): Promise<Invoice> {
    const invoice = await this.visible(caller, id);
    if (!invoice) throw new NotFoundError('Invoice', id);
    return invoice;
  }

  /** The invoice if the caller may see it; null when the id names none. */
  async visible(caller: Caller<BillingLoaders>, id: string): Promise<Invoice | null> {
    const reader = await this.reader(caller, { subjectId: id });
    const invoice = await caller.loaders.invoice.load(id);
    if (invoice) await this.disclose(caller, reader, invoice);
    return invoice;
  }

  /**
   * Newest first. A patient sees only their own; STAFF and ADMIN all, each patient
   * on the page (and the one asked for) in the audit trail before it is returned.
   */
  async list(
    caller: Caller<BillingLoaders>,
    filter: InvoiceFilter | null | undefined,
    page: PageArgs,
  ): Promise<Connection<Invoice>> {
    const { audit } = caller.loaders;
    const { reader, patientId } = await audit.permit({ ...INVOICE_READ, patientId: filter?.patientId }, () => {
      const reader = requireViewer(caller.viewer);
      return { reader, patientId: listedPatient(reader, filter?.patientId) };
    });
    const query = this.invoices.createQueryBuilder('invoice');
    if (patientId) query.andWhere('invoice.patientId = :patientId', { patientId });
    if (filter?.status?.length) query.andWhere('invoice.status IN (:...statuses)', { statuses: filter.status });
    if (filter?.from) query.andWhere('invoice.createdAt >= :from', { from: filter.from });
    if (filter?.to) query.andWhere('invoice.createdAt < :to', { to: filter.to });
    const listed = await newestFirst(query, 'invoice', page);
    // Asking for one patient's invoices reads them even when there are none.
    const patients = new Set([...(patientId ? [patientId] : []), ...listed.edges.map(({ node }) => node.patientId)]);
    patients.delete(reader.id);
    await audit.recordAll(
      [...patients].map((id) => ({ ...INVOICE_READ, patientId: id, outcome: AuditOutcome.SUCCESS })),
    );
    return listed;
  }

  /** `Patient.invoices`: the patient's own, or any patient's for the desk. */
  ofPatient(caller: Caller<BillingLoaders>, patientId: string): Promise<Invoice[]> {
    const read = () =>
      caller.loaders.invoicesOfPatient.load(listedPatient(requireViewer(caller.viewer), patientId) ?? patientId);
    return caller.loaders.audit.readByOthers({ ...INVOICE_READ, patientId }, read);
  }

  /** `Appointment.invoice`: null while the visit has none. */
  async ofAppointment(caller: Caller<BillingLoaders>, appointmentId: string): Promise<Invoice | null> {
    const reader = await this.reader(caller, {});
    const invoice = await caller.loaders.invoiceOfAppointment.load(appointmentId);
    if (invoice) await this.disclose(caller, reader, invoice);
    return invoice;
  }

  /**
   * Signed in, and of a role that has invoices at all: refused (and the refusal
   * recorded) before the lookup, so that a role without invoices learns nothing,
   * not even which ids exist.
   */
  private reader(caller: Caller<BillingLoaders>, subject: Pick<AuditEntry, 'subjectId'>): Promise<Viewer> {
    return caller.loaders.audit.permit({ ...INVOICE_READ, ...subject }, () => {
      const reader = requireViewer(caller.viewer);
      if (!seesInvoices(reader)) throw new ForbiddenError(NO_INVOICES_FOR_ROLE);
      return reader;
    });
  }

  /** FORBIDDEN when `invoice` is someone else's; a read by anyone but its patient is recorded first, refusals too. */
  private async disclose(caller: Caller<BillingLoaders>, reader: Viewer, invoice: Invoice): Promise<void> {
    const check = () => {
      if (!mayReadInvoice(reader, invoice)) throw new ForbiddenError('You may only see your own invoices');
    };
    const entry = { ...INVOICE_READ, subjectId: invoice.id, patientId: invoice.patientId };
    await caller.loaders.audit.readByOthers(entry, async () => check());
  }

  findByIds(ids: readonly string[]): Promise<Invoice[]> {
    return this.invoices.findBy({ id: In([...ids]) });
  }

  findByAppointmentIds(appointmentIds: readonly string[]): Promise<Invoice[]> {
    return this.invoices.findBy({ appointmentId: In([...appointmentIds]) });
  }

  findByPatientIds(patientIds: readonly string[]): Promise<Invoice[]> {
    return this.invoices.find({
      where: { patientId: In([...patientIds]) },
      order: { createdAt: 'DESC', id: 'DESC' },
    });
  }
}
