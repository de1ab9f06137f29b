import { DoctorPerformanceDocument } from '@hospital/client';
import { useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { Empty, Loading, ProblemNotice } from '../../ui/status.js';
import { DoctorSelect } from './doctor-select.js';
import { FigureList } from './figure-list.js';
import { periodProblem, type Period } from './period.js';
import { PeriodPicker, usePeriod } from './period-picker.js';

/** A mean rating to 2 decimals, as the API gives it, out of 5. */
const satisfaction = (rating: number | null | undefined): string =>
  rating === null || rating === undefined ? 'No ratings' : `${rating.toFixed(2)} out of 5`;

function Performance({ doctorId, period }: { doctorId: string; period: Period }) {
  const [{ data, fetching, error }] = useQuery({
    query: DoctorPerformanceDocument,
    variables: { doctorId, ...period },
  });
  const performance = data?.doctorPerformance;
  if (!performance) return fetching ? <Loading what="the doctor's figures" /> : <ProblemNotice error={error} />;
  return (
    <>
      <ProblemNotice error={error} />
      <section aria-labelledby="performance-doctor">
        <h2 id="performance-doctor">
          {performance.doctor.name}, {performance.doctor.department.name}
        </h2>
        <p className="status">
          From {performance.startDate} to {performance.endDate}.
        </p>
        <FigureList
          figures={[
            ['Completed visits', String(performance.completedAppointments)],
            ['No-shows', String(performance.noShows)],
            ['Working days', String(performance.totalWorkingDays)],
            ['Patient satisfaction', satisfaction(performance.averagePatientSatisfaction)],
          ]}
        />
      </section>
      <section aria-labelledby="performance-deliveries">
        <h2 id="performance-deliveries">Deliveries</h2>
        <FigureList
          figures={[
            ['Natural births', String(performance.totalNaturalBirths)],
            ['C-sections', String(performance.totalCSections)],
            ['All deliveries', String(performance.totalNaturalBirths + performance.totalCSections)],
          ]}
        />
      </section>
    </>
  );
}

export function DoctorsPage() {
  const [period, setPeriod] = usePeriod();
  const [params, setParams] = useSearchParams();
  const doctorId = params.get('doctor') ?? '';
  const chooseDoctor = (id: string) =>
    setParams(
      (current) => {
        const updated = new URLSearchParams(current);
        if (id) updated.set('doctor', id);
        else updated.delete('doctor');
        return updated;
      },
      { replace: true },
    );
  return (
    <>
      <h1>Doctor performance</h1>
      <div className="card">
        <DoctorSelect label="Doctor" anyLabel="Choose a doctor" value={doctorId} onChange={chooseDoctor} />
      </div>
      <PeriodPicker period={period} onChange={setPeriod} />
      {!doctorId ? (
        <Empty>Choose a doctor to see their figures for the period.</Empty>
      ) : (
        !periodProblem(period) && <Performance doctorId={doctorId} period={period} />
      )}
    </>
  );
}
