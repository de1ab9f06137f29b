import {
  InvoiceDocument,
  InvoicesDocument,
  PayInvoiceDocument,
  type InvoiceQuery,
  type PaymentMethod,
} from '@hospital/client';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { useClinicZone } from '../../auth/session.js';
import { formatDateTime, formatMoney } from '../../ui/format.js';
import { Empty, Loading, ProblemNotice } from '../../ui/status.js';
import { DataTable } from '../../ui/table.js';
import {
  attemptFor,
  INVOICE_KINDS,
  methodLabel,
  outstanding,
  PAYMENT_METHODS,
  type PaymentAttempt,
} from './invoices-payment.js';

type Invoice = InvoiceQuery['invoice'];

// A button beside labelled fields sits on their line (a label keeps a margin below its field).
const ALIGNED = { marginBottom: '0.75rem' };

const PAGE = 50;

/**
 * Pays the outstanding total in full, and says so once paid (the form goes with the PENDING status).
 * A click sends the current attempt (invoices-payment.ts): the same key again for the same input, so
 * a double click or a retry after a failure never pays twice.
 */
function PayInvoice({ invoice }: { invoice: Invoice }) {
  const [method, setMethod] = useState<PaymentMethod>('CARD');
  const attempt = useRef<PaymentAttempt | null>(null);
  const [{ data, fetching, error }, pay] = useMutation(PayInvoiceDocument);
  const amount = outstanding(invoice.total, invoice.payments);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const current = attemptFor(attempt.current, { invoiceId: invoice.id, amount, method });
    attempt.current = current;
    const result = await pay({ input: current });
    if (result.data) attempt.current = null;
  }

  const paid = data?.payInvoice;
  return (
    <>
      {invoice.status === 'PENDING' && (
        <form onSubmit={(event) => void submit(event)} aria-labelledby="pay-heading">
          <h3 id="pay-heading">Pay this invoice</h3>
          <p>
            Amount due: <strong>{formatMoney(amount)}</strong>
          </p>
          <div className="row">
            <label>
              Payment method
              <select value={method} onChange={(event) => setMethod(event.target.value as PaymentMethod)}>
                {PAYMENT_METHODS.map((entry) => (
                  <option key={entry.value} value={entry.value}>
                    {entry.label}
                  </option>
                ))}
              </select>
            </label>
            <button type="submit" disabled={fetching} style={ALIGNED}>
              {error ? 'Try again' : `Pay ${formatMoney(amount)}`}
            </button>
          </div>
          <ProblemNotice error={error} />
        </form>
      )}
      <div role="status" aria-live="polite">
        {fetching && <p className="status">Paying…</p>}
        {paid && (
          <p className="notice">
            Paid {formatMoney(paid.amount)} by {methodLabel(paid.method).toLowerCase()}. Your reference is{' '}
            <strong>{paid.reference}</strong>.
          </p>
        )}
      </div>
    </>
  );
}

/** One invoice in full: the visit it bills, its sums, its payments, and paying it while it is PENDING. */
function InvoiceDetail({ id, onClose }: { id: string; onClose: () => void }) {
  const zone = useClinicZone();
  const [{ data, fetching, error }] = useQuery({ query: InvoiceDocument, variables: { id } });
  const heading = useRef<HTMLHeadingElement>(null);
  const invoice = data?.invoice;
  const loaded = Boolean(invoice);
  // Opening an invoice takes a keyboard or screen-reader user to it, not back to the top of the list.
  useEffect(() => {
    if (loaded) heading.current?.focus();
  }, [loaded, id]);

  return (
    <section aria-labelledby="invoice-heading" data-invoice-detail={id}>
      <ProblemNotice error={error} />
      {fetching && !invoice && <Loading what="the invoice" />}
      {invoice && (
        <>
          <h2 id="invoice-heading" ref={heading} tabIndex={-1}>
            {INVOICE_KINDS[invoice.kind]} <span className={`badge ${invoice.status}`}>{invoice.status}</span>
          </h2>
          <p>
            For your visit on {formatDateTime(invoice.appointment.start, zone)} with {invoice.appointment.doctor.name};
            issued {formatDateTime(invoice.createdAt, zone)}.
          </p>
          <div className="table-scroll" role="region" aria-label="Sums" tabIndex={0}>
            <table>
              <caption className="skip">Sums of the invoice</caption>
              <tbody>
                <tr>
                  <th scope="row">Subtotal</th>
                  <td className="number">{formatMoney(invoice.subtotal)}</td>
                </tr>
                <tr>
                  <th scope="row">Tax (5 %)</th>
                  <td className="number">{formatMoney(invoice.tax)}</td>
                </tr>
                <tr>
                  <th scope="row">Total</th>
                  <td className="number">
                    <strong>{formatMoney(invoice.total)}</strong>
                  </td>
                </tr>
              </tbody>
            </table>
          </div>
          <h3>Payments</h3>
          {invoice.payments.length === 0 ? (
            <Empty>No payment yet.</Empty>
          ) : (
            <DataTable
              caption="Payments of the invoice, oldest first"
              columns={['Paid', 'Method', 'Reference', { label: 'Amount', figure: true }]}
              region="Payments"
            >
              <tbody>
                {invoice.payments.map((payment) => (
                  <tr key={payment.id}>
                    <td>{formatDateTime(payment.paidAt, zone)}</td>
                    <td>{methodLabel(payment.method)}</td>
                    <td>{payment.reference}</td>
                    <td className="number">{formatMoney(payment.amount)}</td>
                  </tr>
                ))}
              </tbody>
            </DataTable>
          )}
          <PayInvoice invoice={invoice} />
        </>
      )}
      <button type="button" className="secondary" onClick={onClose}>
        Close the invoice
      </button>
    </section>
  );
}

export function InvoicesPage({ patientId }: { patientId: string }) {
  const [params, setParams] = useSearchParams();
  const selected = params.get('invoice');
  const [{ data, fetching, error }] = useQuery({
    query: InvoicesDocument,
    variables: { filter: { patientId }, first: PAGE },
  });
  const invoices = data?.invoices.edges.map((edge) => edge.node) ?? [];
  const open = (id: string | null) => setParams(id ? { invoice: id } : {});

  return (
    <>
      <h1>Invoices</h1>
      <ProblemNotice error={error} />
      {fetching && !data && <Loading what="your invoices" />}
      {data && invoices.length === 0 && <Empty>You have no invoices.</Empty>}
      {invoices.length > 0 && (
        <DataTable
          caption="Your invoices, newest first"
          columns={['Invoice', 'Status', { label: 'Total', figure: true }, 'Actions']}
          region="Your invoices"
        >
          <tbody>
            {invoices.map((invoice) => (
              <tr key={invoice.id} data-invoice={invoice.id} aria-current={invoice.id === selected || undefined}>
                <td>{INVOICE_KINDS[invoice.kind]}</td>
                <td>
                  <span className={`badge ${invoice.status}`}>{invoice.status}</span>
                </td>
                <td className="number">{formatMoney(invoice.total)}</td>
                <td>
                  <button
                    type="button"
                    className={invoice.status === 'PENDING' ? undefined : 'secondary'}
                    aria-label={`${invoice.status === 'PENDING' ? 'Pay the' : 'Details of the'} ${INVOICE_KINDS[invoice.kind].toLowerCase()} invoice of ${formatMoney(invoice.total)}`}
                    onClick={() => open(invoice.id)}
                  >
                    {invoice.status === 'PENDING' ? 'Pay' : 'Details'}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
      {data && data.invoices.totalCount > invoices.length && (
        <p className="status">
          Showing your newest {invoices.length} of {data.invoices.totalCount} invoices; the desk can find older ones.
        </p>
      )}
      {selected && <InvoiceDetail key={selected} id={selected} onClose={() => open(null)} />}
    </>
  );
}
