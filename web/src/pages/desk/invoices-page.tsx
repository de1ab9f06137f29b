import {
  DeskInvoicesDocument,
  PayInvoiceDocument,
  VoidInvoiceDocument,
  type DeskInvoicesQuery,
  type InvoiceKind,
  type InvoiceStatus,
  type PaymentMethod,
} from '@hospital/client';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { useClinicZone } from '../../auth/session.js';
import { Confirm, PanelButton, type PanelProps } from '../../ui/confirm.js';
import { formatDateTime, formatDay, formatMoney } from '../../ui/format.js';
import { Empty, Loading, ProblemNotice } from '../../ui/status.js';
import { Pager, useCursorPages } from '../../ui/pager.js';
import { DataTable } from '../../ui/table.js';

type Invoice = DeskInvoicesQuery['invoices']['edges'][number]['node'];

const KINDS: Record<InvoiceKind, string> = {
  CONSULTATION: 'Consultation',
  CANCELLATION_FEE: 'Late cancellation fee',
  NO_SHOW_FEE: 'Missed visit fee',
};
const STATUSES: readonly InvoiceStatus[] = ['PENDING', 'PAID', 'VOID', 'REFUNDED'];
const METHODS: readonly (readonly [PaymentMethod, string])[] = [
  ['CARD', 'Card'],
  ['CASH', 'Cash'],
  ['BANK_TRANSFER', 'Bank transfer'],
  ['INSURANCE', 'Insurance'],
];
const PAGE_SIZE = 20;

/** "late cancellation fee of Iryna Melnyk for Mon 7 Dec, 09:30": what tells two invoices of one patient apart. */
const nameOf = (invoice: Invoice, zone: string): string =>
  `${KINDS[invoice.kind].toLowerCase()} of ${invoice.patient.name} for ${formatDateTime(invoice.appointment.start, zone)}`;

interface InvoicePanelProps extends PanelProps {
  invoice: Invoice;
}

function PayPanel({ invoice, onDone, onClose }: InvoicePanelProps) {
  const zone = useClinicZone();
  const [method, setMethod] = useState<PaymentMethod>('CARD');
  // One key per attempt: pressing again after a lost answer retries the same payment and is charged once;
  // choosing another method is another attempt, so it gets a key of its own.
  const [idempotencyKey, setIdempotencyKey] = useState(() => crypto.randomUUID());
  const [{ fetching, error }, pay] = useMutation(PayInvoiceDocument);

  const submit = async () => {
    const result = await pay({ input: { invoiceId: invoice.id, amount: invoice.total, method, idempotencyKey } });
    const payment = result.data?.payInvoice;
    if (payment)
      onDone(`Paid ${formatMoney(payment.amount)} for the ${nameOf(invoice, zone)}; reference ${payment.reference}.`);
  };

  return (
    <Confirm
      headingId="pay-heading"
      data-paying={invoice.id}
      title="Take a payment"
      lead={
        <p>
          The {nameOf(invoice, zone)}. Amount due: <strong>{formatMoney(invoice.total)}</strong> (tax included).
        </p>
      }
      confirm={`Take ${formatMoney(invoice.total)}`}
      dismiss="Not now"
      disabled={fetching}
      error={error}
      onConfirm={() => void submit()}
      onClose={onClose}
    >
      <div className="row">
        <label>
          Payment method
          <select
            value={method}
            onChange={(event) => {
              const chosen = METHODS.find(([value]) => value === event.target.value);
              if (!chosen) return;
              setMethod(chosen[0]);
              setIdempotencyKey(crypto.randomUUID());
            }}
          >
            {METHODS.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
      </div>
    </Confirm>
  );
}

function VoidPanel({ invoice, onDone, onClose }: InvoicePanelProps) {
  const zone = useClinicZone();
  const [reason, setReason] = useState('');
  const [{ fetching, error }, voidInvoice] = useMutation(VoidInvoiceDocument);

  const submit = async () => {
    const result = await voidInvoice({ id: invoice.id, reason: reason.trim() });
    if (result.data) onDone(`The ${nameOf(invoice, zone)} is void.`);
  };

  return (
    <Confirm
      headingId="void-heading"
      data-voiding={invoice.id}
      title="Void the invoice?"
      lead={
        <p>
          The {nameOf(invoice, zone)}, {formatMoney(invoice.total)}. A void invoice is not charged and cannot be paid.
        </p>
      }
      confirm="Void the invoice"
      dismiss="Keep it"
      danger
      disabled={fetching}
      error={error}
      onConfirm={() => void submit()}
      onClose={onClose}
    >
      <label>
        Why is it void?
        <input required maxLength={500} value={reason} onChange={(event) => setReason(event.target.value)} />
      </label>
    </Confirm>
  );
}

/** Every invoice, newest first, by status; the desk takes a payment or voids a pending one. */
export function InvoicesPage() {
  const zone = useClinicZone();
  const [status, setStatus] = useState<InvoiceStatus | ''>('');
  const pages = useCursorPages();
  const [action, setAction] = useState<{ kind: 'pay' | 'void'; invoice: Invoice } | null>(null);
  const [done, setDone] = useState('');
  const [{ data, fetching, error }] = useQuery({
    query: DeskInvoicesDocument,
    variables: { filter: status ? { status: [status] } : null, first: PAGE_SIZE, after: pages.after },
  });
  const invoices = data?.invoices.edges.map((edge) => edge.node) ?? [];
  const finish = (message: string) => {
    setAction(null);
    setDone(message);
  };
  const open = (kind: 'pay' | 'void', invoice: Invoice) => {
    setDone('');
    setAction({ kind, invoice });
  };

  return (
    <>
      <h1>Invoices</h1>
      <div className="row">
        <label>
          Status
          <select
            value={status}
            onChange={(event) => {
              setStatus(STATUSES.find((candidate) => candidate === event.target.value) ?? '');
              pages.restart();
            }}
          >
            <option value="">All invoices</option>
            {STATUSES.map((candidate) => (
              <option key={candidate} value={candidate}>
                {candidate.charAt(0) + candidate.slice(1).toLowerCase()}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div role="status" aria-live="polite">
        {done && <p className="notice">{done}</p>}
      </div>
      {action?.kind === 'pay' && (
        <PayPanel key={action.invoice.id} invoice={action.invoice} onDone={finish} onClose={() => setAction(null)} />
      )}
      {action?.kind === 'void' && (
        <VoidPanel key={action.invoice.id} invoice={action.invoice} onDone={finish} onClose={() => setAction(null)} />
      )}
      <ProblemNotice error={error} />
      {fetching && !data && <Loading what="the invoices" />}
      {data && invoices.length === 0 && <Empty>No invoices{status ? ` with the status ${status}` : ''}.</Empty>}
      {invoices.length > 0 && (
        <DataTable
          caption="Invoices, newest first"
          columns={['Made', 'Patient', 'For', { label: 'Total', figure: true }, 'Status', 'Actions']}
          region="Invoices"
        >
          <tbody>
            {invoices.map((invoice) => (
              <tr key={invoice.id} data-invoice={invoice.id}>
                <td>{formatDay(invoice.createdAt, zone)}</td>
                <td>{invoice.patient.name}</td>
                <td>
                  {KINDS[invoice.kind]}
                  <br />
                  <small>
                    {invoice.appointment.service.name}, {formatDateTime(invoice.appointment.start, zone)},{' '}
                    {invoice.appointment.doctor.name}
                  </small>
                </td>
                <td className="number">{formatMoney(invoice.total)}</td>
                <td>
                  <span className={`badge ${invoice.status}`}>{invoice.status}</span>
                </td>
                <td>
                  {invoice.status === 'PENDING' && (
                    <div className="row">
                      <PanelButton name={`Pay the ${nameOf(invoice, zone)}`} onOpen={() => open('pay', invoice)}>
                        Pay…
                      </PanelButton>
                      <PanelButton
                        name={`Void the ${nameOf(invoice, zone)}`}
                        look="secondary"
                        onOpen={() => open('void', invoice)}
                      >
                        Void…
                      </PanelButton>
                    </div>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
      {data && <Pager label="invoices" pages={pages} pageInfo={data.invoices.pageInfo} />}
    </>
  );
}
