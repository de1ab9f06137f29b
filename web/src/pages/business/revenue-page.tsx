import { LiveRevenueDocument, RevenueReportDocument, type LiveRevenueSubscription } from '@hospital/client';
import { useQuery, useSubscription } from 'urql';
import { useClinicZone } from '../../auth/session.js';
import { formatMoney, formatTime } from '../../ui/format.js';
import { Empty, Loading, ProblemNotice } from '../../ui/status.js';
import { DataTable } from '../../ui/table.js';
import { FigureList } from './figure-list.js';
import { chartSummary, figuresOf, type ReportLike } from './figures.js';
import { periodProblem, type Period } from './period.js';
import { PeriodPicker, usePeriod } from './period-picker.js';
import { RevenueChart } from './revenue-chart.js';

interface Pushed {
  report: ReportLike;
  at: string;
}

const keepLatest = (_previous: Pushed | undefined, pushed: LiveRevenueSubscription): Pushed => ({
  report: pushed.revenueReportChanged,
  at: new Date().toISOString(),
});

/**
 * One period's report: read once, then replaced by each report the gateway pushes as payments,
 * refunds and imported costs land in the period. Mounted afresh for each period, so a push for
 * the period left behind never shows under the new one.
 */
function PeriodReport({ period }: { period: Period }) {
  const zone = useClinicZone();
  const [{ data, fetching, error }] = useQuery({ query: RevenueReportDocument, variables: period });
  const [live] = useSubscription({ query: LiveRevenueDocument, variables: period }, keepLatest);
  const report = live.data?.report ?? data?.revenueReport;
  const figures = report && figuresOf(report);
  return (
    <>
      <p className="status" role="status">
        {live.data
          ? `Figures updated at ${formatTime(live.data.at, zone)}.`
          : 'The figures update by themselves as payments land.'}
      </p>
      <ProblemNotice error={error ?? live.error} />
      {fetching && !figures && <Loading what="the revenue report" />}
      {figures && (
        <>
          <section aria-labelledby="revenue-totals">
            <h2 id="revenue-totals">Totals</h2>
            <FigureList
              figures={[
                ['Total revenue', formatMoney(figures.totalRevenue)],
                ['Profit', formatMoney(figures.totalProfit)],
                ['Margin', figures.margin],
              ]}
            />
          </section>
          <section aria-labelledby="revenue-departments">
            <h2 id="revenue-departments">By department</h2>
            {figures.departments.length === 0 ? (
              <Empty>No payments or costs in this period.</Empty>
            ) : (
              <>
                <RevenueChart departments={figures.departments} summary={chartSummary(figures.departments)} />
                <DataTable
                  caption={`Revenue, profit and margin by department, from ${period.from} to ${period.to}`}
                  columns={[
                    'Department',
                    { label: 'Revenue', figure: true },
                    { label: 'Profit', figure: true },
                    { label: 'Margin', figure: true },
                  ]}
                >
                  <tbody>
                    {figures.departments.map((department) => (
                      <tr key={department.key} data-department={department.name}>
                        <th scope="row">{department.name}</th>
                        <td className="number">{formatMoney(department.revenue)}</td>
                        <td className="number">{formatMoney(department.profit)}</td>
                        <td className="number">{department.margin}</td>
                      </tr>
                    ))}
                  </tbody>
                </DataTable>
              </>
            )}
          </section>
        </>
      )}
    </>
  );
}

export function RevenuePage() {
  const [period, setPeriod] = usePeriod();
  return (
    <>
      <h1>Revenue</h1>
      <PeriodPicker period={period} onChange={setPeriod} />
      {!periodProblem(period) && <PeriodReport key={`${period.from}/${period.to}`} period={period} />}
    </>
  );
}
