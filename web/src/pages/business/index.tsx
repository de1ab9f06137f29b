import { Navigate, Route, Routes } from 'react-router';
import { DoctorsPage } from './doctors-page.js';
import { FeedbackPage } from './feedback-page.js';
import { RevenuePage } from './revenue-page.js';

/** The business department's pages (a STAKEHOLDER's, and an administrator's too). */
export default function BusinessSection() {
  return (
    <Routes>
      <Route path="revenue" element={<RevenuePage />} />
      <Route path="doctors" element={<DoctorsPage />} />
      <Route path="feedback" element={<FeedbackPage />} />
      <Route path="*" element={<Navigate to="/business/revenue" replace />} />
    </Routes>
  );
}
