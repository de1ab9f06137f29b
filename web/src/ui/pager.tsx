import { useState } from 'react';

/** Pages of a connection, one at a time: the cursors that led here, so that "Previous" can step back. */
export function useCursorPages() {
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  return {
    after: cursors[cursors.length - 1] ?? null,
    page: cursors.length,
    // A second click before the next page has come would otherwise count the same page twice.
    next: (endCursor: string) => setCursors((list) => (list.includes(endCursor) ? list : [...list, endCursor])),
    previous: () => setCursors((list) => (list.length > 1 ? list.slice(0, -1) : list)),
    restart: () => setCursors([null]),
  };
}

/** Previous / next under a paged table. */
export function Pager({
  label,
  page,
  endCursor,
  hasNextPage,
  onPrevious,
  onNext,
}: {
  /** What the pages are of, for the navigation's name. */
  label: string;
  page: number;
  endCursor: string | null | undefined;
  hasNextPage: boolean;
  onPrevious: () => void;
  onNext: (endCursor: string) => void;
}) {
  if (page === 1 && !hasNextPage) return null;
  return (
    <nav className="row" aria-label={`Pages of ${label}`}>
      <button type="button" className="secondary" disabled={page === 1} onClick={onPrevious}>
        Previous page
      </button>
      <span>Page {page}</span>
      <button
        type="button"
        className="secondary"
        disabled={!hasNextPage || !endCursor}
        onClick={() => endCursor && onNext(endCursor)}
      >
        Next page
      </button>
    </nav>
  );
}
