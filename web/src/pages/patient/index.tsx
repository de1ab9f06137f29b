import { Navigate, Route, Routes } from 'react-router';
import { useMe } from '../../auth/session.js';
import { ProblemNotice } from '../../ui/status.js';
import { BookPage } from './book-page.js';
import { InvoicesPage } from './invoices-page.js';
import { PrescriptionsPage } from './prescriptions-page.js';
import { VisitsPage } from './visits-page.js';
import { WaitlistPage } from './waitlist-page.js';

/** The patient's pages; every one is about the signed-in patient herself. */
export default function PatientSection() {
  const { me, error } = useMe();
  const patientId = me?.patient?.id;
  if (!patientId)
    return me ? (
      <p className="empty">Your patient profile is not registered yet; the desk can help.</p>
    ) : (
      <ProblemNotice error={error} />
    );
  return (
    <Routes>
      <Route path="book" element={<BookPage patientId={patientId} />} />
      <Route path="visits" element={<VisitsPage patientId={patientId} />} />
      <Route path="invoices" element={<InvoicesPage patientId={patientId} />} />
      <Route path="prescriptions" element={<PrescriptionsPage patientId={patientId} />} />
      <Route path="waitlist" element={<WaitlistPage patientId={patientId} />} />
      <Route path="*" element={<Navigate to="/patient/book" replace />} />
    </Routes>
  );
}
