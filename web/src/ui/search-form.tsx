import type { ReactNode } from 'react';

/**
 * A search landmark over a list, named `label` for screen readers: `onSearch` runs when it is
 * submitted (Enter, or its button), and the page does not reload.
 */
export function SearchForm({
  label,
  onSearch,
  children,
}: {
  label?: string;
  onSearch: () => void;
  children: ReactNode;
}) {
  return (
    <form
      role="search"
      aria-label={label}
      className="row"
      onSubmit={(event) => {
        event.preventDefault();
        onSearch();
      }}
    >
      {children}
    </form>
  );
}
