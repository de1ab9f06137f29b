import { useState } from 'react';

/** Pages of a connection, one at a time: the cursors that led here, so that "Previous" can step back. */
export function useCursorPages() {
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  return {
    /** Where each page so far begins: the first at the start (null), then each page's end cursor. */
    cursors,
    after: cursors[cursors.length - 1] ?? null,
    page: cursors.length,
    // A second click before the next page has come would otherwise count the same page twice.
    next: (endCursor: string) => setCursors((list) => (list.includes(endCursor) ? list : [...list, endCursor])),
    previous: () => setCursors((list) => (list.length > 1 ? list.slice(0, -1) : list)),
    restart: () => setCursors([null]),
  };
}

export type CursorPages = ReturnType<typeof useCursorPages>;

/** Previous / next under a paged table, from the page's cursors and its connection's pageInfo. */
export function Pager({
  label,
  pages,
  pageInfo,
}: {
  /** What the pages are of, for the navigation's name. */
  label: string;
  pages: CursorPages;
  pageInfo: { endCursor?: string | null; hasNextPage: boolean };
}) {
  const { endCursor, hasNextPage } = pageInfo;
  if (pages.page === 1 && !hasNextPage) return null;
  return (
    <nav className="row" aria-label={`Pages of ${label}`}>
      <button type="button" className="secondary" disabled={pages.page === 1} onClick={pages.previous}>
        Previous page
      </button>
      <span>Page {pages.page}</span>
      <button
        type="button"
        className="secondary"
        disabled={!hasNextPage || !endCursor}
        onClick={() => endCursor && pages.next(endCursor)}
      >
        Next page
      </button>
    </nav>
  );
}
