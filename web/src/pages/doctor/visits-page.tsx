import {
  AppointmentsDocument,
  CompleteAppointmentDocument,
  MarkNoShowDocument,
  type AppointmentsQuery,
} from '@hospital/client';
import { useEffect, useId, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { useClinicZone } from '../../auth/session.js';
import { addDays, clinicDayStart, clinicToday, formatDay, formatTime } from '../../ui/format.js';
import { Empty, Loading, ProblemNotice } from '../../ui/status.js';
import { DataTable } from '../../ui/table.js';
import { clinicDateOf, clinicWeek, mondayOf } from './clinic-calendar.js';

type Visit = AppointmentsQuery['appointments']['edges'][number]['node'];

/** The browser's clock, moving on by itself: a visit whose start passes while the page is open can be closed. */
function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(timer);
  }, []);
  return now;
}

/** Completing bills the visit; a no-show bills its full price, so it asks first. */
function VisitActions({ visit, started }: { visit: Visit; started: boolean }) {
  const [asking, setAsking] = useState(false);
  const [completion, complete] = useMutation(CompleteAppointmentDocument);
  const [noShow, markNoShow] = useMutation(MarkNoShowDocument);
  if (visit.status !== 'APPROVED' || !started) return null;
  const name = visit.patient.name;
  const busy = completion.fetching || noShow.fetching;
  return (
    <>
      {asking ? (
        <div role="group" aria-label={`Confirm that ${name} did not come`}>
          <p>A no-show bills {name} the full price of the visit.</p>
          <div className="row">
            <button type="button" className="danger" disabled={busy} onClick={() => void markNoShow({ id: visit.id })}>
              Mark as no-show
            </button>
            <button type="button" className="secondary" onClick={() => setAsking(false)}>
              Keep it open
            </button>
          </div>
        </div>
      ) : (
        <div className="row">
          <button
            type="button"
            aria-label={`Complete the visit of ${name}`}
            disabled={busy}
            onClick={() => void complete({ id: visit.id })}
          >
            Complete
          </button>
          <button type="button" className="secondary" aria-label={`No-show: ${name}`} onClick={() => setAsking(true)}>
            No-show
          </button>
        </div>
      )}
      <ProblemNotice error={completion.error ?? noShow.error} />
    </>
  );
}

function VisitsTable({
  visits,
  caption,
  withDay,
  now,
}: {
  visits: Visit[];
  caption: string;
  withDay: boolean;
  now: number;
}) {
  const zone = useClinicZone();
  return (
    <DataTable caption={caption} columns={[withDay ? 'When' : 'Time', 'Patient', 'Status', 'Actions']}>
      <tbody>
        {visits.map((visit) => (
          <tr key={visit.id} data-visit={visit.id}>
            <td>
              {withDay && `${formatDay(visit.start, zone)}, `}
              {formatTime(visit.start, zone)}–{formatTime(visit.end, zone)}
            </td>
            <td>
              <Link to={`/doctor/patients/${visit.patient.id}`}>{visit.patient.name}</Link>
            </td>
            <td>
              <span className={`badge ${visit.status}`}>{visit.status}</span>
            </td>
            <td>
              <VisitActions visit={visit} started={Date.parse(visit.start) <= now} />
            </td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}

/** The doctor's visits of a clinic week (this one unless `?week=` names a day of another), today's first. */
export function VisitsPage({ doctorId }: { doctorId: string }) {
  const zone = useClinicZone();
  const now = useNow();
  const todayId = useId();
  const weekId = useId();
  const [params] = useSearchParams();
  const today = clinicToday(zone, new Date(now));
  const week = clinicWeek(zone, new Date(now), params.get('week'));
  const [{ data, fetching, error }] = useQuery({
    query: AppointmentsDocument,
    variables: { filter: { doctorId, from: week.from, to: week.to }, first: 100 },
  });
  const visits = data?.appointments.edges.map((edge) => edge.node) ?? [];
  const thisWeek = week.monday === mondayOf(today);
  const todays = thisWeek ? visits.filter((visit) => clinicDateOf(visit.start, zone) === today) : [];
  const others = visits.filter((visit) => !todays.includes(visit));
  const span = `${formatDay(week.from, zone)} – ${formatDay(clinicDayStart(week.sunday, zone), zone)}`;
  return (
    <>
      <h1>My visits</h1>
      <nav aria-label="Weeks">
        <p className="row">
          <Link to={`?week=${addDays(week.monday, -7)}`}>Previous week</Link>
          {!thisWeek && <Link to="?">This week</Link>}
          <Link to={`?week=${addDays(week.monday, 7)}`}>Next week</Link>
        </p>
      </nav>
      <ProblemNotice error={error} />
      {fetching && !data && <Loading what="your visits" />}
      {data && thisWeek && (
        <section aria-labelledby={todayId}>
          <h2 id={todayId}>Today, {formatDay(clinicDayStart(today, zone), zone)}</h2>
          {todays.length > 0 ? (
            <VisitsTable visits={todays} caption="Today's visits, by time" withDay={false} now={now} />
          ) : (
            <Empty>No visits today.</Empty>
          )}
        </section>
      )}
      {data && (
        <section aria-labelledby={weekId}>
          <h2 id={weekId}>{thisWeek ? `This week, ${span}` : `Week of ${span}`}</h2>
          {others.length > 0 ? (
            <VisitsTable
              visits={others}
              caption={thisWeek ? 'The other visits of this week, by time' : 'The visits of the week, by time'}
              withDay
              now={now}
            />
          ) : (
            <Empty>{thisWeek ? 'No other visits this week.' : 'No visits this week.'}</Empty>
          )}
          {data.appointments.pageInfo.hasNextPage && (
            <p className="notice">
              Only the first {visits.length} of {data.appointments.totalCount} visits are shown.
            </p>
          )}
        </section>
      )}
    </>
  );
}
