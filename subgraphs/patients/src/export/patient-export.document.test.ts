import { describe, expect, it } from 'vitest';
import { assembleExport, EXPORT_FORMAT } from './patient-export.document.js';

describe('assembleExport', () => {
  it('puts every part beside the format and the patient', () => {
    expect(
      assembleExport('p1', [{ profile: { name: 'Olena' } }, { invoices: [] }, { auditEvents: [{ id: 'e1' }] }]),
    ).toEqual({
      format: EXPORT_FORMAT,
      patientId: 'p1',
      profile: { name: 'Olena' },
      invoices: [],
      auditEvents: [{ id: 'e1' }],
    });
  });

  it('refuses two parts holding the same key rather than losing one', () => {
    expect(() => assembleExport('p1', [{ invoices: [1] }, { invoices: [2] }])).toThrow(/invoices/);
    expect(() => assembleExport('p1', [{ patientId: 'p2' }])).toThrow(/patientId/);
  });
});
