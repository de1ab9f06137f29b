import { Navigate, Route, Routes } from 'react-router';
import { AuditPage } from './audit-page.js';
import { UsersPage } from './users-page.js';
import './admin.css';

/** The administrator's pages: accounts and the audit trail. */
export default function AdminSection() {
  return (
    <Routes>
      <Route path="users" element={<UsersPage />} />
      <Route path="audit" element={<AuditPage />} />
      <Route path="*" element={<Navigate to="/admin/users" replace />} />
    </Routes>
  );
}
