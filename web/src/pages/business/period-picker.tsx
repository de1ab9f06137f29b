import { useSearchParams } from 'react-router';
import { useClinicZone } from '../../auth/session.js';
import { clinicToday } from '../../ui/format.js';
import { periodProblem, QUICK_PERIODS, quickPeriod, type Period } from './period.js';

/**
 * The period a business page reports on, kept in the address (?from=&to=) so that a report can
 * be bookmarked, shared and reloaded; this month at the clinic until one is chosen.
 */
export function usePeriod(): [Period, (next: Period) => void] {
  const [params, setParams] = useSearchParams();
  const fallback = quickPeriod('this-month', clinicToday(useClinicZone()));
  const period = { from: params.get('from') ?? fallback.from, to: params.get('to') ?? fallback.to };
  const setPeriod = (next: Period) =>
    setParams(
      (current) => {
        const updated = new URLSearchParams(current);
        updated.set('from', next.from);
        updated.set('to', next.to);
        return updated;
      },
      { replace: true },
    );
  return [period, setPeriod];
}

/** From and to dates, and the periods the business department asks for most, one press away. */
export function PeriodPicker({ period, onChange }: { period: Period; onChange: (next: Period) => void }) {
  const today = clinicToday(useClinicZone());
  const problem = periodProblem(period);
  return (
    <fieldset className="card" style={{ marginInline: 0, minInlineSize: 0 }}>
      <legend>Period</legend>
      <div className="row">
        <label>
          From
          <input
            type="date"
            value={period.from}
            onChange={(event) => onChange({ ...period, from: event.target.value })}
          />
        </label>
        <label>
          To
          <input type="date" value={period.to} onChange={(event) => onChange({ ...period, to: event.target.value })} />
        </label>
        <div className="row" role="group" aria-label="Quick periods" style={{ marginBottom: '0.75rem' }}>
          {QUICK_PERIODS.map(({ id, label }) => {
            const quick = quickPeriod(id, today);
            const chosen = quick.from === period.from && quick.to === period.to;
            return (
              <button
                key={id}
                type="button"
                className={chosen ? undefined : 'secondary'}
                aria-pressed={chosen}
                onClick={() => onChange(quick)}
              >
                {label}
              </button>
            );
          })}
        </div>
      </div>
      {problem && (
        <p className="problem" role="alert">
          {problem}
        </p>
      )}
    </fieldset>
  );
}
