import { Navigate, Route, Routes } from 'react-router';
import { useMe } from '../../auth/session.js';
import { ProblemNotice } from '../../ui/status.js';
import { ChartPage } from './chart-page.js';
import { LobbyPage } from './lobby-page.js';
import { PatientsPage } from './patients-page.js';
import { VisitsPage } from './visits-page.js';

/** The doctor's pages; every one is about the signed-in doctor's own requests, visits and patients. */
export default function DoctorSection() {
  const { me, error } = useMe();
  const doctorId = me?.doctor?.id;
  if (!doctorId)
    return me ? (
      <p className="empty">Your doctor profile is not set up yet; an administrator can help.</p>
    ) : (
      <ProblemNotice error={error} />
    );
  return (
    <Routes>
      <Route path="lobby" element={<LobbyPage doctorId={doctorId} />} />
      <Route path="visits" element={<VisitsPage doctorId={doctorId} />} />
      <Route path="patients" element={<PatientsPage />} />
      <Route path="patients/:patientId" element={<ChartPage doctorId={doctorId} />} />
      <Route path="*" element={<Navigate to="/doctor/lobby" replace />} />
    </Routes>
  );
}
