import { requireViewer } from '@hospital/kit';
import type { AnalyticsContext } from '../context.js';
import type { Doctor } from './stubs.js';

/** Nothing to load: `Doctor.performance` needs the id only, and checks who asks itself. */
export const doctorReference = {
  __resolveReference: (reference: { id: string }, { viewer }: AnalyticsContext): Doctor => {
    requireViewer(viewer);
    return { id: reference.id };
  },
};
