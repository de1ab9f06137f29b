import { PatientsDocument } from '@hospital/client';
import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { SearchForm } from '../../ui/search-form.js';
import { Empty, Loading, ProblemNotice } from '../../ui/status.js';
import { DataTable } from '../../ui/table.js';

/** How long typing may pause before the list follows it. */
const TYPING_PAUSE_MS = 300;

/** The patients in the doctor's care (those with a visit with her), searchable; `?q=` keeps the search. */
export function PatientsPage() {
  const [params, setParams] = useSearchParams();
  const typed = params.get('q') ?? '';
  const search = typed.trim();
  const [text, setText] = useState(typed);
  // A link or the history may change the search too: the field follows the address.
  const [shown, setShown] = useState(typed);
  if (typed !== shown) {
    setShown(typed);
    setText(typed);
  }

  useEffect(() => {
    if (text.trim() === search) return;
    const timer = setTimeout(() => setParams(text.trim() ? { q: text } : {}, { replace: true }), TYPING_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [text, search, setParams]);

  const [{ data, fetching, error }] = useQuery({
    query: PatientsDocument,
    variables: { filter: search ? { search } : null, first: 100 },
  });
  const patients = data?.patients.edges.map((edge) => edge.node) ?? [];

  return (
    <>
      <h1>My patients</h1>
      <SearchForm onSearch={() => setParams(text.trim() ? { q: text } : {}, { replace: true })}>
        <label>
          Search by name
          <input type="search" value={text} onChange={(event) => setText(event.target.value)} />
        </label>
      </SearchForm>
      <ProblemNotice error={error} />
      {fetching && !data && <Loading what="your patients" />}
      {data && patients.length === 0 && (
        <Empty>
          {search
            ? `No patient in your care matches “${search}”.`
            : 'No patients yet: a patient is in your care once she has asked for a visit with you.'}
        </Empty>
      )}
      {patients.length > 0 && (
        <DataTable caption="Patients in your care, by name" columns={['Name', 'E-mail']}>
          <tbody>
            {patients.map((patient) => (
              <tr key={patient.id} data-patient={patient.id}>
                <td>
                  <Link to={`/doctor/patients/${patient.id}`}>{patient.name}</Link>
                </td>
                <td>{patient.email}</td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
      {data?.patients.pageInfo.hasNextPage && (
        <p className="notice">
          Only the first {patients.length} of {data.patients.totalCount} patients are shown: search to narrow the list.
        </p>
      )}
    </>
  );
}
