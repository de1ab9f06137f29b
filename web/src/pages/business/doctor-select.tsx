import { DoctorsDocument } from '@hospital/client';
import { useId } from 'react';
import { useQuery } from 'urql';
import { ProblemNotice } from '../../ui/status.js';

/** Every doctor of the hospital by name, with their department; `anyLabel` offers "no doctor in particular". */
export function DoctorSelect({
  value,
  onChange,
  label,
  anyLabel,
}: {
  value: string;
  onChange: (doctorId: string) => void;
  label: string;
  anyLabel: string;
}) {
  const id = useId();
  const [{ data, fetching, error }] = useQuery({ query: DoctorsDocument, variables: { first: 100 } });
  const doctors = data?.doctors.edges.map((edge) => edge.node) ?? [];
  return (
    <>
      <div style={{ marginBottom: '0.75rem', maxWidth: '100%' }}>
        <label htmlFor={id} style={{ marginBottom: '0.25rem' }}>
          {label}
        </label>
        <select id={id} value={value} onChange={(event) => onChange(event.target.value)} aria-busy={fetching && !data}>
          <option value="">{fetching && !data ? 'Loading the doctors…' : anyLabel}</option>
          {doctors.map((doctor) => (
            <option key={doctor.id} value={doctor.id}>
              {doctor.name} ({doctor.department.name})
            </option>
          ))}
        </select>
      </div>
      <ProblemNotice error={error} />
    </>
  );
}
