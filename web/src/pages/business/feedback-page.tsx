import { FeedbackEntriesDocument, type FeedbackEntriesQuery, type FeedbackFilter } from '@hospital/client';
import { useId, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useClient, useQuery, type CombinedError } from 'urql';
import { useClinicZone } from '../../auth/session.js';
import { formatDateTime } from '../../ui/format.js';
import { Empty, Loading, ProblemNotice } from '../../ui/status.js';
import { DoctorSelect } from './doctor-select.js';

type Connection = FeedbackEntriesQuery['feedbackEntries'];
type Entry = Connection['edges'][number]['node'];

const PAGE_SIZE = 20;
const RATINGS = [5, 4, 3, 2, 1];

function Stars({ rating }: { rating: number }) {
  return (
    <>
      <span aria-hidden="true" style={{ color: '#7a4d00', letterSpacing: '0.1em' }}>
        {'★'.repeat(rating)}
        {'☆'.repeat(5 - rating)}
      </span>{' '}
      <strong>{rating} out of 5</strong>
    </>
  );
}

function FeedbackItem({ entry }: { entry: Entry }) {
  const zone = useClinicZone();
  return (
    <li className="card" data-feedback={entry.id}>
      <p style={{ margin: 0 }}>
        <Stars rating={entry.rating} />
      </p>
      <p style={{ margin: '0.25rem 0' }} className="status">
        Dr. {entry.doctor.name} · {formatDateTime(entry.createdAt, zone)}
      </p>
      {entry.comment ? (
        <blockquote style={{ margin: '0.5rem 0 0', whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          {entry.comment}
        </blockquote>
      ) : (
        <p className="empty" style={{ margin: '0.5rem 0 0' }}>
          No comment.
        </p>
      )}
    </li>
  );
}

/**
 * The first page follows the document cache; "Load more" fetches the next by its cursor and
 * keeps it below. Mounted afresh for each filter, so pages of another filter never mix in.
 */
function FeedbackList({ filter }: { filter: FeedbackFilter }) {
  const client = useClient();
  const [{ data, fetching, error }] = useQuery({
    query: FeedbackEntriesDocument,
    variables: { filter, first: PAGE_SIZE },
  });
  const [more, setMore] = useState<Connection[]>([]);
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreError, setMoreError] = useState<CombinedError>();
  if (!data) return fetching ? <Loading what="the feedback" /> : <ProblemNotice error={error} />;

  const pages = [data.feedbackEntries, ...more];
  const entries = pages.flatMap((page) => page.edges.map((edge) => edge.node));
  const last = pages.at(-1)?.pageInfo;
  const loadMore = async () => {
    if (!last?.endCursor) return;
    setLoadingMore(true);
    const result = await client
      .query(FeedbackEntriesDocument, { filter, first: PAGE_SIZE, after: last.endCursor })
      .toPromise();
    setLoadingMore(false);
    setMoreError(result.error);
    const page = result.data?.feedbackEntries;
    if (page) setMore((loaded) => [...loaded, page]);
  };
  return (
    <>
      <ProblemNotice error={error} />
      <p className="status" role="status">
        {entries.length > 0 && `Showing ${entries.length} of ${data.feedbackEntries.totalCount}, newest first.`}
      </p>
      {entries.length === 0 ? (
        <Empty>No feedback matches these filters.</Empty>
      ) : (
        <ol aria-label="Feedback, newest first" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {entries.map((entry) => (
            <FeedbackItem key={entry.id} entry={entry} />
          ))}
        </ol>
      )}
      <ProblemNotice error={moreError} />
      {last?.hasNextPage && (
        <button type="button" className="secondary" disabled={loadingMore} onClick={() => void loadMore()}>
          {loadingMore ? 'Loading more…' : 'Load more'}
        </button>
      )}
    </>
  );
}

export function FeedbackPage() {
  const ratingField = useId();
  const [params, setParams] = useSearchParams();
  const doctorId = params.get('doctor') ?? '';
  const rating = Number(params.get('rating') ?? '');
  const chosenRating = RATINGS.includes(rating) ? rating : undefined;
  const choose = (name: string, value: string) =>
    setParams(
      (current) => {
        const updated = new URLSearchParams(current);
        if (value) updated.set(name, value);
        else updated.delete(name);
        return updated;
      },
      { replace: true },
    );
  const filter: FeedbackFilter = {
    ...(doctorId ? { doctorId } : {}),
    ...(chosenRating ? { minRating: chosenRating, maxRating: chosenRating } : {}),
  };
  return (
    <>
      <h1>Feedback</h1>
      <div className="card row">
        <DoctorSelect label="Doctor" anyLabel="All doctors" value={doctorId} onChange={(id) => choose('doctor', id)} />
        <div style={{ marginBottom: '0.75rem' }}>
          <label htmlFor={ratingField} style={{ marginBottom: '0.25rem' }}>
            Rating
          </label>
          <select
            id={ratingField}
            value={chosenRating ?? ''}
            onChange={(event) => choose('rating', event.target.value)}
          >
            <option value="">Any rating</option>
            {RATINGS.map((value) => (
              <option key={value} value={value}>
                {value} out of 5
              </option>
            ))}
          </select>
        </div>
      </div>
      <FeedbackList key={`${doctorId}/${chosenRating ?? ''}`} filter={filter} />
    </>
  );
}
