import type { ReactNode } from 'react';
import type { CombinedError } from 'urql';
import { describeProblem, type Alternative, type Problem } from '../api/errors.js';

/** The person's words for a failed operation (see api/errors.ts). */
export function problemOf(error: CombinedError): Problem {
  const errors = error.graphQLErrors.map(({ message, extensions }) => ({ message, extensions }));
  return describeProblem(errors, Boolean(error.networkError));
}

export function Loading({ what }: { what: string }) {
  return (
    <p className="status" role="status" aria-live="polite">
      Loading {what}…
    </p>
  );
}

export function Empty({ children }: { children: ReactNode }) {
  return <p className="empty">{children}</p>;
}

/**
 * An error as an alert; a taken slot's alternatives become buttons that take one
 * (`onPick`), so the person never has to search again for a free time.
 */
export function ProblemNotice({
  error,
  onPick,
  describeAlternative,
  words,
}: {
  error: CombinedError | undefined;
  onPick?: (alternative: Alternative) => void;
  describeAlternative?: (alternative: Alternative) => string;
  /** This page's own words for a code or rule (a refused sign-in is not an ended session). */
  words?: Record<string, string>;
}) {
  if (!error) return null;
  const problem = problemOf(error);
  const text = words?.[problem.rule ?? ''] ?? words?.[problem.code] ?? problem.text;
  return (
    <div className="problem" role="alert" data-code={problem.code} data-rule={problem.rule}>
      <p>{text}</p>
      {onPick && problem.alternatives.length > 0 && (
        <ul className="alternatives" aria-label="Free times instead">
          {problem.alternatives.map((alternative) => (
            <li key={`${alternative.doctorId}-${alternative.start}`}>
              <button type="button" onClick={() => onPick(alternative)}>
                {describeAlternative ? describeAlternative(alternative) : alternative.start}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
