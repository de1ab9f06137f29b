import type { ReactNode } from 'react';

/** A column's heading; a figure's column is right-aligned like its figures. */
export type Column = string | { label: string; figure: true };

/**
 * A table that scrolls sideways on a narrow screen, with a caption for screen readers and a heading per
 * column; `children` are its tbody elements. With a `region` name the scroller is a landmark the keyboard
 * can reach and scroll.
 */
export function DataTable({
  caption,
  columns,
  region,
  children,
}: {
  caption: ReactNode;
  columns: readonly Column[];
  region?: string;
  children: ReactNode;
}) {
  const landmark = region === undefined ? {} : { role: 'region', 'aria-label': region, tabIndex: 0 };
  return (
    <div className="table-scroll" {...landmark}>
      <table>
        <caption className="skip">{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) =>
              typeof column === 'string' ? (
                <th key={column} scope="col">
                  {column}
                </th>
              ) : (
                <th key={column.label} scope="col" className="number">
                  {column.label}
                </th>
              ),
            )}
          </tr>
        </thead>
        {children}
      </table>
    </div>
  );
}
