import { Navigate, Route, Routes } from 'react-router';
import { BoardPage } from './board-page.js';
import { BookPage } from './book-page.js';
import { InvoicesPage } from './invoices-page.js';
import './desk.css';

/** The reception and billing desk's pages (STAFF, and ADMIN too). */
export default function DeskSection() {
  return (
    <Routes>
      <Route path="board" element={<BoardPage />} />
      <Route path="book" element={<BookPage />} />
      <Route path="invoices" element={<InvoicesPage />} />
      <Route path="*" element={<Navigate to="/desk/board" replace />} />
    </Routes>
  );
}
