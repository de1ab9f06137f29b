import { AuditEventsDocument, type AuditFilter, type AuditOutcome } from '@hospital/client';
import { useEffect, useState, type ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { useClinicZone } from '../../auth/session.js';
import { useCursorPages } from '../../ui/pager.js';
import { Empty, Loading, ProblemNotice } from '../../ui/status.js';
import { DataTable } from '../../ui/table.js';
import { formatInstant } from './when.js';

const OUTCOMES: readonly AuditOutcome[] = ['SUCCESS', 'DENIED', 'FAILED'];
/** Suggestions for the action field; any other `<subject>.<verb>` can be typed. */
const ACTIONS = [
  'user.deactivate',
  'user.reactivate',
  'user.changeRole',
  'user.changePassword',
  'session.signIn',
  'session.signOutEverywhere',
  'patient.read',
  'patient.register',
  'patient.update',
  'patient.export',
  'medicalRecord.read',
  'medicalRecord.create',
  'medicalRecord.update',
  'prescription.read',
  'prescription.issue',
  'invoice.read',
  'invoice.pay',
  'invoice.void',
  'appointment.request',
];
const PAGE_SIZE = 25;
const COLUMNS = 6;

interface PageInfo {
  totalCount: number;
  hasNextPage: boolean;
  endCursor: string | null;
}

/** One page of events as a tbody of its own; the last page tells the list where the next begins. */
function EventRows({
  filter,
  after,
  onPage,
}: {
  filter: AuditFilter;
  after: string | null;
  onPage?: (page: PageInfo) => void;
}) {
  const zone = useClinicZone();
  const [params] = useSearchParams();
  // An id in the table narrows the filter to it, keeping what else the filter holds.
  const narrowed = (param: 'actor' | 'patient', id: string) => {
    const next = new URLSearchParams(params);
    next.set(param, id);
    return `?${next.toString()}`;
  };
  const [{ data, fetching, error }] = useQuery({
    query: AuditEventsDocument,
    variables: { filter, first: PAGE_SIZE, after },
  });
  const connection = data?.auditEvents;
  useEffect(() => {
    if (connection && onPage)
      onPage({
        totalCount: connection.totalCount,
        hasNextPage: connection.pageInfo.hasNextPage,
        endCursor: connection.pageInfo.endCursor ?? null,
      });
  }, [connection, onPage]);

  const message = (content: ReactNode) => (
    <tbody>
      <tr>
        <td colSpan={COLUMNS}>{content}</td>
      </tr>
    </tbody>
  );
  if (error) return message(<ProblemNotice error={error} />);
  if (!connection) return fetching ? message(<Loading what="the audit trail" />) : null;
  if (connection.edges.length === 0 && !after) return message(<Empty>No event matches.</Empty>);
  return (
    <tbody>
      {connection.edges.map(({ node: event }) => (
        <tr key={event.id} data-event={event.id} data-action={event.action}>
          <td>{formatInstant(event.at, zone)}</td>
          <td>
            <code>{event.action}</code>
          </td>
          <td>
            <span className={`badge ${event.outcome}`}>{event.outcome}</span>
          </td>
          <td>
            {event.actor ? (
              <>
                {event.actor.role ?? 'Unknown role'}
                <br />
                <Link to={narrowed('actor', event.actor.id)} aria-label={`Only the events by ${event.actor.id}`}>
                  <code className="identifier">{event.actor.id}</code>
                </Link>
              </>
            ) : (
              'Nobody signed in'
            )}
          </td>
          <td>
            {event.subjectType}
            {event.subjectId && (
              <>
                <br />
                <code className="identifier" data-subject={event.subjectId}>
                  {event.subjectId}
                </code>
              </>
            )}
          </td>
          <td>
            {event.patientId ? (
              <Link
                to={narrowed('patient', event.patientId)}
                aria-label={`Only the events about patient ${event.patientId}`}
              >
                <code className="identifier">{event.patientId}</code>
              </Link>
            ) : (
              '—'
            )}
          </td>
        </tr>
      ))}
    </tbody>
  );
}

/** The events of one filter, newest first, page after page. */
function EventList({ filter }: { filter: AuditFilter }) {
  // Every page stays on screen, one tbody each; the hook's cursors are where each begins.
  const { cursors, next: loadMore } = useCursorPages();
  const [last, setLast] = useState<PageInfo | null>(null);
  const next = last?.hasNextPage ? last.endCursor : null;
  return (
    <>
      <p className="status" role="status" aria-live="polite">
        {last ? `${last.totalCount} ${last.totalCount === 1 ? 'event matches' : 'events match'}.` : ''}
      </p>
      <DataTable
        caption="Audit events, newest first"
        columns={['When', 'Action', 'Outcome', 'Who', 'Subject', 'Patient']}
        region="Audit events"
      >
        {cursors.map((after, index) => (
          <EventRows
            key={after ?? 'first'}
            filter={filter}
            after={after}
            onPage={index === cursors.length - 1 ? setLast : undefined}
          />
        ))}
      </DataTable>
      {next && (
        <button type="button" className="secondary" onClick={() => loadMore(next)}>
          Load more
        </button>
      )}
    </>
  );
}

const FIELDS = { patient: 'patientId', actor: 'actorId', action: 'action' } as const;

/** The filter a link or the form carries (`?patient=&actor=&action=&outcome=`). */
function filterOf(params: URLSearchParams): AuditFilter {
  const filter: AuditFilter = {};
  for (const [param, field] of Object.entries(FIELDS)) {
    const value = params.get(param)?.trim();
    if (value) filter[field] = value;
  }
  const outcome = OUTCOMES.find((candidate) => candidate === params.get('outcome'));
  if (outcome) filter.outcome = outcome;
  return filter;
}

/** Who did what to whom: the administrator filters the append-only trail by patient, actor, action and outcome. */
export function AuditPage() {
  const [params, setParams] = useSearchParams();
  const [refreshed, setRefreshed] = useState(0);
  const filter = filterOf(params);
  return (
    <>
      <h1>Audit trail</h1>
      <form
        key={params.toString()}
        aria-label="Filter the audit trail"
        onSubmit={(event) => {
          event.preventDefault();
          const form = new FormData(event.currentTarget);
          const next = new URLSearchParams();
          for (const name of ['patient', 'actor', 'action', 'outcome']) {
            const value = form.get(name);
            if (typeof value === 'string' && value.trim()) next.set(name, value.trim());
          }
          setParams(next);
          setRefreshed((count) => count + 1);
        }}
      >
        <div className="row">
          <label>
            Patient ID
            <input name="patient" defaultValue={params.get('patient') ?? ''} autoComplete="off" />
          </label>
          <label>
            Actor (user ID)
            <input name="actor" defaultValue={params.get('actor') ?? ''} autoComplete="off" />
          </label>
          <label>
            Action
            <input name="action" list="audit-actions" defaultValue={params.get('action') ?? ''} autoComplete="off" />
          </label>
          <label>
            Outcome
            <select name="outcome" defaultValue={filter.outcome ?? ''}>
              <option value="">Any outcome</option>
              {OUTCOMES.map((outcome) => (
                <option key={outcome} value={outcome}>
                  {outcome.charAt(0) + outcome.slice(1).toLowerCase()}
                </option>
              ))}
            </select>
          </label>
        </div>
        <datalist id="audit-actions">
          {ACTIONS.map((action) => (
            <option key={action} value={action} />
          ))}
        </datalist>
        <div className="row">
          <button type="submit">Show events</button>
          <button
            type="button"
            className="secondary"
            onClick={() => {
              setParams(new URLSearchParams());
              setRefreshed((count) => count + 1);
            }}
          >
            Clear the filter
          </button>
        </div>
      </form>
      <EventList key={`${params.toString()}#${refreshed}`} filter={filter} />
    </>
  );
}
