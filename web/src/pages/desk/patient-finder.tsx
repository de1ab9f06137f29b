import { PatientsDocument } from '@hospital/client';
import { useState } from 'react';
import { useQuery } from 'urql';
import { SearchForm } from '../../ui/search-form.js';
import { Empty, Loading, ProblemNotice } from '../../ui/status.js';

export interface ChosenPatient {
  id: string;
  name: string;
  email: string;
}

const SHOWN = 10;

/** Finds a patient by part of a name, an e-mail or a phone number, and hands the chosen one on. */
export function PatientFinder({ onChoose }: { onChoose: (patient: ChosenPatient) => void }) {
  const [typed, setTyped] = useState('');
  const [search, setSearch] = useState('');
  const [{ data, fetching, error }] = useQuery({
    query: PatientsDocument,
    variables: { filter: { search }, first: SHOWN },
    pause: !search,
  });
  const patients = data?.patients.edges.map((edge) => edge.node) ?? [];
  return (
    <>
      <SearchForm label="Patients" onSearch={() => setSearch(typed.trim())}>
        <label>
          Find a patient (name, e-mail or phone)
          <input type="search" value={typed} onChange={(event) => setTyped(event.target.value)} required />
        </label>
        <button type="submit">Search</button>
      </SearchForm>
      <ProblemNotice error={error} />
      {search && fetching && !data && <Loading what="patients" />}
      {data && patients.length === 0 && <Empty>No patient matches “{search}”.</Empty>}
      {patients.length > 0 && (
        <>
          <ul className="choice-list" aria-label="Patients found">
            {patients.map((patient) => (
              <li key={patient.id} data-patient={patient.id}>
                <span>
                  <strong>{patient.name}</strong> · {patient.email}
                </span>
                <button
                  type="button"
                  className="secondary"
                  aria-label={`Choose ${patient.name}`}
                  onClick={() => onChoose(patient)}
                >
                  Choose
                </button>
              </li>
            ))}
          </ul>
          {data && data.patients.totalCount > patients.length && (
            <p className="status">
              Showing {patients.length} of {data.patients.totalCount}; type more of the name to narrow it down.
            </p>
          )}
        </>
      )}
    </>
  );
}
