import {
  CatalogDocument,
  ScheduleBoardDocument,
  type ScheduleBoardQuery,
  type ScheduleGrouping,
} from '@hospital/client';
import { useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { useClinicZone } from '../../auth/session.js';
import { clinicToday } from '../../ui/format.js';
import { Empty, Loading, ProblemNotice } from '../../ui/status.js';
import { DataTable } from '../../ui/table.js';
import { dateOf, describePeriod, groupingOf, percentOf, periodOf, shiftPeriod, type Period } from './periods.js';

type BoardPeriod = ScheduleBoardQuery['scheduleBoard']['periods'][number];

const UNITS: Record<ScheduleGrouping, { unit: string; current: string }> = {
  DAY: { unit: 'day', current: 'Today' },
  WEEK: { unit: 'week', current: 'This week' },
  MONTH: { unit: 'month', current: 'This month' },
};

/** A row's slot counts, in the table's order: each cell's data-figure and the row's field. */
const SLOT_COUNTS = [
  ['capacity', 'capacitySlots'],
  ['booked', 'bookedSlots'],
  ['pending', 'pendingSlots'],
  ['free', 'freeSlots'],
] as const satisfies readonly (readonly [string, keyof BoardPeriod['rows'][number]])[];

/** The percentage is written out; the bar beside it only shows the same number at a glance. */
function Utilisation({ value }: { value: number }) {
  const percent = percentOf(value);
  return (
    <span className="utilisation">
      <span>{percent} %</span>
      <span className={percent > 100 ? 'bar over' : 'bar'} aria-hidden="true">
        <span style={{ width: `${Math.min(percent, 100)}%` }} />
      </span>
    </span>
  );
}

function PeriodTable({
  period,
  groupBy,
  showDepartment,
}: {
  period: BoardPeriod;
  groupBy: ScheduleGrouping;
  showDepartment: boolean;
}) {
  const title = describePeriod({ from: period.start, to: period.end }, groupBy);
  return (
    <section aria-labelledby={`period-${period.start}`} data-period={`${period.start}/${period.end}`}>
      <h2 id={`period-${period.start}`}>{title}</h2>
      {period.rows.length === 0 ? (
        <Empty>No doctors work in this department.</Empty>
      ) : (
        <DataTable
          caption={`Each doctor’s 30-minute slots, ${title}`}
          columns={[
            'Doctor',
            { label: 'Capacity', figure: true },
            { label: 'Booked', figure: true },
            { label: 'Pending', figure: true },
            { label: 'Free', figure: true },
            { label: 'Utilisation', figure: true },
          ]}
          region={`Doctors, ${title}`}
        >
          <tbody>
            {period.rows.map((row) => (
              <tr key={row.doctor.id} data-doctor={row.doctor.id}>
                <th scope="row">
                  {row.doctor.name}
                  {showDepartment && (
                    <>
                      <br />
                      <small>{row.doctor.department.name}</small>
                    </>
                  )}
                </th>
                {SLOT_COUNTS.map(([figure, field]) => (
                  <td key={figure} className="number" data-figure={figure}>
                    {row[field]}
                  </td>
                ))}
                <td className="number" data-figure="utilisation">
                  <Utilisation value={row.utilisation} />
                </td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
    </section>
  );
}

function Board({ period, groupBy, departmentId }: { period: Period; groupBy: ScheduleGrouping; departmentId: string }) {
  const [{ data, fetching, error }] = useQuery({
    query: ScheduleBoardDocument,
    variables: { from: period.from, to: period.to, groupBy, departmentId: departmentId || null },
  });
  return (
    <>
      <ProblemNotice error={error} />
      {fetching && !data && <Loading what="the board" />}
      {data && data.scheduleBoard.periods.length === 0 && <Empty>There is nothing on the board for this period.</Empty>}
      {data?.scheduleBoard.periods.map((boardPeriod) => (
        <PeriodTable key={boardPeriod.start} period={boardPeriod} groupBy={groupBy} showDepartment={!departmentId} />
      ))}
    </>
  );
}

/** Capacity and bookings per doctor for a day, an ISO week or a month; the choice lives in the address. */
export function BoardPage() {
  const zone = useClinicZone();
  const [params, setParams] = useSearchParams();
  const [{ data: catalog, error: catalogError }] = useQuery({ query: CatalogDocument });
  const groupBy = groupingOf(params.get('by'));
  const date = dateOf(params.get('date')) ?? clinicToday(zone);
  const departmentId = params.get('department') ?? '';
  const period = periodOf(date, groupBy);
  const { unit, current } = UNITS[groupBy];

  const show = (change: { by?: ScheduleGrouping; date?: string; department?: string }) => {
    const next = { by: groupBy, date, department: departmentId, ...change };
    setParams(next.department ? next : { by: next.by, date: next.date });
  };

  return (
    <>
      <h1>Schedule board</h1>
      <div className="row">
        <label>
          Show by
          <select value={groupBy} onChange={(event) => show({ by: groupingOf(event.target.value) })}>
            <option value="DAY">Day</option>
            <option value="WEEK">Week (Monday to Sunday)</option>
            <option value="MONTH">Month</option>
          </select>
        </label>
        <label>
          Department
          <select value={departmentId} onChange={(event) => show({ department: event.target.value })}>
            <option value="">All departments</option>
            {catalog?.departments.map((department) => (
              <option key={department.id} value={department.id}>
                {department.name}
              </option>
            ))}
          </select>
        </label>
      </div>
      <ProblemNotice error={catalogError} />
      <nav className="navigator" aria-label="Period">
        <button type="button" className="secondary" onClick={() => show({ date: shiftPeriod(date, groupBy, -1).from })}>
          Previous {unit}
        </button>
        <p className="current" aria-live="polite" data-from={period.from} data-to={period.to}>
          {describePeriod(period, groupBy)}
        </p>
        <button type="button" className="secondary" onClick={() => show({ date: shiftPeriod(date, groupBy, 1).from })}>
          Next {unit}
        </button>
        <button type="button" className="secondary" onClick={() => show({ date: clinicToday(zone) })}>
          {current}
        </button>
      </nav>
      <p className="status">Figures are 30-minute slots; utilisation is booked ÷ capacity.</p>
      <Board period={period} groupBy={groupBy} departmentId={departmentId} />
    </>
  );
}
