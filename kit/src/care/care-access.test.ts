import { Role, type Viewer } from '../auth.js';
import { describe, expect, it } from 'vitest';
import { enforceAccess } from './care-access.js';
import { createCareLoader, type UnrecordedCare } from './care-relationship.loader.js';
import type { CarePair, CareRelationshipService } from './care-relationship.service.js';

const doctor: Viewer = { id: 'd1', role: Role.DOCTOR, expiresAt: Infinity, sessionVersion: 0, scopes: [] };

/** Care relationships held in memory, counting the lookups the loader makes. */
function careOf(pairs: CarePair[], unrecorded?: UnrecordedCare) {
  const calls: (readonly CarePair[])[] = [];
  const service = {
    existing: async (asked: readonly CarePair[]) => {
      calls.push(asked);
      return pairs.filter((p) => asked.some((a) => a.doctorId === p.doctorId && a.patientId === p.patientId));
    },
  } as unknown as CareRelationshipService;
  return { loader: createCareLoader(service, undefined, unrecorded), calls };
}

describe('enforceAccess', () => {
  it('lets a granted viewer through without a lookup, and refuses a refused one', async () => {
    const { loader, calls } = careOf([]);
    await expect(enforceAccess('granted', doctor, 'p1', loader)).resolves.toBeUndefined();
    await expect(enforceAccess('refused', doctor, 'p1', loader)).rejects.toMatchObject({
      extensions: { code: 'FORBIDDEN' },
    });
    expect(calls).toHaveLength(0);
  });

  it('lets a doctor through only for patients in their care, asking once for all patients of a tick', async () => {
    const { loader, calls } = careOf([
      { doctorId: 'd1', patientId: 'p1' },
      { doctorId: 'd2', patientId: 'p2' },
    ]);
    const results = await Promise.allSettled(
      ['p1', 'p2', 'p3'].map((patientId) => enforceAccess('if-in-their-care', doctor, patientId, loader)),
    );
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'rejected']);
    expect(calls).toHaveLength(1);
  });

  it('asks where visits are booked about the pairs its projection lacks, once for all of a tick', async () => {
    const asked: (readonly CarePair[])[] = [];
    const { loader } = careOf([{ doctorId: 'd1', patientId: 'p1' }], async (pairs) => {
      asked.push(pairs);
      return pairs.filter((pair) => pair.patientId === 'p2');
    });
    const results = await Promise.allSettled(
      ['p1', 'p2', 'p3'].map((patientId) => enforceAccess('if-in-their-care', doctor, patientId, loader)),
    );
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled', 'rejected']);
    expect(asked).toEqual([
      [
        { doctorId: 'd1', patientId: 'p2' },
        { doctorId: 'd1', patientId: 'p3' },
      ],
    ]);
  });
});
