import { SubmitFeedbackDocument } from '@hospital/client';
import { useId, useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { useClinicZone } from '../../auth/session.js';
import { useFocusOnOpen, type PanelProps } from '../../ui/confirm.js';
import { formatDateTime } from '../../ui/format.js';
import { ProblemNotice } from '../../ui/status.js';
import type { Visit } from './visits-move.js';

const RATINGS = [
  { value: 1, words: 'poor' },
  { value: 2, words: 'fair' },
  { value: 3, words: 'good' },
  { value: 4, words: 'very good' },
  { value: 5, words: 'excellent' },
] as const;

/** A completed visit's rating, 1 to 5, with an optional comment: given once. */
export function RateVisit({ visit, onDone, onClose }: { visit: Visit } & PanelProps) {
  const zone = useClinicZone();
  const headingId = useId();
  const heading = useFocusOnOpen();
  const [rating, setRating] = useState<number | null>(null);
  const [comment, setComment] = useState('');
  const [ratingMissing, setRatingMissing] = useState(false);
  const [{ fetching, error }, submitFeedback] = useMutation(SubmitFeedbackDocument);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (rating === null) {
      setRatingMissing(true);
      return;
    }
    const result = await submitFeedback({
      input: { appointmentId: visit.id, rating, ...(comment.trim() ? { comment: comment.trim() } : {}) },
    });
    if (result.data) onDone(`Thank you: you rated your visit ${result.data.submitFeedback.rating} of 5.`);
  };

  return (
    <section aria-labelledby={headingId} style={{ marginTop: '1rem' }}>
      <h2 id={headingId} ref={heading} tabIndex={-1}>
        Rate your visit of {formatDateTime(visit.start, zone)}
      </h2>
      <p>
        {visit.service.name} with {visit.doctor.name}. Your rating helps the hospital; the doctor sees it too.
      </p>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <fieldset
          role="radiogroup"
          aria-required="true"
          aria-describedby={ratingMissing ? `${headingId}-missing` : undefined}
          style={{ border: 0, padding: 0, margin: '0 0 0.75rem' }}
        >
          <legend style={{ fontWeight: 600, marginBottom: '0.25rem' }}>Rating, from 1 (poor) to 5 (excellent)</legend>
          <div className="row">
            {RATINGS.map(({ value, words }) => (
              <label key={value} style={{ flexDirection: 'row', alignItems: 'center', fontWeight: 400, margin: 0 }}>
                <input
                  type="radio"
                  name={`${headingId}-rating`}
                  value={value}
                  checked={rating === value}
                  onChange={() => {
                    setRating(value);
                    setRatingMissing(false);
                  }}
                />
                {value} ({words})
              </label>
            ))}
          </div>
          {ratingMissing && (
            <p id={`${headingId}-missing`} className="problem">
              Please choose a rating from 1 to 5.
            </p>
          )}
        </fieldset>
        <label>
          Comment (optional)
          <textarea rows={3} maxLength={2000} value={comment} onChange={(event) => setComment(event.target.value)} />
        </label>
        <div className="row">
          <button type="submit" disabled={fetching}>
            Send the rating
          </button>
          <button type="button" className="secondary" onClick={onClose}>
            Not now
          </button>
        </div>
      </form>
      <ProblemNotice error={error} />
    </section>
  );
}
