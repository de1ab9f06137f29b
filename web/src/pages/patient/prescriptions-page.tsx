import { PatientPrescriptionsDocument } from '@hospital/client';
import { useState } from 'react';
import { useQuery } from 'urql';
import { useClinicZone } from '../../auth/session.js';
import { formatDateTime } from '../../ui/format.js';
import { Empty, Loading, ProblemNotice } from '../../ui/status.js';
import { courseOf, newestFirst } from './prescriptions-course.js';
import { formatClinicDay } from '../../ui/format.js';
import { DataTable } from '../../ui/table.js';

export function PrescriptionsPage({ patientId }: { patientId: string }) {
  const zone = useClinicZone();
  // Which courses are still running is judged once, when the page opens.
  const [now] = useState(() => new Date());
  const [{ data, fetching, error }] = useQuery({ query: PatientPrescriptionsDocument, variables: { patientId } });
  const prescriptions = newestFirst(data?.patient?.prescriptions ?? []);

  return (
    <>
      <h1>Prescriptions</h1>
      <ProblemNotice error={error} />
      {fetching && !data && <Loading what="your prescriptions" />}
      {data && prescriptions.length === 0 && <Empty>You have no prescriptions.</Empty>}
      {prescriptions.length > 0 && (
        <DataTable
          caption="Your prescriptions, newest first"
          columns={['Medication', 'Dosage', { label: 'Days', figure: true }, 'Taken until', 'Prescribed by', 'Issued']}
          region="Your prescriptions"
        >
          <tbody>
            {prescriptions.map((prescription) => {
              const course = courseOf(prescription.issuedAt, prescription.days, zone, now);
              return (
                <tr key={prescription.id} data-prescription={prescription.id}>
                  <th scope="row">
                    {prescription.medication}
                    {prescription.instructions && (
                      <>
                        <br />
                        <small>{prescription.instructions}</small>
                      </>
                    )}
                  </th>
                  <td>{prescription.dosage}</td>
                  <td className="number">{prescription.days}</td>
                  <td>
                    {formatClinicDay(course.lastDay)}
                    <br />
                    {course.current ? <span className="badge">Current</span> : <small>Finished</small>}
                  </td>
                  <td>{prescription.doctor.name}</td>
                  <td>
                    {formatDateTime(prescription.issuedAt, zone)}
                    <br />
                    <small>{prescription.appointment.service.name}</small>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </DataTable>
      )}
    </>
  );
}
