import { useEffect, useRef, type ReactNode } from 'react';
import type { CombinedError } from 'urql';
import { ProblemNotice } from './status.js';

/** What a page gives the panel of an action: where its message goes when done, and how it closes. */
export interface PanelProps {
  onDone: (message: string) => void;
  onClose: () => void;
}

/** A row's button that opens an action's panel: its text says what, its name also says which row. */
export function PanelButton({
  name,
  look,
  onOpen,
  children,
}: {
  name: string;
  look?: 'secondary' | 'danger';
  onOpen: () => void;
  children: ReactNode;
}) {
  return (
    <button type="button" className={look} aria-label={name} onClick={onOpen}>
      {children}
    </button>
  );
}

/** The panel's heading takes the focus when it opens, so a keyboard or screen reader lands in it. */
export function useFocusOnOpen() {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return heading;
}

/**
 * A confirmation: what is about to happen (`lead`, then the form's own fields as `children`), the button
 * that does it and one that does not. `data-*` marks go on the panel, for the page's tests.
 */
export function Confirm({
  headingId = 'confirm-heading',
  title,
  lead,
  children,
  confirm,
  dismiss = 'Cancel',
  danger = false,
  disabled,
  error,
  onConfirm,
  onClose,
  ...marks
}: {
  headingId?: string;
  title: string;
  lead?: ReactNode;
  children: ReactNode;
  confirm: string;
  dismiss?: string;
  danger?: boolean;
  disabled: boolean;
  error: CombinedError | undefined;
  onConfirm: () => void;
  onClose: () => void;
  [mark: `data-${string}`]: string;
}) {
  const heading = useFocusOnOpen();
  return (
    <section aria-labelledby={headingId} {...marks}>
      <h2 id={headingId} ref={heading} tabIndex={-1}>
        {title}
      </h2>
      {lead}
      <form
        onSubmit={(event) => {
          event.preventDefault();
          onConfirm();
        }}
      >
        {children}
        <div className="row">
          <button type="submit" className={danger ? 'danger' : undefined} disabled={disabled}>
            {confirm}
          </button>
          <button type="button" className="secondary" onClick={onClose}>
            {dismiss}
          </button>
        </div>
      </form>
      <ProblemNotice error={error} />
    </section>
  );
}
